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

const Segment *firstSegment(const FlightOffer &offer)
{
    if (offer.itineraries.empty() || offer.itineraries.front().segments.empty())
        return nullptr;
    return &offer.itineraries.front().segments.front();
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

const FlightOffer &fareOption(const FlightOffer &offer, int option)
{
    return option >= 0 && size_t(option) < offer.options.size() ? offer.options[size_t(option)]
                                                                : offer;
}

RankFactsBuilder::RankFactsBuilder(ZoneLookup zones, QString currency,
                                   std::shared_ptr<const ExchangeRates> rates, PriceView view)
    : m_zones(std::move(zones))
    , m_currency(Money::normalizedCurrency(currency))
    , m_rates(std::move(rates))
    , m_view(view)
{}

std::optional<qint64> RankFactsBuilder::rankedPrice(const FlightOffer &option,
                                                    bool *bagsUnpriced) const
{
    std::optional<Money> price = option.price;
    if (m_view.checkedBags > 0) {
        price = option.priceWithCheckedBags(m_view.checkedBags, m_view.travellers);
        if (!price) {
            *bagsUnpriced = true;
            return std::nullopt;
        }
    }
    if (!price->isValid())
        return std::nullopt;
    if (m_currency.isEmpty() || price->currency() == m_currency)
        return price->minorUnits();
    if (const auto converted = m_rates ? m_rates->convert(*price, m_currency) : std::nullopt)
        return converted->minorUnits();
    return std::nullopt;
}

int RankFactsBuilder::offsetAt(const QString &airport, const QDateTime &utc)
{
    const qint64 secs = utc.toSecsSinceEpoch();
    const auto slot = std::make_pair(airport, secs / 900);
    if (const auto it = m_offsetCache.constFind(slot); it != m_offsetCache.cend())
        return *it;
    auto zone = m_zoneCache.find(airport);
    if (zone == m_zoneCache.end())
        zone = m_zoneCache.insert(airport, m_zones ? m_zones(airport) : QTimeZone());
    const int offset = zone->isValid() ? zone->offsetFromUtc(utc) : 0;
    m_offsetCache.insert(slot, offset);
    return offset;
}

RankFacts RankFactsBuilder::facts(const FlightOffer &offer)
{
    RankFacts f;
    f.comparable = false;
    bool bagsUnpriced = false;
    // Options in another currency than the ranking one compare only when the ranking currency
    // is set (else each offer ranks in its own, as before options existed).
    for (int i = -1; i < int(offer.options.size()); ++i) {
        const FlightOffer &option = fareOption(offer, i);
        if (i >= 0 && m_currency.isEmpty() && option.price.currency() != offer.price.currency())
            continue;
        const auto price = rankedPrice(option, &bagsUnpriced);
        if (price && (!f.comparable || *price < f.price)) {
            f.price = *price;
            f.option = i;
            f.comparable = true;
        }
    }
    if (!f.comparable) {
        f.price = std::numeric_limits<qint64>::max();
        f.bagsUnpriced = bagsUnpriced;
    }
    f.durationMinutes = offer.totalDurationMinutes();
    f.stops = totalStops(offer);
    const Segment *first = firstSegment(offer);
    if (first) {
        f.departure = first->departure.toSecsSinceEpoch();
        const qint64 local = f.departure + offsetAt(first->origin, first->departure);
        const qint64 minuteOfDay = ((local / 60) % 1440 + 1440) % 1440;
        f.redEye = minuteOfDay < kRedEyeEndHour * 60;
    } else {
        // No departure to judge: last in departure order, no red-eye penalty.
        f.departure = std::numeric_limits<qint64>::max();
    }
    return f;
}

RankContext RankContext::from(const std::vector<FlightOffer> &offers)
{
    RankFactsBuilder builder({});
    std::vector<RankFacts> facts;
    facts.reserve(offers.size());
    for (const FlightOffer &offer : offers)
        facts.push_back(builder.facts(offer));
    return from(facts);
}

RankContext RankContext::from(const std::vector<RankFacts> &facts)
{
    RankContext context;
    bool anyPrice = false;
    bool anyDuration = false;
    for (const RankFacts &f : facts) {
        if (f.comparable) {
            context.cheapestMinor = anyPrice ? std::min(context.cheapestMinor, f.price) : f.price;
            anyPrice = true;
        }
        context.shortestMinutes =
            anyDuration ? std::min(context.shortestMinutes, f.durationMinutes) : f.durationMinutes;
        anyDuration = true;
    }
    return context;
}

void scoreBest(RankFacts &facts, const RankContext &context)
{
    facts.best = facts.comparable ? bestBlend(facts.price, facts.durationMinutes, facts.stops,
                                              facts.redEye, context)
                                  : std::numeric_limits<double>::max();
}

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
    RankFactsBuilder builder(zones);
    RankFacts facts = builder.facts(offer);
    scoreBest(facts, context);
    return facts.best;
}

void sortOffers(std::vector<FlightOffer> &offers, SortOrder order, const ZoneLookup &zones,
                const QString &currency, std::shared_ptr<const ExchangeRates> rates, PriceView view)
{
    if (offers.size() < 2)
        return;
    RankFactsBuilder builder(zones, currency, std::move(rates), view);
    std::vector<RankFacts> facts;
    facts.reserve(offers.size());
    for (const FlightOffer &offer : offers)
        facts.push_back(builder.facts(offer));
    const RankContext context = RankContext::from(facts);
    for (RankFacts &f : facts)
        scoreBest(f, context);

    std::vector<size_t> index(offers.size());
    std::iota(index.begin(), index.end(), size_t(0));
    std::sort(index.begin(), index.end(), [&](size_t a, size_t b) {
        const FlightOffer &x = offers[a];
        const FlightOffer &y = offers[b];
        const int c = rankCompare(order, facts[a], x.id, x.supplier, facts[b], y.id, y.supplier);
        return c != 0 ? c < 0 : a < b; // identical offers keep their arrival order
    });

    std::vector<FlightOffer> sorted;
    sorted.reserve(offers.size());
    for (size_t i : index)
        sorted.push_back(std::move(offers[i]));
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
