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

// A search's offers, and how many more it found than it returns (offers beyond kMaxOffers), so
// the supplier can say that more exist.
struct SearchOutcome {
    std::vector<FlightOffer> offers;
    int omitted = 0;
};
Result<SearchOutcome> searchOffers(const SearchInputs &in, const FlightSearchRequest &request);
// The offers alone.
Result<std::vector<FlightOffer>> runSearch(const SearchInputs &in,
                                           const FlightSearchRequest &request);

// The flights an offer id names, as journeys (classes as encoded), and the cabin it was sold in.
struct DecodedOffer {
    std::vector<Journey> slices;
    Cabin cabin = Cabin::Economy;
};
Result<DecodedOffer> decodeOffer(const Schedule &schedule, const QString &offerId);

// Every offer again in each dearer fare brand open on all its flights (Standard, then Flex …),
// as further offers with the same flights, dearest last; the search's results show them as
// fare options beside the cheapest.
std::vector<FlightOffer> dearerBrands(const SearchInputs &in, const FlightSearchRequest &request,
                                      const std::vector<FlightOffer> &offers);

// What the supplier answers: searchOffers' results, then their dearerBrands.
Result<SearchOutcome> searchWithBrands(const SearchInputs &in, const FlightSearchRequest &request);

// The offer an id names, priced now for `passengers` at the cheapest classes still open in its
// fare brand (its id changes with them). NotFound for ids the sandbox never issued; Unavailable
// when a flight no longer has the seats. *decoded (if given) receives its flights as priced.
Result<FlightOffer> priceOffer(const SearchInputs &in, const QString &offerId,
                               const Passengers &passengers, DecodedOffer *decoded = nullptr);

} // namespace tripdesk::sandbox
