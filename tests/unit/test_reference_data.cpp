// The bundled airports, cities and airlines: the facts a traveller relies on (where an airport is,
// which zone its times are in, which airports a city code means) and clear errors for bad files.
#include "backend/reference/reference_data.h"

#include <QDateTime>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <cmath>
#include <thread>

using namespace Qt::StringLiterals;
using tripdesk::Error;
using tripdesk::ReferenceData;

namespace {

const QByteArray kAirports =
    "# code\ticao\tname\tcity\tcountry\tcountryCode\tcityCode\ttz\tlat\tlon"
    "\timportance\tkeywords\n"
    "BOM\tVABB\tChhatrapati Shivaji International Airport\tMumbai\tIndia\tIN"
    "\t\tAsia/Kolkata\t19.0887\t72.8679\t92\tBombay\n"
    "JFK\tKJFK\tJohn F Kennedy International Airport\tNew York\tUnited "
    "States\tUS\tNYC\tAmerica/New_York\t40.6398\t-73.7789\t96\t\n"
    "EWR\tKEWR\tNewark Liberty International Airport\tNewark\tUnited "
    "States\tUS\t\tAmerica/New_York\t40.6925\t-74.1687\t92\n";
const QByteArray kCities = "NYC\tNew York\tUnited States\tJFK,EWR\n";
const QByteArray kAirlines = "AI\tAir India\tIndia\n6E\tIndiGo\tIndia\n";
// The names in other languages; EWR's alias is written decomposed (न + nukta) to check that
// names are stored composed.
const QByteArray kNames = "# code\tlanguage\tname\taliases\n"
                          "BOM\thi\tमुंबई\tमुम्बई,बंबई\n"
                          "NYC\thi\tन्यूयॉर्क\n"
                          "NYC\tja\tニューヨーク\t\n"
                          "EWR\thi\tनेवार्क\tन\u093c\n";

} // namespace

class TestReferenceData : public QObject
{
    Q_OBJECT

    std::shared_ptr<const ReferenceData> m_data;

private Q_SLOTS:
    void initTestCase()
    {
        auto loaded = ReferenceData::loadBundled();
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().detail));
        m_data = *loaded;
    }

    void bundledDataIsComplete()
    {
        QVERIFY(m_data->airports().size() > 5000);
        QVERIFY(m_data->cities().size() >= 40);
        QVERIFY(m_data->airlines().size() > 500);
    }

    void everyAirportIsWellFormed()
    {
        QSet<QString> codes;
        for (const auto &a : m_data->airports()) {
            QVERIFY2(a.code.size() == 3 && a.code == a.code.toUpper(), qPrintable(a.code));
            QVERIFY2(!codes.contains(a.code), qPrintable(a.code));
            codes.insert(a.code);
            QVERIFY2(!a.name.isEmpty() && !a.city.isEmpty(), qPrintable(a.code));
            QVERIFY2(a.latitude >= -90 && a.latitude <= 90, qPrintable(a.code));
            QVERIFY2(a.longitude >= -180 && a.longitude <= 180, qPrintable(a.code));
            QVERIFY2(a.importance >= 0 && a.importance <= 100, qPrintable(a.code));
            QCOMPARE(m_data->airport(a.code), &a);
        }
    }

    void everyAirportHasAValidTimeZone()
    {
        for (const auto &a : m_data->airports()) {
            const QTimeZone zone = m_data->timeZone(a.code);
            QVERIFY2(zone.isValid(), qPrintable(a.code + u' ' + a.timeZoneId));
            // Not the UTC fallback: the zone is the one the data names.
            QCOMPARE(QString::fromLatin1(zone.id()), a.timeZoneId);
        }
    }

    void knownAirports_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("city");
        QTest::addColumn<QString>("countryCode");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("icao");
        QTest::newRow("BOM") << u"BOM"_s << u"Mumbai"_s << u"IN"_s << u"Asia/Kolkata"_s
                             << u"VABB"_s;
        QTest::newRow("DEL") << u"DEL"_s << u"Delhi"_s << u"IN"_s << u"Asia/Kolkata"_s << u"VIDP"_s;
        QTest::newRow("JFK") << u"JFK"_s << u"New York"_s << u"US"_s << u"America/New_York"_s
                             << u"KJFK"_s;
        QTest::newRow("LHR") << u"LHR"_s << u"London"_s << u"GB"_s << u"Europe/London"_s
                             << u"EGLL"_s;
        QTest::newRow("GRU") << u"GRU"_s << u"São Paulo"_s << u"BR"_s << u"America/Sao_Paulo"_s
                             << u"SBGR"_s;
        QTest::newRow("SYD") << u"SYD"_s << u"Sydney"_s << u"AU"_s << u"Australia/Sydney"_s
                             << u"YSSY"_s;
        // Opened after the OpenFlights snapshot: added by the generator.
        QTest::newRow("BER") << u"BER"_s << u"Berlin"_s << u"DE"_s << u"Europe/Berlin"_s
                             << u"EDDB"_s;
        // OpenFlights has no zone for these: filled from their neighbours.
        QTest::newRow("PKX") << u"PKX"_s << u"Beijing"_s << u"CN"_s << u"Asia/Shanghai"_s
                             << u"ZBAD"_s;
        QTest::newRow("HYD") << u"HYD"_s << u"Hyderabad"_s << u"IN"_s << u"Asia/Kolkata"_s
                             << u"VOHS"_s;
        QTest::newRow("IST") << u"IST"_s << u"Istanbul"_s << u"TR"_s << u"Europe/Istanbul"_s
                             << u"LTFM"_s;
        // Legacy zone name (Europe/Kiev) and city spelling replaced.
        QTest::newRow("KBP") << u"KBP"_s << u"Kyiv"_s << u"UA"_s << u"Europe/Kyiv"_s << u"UKBB"_s;
    }
    void knownAirports()
    {
        QFETCH(QString, code);
        QFETCH(QString, city);
        QFETCH(QString, countryCode);
        QFETCH(QString, zone);
        QFETCH(QString, icao);
        const auto *a = m_data->airport(code);
        QVERIFY(a);
        QCOMPARE(a->city, city);
        QCOMPARE(a->countryCode, countryCode);
        QCOMPARE(a->timeZoneId, zone);
        QCOMPARE(a->icao, icao);
        QCOMPARE(m_data->timeZone(code).id(), zone.toLatin1());
    }

    void localTimesFollowTheAirportsZone()
    {
        const QDateTime winter(QDate(2026, 1, 15), QTime(12, 0), Qt::UTC);
        const QDateTime summer(QDate(2026, 7, 15), QTime(12, 0), Qt::UTC);
        QCOMPARE(m_data->timeZone(u"BOM").offsetFromUtc(winter), 5 * 3600 + 1800);
        QCOMPARE(m_data->timeZone(u"BOM").offsetFromUtc(summer), 5 * 3600 + 1800);
        QCOMPARE(m_data->timeZone(u"JFK").offsetFromUtc(winter), -5 * 3600);
        QCOMPARE(m_data->timeZone(u"JFK").offsetFromUtc(summer), -4 * 3600);
        QCOMPARE(m_data->timeZone(u"SYD").offsetFromUtc(winter), 11 * 3600);
        QCOMPARE(m_data->timeZone(u"NYC").id(), QByteArray("America/New_York"));
        QCOMPARE(m_data->timeZone(u"QQQ"), QTimeZone::utc());
    }

    void cityMembership_data()
    {
        QTest::addColumn<QString>("city");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("airports");
        QTest::newRow("NYC") << u"NYC"_s << u"New York"_s
                             << QStringList{u"JFK"_s, u"LGA"_s, u"EWR"_s};
        QTest::newRow("LON") << u"LON"_s << u"London"_s
                             << QStringList{u"LHR"_s, u"LGW"_s, u"STN"_s,
                                            u"LTN"_s, u"LCY"_s, u"SEN"_s};
        QTest::newRow("PAR") << u"PAR"_s << u"Paris"_s << QStringList{u"CDG"_s, u"ORY"_s, u"BVA"_s};
        QTest::newRow("TYO") << u"TYO"_s << u"Tokyo"_s << QStringList{u"HND"_s, u"NRT"_s};
        QTest::newRow("MIL") << u"MIL"_s << u"Milan"_s << QStringList{u"MXP"_s, u"LIN"_s, u"BGY"_s};
        QTest::newRow("ROM") << u"ROM"_s << u"Rome"_s << QStringList{u"FCO"_s, u"CIA"_s};
        QTest::newRow("CHI") << u"CHI"_s << u"Chicago"_s << QStringList{u"ORD"_s, u"MDW"_s};
        QTest::newRow("WAS") << u"WAS"_s << u"Washington"_s
                             << QStringList{u"IAD"_s, u"DCA"_s, u"BWI"_s};
        QTest::newRow("SAO") << u"SAO"_s << u"São Paulo"_s
                             << QStringList{u"GRU"_s, u"CGH"_s, u"VCP"_s};
        QTest::newRow("BUE") << u"BUE"_s << u"Buenos Aires"_s << QStringList{u"EZE"_s, u"AEP"_s};
        QTest::newRow("MOW") << u"MOW"_s << u"Moscow"_s
                             << QStringList{u"SVO"_s, u"DME"_s, u"VKO"_s};
        QTest::newRow("STO") << u"STO"_s << u"Stockholm"_s
                             << QStringList{u"ARN"_s, u"BMA"_s, u"NYO"_s};
        QTest::newRow("OSA") << u"OSA"_s << u"Osaka"_s << QStringList{u"KIX"_s, u"ITM"_s, u"UKB"_s};
        QTest::newRow("SEL") << u"SEL"_s << u"Seoul"_s << QStringList{u"ICN"_s, u"GMP"_s};
        QTest::newRow("BJS") << u"BJS"_s << u"Beijing"_s << QStringList{u"PEK"_s, u"PKX"_s};
        QTest::newRow("SHA") << u"SHA"_s << u"Shanghai"_s << QStringList{u"PVG"_s, u"SHA"_s};
        QTest::newRow("RIO") << u"RIO"_s << u"Rio de Janeiro"_s << QStringList{u"GIG"_s, u"SDU"_s};
        QTest::newRow("YTO") << u"YTO"_s << u"Toronto"_s << QStringList{u"YYZ"_s, u"YTZ"_s};
        QTest::newRow("HOU") << u"HOU"_s << u"Houston"_s << QStringList{u"IAH"_s, u"HOU"_s};
    }
    void cityMembership()
    {
        QFETCH(QString, city);
        QFETCH(QString, name);
        QFETCH(QStringList, airports);
        const auto *c = m_data->city(city);
        QVERIFY(c);
        QCOMPARE(c->name, name);
        // The busiest airport first: it is what a city search shows first.
        QCOMPARE(c->airports.first(), airports.first());
        for (const QString &code : airports) {
            QVERIFY2(c->airports.contains(code), qPrintable(code));
            QCOMPARE(m_data->airport(code)->cityCode, city);
        }
        QCOMPARE(m_data->airportsFor(city), c->airports);
    }

    void airportsForACode()
    {
        QCOMPARE(m_data->airportsFor(u"BOM"), QStringList{u"BOM"_s});
        QVERIFY(m_data->airportsFor(u"NYC").contains(u"EWR"_s));
        // A code that is both a city and an airport means the whole city.
        QCOMPARE(m_data->airportsFor(u"SHA"), m_data->city(u"SHA")->airports);
        QVERIFY(m_data->airportsFor(u"QQQ").isEmpty());
        QVERIFY(m_data->airportsFor(u"").isEmpty());
        QVERIFY(m_data->airport(u"TXL") == nullptr); // closed; code retired
    }

    void distances_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<double>("km");
        QTest::newRow("LHR-JFK") << u"LHR"_s << u"JFK"_s << 5540.0;
        QTest::newRow("JFK-LHR") << u"JFK"_s << u"LHR"_s << 5540.0;
        QTest::newRow("DEL-BOM") << u"DEL"_s << u"BOM"_s << 1140.0;
        QTest::newRow("SYD-LAX") << u"SYD"_s << u"LAX"_s << 12050.0;
        QTest::newRow("same") << u"BOM"_s << u"BOM"_s << 0.0;
    }
    void distances()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(double, km);
        QVERIFY2(std::abs(m_data->distanceKm(from, to) - km) <= 20,
                 qPrintable(QString::number(m_data->distanceKm(from, to))));
    }

    void distanceToAnUnknownAirport()
    {
        QCOMPARE(m_data->distanceKm(u"LHR", u"QQQ"), -1.0);
        QCOMPARE(m_data->distanceKm(u"", u"LHR"), -1.0);
    }

    void airlines_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("name");
        QTest::newRow("AI") << u"AI"_s << u"Air India"_s;
        QTest::newRow("6E") << u"6E"_s << u"IndiGo"_s;
        QTest::newRow("BA") << u"BA"_s << u"British Airways"_s;
        QTest::newRow("LH") << u"LH"_s << u"Lufthansa"_s; // not "Lufthansa Cargo"
        QTest::newRow("EK") << u"EK"_s << u"Emirates"_s;
        QTest::newRow("AA") << u"AA"_s << u"American Airlines"_s;
    }
    void airlines()
    {
        QFETCH(QString, code);
        QFETCH(QString, name);
        const auto *airline = m_data->airline(code);
        QVERIFY(airline);
        QCOMPARE(airline->name, name);
    }

    void ceasedAirlinesAreGone()
    {
        QVERIFY(m_data->airline(u"9W") == nullptr); // Jet Airways
        QVERIFY(m_data->airline(u"ZZZ") == nullptr);
        QVERIFY(m_data->airline(u"") == nullptr);
    }

    void busyAirportsMatterMore()
    {
        for (const char16_t *code : {u"ATL", u"DXB", u"LHR", u"DEL"})
            QVERIFY(m_data->airport(code)->importance >= 90);
        QVERIFY(m_data->airport(u"BOM")->importance > m_data->airport(u"GOI")->importance);
        QVERIFY(m_data->airport(u"LDB")->importance < 20); // Londrina
    }

    void sharedBetweenThreads()
    {
        // The schedule generator reads the data from a worker while the UI reads it too.
        std::vector<std::thread> threads;
        std::atomic<int> wrong = 0;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&] {
                for (const auto &a : m_data->airports()) {
                    if (QString::fromLatin1(m_data->timeZone(a.code).id()) != a.timeZoneId)
                        ++wrong;
                }
            });
        }
        for (auto &t : threads)
            t.join();
        QCOMPARE(wrong.load(), 0);
    }

    void smallDataSet()
    {
        auto data = ReferenceData::loadFromData(kAirports, kCities, kAirlines);
        QVERIFY2(data.ok(), qPrintable(data.ok() ? QString() : data.error().detail));
        QCOMPARE((*data)->airports().size(), size_t(3));
        QCOMPARE((*data)->airport(u"EWR")->cityCode, u"NYC"_s); // from cities.tsv
        QCOMPARE((*data)->airport(u"BOM")->keywords, u"Bombay"_s);
        QCOMPARE((*data)->airline(u"6E")->name, u"IndiGo"_s);
        QCOMPARE((*data)->airportsFor(u"NYC"), (QStringList{u"JFK"_s, u"EWR"_s}));
    }

    void namesInOtherLanguages()
    {
        auto data = ReferenceData::loadFromData(kAirports, kCities, kAirlines, kNames);
        QVERIFY2(data.ok(), qPrintable(data.ok() ? QString() : data.error().detail));
        const ReferenceData &d = **data;
        QCOMPARE(d.localCityName(u"BOM", u"hi"), u"मुंबई"_s);
        QCOMPARE(d.localCityName(u"BOM", u"hi_IN"), u"मुंबई"_s);
        QCOMPARE(d.localCityName(u"BOM", u"en"), QString());
        QCOMPARE(d.airport(u"BOM")->localNames.front().aliases, (QStringList{u"मुम्बई"_s, u"बंबई"_s}));
        QCOMPARE(d.localCityName(u"NYC", u"hi"), u"न्यूयॉर्क"_s);
        QCOMPARE(d.localCityName(u"NYC", u"ja"), u"ニューヨーク"_s);
        // JFK is in New York and so has its names; Newark has its own.
        QCOMPARE(d.localCityName(u"JFK", u"hi"), u"न्यूयॉर्क"_s);
        QCOMPARE(d.localCityName(u"JFK", u"ja"), u"ニューヨーク"_s);
        QCOMPARE(d.localCityName(u"EWR", u"hi"), u"नेवार्क"_s);
        QCOMPARE(d.localCityName(u"EWR", u"ja"), QString());
        // Stored composed (NFC), as a keyboard types it.
        QCOMPARE(d.airport(u"EWR")->localNames.front().aliases, QStringList{u"\u0929"_s});
        // Without a names file the data loads as before.
        auto plain = ReferenceData::loadFromData(kAirports, kCities, kAirlines);
        QVERIFY(plain.ok());
        QCOMPARE((*plain)->localCityName(u"BOM", u"hi"), QString());
    }

    void bundledHindiNames_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("hindi");
        QTest::newRow("Mumbai") << u"BOM"_s << u"मुंबई"_s;
        QTest::newRow("Delhi") << u"DEL"_s << u"दिल्ली"_s;
        QTest::newRow("Bengaluru") << u"BLR"_s << u"बेंगलुरु"_s;
        QTest::newRow("Chennai") << u"MAA"_s << u"चेन्नई"_s;
        QTest::newRow("Kolkata") << u"CCU"_s << u"कोलकाता"_s;
        QTest::newRow("Varanasi") << u"VNS"_s << u"वाराणसी"_s;
        QTest::newRow("Dubai (city)") << u"DXB"_s << u"दुबई"_s;
        QTest::newRow("London") << u"LON"_s << u"लंदन"_s;
        QTest::newRow("Heathrow, in London") << u"LHR"_s << u"लंदन"_s;
        QTest::newRow("Singapore") << u"SIN"_s << u"सिंगापुर"_s;
        QTest::newRow("New York") << u"NYC"_s << u"न्यूयॉर्क"_s;
        QTest::newRow("Kathmandu") << u"KTM"_s << u"काठमांडू"_s;
        QTest::newRow("Paris") << u"PAR"_s << u"पेरिस"_s;
    }
    void bundledHindiNames()
    {
        QFETCH(QString, code);
        QFETCH(QString, hindi);
        QCOMPARE(m_data->localCityName(code, u"hi"), hindi);
    }

    void everyIndianAirportCityHasAHindiName()
    {
        // Airports with scheduled service; the air force stations score 1.
        int checked = 0;
        for (const auto &a : m_data->airports()) {
            if (a.countryCode != u"IN" || a.importance < 8)
                continue;
            ++checked;
            QVERIFY2(!tripdesk::localNameIn(a.localNames, u"hi").isEmpty(), qPrintable(a.code));
        }
        QVERIFY(checked > 100);
    }

    void malformedNames_data()
    {
        QTest::addColumn<QByteArray>("names");
        QTest::addColumn<QString>("where");
        QTest::newRow("unknown code") << QByteArray("DEL\thi\tदिल्ली\n") << u"names.tsv:1"_s;
        QTest::newRow("lower-case code") << QByteArray("bom\thi\tमुंबई\n") << u"names.tsv:1"_s;
        QTest::newRow("language not a tag") << QByteArray("BOM\tHindi\tमुंबई\n") << u"names.tsv:1"_s;
        QTest::newRow("upper-case language") << QByteArray("BOM\tHI\tमुंबई\n") << u"names.tsv:1"_s;
        QTest::newRow("no name") << QByteArray("BOM\thi\t \n") << u"names.tsv:1"_s;
        QTest::newRow("name without letters") << QByteArray("BOM\thi\t!!\n") << u"names.tsv:1"_s;
        QTest::newRow("control character") << QByteArray("BOM\thi\tमुं\x01बई\n") << u"names.tsv:1"_s;
        QTest::newRow("too long") << QByteArray("BOM\thi\t" + QByteArray(200, 'a') + "\n")
                                  << u"names.tsv:1"_s;
        QTest::newRow("empty alias") << QByteArray("BOM\thi\tमुंबई\tमुम्बई,,बंबई\n") << u"names.tsv:1"_s;
        QTest::newRow("too many aliases")
            << QByteArray("BOM\thi\tमुंबई\ta,b,c,d,e,f,g,h,i\n") << u"names.tsv:1"_s;
        QTest::newRow("too many columns")
            << QByteArray("BOM\thi\tमुंबई\tमुम्बई\textra\n") << u"names.tsv:1"_s;
        QTest::newRow("two Hindi names")
            << QByteArray("BOM\thi\tमुंबई\nBOM\thi\tबंबई\n") << u"names.tsv:2"_s;
        QTest::newRow("not UTF-8") << QByteArray("BOM\thi\t\xff\n") << u"names.tsv"_s;
    }
    void malformedNames()
    {
        QFETCH(QByteArray, names);
        QFETCH(QString, where);
        const auto data = ReferenceData::loadFromData(kAirports, kCities, kAirlines, names);
        QVERIFY(!data.ok());
        QCOMPARE(data.error().kind, Error::Kind::InvalidInput);
        QVERIFY2(data.error().detail.contains(where), qPrintable(data.error().detail));
    }

    void windowsLineEndingsAreAccepted()
    {
        QByteArray crlf = kAirports;
        crlf.replace("\n", "\r\n");
        QVERIFY(ReferenceData::loadFromData(crlf, kCities, kAirlines).ok());
    }

    void malformedData_data()
    {
        QTest::addColumn<QByteArray>("airports");
        QTest::addColumn<QByteArray>("cities");
        QTest::addColumn<QByteArray>("airlines");
        QTest::addColumn<QString>("where");
        const QByteArray good = kAirports;
        auto withLine = [&](const QByteArray &line) -> QByteArray { return good + line + '\n'; };
        QTest::newRow("too few columns")
            << withLine("DEL\tVIDP\tIndira Gandhi") << kCities << kAirlines << u"airports.tsv:5"_s;
        QTest::newRow("lower-case code")
            << withLine("del\tVIDP\tX\tDelhi\tIndia\tIN\t\tAsia/Kolkata\t28.5\t77.1\t97") << kCities
            << kAirlines << u"airports.tsv:5"_s;
        QTest::newRow("latitude not a number")
            << withLine("DEL\tVIDP\tX\tDelhi\tIndia\tIN\t\tAsia/Kolkata\tnorth\t77.1\t97")
            << kCities << kAirlines << u"airports.tsv:5"_s;
        QTest::newRow("latitude out of range")
            << withLine("DEL\tVIDP\tX\tDelhi\tIndia\tIN\t\tAsia/Kolkata\t128.5\t77.1\t97")
            << kCities << kAirlines << u"airports.tsv:5"_s;
        QTest::newRow("not finite")
            << withLine("DEL\tVIDP\tX\tDelhi\tIndia\tIN\t\tAsia/Kolkata\tnan\t77.1\t97") << kCities
            << kAirlines << u"airports.tsv:5"_s;
        QTest::newRow("importance too high")
            << withLine("DEL\tVIDP\tX\tDelhi\tIndia\tIN\t\tAsia/Kolkata\t28.5\t77.1\t101")
            << kCities << kAirlines << u"airports.tsv:5"_s;
        QTest::newRow("zone id with spaces")
            << withLine("DEL\tVIDP\tX\tDelhi\tIndia\tIN\t\tAsia Kolkata\t28.5\t77.1\t97") << kCities
            << kAirlines << u"airports.tsv:5"_s;
        QTest::newRow("duplicate airport")
            << withLine("BOM\tVABB\tX\tMumbai\tIndia\tIN\t\tAsia/Kolkata\t19\t72\t92") << kCities
            << kAirlines << u"airports.tsv:5"_s;
        QTest::newRow("not UTF-8")
            << withLine("DEL\tVIDP\t\xff\xfe\tDelhi") << kCities << kAirlines << u"airports.tsv"_s;
        QTest::newRow("no airports")
            << QByteArray("# header only\n") << QByteArray() << QByteArray() << u"airports.tsv"_s;
        QTest::newRow("unknown city member")
            << good << QByteArray("NYC\tNew York\tUnited States\tJFK,XXX\n") << kAirlines
            << u"cities.tsv:1"_s;
        QTest::newRow("city without airports")
            << good << QByteArray("NYC\tNew York\tUnited States\t\n") << kAirlines
            << u"cities.tsv:1"_s;
        QTest::newRow("airport names an unknown city")
            << good << QByteArray() << kAirlines << u"unknown city NYC"_s;
        QTest::newRow("bad airline code")
            << good << kCities << QByteArray("A\tA Air\tNowhere\n") << u"airlines.tsv:1"_s;
        QTest::newRow("duplicate airline")
            << good << kCities << QByteArray(kAirlines + "AI\tOther\tIndia\n")
            << u"airlines.tsv:3"_s;
        QTest::newRow("too many columns")
            << good << kCities << QByteArray(40, '\t') << u"airlines.tsv:1"_s;
    }
    void malformedData()
    {
        QFETCH(QByteArray, airports);
        QFETCH(QByteArray, cities);
        QFETCH(QByteArray, airlines);
        QFETCH(QString, where);
        const auto data = ReferenceData::loadFromData(airports, cities, airlines);
        QVERIFY(!data.ok());
        QCOMPARE(data.error().kind, Error::Kind::InvalidInput);
        QVERIFY(!data.error().message.isEmpty());
        QVERIFY2(data.error().detail.contains(where), qPrintable(data.error().detail));
    }

    void missingFile()
    {
        QTemporaryDir dir;
        const auto data = ReferenceData::loadFromFiles(dir.filePath(u"airports.tsv"_s),
                                                       dir.filePath(u"cities.tsv"_s),
                                                       dir.filePath(u"airlines.tsv"_s));
        QVERIFY(!data.ok());
        QCOMPARE(data.error().kind, Error::Kind::Unavailable);
        QVERIFY(data.error().message.contains(u"airports.tsv"_s));
    }
};

QTEST_GUILESS_MAIN(TestReferenceData)
#include "test_reference_data.moc"
