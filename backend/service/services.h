#pragma once
// The use-case services a screen or a CLI command is given: each takes the ones it uses, never
// the backend that owns them. They live as long as the Backend they came from.

namespace tripdesk {

class PlacesService;
class FlightSearchService;
class RecentSearchService;
class SupplierAccountService;

struct Services {
    PlacesService &places;
    FlightSearchService &flights;
    RecentSearchService &recentSearches;
    SupplierAccountService &supplierAccounts;
};

} // namespace tripdesk
