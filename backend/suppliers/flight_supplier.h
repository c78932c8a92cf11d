#pragma once
// The interface every flight supplier adapter implements (sandbox now; Duffel and GDSs next).
// Every call returns a reply object (supplier_reply.h) owned by the caller's `parent`: it
// finishes later from the event loop, can be aborted, and is harmless once its caller is gone.

#include "backend/flights/flight_types.h"
#include "backend/suppliers/supplier_reply.h"

namespace tripdesk {

// What a supplier can do beyond searching; callers check before offering an action.
struct FlightSupplierCapabilities {
    bool price = false; // re-check one offer's price and availability
};

// A search's answer: the offers, and how many more the supplier found but did not send (it
// keeps the best of every kind and caps the rest), so the user can be told that more exist.
struct SupplierOffers {
    std::vector<FlightOffer> offers;
    int omitted = 0;
};

using FlightOffersReply = ValueReply<SupplierOffers>;
using OfferReply = ValueReply<FlightOffer>;

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

    // Starts a search for a request the caller has validated. Returns at once.
    virtual FlightOffersReply *search(const FlightSearchRequest &request, QObject *parent) = 0;

    // Re-prices one offer this supplier issued, for `passengers`, at what is open now. Its id
    // may change with the classes. NotFound for ids it never issued; Unavailable when sold out.
    // Suppliers without capabilities().price answer with an Unavailable error.
    virtual OfferReply *price(const QString &offerId, const Passengers &passengers,
                              QObject *parent);
};

} // namespace tripdesk
