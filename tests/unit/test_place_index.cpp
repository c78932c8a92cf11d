// Autocomplete over the bundled airports and cities: the place a traveller means comes first,
// whatever case, accents or word order they type, and bad input never crashes.
#include "backend/reference/place_index.h"

#include <QSet>
#include <QTest>

#include <atomic>
#include <thread>

using namespace Qt::StringLiterals;
using tripdesk::Place;
using tripdesk::PlaceIndex;
using tripdesk::ReferenceData;

namespace {

QStringList codes(const std::vector<Place> &places)
{
    QStringList out;
    for (const Place &p : places)
        out.append(p.code);
    return out;
}

} // namespace

class TestPlaceIndex : public QObject
{
    Q_OBJECT

    std::shared_ptr<const ReferenceData> m_data;
    std::unique_ptr<PlaceIndex> m_index;

private Q_SLOTS:
    void initTestCase()
    {
        auto loaded = ReferenceData::loadBundled();
        QVERIFY(loaded.ok());
        m_data = *loaded;
        m_index = std::make_unique<PlaceIndex>(m_data);
    }

    void firstResult_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("city");
        // Exact IATA codes win, in any case.
        QTest::newRow("jfk") << u"jfk"_s << u"JFK"_s << false;
        QTest::newRow("LHR") << u"LHR"_s << u"LHR"_s << false;
        QTest::newRow("lhr") << u"lhr"_s << u"LHR"_s << false;
        QTest::newRow("bom") << u"bom"_s << u"BOM"_s << false;
        QTest::newRow("del") << u"del"_s << u"DEL"_s << false;
        QTest::newRow("lon: city code") << u"lon"_s << u"LON"_s << true;
        QTest::newRow("nyc") << u"nyc"_s << u"NYC"_s << true;
        // City names, complete and as typed so far.
        QTest::newRow("mumb") << u"mumb"_s << u"BOM"_s << false;
        QTest::newRow("mumbai") << u"Mumbai"_s << u"BOM"_s << false;
        QTest::newRow("delhi") << u"delhi"_s << u"DEL"_s << false;
        QTest::newRow("new delhi") << u"new delhi"_s << u"DEL"_s << false;
        QTest::newRow("london") << u"london"_s << u"LON"_s << true;
        QTest::newRow("new york") << u"new york"_s << u"NYC"_s << true;
        QTest::newRow("new yo") << u"new yo"_s << u"NYC"_s << true;
        QTest::newRow("newyork") << u"newyork"_s << u"NYC"_s << true;
        QTest::newRow("paris") << u"paris"_s << u"PAR"_s << true;
        QTest::newRow("tokyo") << u"Tokyo"_s << u"TYO"_s << true;
        QTest::newRow("chicago") << u"chicago"_s << u"CHI"_s << true;
        QTest::newRow("singapore") << u"singapore"_s << u"SIN"_s << false;
        QTest::newRow("frankfurt") << u"frankfurt"_s << u"FRA"_s << false;
        QTest::newRow("los angeles") << u"los angeles"_s << u"LAX"_s << false;
        QTest::newRow("san francisco") << u"san fran"_s << u"SFO"_s << false;
        QTest::newRow("bengaluru") << u"bengaluru"_s << u"BLR"_s << false;
        // Diacritics and case ignored, both ways round.
        QTest::newRow("sao paulo") << u"sao paulo"_s << u"SAO"_s << true;
        QTest::newRow("São Paulo") << u"São Paulo"_s << u"SAO"_s << true;
        QTest::newRow("SÃO PAULO") << u"SÃO PAULO"_s << u"SAO"_s << true;
        QTest::newRow("zurich") << u"zurich"_s << u"ZRH"_s << false;
        QTest::newRow("Zürich") << u"Zürich"_s << u"ZRH"_s << false;
        QTest::newRow("krakow") << u"krakow"_s << u"KRK"_s << false;
        QTest::newRow("dusseldorf") << u"dusseldorf"_s << u"DUS"_s << false;
        // Airport names and several words in any order.
        QTest::newRow("heathrow") << u"heathrow"_s << u"LHR"_s << false;
        QTest::newRow("heathrow london") << u"heathrow london"_s << u"LHR"_s << false;
        QTest::newRow("london heathrow") << u"London Heathrow"_s << u"LHR"_s << false;
        QTest::newRow("london gatwick") << u"london gat"_s << u"LGW"_s << false;
        QTest::newRow("london city") << u"london city"_s << u"LCY"_s << false;
        QTest::newRow("charles de gaulle") << u"charles de gaulle"_s << u"CDG"_s << false;
        QTest::newRow("narita") << u"narita"_s << u"NRT"_s << false;
        QTest::newRow("o'hare") << u"o'hare"_s << u"ORD"_s << false;
        QTest::newRow("ohare") << u"ohare"_s << u"ORD"_s << false;
        QTest::newRow("heathrow airport") << u"heathrow airport"_s << u"LHR"_s << false;
        QTest::newRow("schiphol") << u"schiphol"_s << u"AMS"_s << false;
        // Former and local names.
        QTest::newRow("bombay") << u"bombay"_s << u"BOM"_s << false;
        QTest::newRow("munchen") << u"München"_s << u"MUC"_s << false;
        // ICAO codes, as agents sometimes type them.
        QTest::newRow("vabb") << u"VABB"_s << u"BOM"_s << false;
        // Country: its busiest airport first.
        QTest::newRow("india") << u"india"_s << u"DEL"_s << false;
        QTest::newRow("united states") << u"united states"_s << u"ATL"_s << false;
        // Names in Devanagari and other scripts, whole or as typed so far.
        QTest::newRow("मुंबई") << u"मुंबई"_s << u"BOM"_s << false;
        QTest::newRow("मुं") << u"मुं"_s << u"BOM"_s << false;
        QTest::newRow("मुम्बई") << u"मुम्बई"_s << u"BOM"_s << false;
        QTest::newRow("मुँबई, chandrabindu") << u"मुँबई"_s << u"BOM"_s << false;
        QTest::newRow("बंबई") << u"बंबई"_s << u"BOM"_s << false;
        QTest::newRow("दिल्ली") << u"दिल्ली"_s << u"DEL"_s << false;
        QTest::newRow("दिल्") << u"दिल्"_s << u"DEL"_s << false;
        QTest::newRow("नई दिल्ली") << u"नई दिल्ली"_s << u"DEL"_s << false;
        QTest::newRow("बेंगलुरु") << u"बेंगलुरु"_s << u"BLR"_s << false;
        QTest::newRow("बंगलौर") << u"बंगलौर"_s << u"BLR"_s << false;
        QTest::newRow("चेन्नई") << u"चेन्नई"_s << u"MAA"_s << false;
        QTest::newRow("कोलकाता") << u"कोलकाता"_s << u"CCU"_s << false;
        QTest::newRow("कलकत्ता") << u"कलकत्ता"_s << u"CCU"_s << false;
        QTest::newRow("वाराणसी") << u"वाराणसी"_s << u"VNS"_s << false;
        QTest::newRow("चंडीगढ़, precomposed") << u"चंडीग\u095d"_s << u"IXC"_s << false;
        QTest::newRow("चंडीगढ, no nukta") << u"चंडीगढ"_s << u"IXC"_s << false;
        QTest::newRow("दुबई") << u"दुबई"_s << u"DXB"_s << true;
        QTest::newRow("लंदन") << u"लंदन"_s << u"LON"_s << true;
        QTest::newRow("सिंगापुर") << u"सिंगापुर"_s << u"SIN"_s << false;
        QTest::newRow("न्यूयॉर्क") << u"न्यूयॉर्क"_s << u"NYC"_s << true;
        QTest::newRow("न्यू यॉर्क") << u"न्यू यॉर्क"_s << u"NYC"_s << true;
        QTest::newRow("काठमांडू") << u"काठमांडू"_s << u"KTM"_s << false;
        QTest::newRow("কলকাতা, Bengali") << u"কলকাতা"_s << u"CCU"_s << false;
        QTest::newRow("சென்னை") << u"சென்னை"_s << u"MAA"_s << false;
        QTest::newRow("東京") << u"東京"_s << u"TYO"_s << true;
        QTest::newRow("Москва, lower case") << u"москва"_s << u"MOW"_s << true;
        QTest::newRow("लंदन heathrow: scripts mixed") << u"लंदन heathrow"_s << u"LHR"_s << false;
        // Surrounding punctuation and spaces do not matter.
        QTest::newRow("padded") << u"  new   york, "_s << u"NYC"_s << true;
    }
    void firstResult()
    {
        QFETCH(QString, query);
        QFETCH(QString, code);
        QFETCH(bool, city);
        const auto places = m_index->complete(query, 10);
        QVERIFY2(!places.empty(), qPrintable(query));
        QVERIFY2(places.front().code == code,
                 qPrintable(query + u" -> "_s + codes(places).join(u' ')));
        QCOMPARE(places.front().kind == Place::Kind::City, city);
    }

    void orderOfResults_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::newRow("new york: city, then JFK") << u"new york"_s << u"NYC"_s << u"JFK"_s;
        QTest::newRow("London before Londrina") << u"lon"_s << u"LHR"_s << u"LDB"_s;
        QTest::newRow("Londrina, typed out") << u"londr"_s << u"LDB"_s << u""_s;
        QTest::newRow("JFK before Newark") << u"new york"_s << u"JFK"_s << u"EWR"_s;
        QTest::newRow("Delhi before Del Rio") << u"del"_s << u"DEL"_s << u"DRT"_s;
        QTest::newRow("Guarulhos before Campinas") << u"sao paulo"_s << u"GRU"_s << u"VCP"_s;
        QTest::newRow("Paris before Paris, Texas") << u"paris"_s << u"CDG"_s << u"PRX"_s;
        // A city starting with what was typed before a word inside an airport's name or a
        // later word of a city's name.
        QTest::newRow("London City before Longdongbao") << u"lon"_s << u"LCY"_s << u"KWE"_s;
        QTest::newRow("Londrina before Longdongbao") << u"lon"_s << u"LDB"_s << u"KWE"_s;
        QTest::newRow("Long Beach before East London") << u"lon"_s << u"LGB"_s << u"ELS"_s;
        QTest::newRow("Paros before Avon Park") << u"par"_s << u"PAS"_s << u"AVO"_s;
        QTest::newRow("Del Rio before San José del Cabo") << u"del"_s << u"DRT"_s << u"SJD"_s;
        QTest::newRow("Bangkok before Bandung") << u"ban"_s << u"DMK"_s << u"BDO"_s;
        QTest::newRow("New Delhi before New Chitose") << u"new"_s << u"DEL"_s << u"CTS"_s;
    }
    void orderOfResults()
    {
        QFETCH(QString, query);
        QFETCH(QString, before);
        QFETCH(QString, after);
        const QStringList found = codes(m_index->complete(query, 50));
        QVERIFY2(found.contains(before), qPrintable(found.join(u' ')));
        if (!after.isEmpty()) {
            QVERIFY2(found.contains(after), qPrintable(found.join(u' ')));
            QVERIFY2(found.indexOf(before) < found.indexOf(after), qPrintable(found.join(u' ')));
        }
    }

    void newYorkListsTheCityThenItsAirports()
    {
        const auto places = m_index->complete(u"new york", 4);
        const QStringList found = codes(places);
        QCOMPARE(found.mid(0, 2), (QStringList{u"NYC"_s, u"JFK"_s}));
        QVERIFY2(found.contains(u"LGA"_s) && found.contains(u"EWR"_s),
                 qPrintable(found.join(u' ')));
        QCOMPARE(places[0].name, u"New York"_s);
        QCOMPARE(places[0].country, u"United States"_s);
        QCOMPARE(places[1].name, u"John F Kennedy International Airport"_s);
        QCOMPARE(places[1].city, u"New York"_s);
    }

    void whatATravellerExpects_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("first");
        // A metropolitan city comes with its airports, busiest first, before other places.
        QTest::newRow("nyc") << u"nyc"_s << QStringList{u"NYC"_s, u"JFK"_s, u"EWR"_s, u"LGA"_s};
        QTest::newRow("lon") << u"lon"_s << QStringList{u"LON"_s, u"LHR"_s, u"LGW"_s, u"STN"_s,
                                                        u"LTN"_s, u"LCY"_s, u"SEN"_s};
        QTest::newRow("london") << u"london"_s
                                << QStringList{u"LON"_s, u"LHR"_s, u"LGW"_s, u"STN"_s,
                                               u"LTN"_s, u"LCY"_s, u"SEN"_s};
        QTest::newRow("par") << u"par"_s << QStringList{u"PAR"_s, u"CDG"_s, u"ORY"_s, u"BVA"_s};
        QTest::newRow("tyo") << u"tyo"_s << QStringList{u"TYO"_s, u"HND"_s, u"NRT"_s};
        QTest::newRow("new yo") << u"new yo"_s
                                << QStringList{u"NYC"_s, u"JFK"_s, u"EWR"_s, u"LGA"_s};
        QTest::newRow("न्यूयॉर्क") << u"न्यूयॉर्क"_s
                                << QStringList{u"NYC"_s, u"JFK"_s, u"EWR"_s, u"LGA"_s};
        // A city sharing its main airport's code: the city, then the airports.
        QTest::newRow("ist") << u"ist"_s << QStringList{u"IST"_s, u"IST"_s, u"SAW"_s};
        QTest::newRow("ban") << u"ban"_s << QStringList{u"BKK"_s, u"BKK"_s, u"DMK"_s, u"BLR"_s};
        // An airport's own code still comes first, its city after it.
        QTest::newRow("dal") << u"dal"_s << QStringList{u"DAL"_s, u"QDF"_s, u"DFW"_s};
        QTest::newRow("new") << u"new"_s << QStringList{u"NEW"_s, u"NYC"_s, u"JFK"_s,
                                                        u"EWR"_s, u"LGA"_s, u"DEL"_s};
        QTest::newRow("del") << u"del"_s << QStringList{u"DEL"_s};
        QTest::newRow("san") << u"san"_s << QStringList{u"SAN"_s, u"SFO"_s};
        QTest::newRow("mum") << u"mum"_s << QStringList{u"BOM"_s};
        QTest::newRow("char") << u"char"_s << QStringList{u"CLT"_s, u"CHS"_s, u"CDG"_s};
    }
    void whatATravellerExpects()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, first);
        const QStringList found = codes(m_index->complete(query, 10));
        QVERIFY2(found.mid(0, first.size()) == first,
                 qPrintable(query + u" -> "_s + found.join(u' ')));
    }

    void everyMetroCityIsFollowedByItsAirports()
    {
        for (const auto &c : m_data->cities()) {
            const auto places = m_index->complete(c.code.toLower(), int(c.airports.size()) + 1);
            QVERIFY2(!places.empty() && places.front().kind == Place::Kind::City &&
                         places.front().code == c.code,
                     qPrintable(c.code));
            QCOMPARE(codes(places).mid(1), c.airports);
        }
    }

    void everyAirportIsFoundByItsCode()
    {
        for (const auto &a : m_data->airports()) {
            const auto places = m_index->complete(a.code.toLower(), 2);
            QVERIFY2(!places.empty() && places.front().code == a.code, qPrintable(a.code));
        }
    }

    void typingKeepsTheIntendedPlaceInTheList_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("code");
        QTest::newRow("mumbai") << u"mumbai"_s << u"BOM"_s;
        QTest::newRow("heathrow") << u"heathrow"_s << u"LHR"_s;
        QTest::newRow("sao paulo") << u"sao paulo"_s << u"GRU"_s;
        QTest::newRow("मुंबई") << u"मुंबई"_s << u"BOM"_s;
        QTest::newRow("दिल्ली") << u"दिल्ली"_s << u"DEL"_s;
        QTest::newRow("कोलकाता") << u"कोलकाता"_s << u"CCU"_s;
    }
    void typingKeepsTheIntendedPlaceInTheList()
    {
        QFETCH(QString, query);
        QFETCH(QString, code);
        // From the fourth keystroke on, the place is offered within the first ten.
        for (qsizetype n = 4; n <= query.size(); ++n) {
            const QStringList found = codes(m_index->complete(query.left(n), 10));
            QVERIFY2(found.contains(code), qPrintable(query.left(n) + u" -> " + found.join(u' ')));
        }
    }

    void noMatchGivesNothing_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("empty") << QString();
        QTest::newRow("spaces") << u"   "_s;
        QTest::newRow("punctuation") << u"!!! ??? ---"_s;
        QTest::newRow("unknown word") << u"qqqzzzx"_s;
        QTest::newRow("one word unknown") << u"london qqqzzzx"_s;
        QTest::newRow("emoji") << u"\U0001F600"_s;
        QTest::newRow("lone surrogate") << QString(QChar(0xd800));
        QTest::newRow("control characters") << u"\u0001\u0002\t\n"_s;
        QTest::newRow("very long") << QString(10000, u'a');
        QTest::newRow("nul") << QString(3, QChar(0));
    }
    void noMatchGivesNothing()
    {
        QFETCH(QString, query);
        QVERIFY(m_index->complete(query, 10).empty());
    }

    void manyWordsDoNotCrash()
    {
        const auto places = m_index->complete(u"a b c d e f g h i j k l m n o p", 10);
        QVERIFY(places.size() <= 10);
    }

    void limitIsHonoured_data()
    {
        QTest::addColumn<int>("limit");
        QTest::addColumn<int>("expected");
        QTest::newRow("0") << 0 << 0;
        QTest::newRow("negative") << -3 << 0;
        QTest::newRow("1") << 1 << 1;
        QTest::newRow("5") << 5 << 5;
        QTest::newRow("25") << 25 << 25;
    }
    void limitIsHonoured()
    {
        QFETCH(int, limit);
        QFETCH(int, expected);
        QCOMPARE(int(m_index->complete(u"a", limit).size()), expected);
    }

    void hugeLimitGivesEveryMatchOnce()
    {
        const auto places = m_index->complete(u"london", 100000);
        QSet<QString> seen;
        for (const Place &p : places) {
            const QString key = p.code + (p.kind == Place::Kind::City ? u"/city"_s : u""_s);
            QVERIFY2(!seen.contains(key), qPrintable(key));
            seen.insert(key);
        }
        QVERIFY(places.size() >= 7); // LON and its six airports at least
    }

    void sameQuerySameAnswer()
    {
        QCOMPARE(codes(m_index->complete(u"san", 20)), codes(m_index->complete(u"san", 20)));
    }

    void shortQueriesAnswerAsLongOnes()
    {
        // One- and two-letter answers are worked out in advance; they must be what the full
        // ranking gives (a limit over the precomputed length takes the full path).
        QStringList queries;
        for (char16_t a = u'a'; a <= u'z'; ++a) {
            queries << QString(QChar(a));
            for (char16_t b = u'a'; b <= u'z'; ++b)
                queries << QString(QChar(a)) + QChar(b);
        }
        queries << u"मु"_s << u"दि"_s << u"म"_s << u"1"_s << u"Z"_s << u"é"_s << u" ne "_s;
        int answered = 0;
        for (const QString &q : queries) {
            const QStringList full = codes(m_index->complete(q, 100));
            for (int limit : {1, 10, 20}) {
                const QStringList found = codes(m_index->complete(q, limit));
                QVERIFY2(found == full.mid(0, limit),
                         qPrintable(q + u" limit "_s + QString::number(limit)));
            }
            answered += full.isEmpty() ? 0 : 1;
        }
        QVERIFY(answered > 300);
    }

    void aShortListIsTheStartOfALongOne_data()
    {
        QTest::addColumn<QString>("query");
        // Many places match the first word; the other words are checked only on those that can
        // still make the list.
        for (const char *q : {"united s", "united states", "los a", "new y", "buenos a", "sao p",
                              "london h", "international a", "india d", "a b", "airport", "china",
                              "san", "bangkok suv", "लंदन h"})
            QTest::newRow(q) << QString::fromUtf8(q);
    }
    void aShortListIsTheStartOfALongOne()
    {
        QFETCH(QString, query);
        const QStringList all = codes(m_index->complete(query, 1000000));
        QVERIFY(!all.isEmpty());
        for (int limit : {1, 3, 10, 25})
            QCOMPARE(codes(m_index->complete(query, limit)), all.mid(0, limit));
    }

    void builtOnFirstLookup()
    {
        const PlaceIndex index(m_data);
        QVERIFY(!index.isBuilt());
        QCOMPARE(codes(index.complete(u"mumbai", 1)), QStringList{u"BOM"_s});
        QVERIFY(index.isBuilt());
    }

    void firstLookupsFromSeveralThreads()
    {
        const PlaceIndex index(m_data);
        const QStringList expected = codes(m_index->complete(u"lo"_s, 10));
        std::vector<std::thread> threads;
        std::atomic<int> wrong = 0;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&] {
                if (codes(index.complete(u"lo"_s, 10)) != expected)
                    ++wrong;
            });
        }
        for (auto &t : threads)
            t.join();
        QCOMPARE(wrong.load(), 0);
    }

    void indexWithoutData()
    {
        const PlaceIndex empty(nullptr);
        QVERIFY(empty.complete(u"london", 10).empty());
    }

    void fold_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("folded");
        QTest::newRow("ascii") << u"New York"_s << u"new york"_s;
        QTest::newRow("tilde") << u"São Paulo"_s << u"sao paulo"_s;
        QTest::newRow("umlaut") << u"ZÜRICH"_s << u"zurich"_s;
        QTest::newRow("acute") << u"Kraków"_s << u"krakow"_s;
        QTest::newRow("sharp s") << u"Straße"_s << u"strasse"_s;
        QTest::newRow("ring") << u"Ålesund"_s << u"alesund"_s;
        QTest::newRow("slash o") << u"Tromsø"_s << u"tromso"_s;
        QTest::newRow("stroke l") << u"Łódź"_s << u"lodz"_s;
        QTest::newRow("dotted I") << u"İstanbul"_s << u"istanbul"_s;
        QTest::newRow("ae") << u"Æreskøbing"_s << u"aereskobing"_s;
        QTest::newRow("decomposed input") << u"Sa\u0303o"_s << u"sao"_s;
        // Devanagari keeps the vowel signs, virama and anusvara that spell the word.
        QTest::newRow("devanagari") << u"मुंबई"_s << u"मुंबई"_s;
        QTest::newRow("virama") << u"दिल्ली"_s << u"दिल्ली"_s;
        QTest::newRow("nukta dropped") << u"\u095b"_s << u"ज"_s;
        QTest::newRow("decomposed nukta dropped") << u"ज\u093c"_s << u"ज"_s;
        QTest::newRow("chandrabindu as anusvara") << u"मुँबई"_s << u"मुंबई"_s;
        QTest::newRow("zero-width joiner") << u"क्\u200dष"_s << u"क्ष"_s;
        QTest::newRow("tamil") << u"சென்னை"_s << u"சென்னை"_s;
        QTest::newRow("full-width latin") << u"ＤＥＬ"_s << u"del"_s;
        QTest::newRow("empty") << QString() << QString();
    }
    void fold()
    {
        QFETCH(QString, text);
        QFETCH(QString, folded);
        QCOMPARE(PlaceIndex::fold(text), folded);
    }
};

QTEST_GUILESS_MAIN(TestPlaceIndex)
#include "test_place_index.moc"
