#pragma once
// Route search over the sandbox schedule for one slice: non-stop, one-stop and two-stop
// itineraries leaving on a local date at the origin, honouring minimum connection times and the
// longest layover (connection_rules.h), with no airport visited twice, no connection in the
// origin's or the destination's own city, none abroad on a domestic trip, and no itinerary flying
// more than twice the direct distance (less on long trips: 1.2 + 1500 km / direct distance times
// it, but never under 1.6; see maxCircuity()).
//
// The search prunes as it goes instead of listing every combination: from each first flight it
// keeps only the first workable connection per airline on each route; it explores two-stop
// itineraries only where they can arrive earlier than every non-stop or one-stop itinerary that
// leaves no earlier; and it drops dominated itineraries (leaving no later, arriving no earlier,
// costing no less, with no fewer stops) before capping the result by a blend of price, duration
// and stops. All times are UTC instants, so time zones and the date line need no special case.

#include "backend/suppliers/sandbox/fare_model.h"
#include "backend/suppliers/sandbox/inventory.h"
#include "backend/suppliers/sandbox/schedule.h"

#include <array>
#include <limits>
#include <vector>

namespace tripdesk::sandbox {

struct SliceQuery {
    std::vector<int> origins;      // airport indices in the schedule
    std::vector<int> destinations; // airport indices in the schedule
    int localDay = 0;              // departure date (day number), local at the origin
    int maxStops = 2;
    Cabin cabin = Cabin::Economy;
    int seats = 1; // passengers who need a seat (infants sit on laps)
};

struct JourneySegment {
    qint32 leg = 0;
    qint32 localDay = 0; // local departure date at the segment's origin
    Minute departure = 0;
    Minute arrival = 0;
    Cabin cabin = Cabin::Economy; // the requested cabin, or the best lower one the aircraft has
    qint8 classIndex = 0;
};

// One priced itinerary for a slice.
struct Journey {
    std::array<JourneySegment, 3> segments{};
    int count = 0;
    Minute departure = 0;
    Minute arrival = 0;
    qint64 adultPrice = 0; // minor units, taxes included
    qint64 adultTaxes = 0; // the taxes and fees in adultPrice
    int fareClass = 0;     // the class the fare is priced at, in the requested cabin
    int seatsLeft = 0;     // at that fare, over all segments

    int stops() const { return count - 1; }
    int durationMinutes() const { return arrival - departure; }
};

class RouteSearch
{
public:
    // Days to departure count from today at the origin, as `availability` has it.
    RouteSearch(const Schedule &schedule, const Availability &availability, const FareModel &fares);

    // Up to `limit` itineraries, best (by price, duration and stops) first, keeping the best few
    // of each number of stops whatever their rank. *omitted (if given) receives how many
    // workable itineraries the limit left out.
    std::vector<Journey> search(const SliceQuery &query, int limit, int *omitted = nullptr) const;

    // Prices an itinerary given its flights (for re-pricing an offer); false if a flight has no
    // seats left for `seats` passengers in a class of the cabin.
    // In the requested cabin no class cheaper than `cheapestClass` is sold (a dearer brand).
    bool price(Journey *journey, Cabin requested, int seats,
               int cheapestClass = std::numeric_limits<int>::max()) const;

    // The cabin a flight sells for a requested cabin: the best it has that is not better.
    static Cabin cabinFor(const Leg &leg, Cabin requested);

private:
    const Schedule &m_schedule;
    const Availability &m_availability;
    const FareModel &m_fares;
};

// How many times the direct distance an itinerary may fly.
double maxCircuity(double directKm);
// The least maxCircuity() allows, on the longest trips.
constexpr double kLongHaulCircuity = 1.6;

// The blend used to rank and cap itineraries and offers (lower is better).
double journeyScore(qint64 price, qint64 cheapest, int minutes, int shortest, int stops);

} // namespace tripdesk::sandbox
