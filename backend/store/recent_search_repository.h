#pragma once
// Recent flight searches in the local store. Sync-ready rows: id (UUID), version, hlc; every
// change writes a change_outbox entry in the same transaction.

#include "backend/core/database.h"
#include "backend/flights/flight_types.h"
#include "backend/store/hlc.h"

#include <QDateTime>
#include <QJsonObject>

namespace tripdesk {

struct RecentSearch {
    QString id; // UUID
    FlightSearchRequest request;
    QDateTime searchedAt; // UTC
};

class RecentSearchRepository
{
public:
    // The history an agent scrolls back through; older searches are dropped as new ones come.
    static constexpr int kDefaultKeep = 300;

    RecentSearchRepository(Database &store, HybridLogicalClock &hlc, const Clock &clock,
                           int keep = kDefaultKeep);

    // Records a search; the same request searched again moves to the top instead of repeating.
    // Only the newest `keep` searches stay: older rows are removed in the same transaction, a
    // live one with a "delete" outbox entry so other desks drop it too.
    Result<void> record(const FlightSearchRequest &request);
    // Newest first.
    Result<std::vector<RecentSearch>> list(int limit) const;
    // Soft-deletes every entry (tombstones sync too).
    Result<void> clear();

private:
    Result<void> trim(QSqlDatabase &db, const QDateTime &now);

    Database &m_store;
    HybridLogicalClock &m_hlc;
    const Clock &m_clock;
    int m_keep;
};

} // namespace tripdesk
