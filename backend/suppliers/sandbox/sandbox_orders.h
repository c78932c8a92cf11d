#pragma once
// The sandbox's orders over its inventory. An order really takes its seats (Inventory::sell, in
// the transaction that writes the order); a hold lapses at its payBy and gives them back; a
// confirmed cancellation gives them back too. Lapsed holds are settled lazily, at the start of
// every call that reads the inventory or the orders (expireLapsed()), each in one transaction
// with its seats, so no timer has to run and another process on the same file settles them
// just the same.
//
// Refunds: cancelling a held order refunds nothing, as nothing was paid. A paid order on a
// refundable fare refunds its total (fares and services) less the fare's refund penalty (one per
// order, as the offer states it); on a non-refundable fare only the taxes and charges within the
// fares, which are not the airline's to keep when nobody flies, and nothing for services. A
// quote must be confirmed within 15 minutes, and nothing can be cancelled once its first flight
// has left.
//
// Booking references are six letters and digits without the ones easily misread (0/O, 1/I);
// each passenger of a paid order gets a 13-digit ticket number (the airline's three digits, then
// ten). Passport numbers are checked but not kept (order_store.h), so orders come back without
// them. Everything runs on the thread that owns the inventory's database.

#include "backend/core/clock.h"
#include "backend/suppliers/sandbox/fare_model.h"
#include "backend/suppliers/sandbox/order_store.h"

namespace tripdesk {
class ReferenceData;
}

namespace tripdesk::sandbox {

constexpr int kCancellationQuoteMinutes = 15;

class SandboxOrders
{
public:
    // `unusable`: why the inventory has no file to keep orders in (none when it has one).
    SandboxOrders(Inventory &inventory, const ReferenceData &reference, const FareModel &fares,
                  const Clock &clock, quint64 world, std::optional<Error> unusable);

    // Settles holds whose time to pay has passed: each becomes Expired and its seats return.
    Result<void> expireLapsed();

    Result<std::vector<SeatMap>> seatMaps(const Schedule &schedule, const QString &offerId);
    Result<Order> create(const Schedule &schedule, const OrderRequest &request);
    Result<Order> pay(const Schedule &schedule, const QString &orderId, const Money &amount);
    Result<Order> get(const Schedule &schedule, const QString &orderId);
    Result<Order> find(const Schedule &schedule, const QString &clientReference);
    Result<OrderCancellation> quoteCancellation(const Schedule &schedule, const QString &orderId);
    Result<OrderCancellation> confirmCancellation(const Schedule &schedule,
                                                  const QString &cancellationId);

private:
    Result<void> usable() const;
    Result<StoredOrder> load(const QString &orderId) const;
    Order toOrder(const Schedule &schedule, StoredOrder stored) const;
    Result<QString> newBookingReference() const;
    QStringList ticketNumbers(const Order &order) const;

    Inventory &m_inventory;
    const ReferenceData &m_reference;
    const FareModel &m_fares;
    const Clock &m_clock;
    std::optional<Error> m_unusable;
    std::optional<OrderStore> m_store;
};

} // namespace tripdesk::sandbox
