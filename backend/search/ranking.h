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

#include "backend/core/exchange_rates.h"
#include "backend/flights/flight_types.h"

#include <QHash>

#include <QTimeZone>

#include <functional>
#include <optional>
#include <vector>

namespace tripdesk {

enum class SortOrder { Best, Price, Duration, Departure };

QString sortOrderToString(SortOrder order); // "best", "price", "duration", "departure"
std::optional<SortOrder> sortOrderFromString(QStringView text);

// Resolves an airport code to its zone, for the departure-time term.
using ZoneLookup = std::function<QTimeZone(QStringView airportCode)>;

// What ranking looks at in one offer, computed once, so that a sort never converts a time or a
// currency inside its n·log n comparisons. The one ranking path: sortOffers() (the CLI, the
// service) and the desk's results model both rank these with rankBefore().
// How prices are seen: with the checked bags the traveller needs ("with 1 checked bag", as
// Google Flights has), so an offer whose fare lacks them is ranked, filtered and shown at its
// price plus the bags, through whichever of its fare options carries them cheapest.
struct PriceView {
    int checkedBags = 0; // per traveller with a seat
    int travellers = 1;  // adults and children: the passengers whose bags are counted
    friend bool operator==(const PriceView &, const PriceView &) = default;
};

// Which of an offer's fare options `option` names: -1 the offer itself, else options[option].
const FlightOffer &fareOption(const FlightOffer &offer, int option);

struct RankFacts {
    qint64 price = 0;       // minor units in the ranking currency; see comparable
    bool comparable = true; // false: no rate to the ranking currency, or the view's bags have
                            // no known price (bagsUnpriced); ranks after the rest
    bool bagsUnpriced = false;
    int option = -1; // the fare option the price is of (fareOption()); the cheapest in the view
    int durationMinutes = 0;
    int stops = 0;        // over all slices
    qint64 departure = 0; // first departure, seconds since the epoch
    bool redEye = false;  // first departure 00:00–05:59 at the origin
    double best = 0;      // the "best" score, once the set's RankContext is known
};

// Builds RankFacts, caching zone offsets per origin and quarter hour (offsets change only at
// transitions, which fall on quarter hours in UTC, and a result set has few origins).
class RankFactsBuilder
{
public:
    // Prices are ranked in `currency` through `rates`; with no currency, in each offer's own
    // (callers then rank one currency only).
    explicit RankFactsBuilder(ZoneLookup zones, QString currency = {},
                              std::shared_ptr<const ExchangeRates> rates = {}, PriceView view = {});
    // The offer's facts; its price is the cheapest of its fare options in the view.
    RankFacts facts(const FlightOffer &offer);
    // The UTC offset of `airport` at `utc`, cached.
    int offsetAt(const QString &airport, const QDateTime &utc);

private:
    // The option's price in the view and the ranking currency; nothing when not known.
    std::optional<qint64> rankedPrice(const FlightOffer &option, bool *bagsUnpriced) const;

    ZoneLookup m_zones;
    QString m_currency;
    std::shared_ptr<const ExchangeRates> m_rates;
    PriceView m_view;
    QHash<QString, QTimeZone> m_zoneCache;
    QHash<std::pair<QString, qint64>, int> m_offsetCache;
};

// The normalisers for "best", taken from a whole result set (comparable prices only).
struct RankContext {
    qint64 cheapestMinor = 0;
    int shortestMinutes = 0;
    static RankContext from(const std::vector<FlightOffer> &offers);
    static RankContext from(const std::vector<RankFacts> &facts);
};

// Fills `facts.best` in the set's context; an incomparable price scores worst.
void scoreBest(RankFacts &facts, const RankContext &context);

// Whether the offer with facts `a` (and id, supplier) ranks before `b` in `order`: the order's
// own criterion, then price, duration, departure, id and supplier.
// rankCompare gives the same as -1, 0 or 1, for sorts that tell a tie apart in one call. Both are
// inline: a sort calls them n·log n times.
inline int rankCompare(SortOrder order, const RankFacts &a, QStringView idA, QStringView supplierA,
                       const RankFacts &b, QStringView idB, QStringView supplierB)
{
    const auto three = [](auto x, auto y) { return x < y ? -1 : (y < x ? 1 : 0); };
    int c = 0;
    switch (order) {
    case SortOrder::Best:
        c = three(a.best, b.best);
        break;
    case SortOrder::Price:
        break;
    case SortOrder::Duration:
        c = three(a.durationMinutes, b.durationMinutes);
        break;
    case SortOrder::Departure:
        c = three(a.departure, b.departure);
        break;
    }
    if (c == 0)
        c = three(a.price, b.price);
    if (c == 0)
        c = three(a.durationMinutes, b.durationMinutes);
    if (c == 0)
        c = three(a.departure, b.departure);
    if (c == 0)
        c = idA.compare(idB);
    if (c == 0)
        c = supplierA.compare(supplierB);
    return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

inline bool rankBefore(SortOrder order, const RankFacts &a, QStringView idA, QStringView supplierA,
                       const RankFacts &b, QStringView idB, QStringView supplierB)
{
    return rankCompare(order, a, idA, supplierA, b, idB, supplierB) < 0;
}

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

// Sorts in place, stable and deterministic; prices in `currency` through `rates` when given.
void sortOffers(std::vector<FlightOffer> &offers, SortOrder order, const ZoneLookup &zones,
                const QString &currency = {}, std::shared_ptr<const ExchangeRates> rates = {},
                PriceView view = {});

// Whether two offers sell the same flights (same segments, carriers, numbers and instants, in
// the same cabin); the aggregator makes such offers one result with several fare options.
bool sameFlights(const FlightOffer &a, const FlightOffer &b);
// A key equal for offers that sell the same flights, for hashing.
QString flightsKey(const FlightOffer &offer);

} // namespace tripdesk
