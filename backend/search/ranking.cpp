#include "backend/search/ranking.h"

#include <algorithm>
#include <limits>
#include <numeric>

namespace tripdesk {

namespace {

// The weights of the "best" score; ranking.h documents them and must change with them.
constexpr double kPriceWeight = 1.00;
constexpr double kDurationWeight = 0.70;
constexpr double kStopWeight = 0.15;
constexpr double kRedEyePenalty = 0.10;
constexpr int kRedEyeEndHour = 6; // a first departure before 06:00 local is a red-eye

int totalStops(const FlightOffer &offer)
{
    int stops = 0;
    for (const Itinerary &it : offer.itineraries)
        stops += it.stops();
    return stops;
}

QDateTime firstDeparture(const FlightOffer &offer)
{
    return offer.itineraries.empty() ? QDateTime() : offer.itineraries.front().departure();
}

qint64 departureKey(const FlightOffer &offer)
{
    const QDateTime dep = firstDeparture(offer);
    return dep.isValid() ? dep.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
}

} // namespace

QString sortOrderToString(SortOrder order)
{
    switch (order) {
    case SortOrder::Best:
        return QStringLiteral("best");
    case SortOrder::Price:
        return QStringLiteral("price");
    case SortOrder::Duration:
        return QStringLiteral("duration");
    case SortOrder::Departure:
        return QStringLiteral("departure");
    }
    return QStringLiteral("best");
}

std::optional<SortOrder> sortOrderFromString(QStringView text)
{
    for (SortOrder o :
         {SortOrder::Best, SortOrder::Price, SortOrder::Duration, SortOrder::Departure}) {
        if (text.trimmed().compare(sortOrderToString(o), Qt::CaseInsensitive) == 0)
            return o;
    }
    return std::nullopt;
}

RankContext RankContext::from(const std::vector<FlightOffer> &offers)
{
    RankContext context;
    bool first = true;
    for (const FlightOffer &offer : offers) {
        const qint64 price = offer.price.minorUnits();
        const int minutes = offer.totalDurationMinutes();
        if (first) {
            context.cheapestMinor = price;
            context.shortestMinutes = minutes;
            first = false;
            continue;
        }
        context.cheapestMinor = std::min(context.cheapestMinor, price);
        context.shortestMinutes = std::min(context.shortestMinutes, minutes);
    }
    return context;
}

namespace {

// The documented blend, from the offer's facts; the caller has the zone offset at departure.
double blend(qint64 price, int minutes, int stops, qint64 departureUtcSecs, int offsetSecs,
             const RankContext &context)
{
    // The local time of day from the offset: no QDateTime conversion needed.
    const qint64 minuteOfDay = (((departureUtcSecs + offsetSecs) / 60) % 1440 + 1440) % 1440;
    return bestBlend(price, minutes, stops, minuteOfDay < kRedEyeEndHour * 60, context);
}

const Segment *firstSegment(const FlightOffer &offer)
{
    if (offer.itineraries.empty() || offer.itineraries.front().segments.empty())
        return nullptr;
    return &offer.itineraries.front().segments.front();
}

} // namespace

double bestBlend(qint64 priceMinor, int durationMinutes, int stops, bool redEye,
                 const RankContext &context)
{
    // A zero or negative normaliser (free or malformed offers) would divide by zero; such a term
    // then counts as if the offer were the best on it.
    const double priceRatio =
        context.cheapestMinor > 0 ? double(priceMinor) / double(context.cheapestMinor) : 1.0;
    const double durationRatio = context.shortestMinutes > 0
                                     ? double(durationMinutes) / double(context.shortestMinutes)
                                     : 1.0;
    return kPriceWeight * priceRatio + kDurationWeight * durationRatio + kStopWeight * stops +
           (redEye ? kRedEyePenalty : 0.0);
}

bool tieBreakLess(const RankTieKey &a, const RankTieKey &b)
{
    if (a.price != b.price)
        return a.price < b.price;
    if (a.durationMinutes != b.durationMinutes)
        return a.durationMinutes < b.durationMinutes;
    if (a.departure != b.departure)
        return a.departure < b.departure;
    if (a.id != b.id)
        return a.id < b.id;
    return a.supplier < b.supplier;
}

double bestScore(const FlightOffer &offer, const RankContext &context, const ZoneLookup &zones)
{
    const Segment *first = firstSegment(offer);
    int offset = 0;
    if (first && zones) {
        const QTimeZone zone = zones(first->origin);
        offset = zone.isValid() ? zone.offsetFromUtc(first->departure) : 0;
    }
    // Without a first segment there is no departure time to judge: no red-eye penalty.
    const qint64 departure = first ? first->departure.toSecsSinceEpoch() : 12 * 3600;
    return blend(offer.price.minorUnits(), offer.totalDurationMinutes(), totalStops(offer),
                 departure, offset, context);
}

void sortOffers(std::vector<FlightOffer> &offers, SortOrder order, const ZoneLookup &zones)
{
    if (offers.size() < 2)
        return;
    // Every key is computed once per offer (durations and departures go through QDateTime,
    // which is far too slow to call inside each of n·log n comparisons), then an index array is
    // sorted and the offers move once.
    struct Key {
        double primary; // the order's own criterion; 0 for price, which leads the tie-breakers
        qint64 price;
        int duration;
        qint64 departure; // ms since the epoch
        size_t index;
    };
    std::vector<Key> keys;
    keys.reserve(offers.size());
    RankContext context;
    for (size_t i = 0; i < offers.size(); ++i) {
        const FlightOffer &offer = offers[i];
        const Key k{0, offer.price.minorUnits(), offer.totalDurationMinutes(), departureKey(offer),
                    i};
        context.cheapestMinor = i == 0 ? k.price : std::min(context.cheapestMinor, k.price);
        context.shortestMinutes =
            i == 0 ? k.duration : std::min(context.shortestMinutes, k.duration);
        keys.push_back(k);
    }

    // Zone offsets for "best", cached per origin and quarter hour: offsets only change at
    // transitions, which fall on quarter hours in UTC, and a result set has few origins.
    QHash<QString, QTimeZone> zoneCache;
    QHash<std::pair<QString, qint64>, int> offsetCache;
    const auto offsetAt = [&](const Segment &first) {
        const qint64 secs = first.departure.toSecsSinceEpoch();
        const auto slot = std::make_pair(first.origin, secs / 900);
        if (const auto it = offsetCache.constFind(slot); it != offsetCache.cend())
            return *it;
        auto zone = zoneCache.find(first.origin);
        if (zone == zoneCache.end())
            zone = zoneCache.insert(first.origin, zones ? zones(first.origin) : QTimeZone());
        const int offset = zone->isValid() ? zone->offsetFromUtc(first.departure) : 0;
        offsetCache.insert(slot, offset);
        return offset;
    };

    for (Key &k : keys) {
        const FlightOffer &offer = offers[k.index];
        switch (order) {
        case SortOrder::Best: {
            const Segment *first = firstSegment(offer);
            k.primary = blend(k.price, k.duration, totalStops(offer),
                              first ? k.departure / 1000 : 12 * 3600, first ? offsetAt(*first) : 0,
                              context);
            break;
        }
        case SortOrder::Price:
            break;
        case SortOrder::Duration:
            k.primary = k.duration;
            break;
        case SortOrder::Departure:
            k.primary = double(k.departure);
            break;
        }
    }
    std::sort(keys.begin(), keys.end(), [&offers](const Key &a, const Key &b) {
        if (a.primary != b.primary)
            return a.primary < b.primary;
        const FlightOffer &x = offers[a.index];
        const FlightOffer &y = offers[b.index];
        const RankTieKey tx{a.price, a.duration, a.departure, x.id, x.supplier};
        const RankTieKey ty{b.price, b.duration, b.departure, y.id, y.supplier};
        if (tieBreakLess(tx, ty))
            return true;
        if (tieBreakLess(ty, tx))
            return false;
        return a.index < b.index; // identical offers keep their arrival order
    });

    std::vector<FlightOffer> sorted;
    sorted.reserve(offers.size());
    for (const Key &k : keys)
        sorted.push_back(std::move(offers[k.index]));
    offers = std::move(sorted);
}

bool sameFlights(const FlightOffer &a, const FlightOffer &b)
{
    if (a.itineraries.size() != b.itineraries.size())
        return false;
    for (size_t i = 0; i < a.itineraries.size(); ++i) {
        const auto &sa = a.itineraries[i].segments;
        const auto &sb = b.itineraries[i].segments;
        if (sa.size() != sb.size())
            return false;
        for (size_t j = 0; j < sa.size(); ++j) {
            const Segment &x = sa[j];
            const Segment &y = sb[j];
            if (x.carrier != y.carrier || x.flightNumber != y.flightNumber ||
                x.origin != y.origin || x.destination != y.destination ||
                x.departure != y.departure || x.arrival != y.arrival || x.cabin != y.cabin)
                return false;
        }
    }
    return true;
}

QString flightsKey(const FlightOffer &offer)
{
    // Same fields as sameFlights(): flights are identified by marketing carrier, number, route
    // and instants; the cabin is part of it because a business seat is not a duplicate of an
    // economy seat on the same flight.
    qsizetype segments = 0;
    for (const Itinerary &it : offer.itineraries)
        segments += qsizetype(it.segments.size());
    QString key;
    key.reserve(40 * segments + qsizetype(offer.itineraries.size()));
    for (size_t i = 0; i < offer.itineraries.size(); ++i) {
        if (i > 0)
            key.append(u'|');
        for (const Segment &s : offer.itineraries[i].segments) {
            key.append(s.carrier).append(u' ').append(s.flightNumber).append(u' ');
            key.append(s.origin).append(s.destination);
            key.append(QString::number(s.departure.toMSecsSinceEpoch(), 36)).append(u' ');
            key.append(QString::number(s.arrival.toMSecsSinceEpoch(), 36)).append(u' ');
            key.append(QChar(u'0' + int(s.cabin))).append(u',');
        }
    }
    return key;
}

} // namespace tripdesk
