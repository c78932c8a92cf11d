#pragma once
// The interface every flight supplier adapter implements (the sandbox, Duffel, Sabre), for an
// offer's whole life: search, price, seat map, order (instant or held), pay a hold, get or find
// an order, cancel (quote, then confirm). Every call returns a reply object (supplier_reply.h)
// owned by the caller's `parent`: it finishes later from the event loop, can be aborted down to
// the network, and is harmless once its caller is gone. capabilities() says which calls a
// supplier supports; the others answer with an Unavailable error.

#include "backend/flights/flight_order.h"
#include "backend/flights/flight_types.h"
#include "backend/suppliers/supplier_reply.h"

namespace tripdesk {

// What a supplier can do beyond searching; callers check before offering an action.
struct FlightSupplierCapabilities {
    bool price = false;   // re-check one offer's price, services and whether it can be held
    bool seatMap = false; // seat maps for an offer's segments
    bool order = false;   // create an instant order, get it, find it by the client reference
    bool hold = false;    // create a held order and pay for it later
    bool cancel = false;  // quote a cancellation's refund and confirm it
};

// A search's answer: the offers, and how many more the supplier found but did not send (it
// keeps the best of every kind and caps the rest), and how many it sent that could not be read
// (a malformed offer drops alone), so the user can be told.
struct SupplierOffers {
    std::vector<FlightOffer> offers;
    int omitted = 0;
    int malformed = 0;
};

// How a supplier's connection stands, as its circuit breaker sees it, so the user can tell a
// supplier that is resting after repeated failures from one that is merely slow.
struct SupplierHealth {
    enum class Breaker { Closed, Open, HalfOpen };
    Breaker breaker = Breaker::Closed; // Open: calls fail at once until retryAt
    QDateTime retryAt;                 // UTC, while Open
    QString reason;                    // the last failure, in one translated line
};
QString breakerToString(SupplierHealth::Breaker breaker); // "closed", "open", "half_open"

using FlightOffersReply = ValueReply<SupplierOffers>;
using PricedOfferReply = ValueReply<PricedOffer>;
using SeatMapsReply = ValueReply<std::vector<SeatMap>>;
using OrderReply = ValueReply<Order>;
using CancellationReply = ValueReply<OrderCancellation>;

class FlightSupplier
{
public:
    virtual ~FlightSupplier() = default;

    virtual QString id() const = 0;          // "sandbox"
    virtual QString displayName() const = 0; // "Sandbox inventory" (translated)
    virtual FlightSupplierCapabilities capabilities() const = 0;

    // A standing problem the user should know about, in one translated line (a sales file that
    // cannot be used, an account about to expire); empty when all is well.
    virtual QString warning() const { return {}; }

    // Starts, in the background, what the first call needs (a schedule, a token), so it
    // answers sooner. Returns at once; calls work without it.
    virtual void prepare() {}

    // The state of its connection (HTTP adapters: their circuit breaker); always closed for
    // suppliers that run in-process.
    virtual SupplierHealth health() const { return {}; }

    // Starts a search for a request the caller has validated. Returns at once.
    virtual FlightOffersReply *search(const FlightSearchRequest &request, QObject *parent) = 0;

    // Re-prices one offer this supplier issued, for `passengers`, at what is open now, with the
    // services it sells and whether it can be held. Its id may change with the classes.
    // NotFound for ids it never issued or that expired; Unavailable when sold out.
    virtual PricedOfferReply *price(const QString &offerId, const Passengers &passengers,
                                    QObject *parent);

    // The seat maps of an offer's segments, in segment order; an empty list when the airline
    // gives none.
    virtual SeatMapsReply *seatMaps(const QString &offerId, QObject *parent);

    // Books the offer for the passengers: paid now (Instant) or held (Hold). Never retried
    // blindly: when the answer is lost, the adapter looks the order up by the request's
    // clientReference before deciding anything.
    virtual OrderReply *createOrder(const OrderRequest &request, QObject *parent);

    // Pays a held order `amount` (its total); answers with the order, now confirmed.
    virtual OrderReply *payOrder(const QString &orderId, const Money &amount, QObject *parent);

    // The order as the supplier has it now. NotFound when it does not know the id.
    virtual OrderReply *order(const QString &orderId, QObject *parent);

    // The order created with `clientReference`, for when the answer to its creation was lost
    // (a timeout, a crash). NotFound when no such order was made.
    virtual OrderReply *findOrder(const QString &clientReference, QObject *parent);

    // Quotes what cancelling the order would refund, without cancelling it.
    virtual CancellationReply *quoteCancellation(const QString &orderId, QObject *parent);
    // Confirms a quoted cancellation; the order is then cancelled and the refund under way.
    virtual CancellationReply *confirmCancellation(const QString &cancellationId, QObject *parent);

protected:
    // A reply that fails, from the event loop, with "<supplier> cannot <what>".
    template<typename Reply> Reply *unsupported(const char *what, QObject *parent)
    {
        auto *reply = new Reply(parent);
        failUnsupported(reply, what);
        return reply;
    }

private:
    void failUnsupported(SupplierReply *reply, const char *what) const;
};

} // namespace tripdesk
