// Fuzzes Duffel's orders, one and a list: no crash; an order has an id, a real total and
// flights in UTC; a deadline to pay only while held.
#include "duffel_fuzz_support.h"

using namespace tripdesk;

namespace {

void check(const Order &order)
{
    fuzz::require(!order.id.isEmpty() && order.supplier == duffel::supplierId());
    fuzz::require(order.total.isValid());
    fuzz::checkItineraries(order.itineraries);
    fuzz::require(!order.payBy.isValid() || order.status == OrderStatus::Held ||
                  order.status == OrderStatus::Expired || order.status == OrderStatus::Cancelled);
    fuzz::require((order.status == OrderStatus::Cancelled) == order.cancelledAt.isValid());
    (void)orderRecord(order);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzz::bytes(data, size);
    if (const auto order = duffel::parseOrder(body, fuzz::context()))
        check(*order);
    else
        fuzz::checkError(order.error());
    if (const auto orders = duffel::parseOrderList(body, fuzz::context())) {
        for (const Order &order : *orders)
            check(order);
    } else {
        fuzz::checkError(orders.error());
    }
    return 0;
}
