// Ranking a big result set: sortOffers() in each order, and the flights key the aggregator
// hashes to drop duplicates. Reports medians over repetitions (scripts/bench.sh).

#include "backend/search/ranking.h"

#include <benchmark/benchmark.h>

#include <random>

using namespace tripdesk;

namespace {

// Offers shaped like a busy route's answer: direct, one- and two-stop journeys over a day, with
// prices spread over a factor of five.
std::vector<FlightOffer> makeOffers(int count)
{
    std::mt19937 rng(42);
    std::uniform_int_distribution<int> minute(0, 24 * 60 - 1);
    std::uniform_int_distribution<int> block(60, 240);
    std::uniform_int_distribution<int> stops(0, 2);
    std::uniform_int_distribution<int> price(5000, 25000);
    const QDateTime day(QDate(2026, 12, 24), QTime(0, 0), QTimeZone::utc());
    const char16_t *airports[] = {u"DEL", u"BLR", u"HYD", u"BOM"};
    std::vector<FlightOffer> offers;
    offers.reserve(size_t(count));
    for (int i = 0; i < count; ++i) {
        FlightOffer offer;
        offer.id = QStringLiteral("o%1").arg(i);
        offer.supplier = QStringLiteral("sandbox");
        offer.price = Money(price(rng) * 100, QStringLiteral("INR"));
        Itinerary it;
        QDateTime t = day.addSecs(qint64(minute(rng)) * 60);
        const int legs = stops(rng) + 1;
        for (int leg = 0; leg < legs; ++leg) {
            Segment s;
            s.carrier = QStringLiteral("AI");
            s.flightNumber = QString::number(100 + i * 3 + leg);
            s.origin = QString::fromUtf16(leg == 0 ? airports[0] : airports[leg]);
            s.destination = QString::fromUtf16(leg + 1 == legs ? airports[3] : airports[leg + 1]);
            s.departure = t;
            s.arrival = t.addSecs(qint64(block(rng)) * 60);
            t = s.arrival.addSecs(90 * 60);
            it.segments.push_back(s);
        }
        offer.itineraries.push_back(std::move(it));
        offers.push_back(std::move(offer));
    }
    return offers;
}

QTimeZone india(QStringView)
{
    static const QTimeZone zone("Asia/Kolkata");
    return zone;
}

void sortBench(benchmark::State &state, SortOrder order)
{
    const std::vector<FlightOffer> offers = makeOffers(int(state.range(0)));
    std::vector<FlightOffer> copy;
    for (auto _ : state) {
        // Copying in and freeing the previous round stay outside the measurement.
        state.PauseTiming();
        copy = offers;
        state.ResumeTiming();
        sortOffers(copy, order, india);
        benchmark::DoNotOptimize(copy.data());
    }
}

void BM_SortBest(benchmark::State &state)
{
    sortBench(state, SortOrder::Best);
}
void BM_SortPrice(benchmark::State &state)
{
    sortBench(state, SortOrder::Price);
}
void BM_SortDeparture(benchmark::State &state)
{
    sortBench(state, SortOrder::Departure);
}

void BM_FlightsKeys(benchmark::State &state)
{
    const std::vector<FlightOffer> offers = makeOffers(int(state.range(0)));
    for (auto _ : state) {
        QHash<QString, int> seen;
        seen.reserve(qsizetype(offers.size()));
        for (size_t i = 0; i < offers.size(); ++i)
            seen.insert(flightsKey(offers[i]), int(i));
        benchmark::DoNotOptimize(seen.size());
    }
}

} // namespace

BENCHMARK(BM_SortBest)
    ->Arg(1000)
    ->Arg(10000)
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(7)
    ->ReportAggregatesOnly(true);
BENCHMARK(BM_SortPrice)
    ->Arg(10000)
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(7)
    ->ReportAggregatesOnly(true);
BENCHMARK(BM_SortDeparture)
    ->Arg(10000)
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(7)
    ->ReportAggregatesOnly(true);
BENCHMARK(BM_FlightsKeys)
    ->Arg(10000)
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(7)
    ->ReportAggregatesOnly(true);

BENCHMARK_MAIN();
