#pragma once
// Recent searches, kept in the local store and offered again in the search form.

#include "backend/store/recent_search_repository.h"

namespace tripdesk {

class RecentSearchService
{
public:
    explicit RecentSearchService(RecentSearchRepository &repository);

    Result<void> remember(const FlightSearchRequest &request);
    // Newest first, without duplicates.
    Result<std::vector<RecentSearch>> list(int limit = 10) const;
    Result<void> clear();

private:
    RecentSearchRepository &m_repository;
};

} // namespace tripdesk
