#pragma once
// The interface every flight supplier adapter implements (sandbox now; Duffel and GDSs next).
// A search is asynchronous: the adapter calls `done` later on the thread that owns `context`,
// and never after `context` is destroyed.

#include "backend/flights/flight_types.h"

#include <QObject>

#include <functional>

namespace tripdesk {

class FlightSupplier
{
public:
    virtual ~FlightSupplier() = default;

    using SearchCallback = std::function<void(Result<std::vector<FlightOffer>>)>;

    virtual QString id() const = 0;          // "sandbox"
    virtual QString displayName() const = 0; // "Sandbox inventory" (translated)

    // Starts a search. The request was validated by the caller. Returns at once.
    virtual void search(const FlightSearchRequest &request, QObject *context,
                        SearchCallback done) = 0;
};

} // namespace tripdesk
