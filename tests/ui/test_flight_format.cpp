// Prices and fare brands as the results and details show them, in English and in Hindi: the
// currency's symbol in every locale with its own decimals and the locale's digit grouping, and
// the common fare brands in the UI language while a supplier's own brand stays as written.

#include "translations/translations.h"
#include "ui/flight_format.h"
#include "ui/result_row_text.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace tripdesk;
using namespace Qt::StringLiterals;

namespace {

// The UI language as the app installs it; the catalogues of an earlier one are removed first.
QLocale useLanguage(const QString &language)
{
    for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    return installTranslations(language);
}

} // namespace

class TestFlightFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanupTestCase() { useLanguage(u"en"_s); }

    void price_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("shown");
        QTest::newRow("en_US USD") << u"en_US"_s << qint64(12200) << u"USD"_s << u"$122.00"_s;
        QTest::newRow("hi_IN USD") << u"hi_IN"_s << qint64(12200) << u"USD"_s << u"$122.00"_s;
        QTest::newRow("hi_IN INR, Indian grouping")
            << u"hi_IN"_s << qint64(12250000) << u"INR"_s << u"₹1,22,500.00"_s;
        QTest::newRow("en_IN INR, Indian grouping")
            << u"en_IN"_s << qint64(1234567800) << u"INR"_s << u"₹1,23,45,678.00"_s;
        QTest::newRow("en_US INR")
            << u"en_US"_s << qint64(12250000) << u"INR"_s << u"₹122,500.00"_s;
        QTest::newRow("en_US JPY, no decimals")
            << u"en_US"_s << qint64(1500) << u"JPY"_s << u"¥1,500"_s;
        QTest::newRow("hi_IN KWD, three decimals")
            << u"hi_IN"_s << qint64(1250) << u"KWD"_s << u"KWD\u00A01.250"_s;
        QTest::newRow("hi_IN AED, code spaced")
            << u"hi_IN"_s << qint64(45000) << u"AED"_s << u"AED\u00A0450.00"_s;
        QTest::newRow("hi_IN GBP") << u"hi_IN"_s << qint64(9999) << u"GBP"_s << u"£99.99"_s;
        QTest::newRow("de_DE EUR, symbol after")
            << u"de_DE"_s << qint64(123456) << u"EUR"_s << u"1.234,56\u00A0€"_s;
        QTest::newRow("de_DE AED, code after")
            << u"de_DE"_s << qint64(45000) << u"AED"_s << u"450,00\u00A0AED"_s;
        QTest::newRow("en_CA CAD, its own dollar")
            << u"en_CA"_s << qint64(5000) << u"CAD"_s << u"$50.00"_s;
        QTest::newRow("en_US CAD, marked")
            << u"en_US"_s << qint64(5000) << u"CAD"_s << u"CA$50.00"_s;
        QTest::newRow("lower-case code") << u"hi_IN"_s << qint64(12200) << u"usd"_s << u"$122.00"_s;
    }
    void price()
    {
        QFETCH(QString, locale);
        QFETCH(qint64, minor);
        QFETCH(QString, currency);
        QFETCH(QString, shown);
        QCOMPARE(FlightFormat::price(Money(minor, currency), QLocale(locale)), shown);
    }

    void priceInTheInstalledHindiLocale()
    {
        const QLocale hindi = useLanguage(u"hi"_s);
        QCOMPARE(FlightFormat::price(Money(12200, u"USD"_s), hindi), u"$122.00"_s);
        QCOMPARE(FlightFormat::price(Money(12250000, u"INR"_s), hindi), u"₹1,22,500.00"_s);
    }

    void fareBrand_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("brand");
        QTest::addColumn<QString>("shown");
        QTest::newRow("en Basic") << u"en"_s << u"Basic"_s << u"Basic"_s;
        QTest::newRow("en economy") << u"en"_s << u"economy"_s << u"Economy"_s;
        QTest::newRow("hi Basic") << u"hi"_s << u"Basic"_s << u"बेसिक"_s;
        QTest::newRow("hi Standard") << u"hi"_s << u"Standard"_s << u"स्टैंडर्ड"_s;
        QTest::newRow("hi Flex") << u"hi"_s << u"Flex"_s << u"फ़्लेक्स"_s;
        QTest::newRow("hi FLEX, case ignored") << u"hi"_s << u"FLEX"_s << u"फ़्लेक्स"_s;
        QTest::newRow("hi economy, a cabin") << u"hi"_s << u"economy"_s << u"इकोनॉमी"_s;
        QTest::newRow("hi Premium Economy")
            << u"hi"_s << u"Premium  Economy"_s << u"प्रीमियम इकोनॉमी"_s;
        QTest::newRow("hi Economy Light") << u"hi"_s << u"Economy Light"_s << u"इकोनॉमी लाइट"_s;
        QTest::newRow("hi a supplier's own brand")
            << u"hi"_s << u"SuperSaver Max"_s << u"SuperSaver Max"_s;
        QTest::newRow("hi empty") << u"hi"_s << QString() << QString();
    }
    void fareBrand()
    {
        QFETCH(QString, language);
        QFETCH(QString, brand);
        QFETCH(QString, shown);
        useLanguage(language);
        QCOMPARE(FlightFormat::fareBrand(brand), shown);
    }

    void resultsRowShowsTheSymbolInHindi()
    {
        FlightOffer offer;
        offer.price = Money(12200, u"USD"_s);
        Itinerary itinerary;
        Segment s;
        s.carrier = u"AI"_s;
        s.flightNumber = u"101"_s;
        s.origin = u"DEL"_s;
        s.destination = u"JFK"_s;
        s.departure = QDateTime(QDate(2026, 12, 24), QTime(20, 0), QTimeZone::utc());
        s.arrival = s.departure.addSecs(16 * 3600);
        itinerary.segments.push_back(s);
        offer.itineraries.push_back(itinerary);
        DisplayLookup lookup;
        lookup.locale = useLanguage(u"hi"_s);
        constexpr int kPriceColumn = 5;
        QCOMPARE(ResultRowText::build(offer, lookup).column(kPriceColumn), u"$122.00"_s);
    }

    void cabinInHindi()
    {
        useLanguage(u"hi"_s);
        QCOMPARE(FlightFormat::cabin(Cabin::Economy), u"इकोनॉमी"_s);
        useLanguage(u"en"_s);
        QCOMPARE(FlightFormat::cabin(Cabin::Economy), u"Economy"_s);
    }
};

QTEST_GUILESS_MAIN(TestFlightFormat)
#include "test_flight_format.moc"
