#pragma once
// The keys the results model keeps per offer and the filter as flat lookups: what its sorting
// (flight_results_model.cpp) and its filter pass (flight_results_filtering.cpp) both read.
// Private to the model.

#include "ui/flight_results_model.h"

#include <array>
#include <limits>
#include <vector>

namespace tripdesk {

// Not a DayWindow: the offer has no such slice.
constexpr qint8 kNoWindow = -1;

// Everything sorting and filtering look at, computed once per offer so that a sort or a filter
// pass never converts a time zone or compares strings (except the final tie-break on id). The
// ranking part is the backend's own (ranking.h), so the desk and the CLI rank alike.
struct FlightResultsModel::Row : RankFacts {
    quint8 stopsBucket = 0;
    int slices = 0; // up to kMaxFilterSlices
    // DayWindow of each slice's departure at its origin and arrival at its destination.
    std::array<qint8, kMaxFilterSlices> departureWindow{};
    std::array<qint8, kMaxFilterSlices> arrivalWindow{};
    std::vector<quint16> carriers;
};

// The filter turned into flat lookups for the pass over every row.
struct FlightResultsModel::PreparedFilter {
    bool stopsOn = false;
    std::array<bool, kStopsBucketCount> stops{};
    bool airlinesOn = false;
    std::vector<char> airlines; // by carrier id
    int windowSlices = 0;       // slices below this may have a time filter on
    std::array<bool, kMaxFilterSlices> departureOn{};
    std::array<std::array<bool, kDayWindowCount>, kMaxFilterSlices> departure{};
    std::array<bool, kMaxFilterSlices> arrivalOn{};
    std::array<std::array<bool, kDayWindowCount>, kMaxFilterSlices> arrival{};
    bool priceOn = false;
    qint64 minPrice = std::numeric_limits<qint64>::min();
    qint64 maxPrice = std::numeric_limits<qint64>::max();
};

} // namespace tripdesk
