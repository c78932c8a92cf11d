// Ranking as a traveller sees it: the cheapest first, the fastest first, the earliest first, and
// a "best" order that trades price against time, stops and red-eye departures as documented in
// ranking.h.

#include "backend/search/ranking.h"
#include "tests/fakes/fake_flight_supplier.h"

#include <QTest>

#include <algorithm>
#include <random>

using namespace Qt::StringLiterals;
using namespace tripdesk;

namespace {

// A compact offer description for data tables: id, price in minor units, and one itinerary of
// "XX123 AAA-BBB 2026-12-24T06:00Z 2026-12-24T08:00Z" segments separated by ';'.
struct OfferSpec {
    QString id;
    qint64 price;
    QString segments;
};

FlightOffer build(const OfferSpec &spec)
{
    Itinerary it;
    for (const QString &seg : spec.segments.split(u';', Qt::SkipEmptyParts)) {
        const QStringList p = seg.trimmed().split(u' ');
        const QStringList route = p[1].split(u'-');
        it.segments.push_back(makeSegment(p[0], route[0], route[1], p[2], p[3]));
    }
    return makeOffer(spec.id, u"sandbox"_s, spec.price, u"INR"_s, {it});
}

std::vector<FlightOffer> buildAll(const QList<OfferSpec> &specs)
{
    std::vector<FlightOffer> out;
    for (const OfferSpec &s : specs)
        out.push_back(build(s));
    return out;
}

QStringList ids(const std::vector<FlightOffer> &offers)
{
    QStringList out;
    for (const FlightOffer &o : offers)
        out << o.id;
    return out;
}

QTimeZone zoneOf(QStringView code)
{
    if (code == u"DEL" || code == u"BOM" || code == u"BLR")
        return QTimeZone("Asia/Kolkata");
    if (code == u"JFK")
        return QTimeZone("America/New_York");
    if (code == u"LHR")
        return QTimeZone("Europe/London");
    return QTimeZone::utc();
}

} // namespace

Q_DECLARE_METATYPE(OfferSpec)

class TestRanking : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sortOrderNames_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("order"); // -1: rejected
        QTest::newRow("best") << u"best"_s << int(SortOrder::Best);
        QTest::newRow("price upper case") << u"PRICE"_s << int(SortOrder::Price);
        QTest::newRow("duration with spaces") << u" duration "_s << int(SortOrder::Duration);
        QTest::newRow("departure") << u"departure"_s << int(SortOrder::Departure);
        QTest::newRow("unknown word") << u"cheapest"_s << -1;
        QTest::newRow("empty") << QString() << -1;
    }
    void sortOrderNames()
    {
        QFETCH(QString, text);
        QFETCH(int, order);
        const auto parsed = sortOrderFromString(text);
        QCOMPARE(parsed.has_value(), order >= 0);
        if (parsed) {
            QCOMPARE(int(*parsed), order);
            QCOMPARE(sortOrderFromString(sortOrderToString(*parsed)), parsed);
        }
    }

    // The documented formula, term by term, so the header and the code cannot drift apart.
    void bestScoreFollowsTheDocumentedFormula_data()
    {
        QTest::addColumn<OfferSpec>("offer");
        QTest::addColumn<qint64>("cheapest");
        QTest::addColumn<int>("shortest");
        QTest::addColumn<double>("score");
        QTest::newRow("the best on every term")
            << OfferSpec{u"a"_s, 10000,
                         u"AI101 DEL-BOM 2026-12-24T04:30:00Z 2026-12-24T06:30:00Z"_s}
            << qint64(10000) << 120 << 1.0 + 0.7;
        QTest::newRow("half as dear again, twice as long")
            << OfferSpec{u"b"_s, 15000,
                         u"AI101 DEL-BOM 2026-12-24T04:30:00Z 2026-12-24T08:30:00Z"_s}
            << qint64(10000) << 120 << 1.5 + 0.7 * 2.0;
        QTest::newRow("two stops")
            << OfferSpec{u"c"_s, 10000,
                         u"AI1 DEL-BLR 2026-12-24T04:30:00Z 2026-12-24T05:30:00Z;"
                         "AI2 BLR-BOM 2026-12-24T06:30:00Z 2026-12-24T07:30:00Z;"
                         "AI3 BOM-DEL 2026-12-24T08:00:00Z 2026-12-24T08:30:00Z"_s}
            << qint64(10000) << 240 << 1.0 + 0.7 + 0.15 * 2;
        // 20:30 UTC is 02:00 in Delhi: a red-eye there, although not in UTC.
        QTest::newRow("red-eye in the origin's zone")
            << OfferSpec{u"d"_s, 10000,
                         u"AI101 DEL-BOM 2026-12-23T20:30:00Z 2026-12-23T22:30:00Z"_s}
            << qint64(10000) << 120 << 1.0 + 0.7 + 0.1;
        // 02:00 UTC is 07:30 in Delhi: no penalty although it is night in UTC.
        QTest::newRow("night in UTC, morning locally")
            << OfferSpec{u"e"_s, 10000,
                         u"AI101 DEL-BOM 2026-12-24T02:00:00Z 2026-12-24T04:00:00Z"_s}
            << qint64(10000) << 120 << 1.0 + 0.7;
        QTest::newRow("05:59 is still a red-eye")
            << OfferSpec{u"f"_s, 10000,
                         u"AI101 DEL-BOM 2026-12-24T00:29:00Z 2026-12-24T02:29:00Z"_s}
            << qint64(10000) << 120 << 1.0 + 0.7 + 0.1;
        QTest::newRow("06:00 is not")
            << OfferSpec{u"g"_s, 10000,
                         u"AI101 DEL-BOM 2026-12-24T00:30:00Z 2026-12-24T02:30:00Z"_s}
            << qint64(10000) << 120 << 1.0 + 0.7;
        QTest::newRow("no normalisers: terms count as best")
            << OfferSpec{u"h"_s, 0, u"AI101 DEL-BOM 2026-12-24T04:30:00Z 2026-12-24T06:30:00Z"_s}
            << qint64(0) << 0 << 1.0 + 0.7;
    }
    void bestScoreFollowsTheDocumentedFormula()
    {
        QFETCH(OfferSpec, offer);
        QFETCH(qint64, cheapest);
        QFETCH(int, shortest);
        QFETCH(double, score);
        const RankContext context{cheapest, shortest};
        QCOMPARE(bestScore(build(offer), context, zoneOf), score);
    }

    void rankContextTakesTheBestOfTheSet()
    {
        const auto offers = buildAll({
            {u"a"_s, 30000, u"AI1 DEL-BOM 2026-12-24T04:30:00Z 2026-12-24T06:30:00Z"_s},
            {u"b"_s, 20000, u"AI2 DEL-BOM 2026-12-24T04:30:00Z 2026-12-24T09:30:00Z"_s},
        });
        const RankContext context = RankContext::from(offers);
        QCOMPARE(context.cheapestMinor, qint64(20000));
        QCOMPARE(context.shortestMinutes, 120);
        QCOMPARE(RankContext::from(std::vector<FlightOffer>{}).cheapestMinor, qint64(0));
    }

    void sorts_data()
    {
        QTest::addColumn<QList<OfferSpec>>("offers");
        QTest::addColumn<QString>("order");
        QTest::addColumn<QStringList>("expected");

        const QList<OfferSpec> day{
            // dear, direct, fast, mid-morning
            {u"direct"_s, 13000, u"AI1 DEL-BOM 2026-12-24T04:30:00Z 2026-12-24T06:40:00Z"_s},
            // cheapest but a long one-stop
            {u"cheap-slow"_s, 10000,
             u"6E1 DEL-BLR 2026-12-24T03:30:00Z 2026-12-24T06:15:00Z;"
             "6E2 BLR-BOM 2026-12-24T10:00:00Z 2026-12-24T11:45:00Z"_s},
            // cheap direct at 01:00 local: a red-eye
            {u"red-eye"_s, 10500, u"UK1 DEL-BOM 2026-12-23T19:30:00Z 2026-12-23T21:40:00Z"_s},
            // direct, slightly dearer than the red-eye, in the morning
            {u"morning"_s, 10600, u"UK2 DEL-BOM 2026-12-24T02:30:00Z 2026-12-24T04:40:00Z"_s},
        };
        QTest::newRow("price") << day << u"price"_s
                               << QStringList{u"cheap-slow"_s, u"red-eye"_s, u"morning"_s,
                                              u"direct"_s};
        // Equal durations (130 min) fall back to price.
        QTest::newRow("duration") << day << u"duration"_s
                                  << QStringList{u"red-eye"_s, u"morning"_s, u"direct"_s,
                                                 u"cheap-slow"_s};
        QTest::newRow("departure")
            << day << u"departure"_s
            << QStringList{u"red-eye"_s, u"morning"_s, u"cheap-slow"_s, u"direct"_s};
        // morning 1.06+0.7 beats red-eye 1.05+0.7+0.1 and the dear direct 1.3+0.7; the one-stop
        // pays for 8h15 and a stop.
        QTest::newRow("best") << day << u"best"_s
                              << QStringList{u"morning"_s, u"red-eye"_s, u"direct"_s,
                                             u"cheap-slow"_s};

        const QList<OfferSpec> ties{
            {u"b"_s, 10000, u"AI1 DEL-BOM 2026-12-24T04:30:00Z 2026-12-24T06:30:00Z"_s},
            {u"c"_s, 10000, u"AI1 DEL-BOM 2026-12-24T04:30:00Z 2026-12-24T06:30:00Z"_s},
            {u"a"_s, 10000, u"AI1 DEL-BOM 2026-12-24T04:30:00Z 2026-12-24T06:30:00Z"_s},
        };
        for (const QString &order : {u"best"_s, u"price"_s, u"duration"_s, u"departure"_s}) {
            QTest::newRow(qPrintable(u"full tie, "_s + order))
                << ties << order << QStringList{u"a"_s, u"b"_s, u"c"_s};
        }

        const QList<OfferSpec> sameTime{
            {u"dear"_s, 20000, u"AI1 DEL-BOM 2026-12-24T04:30:00Z 2026-12-24T06:30:00Z"_s},
            {u"cheap"_s, 10000, u"AI2 DEL-BOM 2026-12-24T04:30:00Z 2026-12-24T07:30:00Z"_s},
        };
        QTest::newRow("same departure falls back to price")
            << sameTime << u"departure"_s << QStringList{u"cheap"_s, u"dear"_s};
    }
    void sorts()
    {
        QFETCH(QList<OfferSpec>, offers);
        QFETCH(QString, order);
        QFETCH(QStringList, expected);
        const auto sortOrder = sortOrderFromString(order);
        QVERIFY(sortOrder);

        auto built = buildAll(offers);
        sortOffers(built, *sortOrder, zoneOf);
        QCOMPARE(ids(built), expected);

        // Whatever order the offers arrive in, the result is the same.
        std::mt19937 rng(7);
        for (int round = 0; round < 5; ++round) {
            auto shuffled = buildAll(offers);
            std::shuffle(shuffled.begin(), shuffled.end(), rng);
            sortOffers(shuffled, *sortOrder, zoneOf);
            QCOMPARE(ids(shuffled), expected);
        }
    }

    // sortOffers() computes "best" with its own caches; it must agree with bestScore().
    void bestOrderAgreesWithBestScore()
    {
        std::mt19937 rng(11);
        std::uniform_int_distribution<int> minute(0, 3 * 24 * 60);
        std::uniform_int_distribution<int> block(45, 300);
        std::uniform_int_distribution<int> price(3000, 30000);
        const char16_t *origins[] = {u"DEL", u"JFK", u"LHR"};
        std::vector<FlightOffer> offers;
        for (int i = 0; i < 300; ++i) {
            const QString origin = QString::fromUtf16(origins[i % 3]);
            // Around the US change back to standard time (1 November 2026).
            const QDateTime dep = QDateTime(QDate(2026, 10, 31), QTime(0, 0), QTimeZone::utc())
                                      .addSecs(qint64(minute(rng)) * 60);
            Itinerary it{{makeSegment(u"XX%1"_s.arg(i), origin, u"BOM"_s, dep.toString(Qt::ISODate),
                                      dep.addSecs(qint64(block(rng)) * 60).toString(Qt::ISODate))}};
            offers.push_back(makeOffer(QString::number(i), u"s"_s, price(rng), u"INR"_s, {it}));
        }
        const RankContext context = RankContext::from(offers);
        sortOffers(offers, SortOrder::Best, zoneOf);
        for (size_t i = 1; i < offers.size(); ++i) {
            QVERIFY(bestScore(offers[i - 1], context, zoneOf) <=
                    bestScore(offers[i], context, zoneOf));
        }
    }

    // "With 1 checked bag": a fare without bags is ranked at its price plus what the supplier
    // asks for the bag, through whichever fare option carries the bags cheapest; a fare whose
    // bag price is unknown ranks after the rest rather than look cheaper than it is.
    void checkedBagsView()
    {
        const auto bare = [](const QString &id, qint64 price, int bags,
                             std::optional<qint64> extraBag) {
            FlightOffer o =
                build({id, price, u"AI101 DEL-BOM 2026-12-24T04:30Z 2026-12-24T06:40Z"_s});
            o.baggage.checkedBags = bags;
            if (extraBag)
                o.extraCheckedBag = Money(*extraBag, u"INR"_s);
            return o;
        };
        // A: 5000 without a bag, a bag at 1500 each → 2 travellers: 8000.
        FlightOffer a = bare(u"a"_s, 5000, 0, 1500);
        // B: 7000 with a bag included, but its cheaper Basic option (6000, bag 2000) → 7000 with
        // the bag either way; the included one leads.
        FlightOffer b = bare(u"b"_s, 7000, 1, std::nullopt);
        b.options.push_back(bare(u"b-basic"_s, 6000, 0, 2000));
        // C: 4000, no bag and no bag price: unknown with bags.
        FlightOffer c = bare(u"c"_s, 4000, 0, std::nullopt);

        RankFactsBuilder plain({}, u"INR"_s);
        QCOMPARE(plain.facts(a).price, 5000);
        QCOMPARE(plain.facts(b).price, 6000); // the Basic option is the cheapest without bags
        QCOMPARE(plain.facts(b).option, 0);
        QCOMPARE(plain.facts(c).price, 4000);

        RankFactsBuilder withBag({}, u"INR"_s, {}, PriceView{1, 2});
        QCOMPARE(withBag.facts(a).price, 8000);
        QCOMPARE(withBag.facts(a).option, -1);
        const RankFacts fb = withBag.facts(b);
        QCOMPARE(fb.price, 7000); // included bag (7000) beats 6000 + 2 × 2000
        QCOMPARE(fb.option, -1);
        const RankFacts fc = withBag.facts(c);
        QVERIFY(!fc.comparable);
        QVERIFY(fc.bagsUnpriced);

        std::vector<FlightOffer> offers{a, b, c};
        sortOffers(offers, SortOrder::Price, {}, u"INR"_s, {}, PriceView{1, 2});
        QCOMPARE(ids(offers), (QStringList{u"b"_s, u"a"_s, u"c"_s}));
        sortOffers(offers, SortOrder::Price, {}, u"INR"_s);
        QCOMPARE(ids(offers), (QStringList{u"c"_s, u"a"_s, u"b"_s}));
    }

    void sortingEmptyAndSingleIsHarmless()
    {
        std::vector<FlightOffer> none;
        sortOffers(none, SortOrder::Best, zoneOf);
        QVERIFY(none.empty());
        auto one =
            buildAll({{u"x"_s, 1, u"AI1 DEL-BOM 2026-12-24T04:30:00Z 2026-12-24T06:30:00Z"_s}});
        sortOffers(one, SortOrder::Best, {});
        QCOMPARE(ids(one), QStringList{u"x"_s});
    }

    void duplicates_data()
    {
        QTest::addColumn<OfferSpec>("a");
        QTest::addColumn<OfferSpec>("b");
        QTest::addColumn<bool>("same");
        const OfferSpec base{u"1"_s, 10000,
                             u"AI101 DEL-BOM 2026-12-24T04:30:00Z 2026-12-24T06:30:00Z"_s};
        QTest::newRow("other id and price, same flights")
            << base << OfferSpec{u"2"_s, 9000, base.segments} << true;
        QTest::newRow("other flight number")
            << base
            << OfferSpec{u"2"_s, 10000,
                         u"AI102 DEL-BOM 2026-12-24T04:30:00Z 2026-12-24T06:30:00Z"_s}
            << false;
        QTest::newRow("other carrier")
            << base
            << OfferSpec{u"2"_s, 10000,
                         u"UK101 DEL-BOM 2026-12-24T04:30:00Z 2026-12-24T06:30:00Z"_s}
            << false;
        QTest::newRow("other day")
            << base
            << OfferSpec{u"2"_s, 10000,
                         u"AI101 DEL-BOM 2026-12-25T04:30:00Z 2026-12-25T06:30:00Z"_s}
            << false;
        QTest::newRow("same instant written in another zone")
            << base
            << OfferSpec{u"2"_s, 10000,
                         u"AI101 DEL-BOM 2026-12-24T10:00:00+05:30 2026-12-24T12:00:00+05:30"_s}
            << true;
        QTest::newRow("a connection is not the direct flight")
            << base
            << OfferSpec{u"2"_s, 10000,
                         u"AI101 DEL-BOM 2026-12-24T04:30:00Z 2026-12-24T06:30:00Z;"
                         "AI5 BOM-GOI 2026-12-24T08:00:00Z 2026-12-24T09:00:00Z"_s}
            << false;
    }
    void duplicates()
    {
        QFETCH(OfferSpec, a);
        QFETCH(OfferSpec, b);
        QFETCH(bool, same);
        const FlightOffer x = build(a);
        const FlightOffer y = build(b);
        QCOMPARE(sameFlights(x, y), same);
        QCOMPARE(flightsKey(x) == flightsKey(y), same);
    }

    void cabinAndSlicesMatterForDuplicates()
    {
        const FlightOffer economy =
            build({u"1"_s, 10000, u"AI101 DEL-BOM 2026-12-24T04:30:00Z 2026-12-24T06:30:00Z"_s});
        FlightOffer business = economy;
        business.itineraries[0].segments[0].cabin = Cabin::Business;
        QVERIFY(!sameFlights(economy, business));
        QVERIFY(flightsKey(economy) != flightsKey(business));

        FlightOffer roundTrip = economy;
        roundTrip.itineraries.push_back(
            build({u"r"_s, 1, u"AI102 BOM-DEL 2026-12-30T04:30:00Z 2026-12-30T06:30:00Z"_s})
                .itineraries[0]);
        QVERIFY(!sameFlights(economy, roundTrip));
        QVERIFY(flightsKey(economy) != flightsKey(roundTrip));
    }
};

QTEST_GUILESS_MAIN(TestRanking)
#include "test_ranking.moc"
