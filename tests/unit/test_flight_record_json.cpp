// The offer cache's lossless form: an offer written and read back is the same offer, money
// exact in its currency's digits, instants in UTC; a record that was tampered with or cut is
// refused with a message, never half read.
#include "backend/flights/flight_record_json.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace tripdesk;
using namespace Qt::StringLiterals;

namespace {

FlightOffer sampleOffer(const QString &currency)
{
    Segment s;
    s.id = u"seg_1"_s;
    s.carrier = u"BA"_s;
    s.flightNumber = u"117"_s;
    s.operatingCarrier = u"AA"_s;
    s.operatingFlightNumber = u"6123"_s;
    s.origin = u"LHR"_s;
    s.destination = u"JFK"_s;
    s.originTerminal = u"5"_s;
    s.destinationTerminal = u"8"_s;
    s.departure = QDateTime(QDate(2026, 12, 20), QTime(8, 20), Qt::UTC);
    s.arrival = QDateTime(QDate(2026, 12, 20), QTime(16, 5), Qt::UTC);
    s.aircraft = u"77W"_s;
    s.cabin = Cabin::PremiumEconomy;
    s.fareClass = u"W"_s;
    s.fareBasis = u"WLN2C1"_s;
    s.baggage = {{PassengerType::Adult, 2, 23, 1}, {PassengerType::Infant, 1, 10, 0}};
    FlightOffer o;
    o.id = u"off_0000A"_s;
    o.supplier = u"duffel"_s;
    o.price = Money(123456, currency);
    o.itineraries = {Itinerary{{s}}};
    o.baggage = {2, 1};
    o.conditions.refundable = true;
    o.conditions.refundPenalty = Money(5000, currency);
    o.conditions.changeKnown = false;
    o.fareBrand = u"Flex"_s;
    o.extraCheckedBag = Money(2500, currency);
    o.seatsLeft = 3;
    o.expiresAt = QDateTime(QDate(2026, 12, 2), QTime(9, 30, 15, 500), Qt::UTC);
    o.fares = {{PassengerType::Adult, 1, Money(100000, currency), Money(13456, currency)},
               {PassengerType::Infant, 1, Money(10000, currency), Money(0, currency)}};
    o.passengers = {{u"pas_1"_s, PassengerType::Adult}, {u"pas_2"_s, PassengerType::Infant}};
    return o;
}

} // namespace

class TestFlightRecordJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void offerRoundTrips_data()
    {
        QTest::addColumn<QString>("currency");
        QTest::newRow("two digits") << u"GBP"_s;
        QTest::newRow("no digits") << u"JPY"_s;
        QTest::newRow("three digits") << u"KWD"_s;
    }
    void offerRoundTrips()
    {
        QFETCH(QString, currency);
        const FlightOffer offer = sampleOffer(currency);
        const QJsonObject json = offerRecord(offer);
        auto back = offerFromRecord(json);
        QVERIFY2(back, qPrintable(back ? QString() : back.error().detail));
        // The record of what was read back is the same record: nothing lost or changed.
        QCOMPARE(offerRecord(*back), json);
        QCOMPARE(back->price, offer.price);
        QCOMPARE(back->expiresAt, offer.expiresAt);
        QCOMPARE(back->itineraries.front().segments.front().baggage,
                 offer.itineraries.front().segments.front().baggage);
        QCOMPARE(back->passengers, offer.passengers);
        QVERIFY(!back->conditions.changeKnown);
    }

    void pricedOfferRoundTrips()
    {
        PricedOffer p;
        p.offer = sampleOffer(u"USD"_s);
        p.services = {{u"ase_1"_s,
                       OfferService::Kind::CheckedBag,
                       QString(),
                       Money(4500, u"USD"_s),
                       2,
                       23,
                       {u"pas_1"_s},
                       {u"seg_1"_s}}};
        p.holdable = true;
        p.payBy = QDateTime(QDate(2026, 12, 3), QTime(9, 0), Qt::UTC);
        const QJsonObject json = pricedOfferRecord(p);
        auto back = pricedOfferFromRecord(json);
        QVERIFY(back);
        QCOMPARE(pricedOfferRecord(*back), json);
        QCOMPARE(back->services.front().price, Money(4500, u"USD"_s));
    }

    void instantsAreWrittenInUtc()
    {
        FlightOffer o = sampleOffer(u"INR"_s);
        o.expiresAt = QDateTime(QDate(2026, 12, 2), QTime(15, 0), QTimeZone("Asia/Kolkata"));
        QCOMPARE(offerRecord(o).value(u"expires_at"_s).toString(), u"2026-12-02T09:30:00Z"_s);
    }

    void aDamagedRecordIsRefused_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("no id") << u"id"_s << QJsonValue(QString());
        QTest::newRow("price not a decimal")
            << u"price"_s
            << QJsonValue(QJsonObject{{u"amount"_s, u"1e3"_s}, {u"currency"_s, u"USD"_s}});
        QTest::newRow("too many digits")
            << u"price"_s
            << QJsonValue(QJsonObject{{u"amount"_s, u"10.123"_s}, {u"currency"_s, u"USD"_s}});
        QTest::newRow("no itineraries") << u"itineraries"_s << QJsonValue(QJsonArray());
        QTest::newRow("bad expiry") << u"expires_at"_s << QJsonValue(u"soon"_s);
    }
    void aDamagedRecordIsRefused()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QJsonObject json = offerRecord(sampleOffer(u"USD"_s));
        json.insert(field, value);
        auto back = offerFromRecord(json);
        QVERIFY(!back);
        QCOMPARE(back.error().kind, Error::Kind::InvalidInput);
        QVERIFY(!back.error().message.isEmpty());
    }

    void passportNumbersAreNeverWritten()
    {
        Order order;
        OrderPassenger p;
        p.givenName = u"Amelia"_s;
        p.passportNumber = u"19KL56147"_s;
        order.passengers = {p};
        const QByteArray text = QJsonDocument(orderRecord(order)).toJson();
        QVERIFY(!text.contains("19KL56147"));
        QVERIFY(text.contains("\"has_passport\": true"));
    }
};

QTEST_GUILESS_MAIN(TestFlightRecordJson)
#include "test_flight_record_json.moc"
