#pragma once
// Private to the Sabre stand-in: Sabre's request bodies read into the sandbox's terms, and the
// sandbox's offers, priced offers and orders written in Sabre's reply shapes (Bargain Finder
// Max's grouped itinerary response, Booking Management's booking), as sabre_wire reads them.

#include "backend/flights/flight_order.h"

#include <QHash>
#include <QJsonObject>
#include <QTimeZone>

#include <functional>

namespace tripdesk::sabre_stand_in {

using ZoneOf = std::function<QTimeZone(const QString &airport)>;

// How many flights each slice of an offer has, by its flights' sandbox ids ("AI101.DEL.
// 20261224.M-…"): Booking Management's request lists flights without slices, so the stand-in
// remembers the slicing of what it sold.
using Slicing = QHash<QString, QList<int>>;

// A BFM request (OTA_AirLowFareSearchRQ) as a search; an empty message when it is one.
QString readShop(const QJsonObject &body, FlightSearchRequest *out);
// A revalidate request: the sandbox offer id of its flights and classes, and the passengers.
QString readRevalidate(const QJsonObject &body, QString *sandboxOfferId, Passengers *passengers);
// A createBooking request as a held order of the sandbox offer its flights name.
QString readCreateBooking(const QJsonObject &body, const Slicing &slicing, OrderRequest *out);

// A grouped itinerary response of `offers`; `lastTicket` gives an offer's ticketing deadline
// (invalid: none stated). Records each offer's slicing.
QJsonObject groupedItineraries(const std::vector<FlightOffer> &offers,
                               const std::function<QDateTime(const FlightOffer &)> &lastTicket,
                               const ZoneOf &zoneOf, const QTimeZone &pccZone, Slicing *slicing);

// A Booking Management booking object for `order`, its id `confirmationId`.
QJsonObject booking(const Order &order, const QString &confirmationId, const ZoneOf &zoneOf,
                    const QTimeZone &pccZone);

// Booking Management's error body, as Sabre sends it inside an HTTP 200.
QJsonObject bookingErrors(const QString &category, const QString &type, const QString &description);

// "2026-12-24T07:30" style stamps.
QString utcStamp(const QDateTime &utc);

} // namespace tripdesk::sabre_stand_in
