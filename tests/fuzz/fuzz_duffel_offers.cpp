// Fuzzes Duffel's offer request answer and offers pages: no crash; every offer kept is whole,
// every one dropped is counted with a reason.
#include "duffel_fuzz_support.h"

using namespace tripdesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzz::bytes(data, size);
    for (auto parse : {duffel::parseOfferRequest, duffel::parseOfferList}) {
        const auto page = parse(body, fuzz::context());
        if (!page) {
            fuzz::checkError(page.error());
            continue;
        }
        fuzz::require(page->problems.size() == page->malformed);
        for (const FlightOffer &offer : page->offers)
            fuzz::checkOffer(offer);
    }
    return 0;
}
