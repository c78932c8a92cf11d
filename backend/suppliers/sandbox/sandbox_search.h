#pragma once
// One sandbox search from request to offers, and the reverse trip from an offer id to priced
// journeys; free functions over immutable inputs so they can run on any worker thread.

#include "backend/suppliers/sandbox/fare_model.h"
#include "backend/suppliers/sandbox/inventory.h"
#include "backend/suppliers/sandbox/offer_builder.h"

#include <QDateTime>

namespace tripdesk {
class ReferenceData;
}

namespace tripdesk::sandbox {

// Offers kept per search at most.
constexpr int kMaxOffers = 200;

struct SearchInputs {
    const Schedule &schedule;
    const ReferenceData &reference;
    std::shared_ptr<const SoldSeats> sold;
    const FareModel &fares;
    QDateTime nowUtc;
};

Result<std::vector<FlightOffer>> runSearch(const SearchInputs &in,
                                           const FlightSearchRequest &request);

// The flights an offer id names, as journeys (classes as encoded), and the cabin it was sold in.
struct DecodedOffer {
    std::vector<Journey> slices;
    Cabin cabin = Cabin::Economy;
};
Result<DecodedOffer> decodeOffer(const Schedule &schedule, const QString &offerId);

} // namespace tripdesk::sandbox
