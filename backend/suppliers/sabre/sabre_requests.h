#pragma once
// The bodies of Sabre's requests, built from the domain: Bargain Finder Max v5 from a search,
// Revalidate Itinerary from an offer id, and Booking Management's createBooking, getBooking and
// cancelBooking. Pure functions; the adapter sends them. The bodies hold passenger data and are
// never logged.

#include "backend/flights/flight_order.h"
#include "backend/flights/flight_types.h"

#include <QByteArray>

namespace tripdesk::sabre {

// POST /v5/offers/shop. `pcc` is the account's pseudo city code.
QByteArray shopRequest(const FlightSearchRequest &request, const QString &pcc);

// POST /v5/shop/flights/revalidate: the offer's flights and classes, for `passengers`.
// NotFound for ids that are not a Sabre offer's.
Result<QByteArray> revalidateRequest(const QString &offerId, const Passengers &passengers,
                                     const QString &pcc);

// POST /v1/trip/orders/createBooking: the offer's flights in their classes, the travellers with
// their documents, the contact, and the client reference in a remark. When `request.payment` is
// set, Sabre is told to stop rather than book at a higher price. InvalidInput, naming the
// field, when a traveller lacks what the booking needs.
Result<QByteArray> createBookingRequest(const OrderRequest &request);

// POST /v1/trip/orders/getBooking and /cancelBooking (the whole booking, the booking returned).
QByteArray getBookingRequest(const QString &confirmationId);
QByteArray cancelBookingRequest(const QString &confirmationId);

} // namespace tripdesk::sabre
