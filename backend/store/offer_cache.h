#pragma once
// The offer cache in the local store (tripdesk.sqlite, local only, never synced): the results
// of recent searches with their fare options, kept until they expire, so that an offer id one
// tripdesk-cli process printed can be priced and booked by another, and so that a search with
// every supplier unreachable can still show what was found for the same trip, with its age.

#include "backend/core/clock.h"
#include "backend/core/database.h"
#include "backend/flights/cached_offers.h"

#include <QDateTime>

namespace tripdesk {

class OfferCache
{
public:
    // How long a search's results are kept at all, and how long an offer the supplier gave no
    // expiry for counts as current.
    static constexpr int kKeepHours = 48;
    static constexpr int kNoExpiryMinutes = 30;

    static const MigrationSet &migrations();

    OfferCache(Database &store, const Clock &clock);

    // Keeps a search's results (each result and each of its fare options), replacing what was
    // kept for the same trip before, and drops what is older than kKeepHours.
    Result<void> put(const FlightSearchRequest &request, const std::vector<FlightOffer> &results);
    // Keeps what a price check of the cached offer `checkedId` found (`current`: its price now,
    // its expiry, perhaps a new id), so that the offer can be found by the id the check gave and
    // booked by another process. A new id is kept beside the old one, which the trip's results
    // still list; the same id is updated in place. Nothing is kept for an offer never cached.
    Result<void> putPriced(const QString &checkedId, const FlightOffer &current);
    // One fare option by its id. NotFound when it was never seen here, and NotFound saying so
    // when it has expired.
    Result<CachedOffer> find(const QString &offerId) const;
    // The newest results kept for the same trip (expired ones included: they are shown with
    // their age for when no supplier can be reached); empty when none.
    Result<CachedResults> forTrip(const FlightSearchRequest &request) const;

private:
    Database &m_store;
    const Clock &m_clock;
};

} // namespace tripdesk
