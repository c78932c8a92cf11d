// Sandbox route search on the full generated world: one-way queries allowing two stops (budget:
// median under 20 ms per query), on hub-to-hub, city-code, transpacific and small-to-small
// intercontinental pairs, plus a round trip; and the cost of generating the world, which the app
// pays once in the background at its first search. Each query is timed on its own and the
// counters report the median and the 99th percentile per query.
//
//   build/<dir>/tests/bench/bench_route_search --benchmark_repetitions=3
//       --benchmark_report_aggregates_only=true   (or scripts/bench.sh route_search)

#include "backend/reference/reference_data.h"
#include "backend/suppliers/sandbox/sandbox_supplier.h"
#include "backend/suppliers/sandbox/schedule.h"
#include "tests/bench/bench_support.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace tripdesk;

namespace {

using tripdesk::bench::bundled;
using tripdesk::bench::percentile;

constexpr quint64 kSeed = 20261126;

const FixedClock &clock()
{
    static const FixedClock c(QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC));
    return c;
}

SandboxSupplier &supplier()
{
    static SandboxSupplier s(bundled(), QString(), SandboxOptions{QStringLiteral("USD"), kSeed},
                             clock());
    static const bool ready = [] {
        s.setSchedule(SandboxSupplier::generateSchedule(*bundled(), kSeed));
        return true;
    }();
    Q_UNUSED(ready);
    return s;
}

struct Pair {
    const char *name;
    const char *from;
    const char *to;
};

// Hubs to hubs, cities, oceans, and small airports on different continents.
// clang-format off
constexpr Pair kPairs[] = {
    {"hub_LHR_JFK", "LHR", "JFK"},
    {"hub_FRA_ORD", "FRA", "ORD"},
    {"hub_DXB_SIN", "DXB", "SIN"},
    {"domestic_DEL_BOM", "DEL", "BOM"},
    {"city_NYC_LON", "NYC", "LON"},
    {"city_TYO_PAR", "TYO", "PAR"},
    {"pacific_SYD_LAX", "SYD", "LAX"},
    {"spoke_IXR_BTV", "IXR", "BTV"},
    {"spoke_IXC_MSN", "IXC", "MSN"},
    {"spoke_GAU_BOI", "GAU", "BOI"},
    {"spoke_CCJ_ABQ", "CCJ", "ABQ"},
    {"spoke_VNS_PDX", "VNS", "PDX"},
};
// clang-format on

// Two weeks of departure dates, so every weekday's pattern is searched.
std::vector<QDate> dates()
{
    std::vector<QDate> out;
    for (int d = 0; d < 14; ++d)
        out.push_back(QDate(2026, 12, 14).addDays(d));
    return out;
}

void report(benchmark::State &state, const std::vector<double> &millis, double offers)
{
    state.counters["median_ms"] = percentile(millis, 0.50);
    state.counters["p99_ms"] = percentile(millis, 0.99);
    state.counters["max_ms"] = percentile(millis, 1.0);
    state.counters["offers"] = offers;
}

void searchPairs(benchmark::State &state, std::vector<Pair> pairs)
{
    SandboxSupplier &s = supplier();
    const std::vector<QDate> days = dates();
    std::vector<double> millis;
    double offers = 0;
    QElapsedTimer timer;
    for (auto _ : state) {
        for (const Pair &p : pairs) {
            for (const QDate &date : days) {
                FlightSearchRequest request;
                request.slices.push_back(
                    {QString::fromLatin1(p.from), QString::fromLatin1(p.to), date});
                request.maxStops = 2;
                timer.start();
                auto result = s.searchNow(request);
                millis.push_back(double(timer.nsecsElapsed()) / 1e6);
                offers += result.ok() ? double(result->size()) : 0;
                benchmark::DoNotOptimize(result);
            }
        }
    }
    report(state, millis, offers / double(millis.size()));
}

void BM_OneWayTwoStops(benchmark::State &state, Pair pair)
{
    searchPairs(state, {pair});
}

void BM_OneWayTwoStopsAllPairs(benchmark::State &state)
{
    searchPairs(state, std::vector<Pair>(std::begin(kPairs), std::end(kPairs)));
}
BENCHMARK(BM_OneWayTwoStopsAllPairs)->Unit(benchmark::kMillisecond)->Iterations(1);

void BM_RoundTripNycLon(benchmark::State &state)
{
    SandboxSupplier &s = supplier();
    std::vector<double> millis;
    double offers = 0;
    QElapsedTimer timer;
    for (auto _ : state) {
        for (const QDate &date : dates()) {
            FlightSearchRequest request;
            request.slices.push_back({QStringLiteral("NYC"), QStringLiteral("LON"), date});
            request.slices.push_back(
                {QStringLiteral("LON"), QStringLiteral("NYC"), date.addDays(7)});
            timer.start();
            auto result = s.searchNow(request);
            millis.push_back(double(timer.nsecsElapsed()) / 1e6);
            offers += result.ok() ? double(result->size()) : 0;
        }
    }
    report(state, millis, offers / double(millis.size()));
}
BENCHMARK(BM_RoundTripNycLon)->Unit(benchmark::kMillisecond)->Iterations(1);

void BM_GenerateWorld(benchmark::State &state)
{
    std::shared_ptr<const sandbox::Schedule> schedule;
    for (auto _ : state)
        schedule = SandboxSupplier::generateSchedule(*bundled(), kSeed);
    const QDate day(2026, 12, 24);
    state.counters["flights_per_day"] = schedule->flightsOn(day);
    state.counters["airports"] = schedule->airportsServedOn(day);
    state.counters["airlines"] = double(schedule->carriers().size());
}
BENCHMARK(BM_GenerateWorld)->Unit(benchmark::kMillisecond)->Iterations(1);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(
        QStringLiteral("tripdesk.*.info=false\ntripdesk.*.debug=false"));
    for (const Pair &p : kPairs) {
        benchmark::RegisterBenchmark((std::string("BM_OneWayTwoStops/") + p.name).c_str(),
                                     BM_OneWayTwoStops, p)
            ->Unit(benchmark::kMillisecond)
            ->Iterations(1);
    }
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
