// Sorting and filtering 10,000 offers in the results model: the index array inside the model
// should take 1–4 ms per change (a QSortFilterProxyModel takes 8–54 ms). Reports medians.
//
//   build/<dir>/tests/bench/bench_results_model

#include "ui/flight_results_model.h"

#include <benchmark/benchmark.h>

#include <QRandomGenerator>

using namespace tripdesk;

namespace {

constexpr int kOffers = 10000;

const char *const kAirports[] = {"DEL", "BOM", "BLR", "HYD", "DXB", "DOH", "LHR", "FRA",
                                 "SIN", "BKK", "CDG", "AMS", "IST", "JFK", "ORD", "NRT"};
const char *const kCarriers[] = {"AI", "UK", "6E", "EK", "QR", "BA", "LH", "SQ", "TG", "AF",
                                 "KL", "TK", "AA", "UA", "JL", "NH", "EY", "SV", "WY", "G8"};

std::vector<FlightOffer> syntheticOffers()
{
    QRandomGenerator rng(20261126);
    std::vector<FlightOffer> offers;
    offers.reserve(kOffers);
    const QDateTime day(QDate(2026, 12, 24), QTime(0, 0), QTimeZone::utc());
    for (int i = 0; i < kOffers; ++i) {
        FlightOffer offer;
        offer.id = QStringLiteral("offer-%1").arg(i);
        offer.supplier = QStringLiteral("sandbox");
        offer.price = Money(200000 + qint64(rng.bounded(4000000)), QStringLiteral("INR"));
        Itinerary itinerary;
        const int stops = int(rng.bounded(3));
        QDateTime t = day.addSecs(qint64(rng.bounded(24 * 60)) * 60);
        QString from = QStringLiteral("DEL");
        for (int s = 0; s <= stops; ++s) {
            Segment seg;
            seg.carrier = QString::fromLatin1(kCarriers[rng.bounded(20)]);
            seg.flightNumber = QString::number(rng.bounded(1, 9999));
            seg.origin = from;
            seg.destination = s == stops ? QStringLiteral("BOM")
                                         : QString::fromLatin1(kAirports[2 + rng.bounded(14)]);
            seg.departure = t;
            seg.arrival = t.addSecs(60 * (60 + qint64(rng.bounded(600))));
            itinerary.segments.push_back(seg);
            t = seg.arrival.addSecs(60 * (45 + qint64(rng.bounded(300))));
            from = seg.destination;
        }
        offer.itineraries.push_back(itinerary);
        offers.push_back(std::move(offer));
    }
    return offers;
}

DisplayLookup lookup()
{
    DisplayLookup l;
    const QTimeZone india(QByteArrayLiteral("Asia/Kolkata"));
    const QTimeZone gulf(QByteArrayLiteral("Asia/Dubai"));
    l.timeZone = [india, gulf](QStringView code) {
        return code == u"DXB" || code == u"DOH" ? gulf : india;
    };
    return l;
}

const std::vector<FlightOffer> &offers()
{
    static const std::vector<FlightOffer> all = syntheticOffers();
    return all;
}

// Each timed sort starts from another order's arrangement, as when the user switches tabs.
void sortBy(benchmark::State &state, SortOrder order)
{
    FlightResultsModel model(lookup());
    model.setOffers(offers());
    const SortOrder other = order == SortOrder::Departure ? SortOrder::Price : SortOrder::Departure;
    for (auto _ : state) {
        state.PauseTiming();
        model.setSortOrder(other);
        state.ResumeTiming();
        model.setSortOrder(order);
        benchmark::DoNotOptimize(model.offerIndexAtRow(0));
    }
}

void BM_SortBest(benchmark::State &state)
{
    sortBy(state, SortOrder::Best);
}
void BM_SortPrice(benchmark::State &state)
{
    sortBy(state, SortOrder::Price);
}
void BM_SortDuration(benchmark::State &state)
{
    sortBy(state, SortOrder::Duration);
}
void BM_SortDeparture(benchmark::State &state)
{
    sortBy(state, SortOrder::Departure);
}

// A filter change: one pass over every offer for the visible rows and every facet count, then
// the sort of what is left.
void filterWith(benchmark::State &state, const ResultsFilter &filter)
{
    FlightResultsModel model(lookup());
    model.setOffers(offers());
    model.setSortOrder(SortOrder::Best);
    bool on = false;
    for (auto _ : state) {
        on = !on;
        model.setFilter(on ? filter : ResultsFilter());
        benchmark::DoNotOptimize(model.rowCount());
    }
}

void BM_FilterAirlines(benchmark::State &state)
{
    ResultsFilter filter;
    filter.airlines = {QStringLiteral("AI"), QStringLiteral("EK"), QStringLiteral("BA")};
    filterWith(state, filter);
}

void BM_FilterStopsAndTimes(benchmark::State &state)
{
    ResultsFilter filter;
    filter.stops = {int(StopsBucket::Direct), int(StopsBucket::OneStop)};
    filter.slices[0].departure = {int(DayWindow::Morning), int(DayWindow::Afternoon)};
    filterWith(state, filter);
}

void BM_FilterPrice(benchmark::State &state)
{
    ResultsFilter filter;
    filter.minPriceMinor = 500000;
    filter.maxPriceMinor = 1500000;
    filterWith(state, filter);
}

// Streaming: 10k offers arriving in ten batches, with the per-offer keys (time zones) computed.
void BM_Append10kInBatches(benchmark::State &state)
{
    const std::vector<FlightOffer> &all = offers();
    for (auto _ : state) {
        FlightResultsModel model(lookup());
        for (size_t first = 0; first < all.size(); first += 1000)
            model.appendOffers(std::vector<FlightOffer>(all.begin() + ptrdiff_t(first),
                                                        all.begin() + ptrdiff_t(first + 1000)));
        benchmark::DoNotOptimize(model.rowCount());
    }
}

} // namespace

BENCHMARK(BM_SortBest)->Unit(benchmark::kMillisecond)->Repetitions(15)->ReportAggregatesOnly(true);
BENCHMARK(BM_SortPrice)->Unit(benchmark::kMillisecond)->Repetitions(15)->ReportAggregatesOnly(true);
BENCHMARK(BM_SortDuration)
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(15)
    ->ReportAggregatesOnly(true);
BENCHMARK(BM_SortDeparture)
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(15)
    ->ReportAggregatesOnly(true);
BENCHMARK(BM_FilterAirlines)
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(15)
    ->ReportAggregatesOnly(true);
BENCHMARK(BM_FilterStopsAndTimes)
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(15)
    ->ReportAggregatesOnly(true);
BENCHMARK(BM_FilterPrice)
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(15)
    ->ReportAggregatesOnly(true);
BENCHMARK(BM_Append10kInBatches)
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(5)
    ->ReportAggregatesOnly(true);

BENCHMARK_MAIN();
