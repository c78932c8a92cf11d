#pragma once
// The lossless JSON forms of the flight domain: what the offer cache keeps so that another
// process can price and book an offer, and what the suppliers' golden parser tests compare.
// Instants are ISO 8601 in UTC ("2026-12-02T09:00:00Z"), money is {"amount": "30.20",
// "currency": "GBP"} with the exact decimal, and every field is written, empty or not, so a
// golden file shows what a parser left out. (flight_json.h holds the CLI's shorter forms.)

#include "backend/flights/flight_order.h"

#include <QJsonObject>

namespace tripdesk {

QJsonObject segmentRecord(const Segment &segment);
// One offer without its fare options (FlightOffer::options): each option is an offer of its own.
QJsonObject offerRecord(const FlightOffer &offer);
QJsonObject pricedOfferRecord(const PricedOffer &priced);
QJsonObject seatMapRecord(const SeatMap &map);
QJsonObject orderRecord(const Order &order);
QJsonObject cancellationRecord(const OrderCancellation &cancellation);

// The inverses of the offer forms; an InvalidInput error says which field could not be read.
Result<FlightOffer> offerFromRecord(const QJsonObject &json);
Result<PricedOffer> pricedOfferFromRecord(const QJsonObject &json);

} // namespace tripdesk
