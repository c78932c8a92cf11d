// The offer details name each connection's risks in words a traveller reads without colour: a
// change of airport, a night waited through at the airport, a long wait; and stay quiet about a
// connection that has none.
#include "ui/offer_details_view.h"

#include <QTest>
#include <QTextDocument>

using namespace tripdesk;
using namespace Qt::StringLiterals;

namespace {

DisplayLookup lookup()
{
    DisplayLookup l;
    l.timeZone = [](QStringView code) {
        if (code == u"LHR" || code == u"LGW")
            return QTimeZone(QByteArrayLiteral("Europe/London"));
        return QTimeZone(QByteArrayLiteral("Asia/Kolkata"));
    };
    l.airportName = [](QStringView code) {
        if (code == u"LHR")
            return u"Heathrow"_s;
        if (code == u"LGW")
            return u"Gatwick"_s;
        return QString();
    };
    l.cityName = [](QStringView code) {
        return code == u"LHR" || code == u"LGW" ? u"London"_s : QString();
    };
    l.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    return l;
}

Segment flight(const QString &from, const QString &to, const QDateTime &departure, int minutes)
{
    Segment s;
    s.carrier = u"AI"_s;
    s.flightNumber = u"111"_s;
    s.origin = from;
    s.destination = to;
    s.departure = departure;
    s.arrival = departure.addSecs(minutes * 60);
    return s;
}

QDateTime utc(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 12, day), QTime(hour, minute), Qt::UTC);
}

// DEL to JFK by London: landing at `arrive` (UTC = London time in December) at `at`, leaving
// from `leaveFrom` at `leave`.
QString detailsText(const QString &at, const QDateTime &arrive, const QString &leaveFrom,
                    const QDateTime &leave)
{
    FlightOffer offer;
    offer.id = u"x"_s;
    offer.supplier = u"sandbox"_s;
    offer.price = Money(100000, u"USD"_s);
    Itinerary it;
    it.segments.push_back(flight(u"DEL"_s, at, arrive.addSecs(-9 * 3600), 9 * 60));
    it.segments.push_back(flight(leaveFrom, u"JFK"_s, leave, 8 * 60));
    offer.itineraries.push_back(it);
    FlightSearchRequest request;
    request.slices.push_back({u"DEL"_s, u"JFK"_s, QDate(2026, 12, 24)});
    QTextDocument doc;
    doc.setHtml(OfferDetailsView::offerHtml(offer, request, lookup()));
    return doc.toPlainText();
}

} // namespace

class TestOfferDetailsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aConnectionWithEveryRisk()
    {
        // Heathrow at 22:00, Gatwick at 07:00 the next morning.
        const QString text = detailsText(u"LHR"_s, utc(24, 22), u"LGW"_s, utc(25, 7));
        QVERIFY2(text.contains(u"Change of airport: you arrive at Heathrow (LHR) and leave from "
                               "Gatwick (LGW)."_s),
                 qPrintable(text));
        QVERIFY2(text.contains(u"Overnight layover: you wait at Heathrow through the night."_s),
                 qPrintable(text));
        QVERIFY2(text.contains(u"Long layover: 9 h 00 min between flights."_s), qPrintable(text));
    }

    void aLateEveningConnectionIsNotANight()
    {
        // In at 22:00, out at 00:45: the date changes, but no night is spent at the airport.
        const QString text = detailsText(u"LHR"_s, utc(24, 22), u"LHR"_s, utc(25, 0, 45));
        QVERIFY2(text.contains(u"layover in London"_s), qPrintable(text));
        QVERIFY2(!text.contains(u"Overnight"_s), qPrintable(text));
        QVERIFY2(!text.contains(u"Long layover"_s), qPrintable(text));
        QVERIFY2(!text.contains(u"Change of airport"_s), qPrintable(text));
    }
};

QTEST_MAIN(TestOfferDetailsView)
#include "test_offer_details_view.moc"
