#pragma once
// Ranking of flight offers: cheapest, fastest, earliest departure, and "best".
//
// "Best" blends what travellers trade off, each term normalised against the best value in the
// same result set so the score is comparable across routes:
//   score = 1.00 * price / cheapest price
//         + 0.70 * total duration / shortest duration
//         + 0.15 * number of stops (over all slices)
//         + departure-time penalty: 0.10 for a first departure between 00:00 and 05:59 local
//           time at the origin (a red-eye), 0 otherwise
// Lower is better; ties fall back to price, then duration, then departure, then id, so the order
// is deterministic.

#include "backend/flights/flight_types.h"

#include <QTimeZone>

#include <functional>
#include <optional>
#include <vector>

namespace tripdesk {

enum class SortOrder { Best, Price, Duration, Departure };

QString sortOrderToString(SortOrder order); // "best", "price", "duration", "departure"
std::optional<SortOrder> sortOrderFromString(QStringView text);

// The normalisers for "best", taken from a whole result set.
struct RankContext {
    qint64 cheapestMinor = 0;
    int shortestMinutes = 0;
    static RankContext from(const std::vector<FlightOffer> &offers);
};

// Resolves an airport code to its zone, for the departure-time term.
using ZoneLookup = std::function<QTimeZone(QStringView airportCode)>;

double bestScore(const FlightOffer &offer, const RankContext &context, const ZoneLookup &zones);

// The "best" blend from an offer's facts, for callers that keep their own per-offer keys (the
// results model). `redEye`: the first departure is between 00:00 and 05:59 at the origin.
double bestBlend(qint64 priceMinor, int durationMinutes, int stops, bool redEye,
                 const RankContext &context);

// The tie-breakers after an order's own criterion: price, duration, departure (any one unit for
// both sides), then id and supplier, so every order is total and deterministic.
struct RankTieKey {
    qint64 price;
    int durationMinutes;
    qint64 departure;
    QStringView id;
    QStringView supplier;
};
bool tieBreakLess(const RankTieKey &a, const RankTieKey &b);

// Sorts in place, stable and deterministic.
void sortOffers(std::vector<FlightOffer> &offers, SortOrder order, const ZoneLookup &zones);

// Whether two offers sell the same flights (same segments, carriers, numbers and instants, in
// the same cabin); the aggregator keeps the cheaper of such duplicates.
bool sameFlights(const FlightOffer &a, const FlightOffer &b);
// A key equal for offers that sell the same flights, for hashing.
QString flightsKey(const FlightOffer &offer);

} // namespace tripdesk
