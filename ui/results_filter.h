#pragma once
// The filters a results list can apply and the facet counts it reports back.
//
// Faceted search: each facet's counts follow the OTHER facets. The count shown next to
// "Direct" is the number of offers that pass every filter except the stops filter and are
// direct, so ticking a second value in the same facet never surprises the user with a zero.

#include "backend/flights/flight_types.h"
#include "ui/flight_format.h"

#include <QSet>
#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace tripdesk {

// The stops facet's values: the most stops on any slice of the offer.
enum class StopsBucket { Direct = 0, OneStop = 1, TwoPlus = 2 };
constexpr int kStopsBucketCount = 3;

// The time filters go slice by slice (outbound, return, each flight of a multi-city trip), and a
// search has at most this many slices.
constexpr int kMaxFilterSlices = FlightSearchRequest::kMaxSlices;

// The time-of-day windows of one slice; an empty set means "any".
struct SliceWindows {
    QSet<int> departure; // DayWindow of the slice's departure, at its origin
    QSet<int> arrival;   // DayWindow of the slice's arrival, at its destination

    bool isEmpty() const { return departure.isEmpty() && arrival.isEmpty(); }
    friend bool operator==(const SliceWindows &, const SliceWindows &) = default;
};

struct ResultsFilter {
    // An empty set means "any": no restriction on that facet.
    QSet<int> stops;        // StopsBucket values
    QSet<QString> airlines; // marketing carrier codes; an offer passes if it flies any of them
    std::array<SliceWindows, kMaxFilterSlices> slices; // by slice index
    std::optional<qint64> minPriceMinor;
    std::optional<qint64> maxPriceMinor;

    bool isEmpty() const
    {
        for (const SliceWindows &slice : slices) {
            if (!slice.isEmpty())
                return false;
        }
        return stops.isEmpty() && airlines.isEmpty() && !minPriceMinor && !maxPriceMinor;
    }
    friend bool operator==(const ResultsFilter &, const ResultsFilter &) = default;
};

// One facet value: how many offers it would show and the cheapest of them.
struct FacetValue {
    int count = 0;
    qint64 minPriceMinor = -1; // -1 when count is 0 or no counted price could be compared
    // Counts an offer; a negative price (one that cannot be compared) counts without a price.
    void add(qint64 price)
    {
        ++count;
        if (price >= 0 && (minPriceMinor < 0 || price < minPriceMinor))
            minPriceMinor = price;
    }
};

struct AirlineFacet {
    QString code;
    QString name;
    FacetValue value;
};

// One slice's time windows, each counted given every other filter (the other slices' windows
// included).
struct SliceWindowCounts {
    std::array<FacetValue, kDayWindowCount> departure;
    std::array<FacetValue, kDayWindowCount> arrival;
};

struct FacetCounts {
    std::array<FacetValue, kStopsBucketCount> stops;
    std::vector<AirlineFacet> airlines; // every airline in the results, sorted by name
    // One per slice of the loaded offers (the most any has, up to kMaxFilterSlices).
    std::vector<SliceWindowCounts> slices;
    // Prices of the offers that pass every filter except the price range; -1 when none.
    qint64 priceLowMinor = -1;
    qint64 priceHighMinor = -1;
    // Over every offer loaded, whatever the filters; -1 when none.
    qint64 allPriceLowMinor = -1;
    qint64 allPriceHighMinor = -1;
    int total = 0;   // offers loaded
    int visible = 0; // offers passing every filter
};

} // namespace tripdesk
