#pragma once
// The sandbox's orders as sandbox.sqlite keeps them, beside the seats they took: each order with
// its passengers, services, the booking classes it sold (to give them back), the seats chosen
// on its seat maps, and the cancellation quotes made for it. Plain reads and writes; the rules
// live in sandbox_orders.h. Runs on the thread that owns the database, inside the transactions
// the inventory opens (inventory.h), so an order and its seats commit together.
//
// Passport numbers are checked when an order is made but never written here: this file is not
// encrypted, and the agency's own store keeps them, encrypted, with the booking.

#include "backend/core/database.h"
#include "backend/flights/flight_order.h"
#include "backend/suppliers/sandbox/inventory.h"

#include <QSet>

#include <initializer_list>
#include <optional>

namespace tripdesk::sandbox {

// The statements of the sandbox's second migration: the order tables (inventory.cpp).
QStringList orderTables();

// A seat chosen on a seat map and held by an order.
struct SeatAssignment {
    QString flight; // "AI101"
    QDate date;     // local departure date at the origin
    QString designator;
    QString passengerId;
};

// An order with what the sandbox needs to keep about it beyond the Order itself. Its
// itineraries are not stored: they are the flights its offer id names.
struct StoredOrder {
    Order order;
    QString offerId;
    Money taxes;         // the taxes and charges within the fares (a non-refundable refund)
    int seats = 0;       // passengers with a seat of their own
    QDateTime departsAt; // the first flight's departure, UTC
    std::vector<BookedSeats> sold;
    std::vector<SeatAssignment> seatsChosen;
};

class OrderStore
{
public:
    // Orders of the world (seed) `world` in `database`.
    OrderStore(Database &database, quint64 world);

    Result<void> insert(const StoredOrder &order);
    Result<std::optional<StoredOrder>> byId(const QString &id) const;
    Result<std::optional<StoredOrder>> byClientReference(const QString &clientReference) const;
    Result<bool> bookingReferenceTaken(const QString &reference) const;

    // Held orders whose time to pay ended at or before `nowUtc`.
    Result<QStringList> lapsedHolds(const QDateTime &nowUtc) const;
    // Moves an order from one of `from` to `to` (a cancellation stamps `at`); false when it was
    // in none of them: another process moved it first.
    Result<bool> setStatus(const QString &id, std::initializer_list<OrderStatus> from,
                           OrderStatus to, const QDateTime &at);
    // Records the payment of a held order and the passengers' tickets (in passenger order), and
    // ends the cancellation quotes made before it; false when it was no longer held.
    Result<bool> markPaid(const QString &id, const QDateTime &at, const QStringList &tickets);
    // Frees the seats the order chose on seat maps.
    Result<void> freeChosenSeats(const QString &orderId);
    // The seats sandbox orders hold on a flight and day.
    Result<QSet<QString>> chosenSeats(const QString &flight, const QDate &date) const;

    Result<void> insertCancellation(const OrderCancellation &cancellation);
    Result<std::optional<OrderCancellation>> cancellation(const QString &id) const;
    // Stamps a quote confirmed; false when it already was.
    Result<bool> confirmCancellation(const QString &id, const QDateTime &at);

private:
    Result<std::optional<StoredOrder>> read(const QString &where, const QString &value) const;
    Result<void> readPassengers(StoredOrder *order) const;
    Result<void> readServicesAndSales(StoredOrder *order) const;

    Database &m_db;
    QString m_world;
};

} // namespace tripdesk::sandbox
