#pragma once
// The sandbox's checks of an order request, each failure an Error about the field it concerns
// ("passengers[1].givenName", "services[0].id"), so a form can show it in the right place: the
// passengers against the offer (how many of each type, their ids, names and ages on the day of
// the first flight, infants on laps), and the services chosen against what the offer sells.

#include "backend/suppliers/sandbox/order_store.h"

#include <functional>

namespace tripdesk::sandbox {

// How many passengers of each type the request names; errors about "passengers".
Result<Passengers> passengerMix(const std::vector<OrderPassenger> &passengers);

// The passengers with the offer's ids (given ones checked, missing ones filled in by type, in
// order) and each infant on an adult's lap; `firstFlight` dates the ages.
Result<std::vector<OrderPassenger>> checkPassengers(std::vector<OrderPassenger> passengers,
                                                    const FlightOffer &offer,
                                                    const QDateTime &firstFlight);

// The services chosen, priced, and the seats they take.
struct ChosenServices {
    std::vector<OrderService> services;
    std::vector<SeatAssignment> seats;
    Money total;
};

// The seat map of one of the offer's segments, by segment id.
using SeatMapOf = std::function<Result<SeatMap>(const QString &segmentId)>;

Result<ChosenServices> checkServices(const std::vector<SelectedService> &selected,
                                     const PricedOffer &offer,
                                     const std::vector<OrderPassenger> &passengers,
                                     const SeatMapOf &seatMapOf);

// The field names of an order request ("passengers[1].givenName").
namespace OrderField {
QString passengers();
QString passenger(int index, const char *field);
QString service(int index, const char *field);
} // namespace OrderField

} // namespace tripdesk::sandbox
