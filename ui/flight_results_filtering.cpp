// The results model's filter pass: which offers every filter lets through and, in the same
// single pass over the per-offer keys, each facet's counts given the other filters.

#include "ui/flight_results_model.h"

#include "ui/flight_results_rows.h"

#include <algorithm>

namespace tripdesk {

namespace {

// Which filters an offer fails, one bit per facet; each slice's departure and arrival windows
// are facets of their own.
enum FailBit : int {
    FailStops = 1,
    FailAirline = 2,
    FailPrice = 4,
};
constexpr int kFirstWindowBit = 3;
static_assert(kFirstWindowBit + 2 * kMaxFilterSlices < 31, "one bit per facet in an int");

constexpr int failDeparture(int slice)
{
    return 1 << (kFirstWindowBit + 2 * slice);
}
constexpr int failArrival(int slice)
{
    return 1 << (kFirstWindowBit + 2 * slice + 1);
}

int popCount(int mask)
{
    int n = 0;
    for (; mask; mask &= mask - 1)
        ++n;
    return n;
}

void prepareWindows(const QSet<int> &windows, bool &on, std::array<bool, kDayWindowCount> &set)
{
    on = !windows.isEmpty();
    for (int v : windows) {
        if (v >= 0 && v < kDayWindowCount)
            set[size_t(v)] = true;
    }
}

} // namespace

FlightResultsModel::PreparedFilter FlightResultsModel::prepareFilter() const
{
    PreparedFilter p;
    p.stopsOn = !m_filter.stops.isEmpty();
    for (int v : m_filter.stops) {
        if (v >= 0 && v < kStopsBucketCount)
            p.stops[size_t(v)] = true;
    }
    p.airlinesOn = !m_filter.airlines.isEmpty();
    p.airlines.assign(m_carrierCodes.size(), 0);
    for (const QString &code : m_filter.airlines) {
        const auto it = m_carrierIds.constFind(code);
        if (it != m_carrierIds.cend())
            p.airlines[it.value()] = 1;
    }
    for (int s = 0; s < kMaxFilterSlices; ++s) {
        const SliceWindows &windows = m_filter.slices[size_t(s)];
        prepareWindows(windows.departure, p.departureOn[size_t(s)], p.departure[size_t(s)]);
        prepareWindows(windows.arrival, p.arrivalOn[size_t(s)], p.arrival[size_t(s)]);
        if (!windows.isEmpty())
            p.windowSlices = s + 1;
    }
    if (m_filter.minPriceMinor)
        p.minPrice = *m_filter.minPriceMinor;
    if (m_filter.maxPriceMinor)
        p.maxPrice = *m_filter.maxPriceMinor;
    p.priceOn = m_filter.minPriceMinor || m_filter.maxPriceMinor;
    return p;
}

int FlightResultsModel::failures(const Row &row, const PreparedFilter &p) const
{
    int fails = 0;
    if (p.stopsOn && !p.stops[row.stopsBucket])
        fails |= FailStops;
    if (p.airlinesOn && std::none_of(row.carriers.begin(), row.carriers.end(),
                                     [&p](quint16 id) { return p.airlines[id] != 0; }))
        fails |= FailAirline;
    // A slice the offer does not have fails any window asked of it.
    for (int s = 0; s < p.windowSlices; ++s) {
        const qint8 departure = row.departureWindow[size_t(s)];
        const qint8 arrival = row.arrivalWindow[size_t(s)];
        if (p.departureOn[size_t(s)] &&
            (departure == kNoWindow || !p.departure[size_t(s)][size_t(departure)]))
            fails |= failDeparture(s);
        if (p.arrivalOn[size_t(s)] &&
            (arrival == kNoWindow || !p.arrival[size_t(s)][size_t(arrival)]))
            fails |= failArrival(s);
    }
    if ((p.priceOn && !row.comparable) || row.price < p.minPrice || row.price > p.maxPrice)
        fails |= FailPrice;
    return fails;
}

void FlightResultsModel::recomputeVisible()
{
    const PreparedFilter p = prepareFilter();
    FacetCounts facets;
    facets.total = int(m_rows.size());
    int facetSlices = 0;
    for (const Row &row : m_rows)
        facetSlices = std::max(facetSlices, row.slices);
    facets.slices.resize(size_t(facetSlices));
    std::vector<FacetValue> airlineValues(m_carrierCodes.size());
    m_visible.clear();
    m_rowOfOffer.assign(m_rows.size(), -1);

    const auto widen = [](qint64 &low, qint64 &high, qint64 price) {
        if (low < 0 || price < low)
            low = price;
        if (high < 0 || price > high)
            high = price;
    };

    for (size_t i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows[i];
        const int fails = failures(row, p);
        // Facet prices only from offers that can be compared; the others still count.
        const qint64 price = row.comparable ? row.price : -1;

        if (row.comparable)
            widen(facets.allPriceLowMinor, facets.allPriceHighMinor, row.price);
        // A facet's counts take the offers that pass every OTHER filter: those that pass all,
        // and those whose only failure is that facet itself.
        if (popCount(fails) > 1)
            continue;
        if (fails == 0)
            m_visible.push_back(int(i));
        if ((fails & ~FailStops) == 0)
            facets.stops[row.stopsBucket].add(price);
        if ((fails & ~FailAirline) == 0) {
            for (quint16 id : row.carriers)
                airlineValues[id].add(price);
        }
        for (int s = 0; s < row.slices; ++s) {
            SliceWindowCounts &counts = facets.slices[size_t(s)];
            const qint8 departure = row.departureWindow[size_t(s)];
            const qint8 arrival = row.arrivalWindow[size_t(s)];
            if (departure != kNoWindow && (fails & ~failDeparture(s)) == 0)
                counts.departure[size_t(departure)].add(price);
            if (arrival != kNoWindow && (fails & ~failArrival(s)) == 0)
                counts.arrival[size_t(arrival)].add(price);
        }
        if ((fails & ~FailPrice) == 0 && row.comparable)
            widen(facets.priceLowMinor, facets.priceHighMinor, row.price);
    }

    facets.airlines.reserve(m_carrierCodes.size());
    for (size_t id = 0; id < m_carrierCodes.size(); ++id) {
        const QString &code = m_carrierCodes[id];
        facets.airlines.push_back({code, m_lookup.airline(code), airlineValues[id]});
    }
    std::sort(facets.airlines.begin(), facets.airlines.end(),
              [](const AirlineFacet &a, const AirlineFacet &b) {
                  const int byName = QString::localeAwareCompare(a.name, b.name);
                  return byName != 0 ? byName < 0 : a.code < b.code;
              });
    facets.visible = int(m_visible.size());
    m_facets = std::move(facets);

    // What each sort order would put first: the summaries on the sort tabs.
    const SortOrder current = m_sortOrder;
    const Qt::SortOrder direction = m_direction;
    for (SortOrder order :
         {SortOrder::Best, SortOrder::Price, SortOrder::Duration, SortOrder::Departure}) {
        m_sortOrder = order;
        int top = -1;
        for (int offerIndex : m_visible) {
            if (top < 0 || lessThan(offerIndex, top))
                top = offerIndex;
        }
        m_top[size_t(order)] = top;
    }
    m_sortOrder = current;
    m_direction = direction;

    sortVisible();
}

} // namespace tripdesk
