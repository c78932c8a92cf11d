// Fuzzes Duffel's offer with its available services: no crash; services carry an id and a
// real price; a deadline to pay only for an offer that can be held.
#include "duffel_fuzz_support.h"

using namespace tripdesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto priced = duffel::parsePricedOffer(fuzz::bytes(data, size), fuzz::context());
    if (!priced) {
        fuzz::checkError(priced.error());
        return 0;
    }
    fuzz::checkOffer(priced->offer);
    fuzz::require(priced->holdable || !priced->payBy.isValid());
    for (const OfferService &s : priced->services) {
        fuzz::require(!s.id.isEmpty() && s.maxQuantity >= 1 && s.weightKg >= 0);
        fuzz::checkMoney(s.price);
    }
    const auto again = pricedOfferFromRecord(pricedOfferRecord(*priced));
    fuzz::require(again.ok() && pricedOfferRecord(*again) == pricedOfferRecord(*priced));
    return 0;
}
