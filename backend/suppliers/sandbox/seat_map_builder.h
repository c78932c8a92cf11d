#pragma once
// Seat maps of the sandbox's flights, drawn from each aircraft's cabins (aircraft_types.h): rows
// numbered from the front (there is no row 13), blocks of seats between the aisles as the type
// has them, exit rows, the rows the wings span, galleys and lavatories. The same flight on the
// same day in the same world always looks the same: as many seats of each cabin are taken as the
// inventory has sold there, the seats sandbox orders chose among them and the rest picked by a
// hash that favours windows, aisles and the front.
//
// In economy, seats with extra legroom (the bulkhead and exit rows) and preferred seats near the
// front are sold; every other seat of the cabin booked is free (price zero). Each seat that can
// be chosen names the service that chooses it; seats of other cabins cannot be chosen.

#include "backend/flights/flight_order.h"
#include "backend/suppliers/sandbox/fare_model.h"
#include "backend/suppliers/sandbox/inventory.h"

#include <QSet>

namespace tripdesk::sandbox {

// "seat.AI101.DEL.20261224.14C": the service that chooses seat 14C on that segment.
QString seatServiceId(const QString &segmentId, const QString &designator);
// The segment id and seat a seat service id names; false for any other id.
bool parseSeatServiceId(QStringView id, QString *segmentId, QString *designator);

// One flight of an offer, as its seat map needs it.
struct SeatMapFlight {
    int leg = 0;
    int localDay = 0;
    Cabin cabin = Cabin::Economy; // the cabin booked; only its seats can be chosen
    QString segmentId;
};

class SeatMapBuilder
{
public:
    SeatMapBuilder(const Schedule &schedule, const Availability &availability,
                   const FareModel &fares);

    // `chosen`: the seats sandbox orders hold on this flight that day.
    SeatMap build(const SeatMapFlight &flight, const QSet<QString> &chosen) const;

private:
    const Schedule &m_schedule;
    const Availability &m_availability;
    const FareModel &m_fares;
};

// A seat of a map by its designator, and the cabin it is in; null when the map has no such seat.
const SeatMapElement *findSeat(const SeatMap &map, QStringView designator, Cabin *cabin = nullptr);

} // namespace tripdesk::sandbox
