#pragma once
// Recent flight searches in the local store. Sync-ready rows: id (UUID), version, hlc; every
// change writes a change_outbox entry in the same transaction.

#include "backend/store/hlc.h"
#include "backend/store/store.h"
#include "backend/suppliers/flight_types.h"

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
    RecentSearchRepository(Store &store, HybridLogicalClock &hlc, const Clock &clock);

    // Records a search; the same request searched again moves to the top instead of repeating.
    Result<void> record(const FlightSearchRequest &request);
    // Newest first.
    Result<std::vector<RecentSearch>> list(int limit) const;
    // Soft-deletes every entry (tombstones sync too).
    Result<void> clear();

    static QJsonObject requestToJson(const FlightSearchRequest &request);
    static Result<FlightSearchRequest> requestFromJson(const QJsonObject &json);

private:
    Store &m_store;
    HybridLogicalClock &m_hlc;
    const Clock &m_clock;
};

} // namespace tripdesk
