#include "backend/suppliers/sandbox/schedule_generator.h"

#include "backend/core/logging.h"
#include "backend/reference/reference_data.h"
#include "backend/suppliers/sandbox/generator_internal.h"
#include "backend/suppliers/sandbox/served_airports.h"

#include <QElapsedTimer>
#include <QSet>
#include <QtMath>

#include <algorithm>
#include <cmath>
#include <limits>

namespace tripdesk::sandbox {

using namespace detail;

namespace {

// Airports smaller than this never get scheduled service unless listed as served.
constexpr int kMinSpokeImportance = 12;
// Served secondary airports weigh as much as a small ranked airport.
constexpr int kServedImportance = 22;
// Foreign airlines fly only to airports at least this big (or a country's main one).
constexpr int kInternationalImportance = 25;
constexpr double kLongHaulKm = 4500;
constexpr int kLongHaulImportance = 60;
constexpr int kLongHaulImportanceForHubCarriers = 40;
// Low-cost carriers keep narrowbodies on sectors they can turn around in a day.
constexpr int kLowCostNarrowbodyRangeKm = 4500;

// Winter instant for the offsets timetables are planned in (2026-01-15T12:00Z).
constexpr Minute kPlanningInstant = Minute(20468) * 1440 + 12 * 60;

// Airports whose flights may not go further than a perimeter (New York LaGuardia and
// Washington National).
int perimeterKm(QStringView code)
{
    if (code == u"LGA")
        return 2400;
    if (code == u"DCA")
        return 2100;
    return std::numeric_limits<int>::max();
}

// Markets closed to each other's airlines (airspace closures and sanctions).
bool restricted(QStringView carrierCountry, QStringView airportCountry)
{
    static const QSet<QString> western{
        QStringLiteral("US"), QStringLiteral("CA"), QStringLiteral("GB"), QStringLiteral("IE"),
        QStringLiteral("FR"), QStringLiteral("DE"), QStringLiteral("NL"), QStringLiteral("BE"),
        QStringLiteral("LU"), QStringLiteral("CH"), QStringLiteral("AT"), QStringLiteral("IT"),
        QStringLiteral("ES"), QStringLiteral("PT"), QStringLiteral("DK"), QStringLiteral("NO"),
        QStringLiteral("SE"), QStringLiteral("FI"), QStringLiteral("IS"), QStringLiteral("PL"),
        QStringLiteral("CZ"), QStringLiteral("SK"), QStringLiteral("HU"), QStringLiteral("SI"),
        QStringLiteral("HR"), QStringLiteral("RO"), QStringLiteral("BG"), QStringLiteral("GR"),
        QStringLiteral("CY"), QStringLiteral("MT"), QStringLiteral("EE"), QStringLiteral("LV"),
        QStringLiteral("LT"), QStringLiteral("JP"), QStringLiteral("KR"), QStringLiteral("AU"),
        QStringLiteral("NZ"), QStringLiteral("TW")};
    const bool carrierRussian = carrierCountry == u"RU" || carrierCountry == u"BY";
    const bool airportRussian = airportCountry == u"RU" || airportCountry == u"BY";
    if (carrierRussian && western.contains(airportCountry.toString()))
        return true;
    return airportRussian && western.contains(carrierCountry.toString());
}

// The European single aviation market: any airline of it may fly between any of its airports.
bool singleMarket(QStringView country)
{
    static const QSet<QString> ecaa = [] {
        QSet<QString> set;
        for (const QString &c :
             QStringLiteral("AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT "
                            "RO SE SI SK NO IS CH GB AL BA ME MK RS XK")
                 .split(QLatin1Char(' ')))
            set.insert(c);
        return set;
    }();
    return ecaa.contains(country.toString());
}

std::vector<QString> splitCodes(const char *text)
{
    std::vector<QString> out;
    const QString s = QString::fromLatin1(text);
    for (const QString &part : s.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        out.push_back(part);
    return out;
}

bool nameMatches(const QString &name, const char *hints)
{
    for (const QString &hint :
         QString::fromUtf8(hints).split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
        if (name.contains(hint, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

World buildWorld(const ReferenceData &reference)
{
    World w;
    QSet<QString> hubCodes;
    for (const AirlineProfile &p : airlineProfiles()) {
        for (const QString &code : splitCodes(p.hubs))
            hubCodes.insert(code);
    }
    QSet<QString> served;
    for (QLatin1StringView code : servedSecondaryAirports())
        served.insert(QString(code));

    QHash<QString, int> byCode;
    QHash<QString, int> countryBest; // importance of each country's main airport
    QHash<QString, int> countryMain;
    for (const Airport &a : reference.airports()) {
        if (a.code.size() != 3 || a.countryCode == u"UA") // Ukraine's airspace is closed
            continue;
        const bool isServed = served.contains(a.code);
        const bool eligible = a.importance >= kMinSpokeImportance || isServed;
        if (!eligible && !hubCodes.contains(a.code))
            continue;
        ScheduleAirport sa;
        sa.code = a.code;
        sa.countryCode = a.countryCode;
        sa.cityCode = a.cityCode;
        sa.latitude = a.latitude;
        sa.longitude = a.longitude;
        const double lat = qDegreesToRadians(a.latitude);
        const double lon = qDegreesToRadians(a.longitude);
        sa.unit[0] = std::cos(lat) * std::cos(lon);
        sa.unit[1] = std::cos(lat) * std::sin(lon);
        sa.unit[2] = std::sin(lat);
        sa.importance = a.importance;
        sa.zone = w.zones.add(a.timeZoneId, reference.timeZone(a.code));
        GenAirport g;
        const int effective = isServed ? std::max(a.importance, kServedImportance) : a.importance;
        g.weight = (effective / 100.0) * (effective / 100.0);
        g.stdOffset = w.zones.offsetAtUtc(sa.zone, kPlanningInstant);
        g.eligible = eligible;
        g.perimeterKm = perimeterKm(a.code);
        g.singleMarket = singleMarket(a.countryCode);
        if (a.importance > countryBest.value(a.countryCode, -1)) {
            countryBest.insert(a.countryCode, a.importance);
            countryMain.insert(a.countryCode, int(w.airports.size()));
        }
        byCode.insert(a.code, int(w.airports.size()));
        w.airports.push_back(std::move(sa));
        w.gen.push_back(g);
    }

    for (int idx : std::as_const(countryMain))
        w.gen[std::size_t(idx)].countryMain = true;

    const auto types = aircraftTypes();
    QStringList skipped; // airlines the reference data does not know (by that name)
    for (const AirlineProfile &p : airlineProfiles()) {
        const QString code = QString::fromLatin1(p.code);
        const Airline *airline = reference.airline(code);
        if (!airline || !nameMatches(airline->name, p.nameHints)) {
            skipped << code;
            continue;
        }
        GenCarrier gc;
        gc.profile = &p;
        for (const QString &hub : splitCodes(p.hubs)) {
            const int idx = byCode.value(hub, -1);
            if (idx >= 0)
                gc.hubs.push_back(idx);
        }
        if (gc.hubs.empty())
            continue;
        for (const QString &focus : splitCodes(longHaulFocus(p.code))) {
            const int idx = byCode.value(focus, -1);
            if (idx >= 0)
                gc.focus.push_back(idx);
        }
        const auto fleet = [&](const char *list, std::vector<int> *out) {
            for (const QString &t : splitCodes(list)) {
                const int idx = aircraftIndex(QLatin1StringView(t.toLatin1()));
                if (idx < 0)
                    continue;
                out->push_back(idx);
                const AircraftType &type = types[std::size_t(idx)];
                const bool capped =
                    p.model == CarrierModel::LowCost && type.kind != AircraftKind::WideBody;
                gc.maxRangeKm = std::max(gc.maxRangeKm,
                                         capped ? std::min(type.rangeKm, kLowCostNarrowbodyRangeKm)
                                                : type.rangeKm);
            }
        };
        fleet(p.wide, &gc.wide);
        fleet(p.narrow, &gc.narrow);
        fleet(p.regional, &gc.regional);
        if (gc.maxRangeKm == 0)
            continue;
        for (int hub : gc.hubs)
            w.gen[std::size_t(hub)].allianceHubs |= quint8(1u << int(p.alliance));
        gc.carrier = int(w.carriers.size());
        w.carriers.push_back(Carrier{code, p.alliance, p.model, p.pricePercent});
        w.genCarriers.push_back(std::move(gc));
    }
    if (!skipped.isEmpty())
        qCDebug(lcSandbox) << "airlines unknown to the reference data, not flown:" << skipped;
    return w;
}

} // namespace

namespace detail {

double distanceKm(const ScheduleAirport &a, const ScheduleAirport &b)
{
    const double dot = std::clamp(
        a.unit[0] * b.unit[0] + a.unit[1] * b.unit[1] + a.unit[2] * b.unit[2], -1.0, 1.0);
    return 6371.0 * std::acos(dot);
}

double initialBearingDeg(const ScheduleAirport &a, const ScheduleAirport &b)
{
    const double lat1 = qDegreesToRadians(a.latitude);
    const double lat2 = qDegreesToRadians(b.latitude);
    const double dLon = qDegreesToRadians(b.longitude - a.longitude);
    const double y = std::sin(dLon) * std::cos(lat2);
    const double x =
        std::cos(lat1) * std::sin(lat2) - std::sin(lat1) * std::cos(lat2) * std::cos(dLon);
    return qRadiansToDegrees(std::atan2(y, x));
}

std::vector<PlannedRoute> planRoutes(const World &w, const GenCarrier &c)
{
    const AirlineProfile &p = *c.profile;
    const QString &home = w.airports[std::size_t(c.hubs.front())].countryCode;
    struct Candidate {
        double score;
        int hub;
        int spoke;
        double distance;
        bool focus = false; // a known destination, from its best hub
    };
    std::vector<Candidate> candidates;
    QSet<int> hubs(c.hubs.begin(), c.hubs.end());
    const QSet<int> focus(c.focus.begin(), c.focus.end());
    for (std::size_t hi = 0; hi < c.hubs.size(); ++hi) {
        const int h = c.hubs[hi];
        const ScheduleAirport &hub = w.airports[std::size_t(h)];
        for (std::size_t s = 0; s < w.airports.size(); ++s) {
            const bool spokeIsHub = hubs.contains(int(s));
            if (int(s) == h || (!w.gen[s].eligible && !spokeIsHub))
                continue;
            const ScheduleAirport &spoke = w.airports[s];
            if (restricted(home, spoke.countryCode))
                continue;
            if (!hub.cityCode.isEmpty() && hub.cityCode == spoke.cityCode)
                continue;
            const double d = distanceKm(hub, spoke);
            if (d < 160 || d > c.maxRangeKm)
                continue;
            const bool domestic = hub.countryCode == spoke.countryCode;
            // An airline's known destinations are flown whatever the size of the airport.
            const bool known = spokeIsHub || focus.contains(int(s));
            // Foreign airlines fly to a country's main airports; within the European single
            // aviation market they fly anywhere.
            if (!domestic && !known && spoke.importance < kInternationalImportance &&
                !w.gen[s].countryMain &&
                !(w.gen[std::size_t(h)].singleMarket && w.gen[s].singleMarket))
                continue;
            const bool longHaul = d > kLongHaulKm;
            // Long-haul flights link big airports; airlines built on connecting passengers at
            // their hub (a large long-haul share) reach further down the list.
            if (longHaul && !known &&
                spoke.importance < (p.longHaulPercent >= 25 ? kLongHaulImportanceForHubCarriers
                                                            : kLongHaulImportance))
                continue;
            if (d > std::min(w.gen[std::size_t(h)].perimeterKm, w.gen[s].perimeterKm))
                continue;
            double factor = domestic    ? 4.0
                            : d <= 3000 ? 1.0
                                        : 0.6 * std::pow(std::min(1.0, 5000.0 / d), 1.2);
            // Long-haul flights go above all to partners' hubs, where passengers connect on.
            if (longHaul && p.alliance != Alliance::None &&
                (w.gen[s].allianceHubs & (1u << int(p.alliance))))
                factor *= 2.0;
            if (longHaul && focus.contains(int(s)))
                factor *= 4.0;
            if (d < 350)
                factor *= 0.5; // road and rail take much of this traffic
            // Travel between small places fades with distance faster than between big ones.
            if (!longHaul) {
                const double reach =
                    std::min(hub.importance, spoke.importance) < 45 ? 1800.0 : 5000.0;
                factor /= 1.0 + (d / reach) * (d / reach);
            }
            // Secondary hubs carry less of the short-haul network than the main one; long-haul
            // flights leave from whichever hub is the natural gateway.
            factor *= hi == 0 || longHaul ? 1.0 : 0.75;
            const double score = w.gen[std::size_t(h)].weight * w.gen[s].weight * factor;
            if (score > 0)
                candidates.push_back({score, h, int(s), d});
        }
    }
    // A spoke is served from its best hub first; each further hub adds less.
    std::sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        if (a.spoke != b.spoke)
            return a.spoke < b.spoke;
        if (a.score != b.score)
            return a.score > b.score;
        return a.hub < b.hub;
    });
    for (std::size_t i = 0, rank = 0; i < candidates.size(); ++i) {
        rank = (i > 0 && candidates[i - 1].spoke == candidates[i].spoke) ? rank + 1 : 0;
        if (!hubs.contains(candidates[i].spoke))
            candidates[i].score *= rank == 0 ? 1.0 : rank == 1 ? 0.45 : rank == 2 ? 0.25 : 0.15;
        candidates[i].focus = rank == 0 && focus.contains(candidates[i].spoke);
    }
    // Known destinations are planned first, so the bigger airports cannot use up the budget
    // before them.
    std::sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        if (a.focus != b.focus)
            return a.focus;
        if (a.score != b.score)
            return a.score > b.score;
        if (a.hub != b.hub)
            return a.hub < b.hub;
        return a.spoke < b.spoke;
    });
    std::vector<PlannedRoute> routes;
    if (candidates.empty())
        return routes;
    // Frequencies follow demand relative to the airline's strongest route of the same kind
    // (short or long haul), scaled by how many flights of that kind the airline runs.
    double top[2] = {0, 0};
    for (const Candidate &cand : candidates) {
        double &t = top[cand.distance > kLongHaulKm ? 1 : 0];
        t = std::max(t, cand.score);
    }
    const int longBudget = p.dailyFlights * 7 * p.longHaulPercent / 100;
    int budget[2] = {p.dailyFlights * 7 - longBudget, longBudget}; // departures a week
    const double sizeFactor[2] = {std::clamp(budget[0] / 7 / 1200.0, 0.35, 1.6),
                                  std::clamp(budget[1] / 7 / 100.0, 0.5, 1.6)};
    QSet<quint64> pairs;
    for (const Candidate &cand : candidates) {
        const double d = cand.distance;
        const int kind = d > kLongHaulKm ? 1 : 0;
        int &left = budget[kind];
        if (left <= 0)
            continue;
        const quint64 key =
            quint64(std::min(cand.hub, cand.spoke)) << 32 | quint64(std::max(cand.hub, cand.spoke));
        if (pairs.contains(key))
            continue;
        const double demand = std::sqrt(cand.score / top[kind]);
        const double maxPerDay = d < 700 ? 12 : d < 1500 ? 9 : d < 3000 ? 6 : d < 6000 ? 3 : 2;
        const double perDay = std::min(maxPerDay * demand * sizeFactor[kind], maxPerDay * 1.2);
        // Nobody schedules a route thinner than twice a week, or a long-haul one under three; an
        // airline flies its known destinations daily.
        const int weekly = std::max(int(std::lround(perDay * 7)), cand.focus        ? 7
                                                                  : d > kLongHaulKm ? 3
                                                                                    : 2);
        if (!cand.focus && perDay * 7 < (d > kLongHaulKm ? 1.5 : 1.0))
            continue;
        pairs.insert(key);
        left -= 2 * weekly;
        routes.push_back({cand.hub, cand.spoke, d, demand, weekly});
    }
    return routes;
}

} // namespace detail

int ScheduleGenerator::blockMinutes(double distanceKm, double initialBearingDeg, int cruiseKmh)
{
    const double eastward = std::sin(qDegreesToRadians(initialBearingDeg));
    const double cruise = distanceKm / cruiseKmh * 60.0 * (1.0 - 0.10 * eastward);
    const int minutes = int(std::ceil(45.0 + cruise));
    return (minutes + 4) / 5 * 5;
}

std::shared_ptr<const Schedule> ScheduleGenerator::generate(const ReferenceData &reference,
                                                            quint64 seed)
{
    QElapsedTimer timer;
    timer.start();
    World world = buildWorld(reference);
    std::vector<Leg> legs;
    legs.reserve(90000);
    for (const GenCarrier &c : world.genCarriers) {
        std::vector<PlannedRoute> routes = planRoutes(world, c);
        // Long-haul flights get the low flight numbers, as most airlines do it.
        std::sort(routes.begin(), routes.end(), [](const PlannedRoute &a, const PlannedRoute &b) {
            if (a.distanceKm != b.distanceKm)
                return a.distanceKm > b.distanceKm;
            if (a.hub != b.hub)
                return a.hub < b.hub;
            return a.spoke < b.spoke;
        });
        Rng rng(mixHash({seed, quint64(c.carrier), 0x5EEDu}));
        int nextNumber = 1;
        for (const PlannedRoute &r : routes)
            timetableRoute(world, c, r, rng, &nextNumber, &legs);
    }
    auto schedule =
        std::make_shared<const Schedule>(std::move(world.airports), std::move(world.carriers),
                                         std::move(legs), std::move(world.zones), seed);
    qCInfo(lcSandbox) << "generated the sandbox schedule:" << schedule->legs().size()
                      << "weekly patterns," << schedule->airports().size() << "airports,"
                      << schedule->carriers().size() << "airlines in" << timer.elapsed() << "ms";
    return schedule;
}

} // namespace tripdesk::sandbox
