#pragma once
// Flight search use cases: validate a request the way a user needs to hear it, run it through
// the aggregator, remember it among recent searches, and express times in airports' zones.

#include "backend/flights/cached_offers.h"
#include "backend/search/ranking.h"
#include "backend/search/search_aggregator.h"

#include <QJsonObject>

namespace tripdesk {

class OfferCache;
class PlacesService;
class RecentSearchService;

class FlightSearchService
{
public:
    // Airlines open their schedules for sale about eleven months ahead; a later date finds
    // nothing. Date pickers offer no later day than this after today.
    static constexpr int kMaxDaysAhead = 361;

    FlightSearchService(SearchAggregator &aggregator, const PlacesService &places,
                        RecentSearchService &recent, const Clock &clock);

    // Normalises (upper-case codes) and checks a request: known places, origin differs from
    // destination, no date in the past (in the origin's zone), slices in date order, 1–9
    // passengers, infants not more than adults, at least one adult, max stops 0–2.
    Result<FlightSearchRequest> validate(const FlightSearchRequest &request) const;

    // Each supplier's standing problem, if any, as one line naming the supplier's trouble.
    QStringList supplierWarnings() const;

    // Starts preparing what the first search needs (the sandbox's schedule …) in the
    // background; call it once the first window is up. Searching without it works, only the
    // first search waits longer.
    void prepare();

    // Validates, remembers the search, and starts it. The reply belongs to `parent`. With
    // `suppliers` (ids), only those are asked; an id not registered is an InvalidInput error
    // that lists the ones that are. Its results go to the offer cache when it finishes.
    Result<SearchReply *> search(const FlightSearchRequest &request, QObject *parent,
                                 const QStringList &suppliers = {});
    // The registered flight suppliers' ids, in registration order.
    QStringList supplierIds() const;
    const Clock &clock() const { return m_clock; }

    // Where finished searches keep their results (the offer cache); none: nothing is kept.
    void setOfferCache(OfferCache *cache) { m_cache = cache; }
    // An offer a recent search found, by id: NotFound when unknown or expired.
    Result<CachedOffer> cachedOffer(const QString &offerId) const;
    // The newest results kept for the same trip, for when no supplier can be reached.
    Result<CachedResults> cachedResults(const FlightSearchRequest &request) const;

    // Today's date at the origin airport (its own zone; the system zone for an unknown or empty
    // code): at 23:00 in New York it is already tomorrow in Delhi. The one rule for "not in the
    // past", the date pickers' first day and relative dates typed as "+3" or "tomorrow".
    QDate todayAt(QStringView origin) const;

    // The agency's currency, which prices are compared and filtered in, and its exchange
    // rates (never null; it may know no rates).
    const QString &currency() const { return m_currency; }
    std::shared_ptr<const ExchangeRates> rates() const { return m_rates; }
    void setPricing(const QString &currency, std::shared_ptr<const ExchangeRates> rates);

    // Sorts with the airports' zones for the "best" departure-time term, prices seen in `view`
    // (with the checked bags the traveller needs).
    void sort(std::vector<FlightOffer> &offers, SortOrder order, PriceView view = {}) const;

    // Re-checks one fare option (an offer or one of its options) with the supplier that sold
    // it: its price now, its services, whether it can be held. The reply belongs to `parent`;
    // NotFound when no supplier of this name is registered. What the check found is kept in the
    // offer cache, under the id it gave, before the reply's caller hears of it.
    PricedOfferReply *price(const FlightOffer &option, const Passengers &passengers,
                            QObject *parent);
    ZoneLookup zoneLookup() const;

    // An instant in the airport's zone, ISO 8601 with offset: "2026-12-24T06:00:00+05:30".
    QString localIso(const QDateTime &utc, QStringView airportCode) const;
    // The CLI's JSON for one offer (see README: "JSON output").
    QJsonObject offerToJson(const FlightOffer &offer) const;

private:
    SearchAggregator &m_aggregator;
    const PlacesService &m_places;
    RecentSearchService &m_recent;
    const Clock &m_clock;
    OfferCache *m_cache = nullptr;
    QString m_currency = QStringLiteral("USD");
    std::shared_ptr<const ExchangeRates> m_rates = std::make_shared<ExchangeRates>();
};

} // namespace tripdesk
