// Autocomplete as a traveller types: every prefix of real queries is one keystroke's lookup over
// every airport and city. Reports the median and 99th percentile per keystroke (budget: p99 under
// 1 ms), plus the cost of loading the bundled data and building the index at start-up.
//
//   build/<dir>/tests/bench/bench_autocomplete --benchmark_repetitions=5
//       --benchmark_report_aggregates_only=true   (or scripts/bench.sh autocomplete)

#include "backend/reference/place_index.h"
#include "tests/bench/bench_support.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

using tripdesk::PlaceIndex;
using tripdesk::ReferenceData;

namespace {

using tripdesk::bench::bundled;
using tripdesk::bench::percentile;

// What people type: codes, cities, airport names, several words, accents or not, and the
// one- and two-letter prefixes that match the most.
const char *const kQueries[] = {
    "mumbai",
    "new york",
    "london heathrow",
    "sao paulo",
    "São Paulo",
    "delhi",
    "frankfurt",
    "san francisco",
    "bengaluru",
    "charles de gaulle",
    "jfk",
    "lhr",
    "dubai",
    "singapore",
    "los angeles",
    "tokyo narita",
    "chicago o'hare",
    "buenos aires",
    "zürich",
    "kuala lumpur",
    "international",
    "united states",
    "ho chi minh",
    "rio de janeiro",
    "barcelona",
};

std::vector<QString> keystrokes()
{
    std::vector<QString> out;
    for (const char *query : kQueries) {
        const QString q = QString::fromUtf8(query);
        for (qsizetype n = 1; n <= q.size(); ++n)
            out.push_back(q.left(n));
    }
    return out;
}

void BM_Keystroke(benchmark::State &state)
{
    const PlaceIndex index(bundled());
    index.complete(QStringLiteral("a"), 1); // builds it: BM_BuildIndex measures that
    const std::vector<QString> typed = keystrokes();
    std::vector<double> micros;
    micros.reserve(typed.size() * 64);
    QElapsedTimer timer;
    for (auto _ : state) {
        for (const QString &prefix : typed) {
            timer.start();
            auto places = index.complete(prefix, 10);
            const qint64 ns = timer.nsecsElapsed();
            benchmark::DoNotOptimize(places);
            micros.push_back(double(ns) / 1000.0);
        }
    }
    state.SetItemsProcessed(qint64(state.iterations()) * qint64(typed.size()));
    state.counters["keystrokes"] = double(typed.size());
    state.counters["median_us"] = percentile(micros, 0.50);
    state.counters["p99_us"] = percentile(micros, 0.99);
    state.counters["max_us"] = percentile(micros, 1.0);
}
BENCHMARK(BM_Keystroke)->Unit(benchmark::kMillisecond);

// The worst single keystrokes: one letter matches thousands of tokens.
void BM_OneLetter(benchmark::State &state)
{
    const PlaceIndex index(bundled());
    const QString query = QStringLiteral("a");
    index.complete(query, 1);
    for (auto _ : state)
        benchmark::DoNotOptimize(index.complete(query, 10));
}
BENCHMARK(BM_OneLetter)->Unit(benchmark::kMicrosecond);

void BM_LoadBundled(benchmark::State &state)
{
    for (auto _ : state) {
        auto data = ReferenceData::loadBundled();
        if (!data.ok())
            state.SkipWithError("load failed");
        benchmark::DoNotOptimize(data);
    }
}
BENCHMARK(BM_LoadBundled)->Unit(benchmark::kMillisecond)->MinTime(1.0);

// The index is built by its first lookup: that keystroke pays for this.
void BM_BuildIndex(benchmark::State &state)
{
    const auto data = bundled();
    for (auto _ : state) {
        PlaceIndex index(data);
        benchmark::DoNotOptimize(index.complete(QStringLiteral("a"), 1));
    }
}
BENCHMARK(BM_BuildIndex)->Unit(benchmark::kMillisecond)->MinTime(1.0);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("tripdesk.*.debug=false"));
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
