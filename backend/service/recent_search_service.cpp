#include "backend/service/recent_search_service.h"

#include <algorithm>

namespace tripdesk {

RecentSearchService::RecentSearchService(RecentSearchRepository &repository)
    : m_repository(repository)
{}

Result<void> RecentSearchService::remember(const FlightSearchRequest &request)
{
    return m_repository.record(request);
}

Result<std::vector<RecentSearch>> RecentSearchService::list(int limit) const
{
    if (limit <= 0)
        return std::vector<RecentSearch>{};
    // The repository folds a repeated search into one row; rows that arrive through sync may
    // still repeat a request, so duplicates are dropped here too (the newest is kept). Asking
    // for a few more rows keeps the list full after dropping.
    auto rows = m_repository.list(limit * 2);
    if (!rows)
        return rows.error();
    std::vector<RecentSearch> out;
    for (RecentSearch &row : *rows) {
        const bool seen = std::any_of(out.begin(), out.end(), [&](const RecentSearch &kept) {
            return kept.request == row.request;
        });
        if (seen)
            continue;
        out.push_back(std::move(row));
        if (int(out.size()) == limit)
            break;
    }
    return out;
}

Result<void> RecentSearchService::clear()
{
    return m_repository.clear();
}

} // namespace tripdesk
