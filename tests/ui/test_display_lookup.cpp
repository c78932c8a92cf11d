// What the results and details views call a place: the city's name in the UI's language where
// the reference data has it ("मुंबई" in Hindi), the English name otherwise.

#include "backend/service/places_service.h"
#include "ui/display_lookup.h"

#include <QTest>

using namespace tripdesk;
using namespace Qt::StringLiterals;

class TestDisplayLookup : public QObject
{
    Q_OBJECT

    std::unique_ptr<PlacesService> m_places;

private Q_SLOTS:
    void initTestCase()
    {
        auto data = ReferenceData::loadBundled();
        QVERIFY(data.ok());
        m_places = std::make_unique<PlacesService>(*data);
    }

    void cityNames_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("city");
        QTest::newRow("en: Mumbai") << u"en_IN"_s << u"BOM"_s << u"Mumbai"_s;
        QTest::newRow("hi: Mumbai") << u"hi_IN"_s << u"BOM"_s << u"मुंबई"_s;
        QTest::newRow("hi: Delhi") << u"hi_IN"_s << u"DEL"_s << u"दिल्ली"_s;
        QTest::newRow("hi: London (city)") << u"hi_IN"_s << u"LON"_s << u"लंदन"_s;
        QTest::newRow("hi: Heathrow is in London") << u"hi_IN"_s << u"LHR"_s << u"लंदन"_s;
        QTest::newRow("hi: lower-case code") << u"hi_IN"_s << u"dxb"_s << u"दुबई"_s;
        QTest::newRow("hi: no Hindi name") << u"hi_IN"_s << u"EWR"_s << u"Newark"_s;
        QTest::newRow("en: London") << u"en_GB"_s << u"LON"_s << u"London"_s;
        QTest::newRow("hi: unknown code") << u"hi_IN"_s << u"QQQ"_s << u"QQQ"_s;
    }
    void cityNames()
    {
        QFETCH(QString, locale);
        QFETCH(QString, code);
        QFETCH(QString, city);
        const DisplayLookup lookup = DisplayLookup::fromPlaces(*m_places, QLocale(locale));
        QCOMPARE(lookup.city(code), city);
    }

    void airportNamesStayInEnglish()
    {
        const DisplayLookup lookup = DisplayLookup::fromPlaces(*m_places, QLocale(u"hi_IN"_s));
        QCOMPARE(lookup.airport(u"BOM"), u"Chhatrapati Shivaji International Airport"_s);
    }
};

QTEST_GUILESS_MAIN(TestDisplayLookup)
#include "test_display_lookup.moc"
