// Parsing a 250-offer Duffel reply (real offers replicated and varied: ids, prices, minutes)
// into FlightOffers, against QJsonDocument::fromJson of the same bytes. After the usual Google
// Benchmark report it times both in turns and prints the ratio of their medians (goal ≤ 2×).

#include "backend/suppliers/duffel/duffel_wire.h"
#include "bench_support.h"

#include <benchmark/benchmark.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>
#include <ctime>

using namespace tripdesk;
using namespace Qt::StringLiterals;

namespace {

QJsonObject readObject(const char *name)
{
    QFile file(QStringLiteral(TRIPDESK_DUFFEL_DATA "/") + QLatin1StringView(name));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "missing %s\n", name);
        std::exit(1);
    }
    return QJsonDocument::fromJson(file.readAll()).object();
}

// Every departing_at and arriving_at of the offer set to minute `minute` of its hour, which
// keeps each segment's order (they are whole hours apart in the samples).
QJsonObject withMinutes(QJsonObject offer, int minute)
{
    QJsonArray slices = offer.value(u"slices"_s).toArray();
    for (qsizetype i = 0; i < slices.size(); ++i) {
        QJsonObject slice = slices.at(i).toObject();
        QJsonArray segments = slice.value(u"segments"_s).toArray();
        for (qsizetype j = 0; j < segments.size(); ++j) {
            QJsonObject s = segments.at(j).toObject();
            for (const QString &key : {u"departing_at"_s, u"arriving_at"_s}) {
                QString t = s.value(key).toString();
                t.replace(14, 2, u"%1"_s.arg(minute, 2, 10, QChar(u'0')));
                s.insert(key, t);
            }
            segments.replace(j, s);
        }
        slice.insert(u"segments"_s, segments);
        slices.replace(i, slice);
    }
    offer.insert(u"slices"_s, slices);
    return offer;
}

const QByteArray &reply()
{
    static const QByteArray bytes = [] {
        const QJsonObject real =
            readObject("offers-list-response.json").value(u"data"_s).toArray().at(0).toObject();
        const QJsonObject handmade =
            readObject("offers-page-three.json").value(u"data"_s).toArray().at(0).toObject();
        QJsonArray offers;
        for (int i = 0; i < 250; ++i) {
            QJsonObject o = withMinutes(i % 2 ? handmade : real, i % 60);
            o.insert(u"id"_s, u"off_%1"_s.arg(i, 6, 10, QChar(u'0')));
            const QString currency = o.value(u"total_currency"_s).toString();
            o.insert(u"total_amount"_s,
                     u"%1.%2"_s.arg(100 + i * 7).arg(i % 100, 2, 10, QChar(u'0')));
            // Base and tax no longer add up to the varied total: no split, as often with Duffel.
            o.insert(u"total_currency"_s, currency);
            offers.append(o);
        }
        const QJsonObject page{
            {u"data"_s, offers},
            {u"meta"_s, QJsonObject{{u"after"_s, u"g2wAAAAC"_s}, {u"limit"_s, 250}}}};
        return QJsonDocument(page).toJson(QJsonDocument::Compact);
    }();
    return bytes;
}

duffel::ParseContext context()
{
    duffel::ParseContext c;
    c.zoneFor = [](const QString &) { return QTimeZone("Asia/Kolkata"); };
    return c;
}

void BM_FromJson(benchmark::State &state)
{
    const QByteArray &bytes = reply();
    for (auto _ : state)
        benchmark::DoNotOptimize(QJsonDocument::fromJson(bytes).isObject());
    state.SetBytesProcessed(qint64(state.iterations()) * bytes.size());
}

void BM_DuffelOffers(benchmark::State &state)
{
    const QByteArray &bytes = reply();
    const duffel::ParseContext c = context();
    for (auto _ : state) {
        auto page = duffel::parseOfferList(bytes, c);
        if (!page || page->offers.size() != 250) {
            state.SkipWithError("the reply did not parse into 250 offers");
            return;
        }
        benchmark::DoNotOptimize(page->offers.data());
    }
    state.SetBytesProcessed(qint64(state.iterations()) * bytes.size());
}

// Both in turns, so load on the machine falls on each alike; CPU time, so other processes on
// the two cores do not count.
void printRatio()
{
    const QByteArray &bytes = reply();
    const duffel::ParseContext c = context();
    std::vector<double> json, parsed;
    const auto cpuMs = [](std::clock_t from) {
        return 1000.0 * double(std::clock() - from) / CLOCKS_PER_SEC;
    };
    for (int round = 0; round < 41; ++round) {
        std::clock_t t = std::clock();
        benchmark::DoNotOptimize(QJsonDocument::fromJson(bytes).isObject());
        json.push_back(cpuMs(t));
        t = std::clock();
        auto page = duffel::parseOfferList(bytes, c);
        parsed.push_back(cpuMs(t));
        benchmark::DoNotOptimize(page.ok());
    }
    const double a = bench::percentile(json, 0.5), b = bench::percentile(parsed, 0.5);
    std::printf("250 Duffel offers, %lld bytes: fromJson median %.2f ms CPU, parseOfferList "
                "median %.2f ms CPU, ratio %.2fx (goal <= 2x)\n",
                qint64(bytes.size()), a, b, b / a);
}

} // namespace

BENCHMARK(BM_FromJson)->Unit(benchmark::kMillisecond)->Repetitions(5)->ReportAggregatesOnly(true);
BENCHMARK(BM_DuffelOffers)
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(5)
    ->ReportAggregatesOnly(true);

int main(int argc, char **argv)
{
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    printRatio();
    return 0;
}
