#include "backend/suppliers/sandbox/schedule.h"

#include <QtMath>

#include <algorithm>
#include <numeric>

namespace tripdesk::sandbox {

Schedule::Schedule(std::vector<ScheduleAirport> airports, std::vector<Carrier> carriers,
                   std::vector<Leg> legs, ZoneTable zones, quint64 seed)
    : m_seed(seed)
    , m_carriers(std::move(carriers))
    , m_zones(std::move(zones))
{
    // Keep only airports with flights, in code order, so indexes do not depend on the input.
    std::vector<char> used(airports.size(), 0);
    for (const Leg &leg : legs) {
        used[std::size_t(leg.from)] = 1;
        used[std::size_t(leg.to)] = 1;
    }
    std::vector<qint32> order;
    for (std::size_t i = 0; i < airports.size(); ++i) {
        if (used[i])
            order.push_back(qint32(i));
    }
    std::sort(order.begin(), order.end(), [&](qint32 a, qint32 b) {
        return airports[std::size_t(a)].code < airports[std::size_t(b)].code;
    });
    std::vector<qint32> remap(airports.size(), -1);
    m_airports.reserve(order.size());
    for (qint32 old : order) {
        remap[std::size_t(old)] = qint32(m_airports.size());
        m_airports.push_back(std::move(airports[std::size_t(old)]));
    }
    for (Leg &leg : legs) {
        leg.from = remap[std::size_t(leg.from)];
        leg.to = remap[std::size_t(leg.to)];
    }

    std::sort(legs.begin(), legs.end(), [](const Leg &a, const Leg &b) {
        if (a.from != b.from)
            return a.from < b.from;
        if (a.departureMinute != b.departureMinute)
            return a.departureMinute < b.departureMinute;
        if (a.carrier != b.carrier)
            return a.carrier < b.carrier;
        return a.number < b.number;
    });
    m_legs = std::move(legs);
    m_departureIds.resize(m_legs.size());
    std::iota(m_departureIds.begin(), m_departureIds.end(), 0);

    for (std::size_t i = 0; i < m_legs.size(); ++i) {
        ScheduleAirport &a = m_airports[std::size_t(m_legs[i].from)];
        if (a.endLeg == 0 && a.firstLeg == 0)
            a.firstLeg = qint32(i);
        a.endLeg = qint32(i + 1);
    }
    std::vector<std::pair<quint32, qint32>> flights;
    flights.reserve(m_legs.size());
    for (std::size_t i = 0; i < m_legs.size(); ++i)
        flights.emplace_back(quint32(m_legs[i].carrier) << 16 | m_legs[i].number, qint32(i));
    std::sort(flights.begin(), flights.end());
    m_flightKeys.reserve(flights.size());
    m_flightLegs.reserve(flights.size());
    for (const auto &[key, leg] : flights) {
        m_flightKeys.push_back(key);
        m_flightLegs.push_back(leg);
    }

    // Routes: legs grouped by origin and destination, each group in departure order.
    m_routeLegIds = m_departureIds;
    std::stable_sort(m_routeLegIds.begin(), m_routeLegIds.end(), [this](qint32 a, qint32 b) {
        const Leg &x = m_legs[std::size_t(a)];
        const Leg &y = m_legs[std::size_t(b)];
        if (x.from != y.from)
            return x.from < y.from;
        return x.to < y.to;
    });
    for (std::size_t i = 0; i < m_routeLegIds.size();) {
        const Leg &first = m_legs[std::size_t(m_routeLegIds[i])];
        Route r;
        r.from = first.from;
        r.to = first.to;
        r.firstLeg = qint32(i);
        r.minBlockMinutes = first.blockMinutes;
        r.distanceKm = first.distanceKm;
        std::size_t j = i;
        while (j < m_routeLegIds.size()) {
            const Leg &l = m_legs[std::size_t(m_routeLegIds[j])];
            if (l.from != r.from || l.to != r.to)
                break;
            r.minBlockMinutes = std::min(r.minBlockMinutes, l.blockMinutes);
            ++j;
        }
        r.endLeg = qint32(j);
        ScheduleAirport &a = m_airports[std::size_t(r.from)];
        if (a.endRoute == 0 && a.firstRoute == 0)
            a.firstRoute = qint32(m_routes.size());
        a.endRoute = qint32(m_routes.size() + 1);
        m_routes.push_back(r);
        i = j;
    }
    m_inbound.resize(m_routes.size());
    std::iota(m_inbound.begin(), m_inbound.end(), 0);
    std::stable_sort(m_inbound.begin(), m_inbound.end(), [this](qint32 a, qint32 b) {
        return m_routes[std::size_t(a)].to < m_routes[std::size_t(b)].to;
    });
    for (std::size_t i = 0; i < m_inbound.size(); ++i) {
        ScheduleAirport &a = m_airports[std::size_t(m_routes[std::size_t(m_inbound[i])].to)];
        if (a.endInbound == 0 && a.firstInbound == 0)
            a.firstInbound = qint32(i);
        a.endInbound = qint32(i + 1);
    }

    indexCodes();
}

Schedule::Schedule(quint64 seed)
    : m_seed(seed)
{}

void Schedule::indexCodes()
{
    m_airportByCode.clear();
    m_carrierByCode.clear();
    m_airportByCode.reserve(qsizetype(m_airports.size()));
    m_carrierByCode.reserve(qsizetype(m_carriers.size()));
    for (std::size_t i = 0; i < m_airports.size(); ++i)
        m_airportByCode.insert(m_airports[i].code, int(i));
    for (std::size_t i = 0; i < m_carriers.size(); ++i)
        m_carrierByCode.insert(m_carriers[i].code, int(i));
}

int Schedule::airportIndex(QStringView code) const
{
    return m_airportByCode.value(code.toString(), -1);
}

int Schedule::carrierIndex(QStringView code) const
{
    return m_carrierByCode.value(code.toString(), -1);
}

int Schedule::findLeg(int carrier, int number) const
{
    if (carrier < 0 || number < 0 || number > 0xffff)
        return -1;
    const quint32 key = quint32(carrier) << 16 | quint32(number);
    const auto it = std::lower_bound(m_flightKeys.begin(), m_flightKeys.end(), key);
    if (it == m_flightKeys.end() || *it != key)
        return -1;
    return m_flightLegs[std::size_t(it - m_flightKeys.begin())];
}

int Schedule::findRoute(int from, int to) const
{
    const auto routes = routesFrom(from);
    const auto it = std::lower_bound(routes.begin(), routes.end(), to,
                                     [](const Route &r, int v) { return r.to < v; });
    if (it == routes.end() || it->to != to)
        return -1;
    return int(&*it - m_routes.data());
}

std::span<const Route> Schedule::routesFrom(int airport) const
{
    const ScheduleAirport &a = m_airports[std::size_t(airport)];
    return std::span<const Route>(m_routes).subspan(std::size_t(a.firstRoute),
                                                    std::size_t(a.endRoute - a.firstRoute));
}

std::span<const qint32> Schedule::inboundRoutes(int airport) const
{
    const ScheduleAirport &a = m_airports[std::size_t(airport)];
    return std::span<const qint32>(m_inbound).subspan(std::size_t(a.firstInbound),
                                                      std::size_t(a.endInbound - a.firstInbound));
}

std::span<const qint32> Schedule::departures(int airport) const
{
    const ScheduleAirport &a = m_airports[std::size_t(airport)];
    return std::span<const qint32>(m_departureIds)
        .subspan(std::size_t(a.firstLeg), std::size_t(a.endLeg - a.firstLeg));
}

std::span<const qint32> Schedule::routeLegIds(const Route &route) const
{
    return std::span<const qint32>(m_routeLegIds)
        .subspan(std::size_t(route.firstLeg), std::size_t(route.endLeg - route.firstLeg));
}

double Schedule::distanceKm(int a, int b) const
{
    const auto &p = m_airports[std::size_t(a)].unit;
    const auto &q = m_airports[std::size_t(b)].unit;
    const double dot = std::clamp(p[0] * q[0] + p[1] * q[1] + p[2] * q[2], -1.0, 1.0);
    return 6371.0 * std::acos(dot);
}

Minute Schedule::departureUtc(int leg, int localDay) const
{
    const Leg &l = m_legs[std::size_t(leg)];
    return m_zones.localToUtc(m_airports[std::size_t(l.from)].zone,
                              Minute(localDay) * 1440 + l.departureMinute);
}

int Schedule::flightsOn(const QDate &date) const
{
    const int day = dayNumber(date);
    return int(std::count_if(m_legs.begin(), m_legs.end(),
                             [day](const Leg &l) { return l.operatesOn(day); }));
}

int Schedule::airportsServedOn(const QDate &date) const
{
    const int day = dayNumber(date);
    std::vector<char> served(m_airports.size(), 0);
    for (const Leg &l : m_legs) {
        if (l.operatesOn(day)) {
            served[std::size_t(l.from)] = 1;
            served[std::size_t(l.to)] = 1;
        }
    }
    return int(std::count(served.begin(), served.end(), 1));
}

} // namespace tripdesk::sandbox
