// Merging and ranking what three suppliers answer, 250 offers each, a third of them the same
// flights sold by all three (so results gather fare options): from the search's fan-out to the
// ranked list, through the real aggregator, as the CLI and the desk get it. The budget is 2 ms.

#include "backend/search/ranking.h"
#include "backend/search/search_aggregator.h"
#include "tests/fakes/fake_flight_supplier.h"

#include <QCoreApplication>
#include <QEventLoop>

#include <benchmark/benchmark.h>

#include <random>

using namespace tripdesk;

namespace {

std::vector<FlightOffer> answer(const QString &supplier, int count, int seed)
{
    std::mt19937 rng(static_cast<quint32>(seed));
    std::uniform_int_distribution<int> price(5000, 25000);
    const QDateTime day(QDate(2026, 12, 24), QTime(0, 0), QTimeZone::utc());
    std::vector<FlightOffer> offers;
    for (int i = 0; i < count; ++i) {
        // The first third are the same flights at every supplier; the rest are its own.
        const bool shared = i < count / 3;
        const int number = shared ? 100 + i : 1000 + seed * 1000 + i;
        std::mt19937 timing(static_cast<quint32>(number));
        const QDateTime departs =
            day.addSecs(qint64(std::uniform_int_distribution<int>(0, 24 * 60 - 1)(timing)) * 60);
        Segment s = makeSegment(QStringLiteral("AI%1").arg(number), QStringLiteral("DEL"),
                                QStringLiteral("BOM"), departs.toString(Qt::ISODate),
                                departs.addSecs(130 * 60).toString(Qt::ISODate));
        FlightOffer o = makeOffer(QStringLiteral("%1-%2").arg(supplier).arg(i), supplier,
                                  price(rng) * 100, QStringLiteral("INR"), {Itinerary{{s}}});
        o.extraCheckedBag = Money(150000, QStringLiteral("INR"));
        offers.push_back(std::move(o));
    }
    return offers;
}

void BM_MergeAndRank3x250(benchmark::State &state)
{
    const int count = int(state.range(0));
    FakeFlightSupplier a(QStringLiteral("a"), QStringLiteral("A"));
    FakeFlightSupplier b(QStringLiteral("b"), QStringLiteral("B"));
    FakeFlightSupplier c(QStringLiteral("c"), QStringLiteral("C"));
    // Each round's answers are made outside the measurement and handed over, as an adapter
    // hands over what it parsed.
    const std::vector<FlightOffer> answers[] = {answer(QStringLiteral("a"), count, 1),
                                                answer(QStringLiteral("b"), count, 2),
                                                answer(QStringLiteral("c"), count, 3)};
    FakeFlightSupplier *suppliers[] = {&a, &b, &c};
    for (FakeFlightSupplier *s : suppliers)
        s->setConsumeOffers(true);
    FixedClock clock(QDateTime(QDate(2026, 12, 2), QTime(9, 0), QTimeZone::utc()));
    SearchAggregator aggregator({&a, &b, &c}, clock, 5000);
    aggregator.setPricing(QStringLiteral("INR"), std::make_shared<ExchangeRates>());
    FlightSearchRequest request;
    request.slices.push_back({QStringLiteral("DEL"), QStringLiteral("BOM"), QDate(2026, 12, 24)});
    size_t results = 0;
    for (auto _ : state) {
        state.PauseTiming();
        for (int i = 0; i < 3; ++i)
            suppliers[i]->setOffers(answers[i]);
        state.ResumeTiming();
        QObject owner;
        SearchReply *reply = aggregator.search(request, &owner);
        QEventLoop loop; // the benchmark's own loop; product code never nests one
        QObject::connect(reply, &SearchReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        std::vector<FlightOffer> offers = reply->takeOffers();
        sortOffers(offers, SortOrder::Best, {}, QStringLiteral("INR"), {}, PriceView{1, 1});
        results = offers.size();
        benchmark::DoNotOptimize(offers.data());
    }
    state.counters["results"] = double(results);
}

} // namespace

BENCHMARK(BM_MergeAndRank3x250)
    ->Arg(250)
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(7)
    ->ReportAggregatesOnly(true);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
