#pragma once
// What the offer cache gives back (backend/store/offer_cache.h): an offer a recent search found,
// or a trip's results, with when they were found.

#include "backend/flights/flight_types.h"

#include <QDateTime>

namespace tripdesk {

struct CachedOffer {
    FlightOffer offer;           // one fare option, without options of its own
    FlightSearchRequest request; // the search that found it
    QDateTime cachedAt;          // UTC
};

struct CachedResults {
    std::vector<FlightOffer> offers; // results in the order they were found, with their options
    QDateTime cachedAt;              // UTC; invalid when nothing is cached for the trip
};

} // namespace tripdesk
