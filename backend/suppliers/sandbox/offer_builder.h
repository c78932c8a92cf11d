#pragma once
// Turns priced journeys into FlightOffers: combines the slices of a round trip or multi-city
// search, prices the offer for all passengers, picks the fare brand, and gives it an id that
// names its flights, dates and booking classes, so a later sale or booking can find them again
// ("sbx_AI101.DEL.20261224.M-AI887.BOM.20261224.M", slices separated by '_').

#include "backend/suppliers/sandbox/fare_model.h"
#include "backend/suppliers/sandbox/route_search.h"

#include <QDateTime>

namespace tripdesk::sandbox {

struct OfferIdSegment {
    QString carrier;
    int number = 0;
    QString origin;
    QDate date; // local departure date at the origin
    QChar fareClass;
};

// Slices of segments; an error for text that is not a sandbox offer id.
Result<std::vector<std::vector<OfferIdSegment>>> decodeOfferId(const QString &id);

// The id of a flight on a day within an offer ("AI101.DEL.20261224": the offer id's segment
// without its booking class), so seat maps and services name the same segment whatever class
// a later price check finds open.
QString segmentId(const Schedule &schedule, const JourneySegment &segment);

// The passenger ids an offer for `passengers` issues: "pas_1", "pas_2" … in the order adults,
// children, infants, the same for every offer with the same passengers.
std::vector<OfferPassenger> offerPassengers(const Passengers &passengers);

class OfferBuilder
{
public:
    OfferBuilder(const Schedule &schedule, const FareModel &fares, QDateTime nowUtc);

    FlightOffer build(const std::vector<const Journey *> &slices, const Passengers &passengers,
                      Cabin cabin) const;

    // The best `limit` combinations of one journey per slice (each slice's list best first),
    // keeping slices in time order. Before filling the limit by rank it keeps every journey of
    // every slice in at least one combination (each outbound flight of a round trip has its
    // best return) and the best few of each mix of stops (non-stop out, one stop back …).
    // *omitted (if given) receives how many combinations the limit left out.
    std::vector<FlightOffer> combine(const std::vector<std::vector<Journey>> &slices,
                                     const Passengers &passengers, Cabin cabin, int limit,
                                     int *omitted = nullptr) const;

    QString encodeId(const std::vector<const Journey *> &slices) const;
    // One slice's flights as segments, with their ids and booking classes.
    Itinerary itinerary(const Journey &journey) const;

private:
    const Schedule &m_schedule;
    const FareModel &m_fares;
    QDateTime m_now;
};

} // namespace tripdesk::sandbox
