#pragma once
// Shared between the generator's two files (network planning and timetabling); private to the
// sandbox module.

#include "backend/suppliers/sandbox/rng.h"
#include "backend/suppliers/sandbox/schedule.h"

#include <vector>

namespace tripdesk::sandbox::detail {

struct GenAirport {
    double weight = 0;         // demand weight from the airport's size
    int stdOffset = 0;         // minutes east of UTC in (northern) winter, for timetabling
    bool eligible = false;     // may be a spoke
    bool countryMain = false;  // the busiest airport of its country
    bool singleMarket = false; // in the European single aviation market
    int perimeterKm = 0;       // longest flight allowed from here
    quint8 allianceHubs = 0;   // bit per Alliance with a hub here
};

struct GenCarrier {
    int carrier = 0; // index in the schedule's carriers
    const AirlineProfile *profile = nullptr;
    std::vector<int> hubs;                   // airport indices, main hub first
    std::vector<int> wide, narrow, regional; // aircraft indices, largest first
    int maxRangeKm = 0;
    std::vector<int> focus; // airports of longHaulFocus()
};

// A hub-and-spoke pair an airline flies, both ways.
struct PlannedRoute {
    int hub = 0;
    int spoke = 0;
    double distanceKm = 0;
    double demand = 0;     // 0..1, relative to the airline's strongest route
    int weeklyFlights = 0; // each way
};

struct World {
    std::vector<ScheduleAirport> airports;
    std::vector<GenAirport> gen;
    std::vector<Carrier> carriers;
    std::vector<GenCarrier> genCarriers;
    ZoneTable zones;
};

double distanceKm(const ScheduleAirport &a, const ScheduleAirport &b);
double initialBearingDeg(const ScheduleAirport &a, const ScheduleAirport &b);

// Network planning: which spokes each airline serves from which hub, how often.
std::vector<PlannedRoute> planRoutes(const World &world, const GenCarrier &carrier);

// Timetabling: the legs of one planned route, both directions, numbered from *nextNumber.
void timetableRoute(const World &world, const GenCarrier &carrier, const PlannedRoute &route,
                    Rng &rng, int *nextNumber, std::vector<Leg> *legs);

} // namespace tripdesk::sandbox::detail
