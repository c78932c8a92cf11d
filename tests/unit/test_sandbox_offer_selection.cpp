// How the sandbox cuts its answers to the offers it returns: by rank, but never losing a whole
// kind of answer (the one-stop flights of a route full of non-stop ones, an outbound flight of a
// round trip), and counting what the cut left out so the supplier can say that more exist.
#include "test_sandbox_support.h"

#include "backend/suppliers/sandbox/offer_selection.h"
#include "backend/suppliers/sandbox/sandbox_search.h"

#include <QSet>

using namespace tripdesk;
using namespace tripdesk::sandbox;
using namespace sandboxtest;
using namespace Qt::StringLiterals;

namespace {

QString stopsMix(const FlightOffer &o)
{
    QStringList parts;
    for (const Itinerary &it : o.itineraries)
        parts << QString::number(it.stops());
    return parts.join(u'/');
}

QString flightsOf(const Itinerary &it)
{
    QStringList parts;
    for (const Segment &s : it.segments)
        parts << s.carrier + s.flightNumber + u'@' + s.departure.toString(Qt::ISODate);
    return parts.join(u'-');
}

} // namespace

class TestSandboxOfferSelection : public QObject
{
    Q_OBJECT

    FareModel m_fares{u"USD"_s};
    std::shared_ptr<const SoldSeats> m_sold = std::make_shared<const SoldSeats>();

    SearchInputs inputs() const
    {
        return SearchInputs{*schedule(), *reference(), m_sold, m_fares, now()};
    }

    SearchOutcome search(const FlightSearchRequest &request) const
    {
        auto r = searchOffers(inputs(), request);
        if (!r)
            qWarning() << r.error().detail;
        return r ? r.value() : SearchOutcome{};
    }

    std::vector<Journey> journeys(const QString &from, const QString &to, QDate date, Cabin cabin,
                                  int limit, int *omitted = nullptr) const
    {
        const Availability availability(*schedule(), m_sold, now());
        const RouteSearch rs(*schedule(), availability, m_fares);
        SliceQuery q;
        for (const auto &[code, list] :
             {std::pair{from, &q.origins}, std::pair{to, &q.destinations}}) {
            for (const QString &airport : reference()->airportsFor(code)) {
                if (const int index = schedule()->airportIndex(airport); index >= 0)
                    list->push_back(index);
            }
        }
        q.localDay = dayNumber(date);
        q.cabin = cabin;
        return rs.search(q, limit, omitted);
    }

    static FlightSearchRequest roundTrip(const QString &from, const QString &to, Cabin cabin)
    {
        FlightSearchRequest r = oneWay(from, to, travelDate(), 2, cabin);
        r.slices.push_back({to, from, travelDate().addDays(7)});
        return r;
    }

private Q_SLOTS:
    void keepsTheBestOfEachKindThenFillsByRank()
    {
        // Ten candidates ranked by index; kinds 0 (the best seven) and 1 (the last three).
        std::vector<Candidate> candidates;
        for (std::size_t i = 0; i < 10; ++i)
            candidates.push_back({double(9 - i), 9 - i}); // given worst first
        const auto kindOf = [](std::size_t i, std::vector<Kind> *kinds) {
            kinds->push_back({i < 7 ? 0u : 1u, 2});
        };
        QCOMPARE(keepVaried(candidates, 4, kindOf), (std::vector<std::size_t>{0, 1, 7, 8}));
        QCOMPARE(keepVaried(candidates, 5, kindOf), (std::vector<std::size_t>{0, 1, 2, 7, 8}));
        QCOMPARE(keepVaried(candidates, 2, kindOf), (std::vector<std::size_t>{0, 1}));
        QCOMPARE(keepVaried(candidates, 20, kindOf).size(), std::size_t(10));
        QVERIFY(keepVaried(candidates, 0, kindOf).empty());
    }

    void aRouteOfManyNonStopsKeepsItsOneStops()
    {
        // New York to London in business: non-stop flights alone would fill the first eight.
        int omitted = 0;
        const auto best = journeys(u"NYC"_s, u"LON"_s, travelDate(), Cabin::Business, 8, &omitted);
        QCOMPARE(best.size(), std::size_t(8));
        QVERIFY(
            std::any_of(best.begin(), best.end(), [](const Journey &j) { return j.stops() == 0; }));
        QVERIFY(
            std::any_of(best.begin(), best.end(), [](const Journey &j) { return j.stops() == 1; }));
        const auto all = journeys(u"NYC"_s, u"LON"_s, travelDate(), Cabin::Business, 10000);
        QCOMPARE(omitted, int(all.size()) - 8);
    }

    void businessRoundTripShowsOneStopOffers()
    {
        const auto oneWayOffers =
            search(oneWay(u"NYC"_s, u"LON"_s, travelDate(), 2, Cabin::Business));
        QVERIFY(std::any_of(oneWayOffers.offers.begin(), oneWayOffers.offers.end(),
                            [](const FlightOffer &o) { return o.itineraries[0].stops() == 1; }));
        const SearchOutcome trip = search(roundTrip(u"NYC"_s, u"LON"_s, Cabin::Business));
        QCOMPARE(int(trip.offers.size()), kMaxOffers);
        QSet<QString> mixes;
        for (const FlightOffer &o : trip.offers)
            mixes.insert(stopsMix(o));
        for (const QString &mix : {u"0/0"_s, u"0/1"_s, u"1/0"_s, u"1/1"_s})
            QVERIFY2(mixes.contains(mix), qPrintable(QStringList(mixes.values()).join(u' ')));
        QVERIFY(trip.omitted > 0);
    }

    void everyOutboundFlightHasItsBestReturn()
    {
        const auto out = journeys(u"NYC"_s, u"LON"_s, travelDate(), Cabin::Business, 40);
        const auto back =
            journeys(u"LON"_s, u"NYC"_s, travelDate().addDays(7), Cabin::Business, 40);
        QCOMPARE(out.size(), std::size_t(40));
        QCOMPARE(back.size(), std::size_t(40));
        const OfferBuilder builder(*schedule(), m_fares, now());
        int omitted = -1;
        const auto offers =
            builder.combine({out, back}, Passengers{}, Cabin::Business, 100, &omitted);
        QCOMPARE(offers.size(), std::size_t(100));
        QCOMPARE(omitted, 40 * 40 - 100); // a week apart, every pair makes a trip
        QSet<QString> outbound, inbound;
        for (const FlightOffer &o : offers) {
            outbound.insert(flightsOf(o.itineraries[0]));
            inbound.insert(flightsOf(o.itineraries[1]));
        }
        QCOMPARE(outbound.size(), 40);
        QCOMPARE(inbound.size(), 40);
    }

    void nothingLeftOutCountsNothing()
    {
        // Delhi to Mumbai on one day has fewer itineraries than the limit.
        const SearchOutcome few = search(oneWay(u"DEL"_s, u"BOM"_s));
        QVERIFY(!few.offers.empty());
        QVERIFY(int(few.offers.size()) < kMaxOffers);
        QCOMPARE(few.omitted, 0);
        // Its round trip a week later pairs every way out with every way back: more than the
        // limit, and the count says by how many.
        const std::size_t out =
            journeys(u"DEL"_s, u"BOM"_s, travelDate(), Cabin::Economy, 40).size();
        const std::size_t back =
            journeys(u"BOM"_s, u"DEL"_s, travelDate().addDays(7), Cabin::Economy, 40).size();
        QVERIFY(out < 40 && back < 40 && out * back > std::size_t(kMaxOffers));
        const FlightSearchRequest trip = roundTrip(u"DEL"_s, u"BOM"_s, Cabin::Economy);
        const SearchOutcome many = search(trip);
        QCOMPARE(int(many.offers.size()), kMaxOffers);
        QCOMPARE(many.omitted, int(out * back) - kMaxOffers);
        // The plain search returns the same offers.
        const auto plain = runSearch(inputs(), trip);
        QVERIFY(plain.ok());
        QCOMPARE(plain->size(), many.offers.size());
        QCOMPARE(plain->front().id, many.offers.front().id);
    }
};

QTEST_GUILESS_MAIN(TestSandboxOfferSelection)
#include "test_sandbox_offer_selection.moc"
