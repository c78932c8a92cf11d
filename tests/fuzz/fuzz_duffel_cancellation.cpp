// Fuzzes Duffel's order cancellations and payments: no crash; what is accepted names its ids
// and an amount that is never negative.
#include "duffel_fuzz_support.h"

using namespace tripdesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzz::bytes(data, size);
    if (const auto c = duffel::parseOrderCancellation(body)) {
        fuzz::require(!c->id.isEmpty() && !c->orderId.isEmpty() && c->refund.minorUnits() >= 0);
        (void)cancellationRecord(*c);
    } else {
        fuzz::checkError(c.error());
    }
    if (const auto p = duffel::parsePayment(body))
        fuzz::require(!p->id.isEmpty() && p->amount.isValid());
    else
        fuzz::checkError(p.error());
    return 0;
}
