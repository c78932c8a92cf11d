#pragma once
// The JSON forms of the flight domain: what the CLI prints, what the store keeps of a search,
// and what golden tests compare. One spelling for every layer (Duffel's where it has one).

#include "backend/flights/flight_types.h"

#include <QJsonObject>

#include <functional>

namespace tripdesk {

// {"slices":[{"from","to","date"}…], "adults", "children", "infants", "cabin", "max_stops"}
QJsonObject requestToJson(const FlightSearchRequest &request);
// The inverse; an error (InvalidInput) names what is missing or malformed.
Result<FlightSearchRequest> requestFromJson(const QJsonObject &json);

// {"amount": "122.50", "currency": "USD"}, or null.
QJsonValue moneyToJson(const std::optional<Money> &money);

// An instant shown in an airport's own zone, ISO 8601 with its offset.
using LocalTimeFormatter = std::function<QString(const QDateTime &utc, QStringView airport)>;

// One offer as the CLI prints it (see README, "JSON output"); times through `localTime`.
QJsonObject offerToJson(const FlightOffer &offer, const LocalTimeFormatter &localTime);

} // namespace tripdesk
