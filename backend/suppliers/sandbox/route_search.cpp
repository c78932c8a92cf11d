#include "backend/suppliers/sandbox/route_search.h"

#include "backend/suppliers/sandbox/connection_rules.h"
#include "backend/suppliers/sandbox/offer_selection.h"
#include "backend/suppliers/sandbox/rng.h"

#include <algorithm>
#include <limits>

namespace tripdesk::sandbox {

namespace {

// Connections kept per airline from one arriving flight onto one route.
constexpr int kCarriersPerConnection = 3;
constexpr int kCarriersPerTwoStopHop = 2;
// Each number of stops keeps at least this share (1/8) of the limit, where it has itineraries.
constexpr int kShareKeptPerStops = 8;

// The airlines already used from one arriving flight onto one route.
struct CarrierSet {
    quint16 carriers[4] = {};
    int size = 0;
    bool contains(quint16 c) const
    {
        return std::find(carriers, carriers + size, c) != carriers + size;
    }
    void add(quint16 c) { carriers[size++] = c; }
};

// A first flight that lands somewhere worth connecting at.
struct FirstFlight {
    JourneySegment segment;
    int origin = 0;
};

} // namespace

// Twice as far on short trips, less as trips get longer, where a detour costs hours; but never
// under 1.6 times, or long trips could not reach the hubs off the great circle that travellers
// use every day (Perth to Johannesburg by Singapore, Cape Town to Buenos Aires by Johannesburg
// and São Paulo: about 1.5 times).
double maxCircuity(double directKm)
{
    return std::max(kLongHaulCircuity, std::min(2.0, 1.2 + 1500.0 / std::max(1.0, directKm)));
}

double journeyScore(qint64 price, qint64 cheapest, int minutes, int shortest, int stops)
{
    return double(price) / double(std::max<qint64>(1, cheapest)) +
           0.7 * double(minutes) / double(std::max(1, shortest)) + 0.15 * stops;
}

RouteSearch::RouteSearch(const Schedule &schedule, const Availability &availability,
                         const FareModel &fares)
    : m_schedule(schedule)
    , m_availability(availability)
    , m_fares(fares)
{}

Cabin RouteSearch::cabinFor(const Leg &leg, Cabin requested)
{
    for (int c = int(requested); c > 0; --c) {
        if (leg.seats[std::size_t(c)] > 0)
            return Cabin(c);
    }
    return Cabin::Economy;
}

bool RouteSearch::price(Journey *j, Cabin requested, int seats, int cheapestClass) const
{
    if (j->count < 1)
        return false;
    const auto &legs = m_schedule.legs();
    int longest = 0;
    int fareClass = std::numeric_limits<int>::max();
    int seatsLeft = std::numeric_limits<int>::max();
    for (int i = 0; i < j->count; ++i) {
        JourneySegment &s = j->segments[std::size_t(i)];
        const Leg &leg = legs[std::size_t(s.leg)];
        s.cabin = cabinFor(leg, requested);
        int left = 0;
        const int cls = m_availability.cheapestOpenClass(
            s.leg, s.localDay, s.cabin, seats, &left,
            s.cabin == requested ? cheapestClass : std::numeric_limits<int>::max());
        if (cls < 0)
            return false;
        s.classIndex = qint8(cls);
        seatsLeft = std::min(seatsLeft, left);
        if (leg.distanceKm > legs[std::size_t(j->segments[std::size_t(longest)].leg)].distanceKm)
            longest = i;
    }
    // The main flight must be in the cabin asked for; feeders may fall back to a lower one.
    const JourneySegment &main = j->segments[std::size_t(longest)];
    if (main.cabin != requested)
        return false;
    for (int i = 0; i < j->count; ++i) {
        const JourneySegment &s = j->segments[std::size_t(i)];
        if (s.cabin == requested)
            fareClass = std::min(fareClass, int(s.classIndex));
    }
    const JourneySegment &first = j->segments[0];
    const JourneySegment &last = j->segments[std::size_t(j->count - 1)];
    const Leg &firstLeg = legs[std::size_t(first.leg)];
    const Leg &lastLeg = legs[std::size_t(last.leg)];
    const Leg &mainLeg = legs[std::size_t(main.leg)];
    FareInput in;
    in.distanceKm = m_schedule.distanceKm(firstLeg.from, lastLeg.to);
    in.cabin = requested;
    in.classIndex = fareClass;
    in.pricePercent = m_schedule.carriers()[mainLeg.carrier].pricePercent;
    in.stops = j->count - 1;
    in.segments = j->count;
    in.daysToDeparture = first.localDay - m_availability.todayAt(firstLeg.from);
    in.weekday = weekdayOfDay(first.localDay);
    in.jitterKey =
        mixHash({quint64(first.leg), quint64(quint32(first.localDay)), quint64(last.leg)});
    j->departure = first.departure;
    j->arrival = last.arrival;
    j->fareClass = fareClass;
    j->seatsLeft = seatsLeft;
    j->adultPrice = m_fares.adultPrice(in);
    j->adultTaxes = std::min(j->adultPrice, m_fares.adultTaxes(in));
    return true;
}

std::vector<Journey> RouteSearch::search(const SliceQuery &q, int limit, int *omitted) const
{
    if (omitted)
        *omitted = 0;
    const auto &airports = m_schedule.airports();
    const auto &legs = m_schedule.legs();
    const auto &routes = m_schedule.routes();
    const std::size_t n = airports.size();
    std::vector<qint8> target(n, -1);
    std::vector<char> blocked(n, 0);             // may not be a connection point
    std::vector<quint16> minBlockToTarget(n, 0); // 0: no flight to the destination
    for (std::size_t i = 0; i < q.destinations.size(); ++i)
        target[std::size_t(q.destinations[i])] = qint8(i);
    QStringList cities;
    for (const auto *list : {&q.origins, &q.destinations}) {
        for (int a : *list) {
            blocked[std::size_t(a)] = 1;
            if (!airports[std::size_t(a)].cityCode.isEmpty())
                cities << airports[std::size_t(a)].cityCode;
        }
    }
    if (!cities.isEmpty()) {
        for (std::size_t a = 0; a < n; ++a) {
            if (!airports[a].cityCode.isEmpty() && cities.contains(airports[a].cityCode))
                blocked[a] = 1;
        }
    }
    if (const QString home = domesticCountry(m_schedule, q.origins, q.destinations);
        !home.isEmpty()) {
        for (std::size_t a = 0; a < n; ++a) {
            if (airports[a].countryCode != home)
                blocked[a] = 1;
        }
    }
    for (int t : q.destinations) {
        for (qint32 r : m_schedule.inboundRoutes(t)) {
            const Route &route = routes[std::size_t(r)];
            quint16 &m = minBlockToTarget[std::size_t(route.from)];
            m = m == 0 ? route.minBlockMinutes : std::min(m, route.minBlockMinutes);
        }
    }
    // Distances to the destinations, worked out once per airport; and the most each
    // origin-destination pair may fly.
    const std::size_t nt = q.destinations.size();
    std::vector<float> toDestination(n * nt, -1.0f);
    const auto distanceTo = [&](int airport, std::size_t ti) {
        float &d = toDestination[std::size_t(airport) * nt + ti];
        if (d < 0)
            d = float(m_schedule.distanceKm(airport, q.destinations[ti]));
        return double(d);
    };
    std::vector<double> allowance(n * nt, 0.0); // indexed by origin airport
    for (int o : q.origins) {
        for (std::size_t ti = 0; ti < nt; ++ti) {
            const double direct = distanceTo(o, ti);
            allowance[std::size_t(o) * nt + ti] = direct * maxCircuity(direct);
        }
    }
    const auto withinCircuity = [&](int origin, double flown, int via, std::size_t ti) {
        return flown + distanceTo(via, ti) <= allowance[std::size_t(origin) * nt + ti];
    };
    const auto anyWithinCircuity = [&](int origin, double flown, int via) {
        for (std::size_t ti = 0; ti < nt; ++ti) {
            if (withinCircuity(origin, flown, via, ti))
                return true;
        }
        return false;
    };
    const auto segmentFor = [&](int leg, int day, Minute dep, JourneySegment *s) {
        s->leg = leg;
        s->localDay = day;
        s->departure = dep;
        s->arrival = dep + legs[std::size_t(leg)].blockMinutes;
        s->cabin = cabinFor(legs[std::size_t(leg)], q.cabin);
        const int cls = m_availability.cheapestOpenClass(leg, day, s->cabin, q.seats, nullptr);
        s->classIndex = qint8(cls);
        return cls >= 0;
    };

    std::vector<Journey> found;
    found.reserve(1024);
    const auto add = [&](std::initializer_list<JourneySegment> segments) {
        Journey j;
        for (const JourneySegment &s : segments)
            j.segments[std::size_t(j.count++)] = s;
        if (price(&j, q.cabin, q.seats))
            found.push_back(j);
    };

    // Non-stop flights, and the first flights worth connecting from.
    std::vector<FirstFlight> firsts;
    for (int o : q.origins) {
        const int zone = airports[std::size_t(o)].zone;
        const Minute from = m_schedule.zones().localToUtc(zone, Minute(q.localDay) * 1440);
        const Minute to = m_schedule.zones().localToUtc(zone, Minute(q.localDay + 1) * 1440) - 1;
        m_schedule.forEachDeparture(
            m_schedule.departures(o), o, from, to, [&](qint32 id, int day, Minute dep) {
                const int x = legs[std::size_t(id)].to;
                const bool direct = target[std::size_t(x)] >= 0;
                if (!direct) {
                    if (q.maxStops == 0 || blocked[std::size_t(x)])
                        return true;
                    if (!anyWithinCircuity(o, legs[std::size_t(id)].distanceKm, x))
                        return true;
                }
                JourneySegment s;
                if (!segmentFor(id, day, dep, &s))
                    return true;
                if (direct)
                    add({s});
                else
                    firsts.push_back({s, o});
                return true;
            });
    }

    // One stop: the first workable connection per airline onto each route to the destination.
    for (const FirstFlight &f : firsts) {
        const Leg &l1 = legs[std::size_t(f.segment.leg)];
        const int x = l1.to;
        const double flown = l1.distanceKm;
        for (std::size_t ti = 0; ti < nt; ++ti) {
            const int r = m_schedule.findRoute(x, q.destinations[ti]);
            if (r < 0 || !withinCircuity(f.origin, flown, x, ti))
                continue;
            CarrierSet seen;
            m_schedule.forEachDeparture(
                m_schedule.routeLegIds(routes[std::size_t(r)]), x,
                f.segment.arrival + kShortestConnection, f.segment.arrival + kMaxLayoverMinutes,
                [&](qint32 id, int day, Minute dep) {
                    const Leg &l2 = legs[std::size_t(id)];
                    if (seen.contains(l2.carrier) || !canConnect(m_schedule, l1, l2) ||
                        dep < f.segment.arrival + minimumConnectionMinutes(m_schedule, l1, l2))
                        return true;
                    JourneySegment s2;
                    if (!segmentFor(id, day, dep, &s2))
                        return true;
                    seen.add(l2.carrier);
                    add({f.segment, s2});
                    return seen.size < kCarriersPerConnection;
                });
        }
    }

    // Two stops, only where they could arrive before every itinerary with fewer stops that
    // leaves no earlier.
    if (q.maxStops >= 2 && !firsts.empty()) {
        std::vector<std::pair<Minute, Minute>> byDeparture; // departure, arrival
        byDeparture.reserve(found.size());
        for (const Journey &j : found)
            byDeparture.emplace_back(j.departure, j.arrival);
        std::sort(byDeparture.begin(), byDeparture.end());
        std::vector<Minute> bestArrival(byDeparture.size() + 1, std::numeric_limits<Minute>::max());
        for (std::size_t i = byDeparture.size(); i-- > 0;)
            bestArrival[i] = std::min(bestArrival[i + 1], byDeparture[i].second);
        const auto boundFor = [&](Minute departure) {
            const auto it =
                std::lower_bound(byDeparture.begin(), byDeparture.end(),
                                 std::make_pair(departure, std::numeric_limits<Minute>::min()));
            return bestArrival[std::size_t(it - byDeparture.begin())];
        };

        for (const FirstFlight &f : firsts) {
            const Leg &l1 = legs[std::size_t(f.segment.leg)];
            const int x = l1.to;
            const Minute bound = boundFor(f.segment.departure);
            const Minute arrived = f.segment.arrival;
            const double flownToX = l1.distanceKm;
            for (const Route &r1 : m_schedule.routesFrom(x)) {
                const int y = r1.to;
                const quint16 toTarget = minBlockToTarget[std::size_t(y)];
                if (toTarget == 0 || blocked[std::size_t(y)])
                    continue;
                if (qint64(arrived) + 2 * kShortestConnection + r1.minBlockMinutes + toTarget >=
                    bound)
                    continue;
                const double flownToY = flownToX + r1.distanceKm;
                if (!anyWithinCircuity(f.origin, flownToY, y))
                    continue;
                CarrierSet seen2;
                m_schedule.forEachDeparture(
                    m_schedule.routeLegIds(r1), x, arrived + kShortestConnection,
                    arrived + kMaxLayoverMinutes, [&](qint32 id2, int day2, Minute dep2) {
                        const Leg &l2 = legs[std::size_t(id2)];
                        const Minute arr2 = dep2 + l2.blockMinutes;
                        if (qint64(arr2) + kShortestConnection + toTarget >= bound)
                            return false; // later flights on the route land later still
                        if (seen2.contains(l2.carrier) || !canConnect(m_schedule, l1, l2) ||
                            dep2 < arrived + minimumConnectionMinutes(m_schedule, l1, l2))
                            return true;
                        JourneySegment s2;
                        if (!segmentFor(id2, day2, dep2, &s2))
                            return true;
                        seen2.add(l2.carrier);
                        for (std::size_t ti = 0; ti < nt; ++ti) {
                            const int r2 = m_schedule.findRoute(y, q.destinations[ti]);
                            if (r2 < 0 || !withinCircuity(f.origin, flownToY, y, ti))
                                continue;
                            CarrierSet seen3;
                            m_schedule.forEachDeparture(
                                m_schedule.routeLegIds(routes[std::size_t(r2)]), y,
                                arr2 + kShortestConnection, arr2 + kMaxLayoverMinutes,
                                [&](qint32 id3, int day3, Minute dep3) {
                                    const Leg &l3 = legs[std::size_t(id3)];
                                    if (dep3 + l3.blockMinutes >= bound)
                                        return false;
                                    if (seen3.contains(l3.carrier) ||
                                        !canConnect(m_schedule, l2, l3) ||
                                        dep3 < arr2 + minimumConnectionMinutes(m_schedule, l2, l3))
                                        return true;
                                    JourneySegment s3;
                                    if (!segmentFor(id3, day3, dep3, &s3))
                                        return true;
                                    seen3.add(l3.carrier);
                                    add({f.segment, s2, s3});
                                    return seen3.size < kCarriersPerTwoStopHop;
                                });
                        }
                        return seen2.size < kCarriersPerTwoStopHop;
                    });
            }
        }
    }

    // Drop dominated itineraries: another leaves no earlier, arrives no later, costs no more
    // and stops no more often.
    std::sort(found.begin(), found.end(), [](const Journey &a, const Journey &b) {
        if (a.departure != b.departure)
            return a.departure > b.departure;
        if (a.arrival != b.arrival)
            return a.arrival < b.arrival;
        if (a.adultPrice != b.adultPrice)
            return a.adultPrice < b.adultPrice;
        if (a.count != b.count)
            return a.count < b.count;
        for (int i = 0; i < a.count; ++i) {
            if (a.segments[std::size_t(i)].leg != b.segments[std::size_t(i)].leg)
                return a.segments[std::size_t(i)].leg < b.segments[std::size_t(i)].leg;
        }
        return false;
    });
    std::vector<Journey> kept;
    kept.reserve(found.size());
    for (const Journey &j : found) {
        const bool dominated = std::any_of(kept.begin(), kept.end(), [&](const Journey &k) {
            return k.arrival <= j.arrival && k.adultPrice <= j.adultPrice && k.count <= j.count;
        });
        if (!dominated)
            kept.push_back(j);
    }
    if (kept.empty())
        return kept;

    qint64 cheapest = std::numeric_limits<qint64>::max();
    int shortest = std::numeric_limits<int>::max();
    for (const Journey &j : kept) {
        cheapest = std::min(cheapest, j.adultPrice);
        shortest = std::min(shortest, j.durationMinutes());
    }
    std::vector<Candidate> scored;
    scored.reserve(kept.size());
    for (std::size_t i = 0; i < kept.size(); ++i) {
        const Journey &j = kept[i];
        scored.push_back(
            {journeyScore(j.adultPrice, cheapest, j.durationMinutes(), shortest, j.stops()), i});
    }
    // A route with many non-stop flights still shows its best one-stop and two-stop ones.
    const int perStops = std::max(1, limit / kShareKeptPerStops);
    const std::vector<std::size_t> chosen =
        keepVaried(std::move(scored), std::size_t(std::max(1, limit)),
                   [&](std::size_t i, std::vector<Kind> *kinds) {
                       kinds->push_back({quint64(kept[i].stops()), perStops});
                   });
    if (omitted)
        *omitted = int(kept.size() - chosen.size());
    std::vector<Journey> out;
    out.reserve(chosen.size());
    for (std::size_t i : chosen)
        out.push_back(kept[i]);
    return out;
}

} // namespace tripdesk::sandbox
