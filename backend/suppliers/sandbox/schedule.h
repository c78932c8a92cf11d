#pragma once
// The sandbox world's timetable: weekly flight patterns ("legs") on real airports, with the
// indexes route search needs (departures per airport and per route in local departure order,
// inbound routes per airport). Immutable once built, so any number of threads may read it.

#include "backend/suppliers/sandbox/aircraft_types.h"
#include "backend/suppliers/sandbox/airline_profiles.h"
#include "backend/suppliers/sandbox/zone_table.h"

#include <QDate>
#include <QHash>
#include <QString>

#include <algorithm>
#include <span>
#include <vector>

namespace tripdesk::sandbox {

struct ScheduleAirport {
    QString code;
    QString countryCode;
    QString cityCode; // metropolitan city, or empty
    double latitude = 0;
    double longitude = 0;
    double unit[3] = {0, 0, 0}; // position on the unit sphere, for fast distances
    int importance = 0;
    int zone = 0;                            // in Schedule::zones()
    qint32 firstLeg = 0, endLeg = 0;         // legs departing here, by local departure time
    qint32 firstRoute = 0, endRoute = 0;     // routes departing here, by destination
    qint32 firstInbound = 0, endInbound = 0; // routes arriving here (Schedule::inboundRoutes)
};

struct Carrier {
    QString code;
    Alliance alliance = Alliance::None;
    CarrierModel model = CarrierModel::Network;
    int pricePercent = 100;
};

// A flight that operates on the days of its mask, at the same local time at its origin.
struct Leg {
    qint32 from = 0;
    qint32 to = 0;
    quint16 carrier = 0;         // index in Schedule::carriers()
    quint16 number = 0;          // flight number, unique per carrier
    quint16 departureMinute = 0; // local minutes after midnight at the origin
    quint16 blockMinutes = 0;
    quint16 distanceKm = 0;
    quint8 dayMask = 0x7f; // bit 0 = Monday … bit 6 = Sunday, local days at the origin
    quint8 aircraft = 0;   // index in aircraftTypes()
    CabinSeats seats{};

    bool operatesOn(int localDay) const { return dayMask & (1u << weekdayOfDay(localDay)); }
};

struct Route {
    qint32 from = 0;
    qint32 to = 0;
    qint32 firstLeg = 0, endLeg = 0; // in Schedule::routeLegIds(), by local departure time
    quint16 minBlockMinutes = 0;
    quint16 distanceKm = 0;
};

class Schedule
{
public:
    // Builds the indexes; legs may come in any order. Airports without flights are dropped.
    Schedule(std::vector<ScheduleAirport> airports, std::vector<Carrier> carriers,
             std::vector<Leg> legs, ZoneTable zones, quint64 seed);

    quint64 seed() const { return m_seed; }
    const std::vector<ScheduleAirport> &airports() const { return m_airports; }
    const std::vector<Carrier> &carriers() const { return m_carriers; }
    const std::vector<Leg> &legs() const { return m_legs; }
    const std::vector<Route> &routes() const { return m_routes; }
    const ZoneTable &zones() const { return m_zones; }

    int airportIndex(QStringView code) const;   // -1 if the airport has no flights
    int carrierIndex(QStringView code) const;   // -1 if unknown
    int findLeg(int carrier, int number) const; // -1 if no such flight
    int findRoute(int from, int to) const;      // -1 if nobody flies it

    std::span<const Route> routesFrom(int airport) const;
    std::span<const qint32> inboundRoutes(int airport) const; // route indices
    std::span<const qint32> departures(int airport) const;    // leg ids, by local time
    std::span<const qint32> routeLegIds(const Route &route) const;

    double distanceKm(int a, int b) const;
    Minute departureUtc(int leg, int localDay) const;
    Minute arrivalUtc(int leg, int localDay) const
    {
        return departureUtc(leg, localDay) + m_legs[std::size_t(leg)].blockMinutes;
    }

    // Calls f(legId, localDay, departureUtc) for the legs among `ids` (all departing `airport`,
    // in local time order) that depart within [fromUtc, toUtc], in time order, while f returns
    // true.
    template<typename F>
    void forEachDeparture(std::span<const qint32> ids, int airport, Minute fromUtc, Minute toUtc,
                          F &&f) const;

    // Flights operating on a local date, and the airports they serve.
    int flightsOn(const QDate &date) const;
    int airportsServedOn(const QDate &date) const;

private:
    friend class ScheduleFile; // reads and writes the tables as they are (schedule_file.h)
    explicit Schedule(quint64 seed);
    void indexCodes(); // the lookups by code, from the tables

    quint64 m_seed;
    std::vector<ScheduleAirport> m_airports;
    std::vector<Carrier> m_carriers;
    std::vector<Leg> m_legs;
    std::vector<Route> m_routes;
    std::vector<qint32> m_departureIds; // identity: legs are sorted by origin and time
    std::vector<qint32> m_routeLegIds;
    std::vector<qint32> m_inbound;
    ZoneTable m_zones;
    QHash<QString, int> m_airportByCode;
    QHash<QString, int> m_carrierByCode;
    std::vector<quint32> m_flightKeys; // carrier << 16 | number, sorted, with m_flightLegs
    std::vector<qint32> m_flightLegs;
};

template<typename F>
void Schedule::forEachDeparture(std::span<const qint32> ids, int airport, Minute fromUtc,
                                Minute toUtc, F &&f) const
{
    if (ids.empty() || fromUtc > toUtc)
        return;
    const int zone = m_airports[std::size_t(airport)].zone;
    const Minute localFrom = m_zones.utcToLocal(zone, fromUtc);
    const Minute localTo = m_zones.utcToLocal(zone, toUtc);
    const int firstDay = floorDiv(localFrom, 1440);
    const int lastDay = floorDiv(localTo, 1440);
    for (int day = firstDay; day <= lastDay; ++day) {
        const int minFrom = day == firstDay ? int(localFrom - Minute(day) * 1440) : 0;
        const int minTo = day == lastDay ? int(localTo - Minute(day) * 1440) : 1439;
        auto it = std::lower_bound(ids.begin(), ids.end(), minFrom, [this](qint32 id, int m) {
            return m_legs[std::size_t(id)].departureMinute < m;
        });
        for (; it != ids.end(); ++it) {
            const Leg &leg = m_legs[std::size_t(*it)];
            if (leg.departureMinute > minTo)
                break;
            if (!leg.operatesOn(day))
                continue;
            const Minute dep = m_zones.localToUtc(zone, Minute(day) * 1440 + leg.departureMinute);
            if (dep < fromUtc || dep > toUtc)
                continue;
            if (!f(*it, day, dep))
                return;
        }
    }
}

} // namespace tripdesk::sandbox
