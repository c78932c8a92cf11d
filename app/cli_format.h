#pragma once
// tripdesk-cli's renderings of a flight search: a table for people and JSON for scripts.

#include "backend/search/ranking.h"
#include "backend/search/search_aggregator.h"

#include <QJsonObject>

namespace tripdesk {
class FlightSearchService;
class PlacesService;
} // namespace tripdesk

namespace tripdesk::cli {

struct SearchOutput {
    const FlightSearchRequest &request;
    const std::vector<FlightOffer> &shown; // ranked and cut to the limit
    int total = 0;                         // offers found before the limit
    SortOrder order = SortOrder::Best;
    const std::vector<SupplierStatus> &statuses;
    PriceView view;     // prices with the checked bags asked for
    QDateTime cachedAt; // valid: the offers are an earlier search's, no supplier answered
    QDateTime now;
};

// "5 minutes", "2 hours", "1 day": how long ago `then` was.
QString ageText(const QDateTime &then, const QDateTime &now);

// {"offers":[…],"suppliers":[{"name","status","offers","elapsed_ms"}], …}
QJsonObject searchToJson(const SearchOutput &output, const FlightSearchService &flights);

// A heading, one block of lines per offer (one line per itinerary), and the suppliers' status.
QString searchToTable(const SearchOutput &output, const PlacesService &places);

} // namespace tripdesk::cli
