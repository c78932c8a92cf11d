// Reading a Bargain Finder Max reply of 250 round-trip itineraries (two brands each, so 500
// offers, with connections, codeshares, bags and penalties), against QJsonDocument::fromJson of
// the same bytes in the same run. The issue's budget is a ratio of at most 2; BM_Ratio reports
// it as a counter, from medians of interleaved runs so both see the same machine state.
#include "backend/suppliers/sabre/sabre_shop.h"

#include <QJsonDocument>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>

using namespace tripdesk;
using namespace Qt::StringLiterals;

namespace {

// 25 outbound legs (half of them with a connection) times 10 returns.
QByteArray makeReply()
{
    QString schedules, legs, itineraries;
    int scheduleId = 0;
    const auto schedule = [&](const char *from, const char *to, int depMinutes, int block,
                              int number, bool codeshare) {
        ++scheduleId;
        const int arrMinutes = depMinutes + block;
        const auto clock = [](int m) {
            return u"%1:%2:00+05:30"_s.arg(m / 60 % 24, 2, 10, QLatin1Char('0'))
                .arg(m % 60, 2, 10, QLatin1Char('0'));
        };
        if (!schedules.isEmpty())
            schedules += u',';
        schedules +=
            uR"({"id":%1,"frequency":"SMTWTFS","stopCount":0,"eTicketable":true,)"
            uR"("totalMilesFlown":708,"elapsedTime":%2,)"
            uR"("departure":{"airport":"%3","city":"%3","country":"IN","time":"%4","terminal":"3"},)"
            uR"("arrival":{"airport":"%5","city":"%5","country":"IN","time":"%6",)"
            uR"("terminal":"2","dateAdjustment":%7},)"
            uR"("carrier":{"marketing":"AI","marketingFlightNumber":%8,"operating":"%9",)"
            uR"("operatingFlightNumber":%8,"equipment":{"code":"32N","typeForFirstLeg":"N",)"
            uR"("typeForLastLeg":"N"}}})"_s.arg(scheduleId)
                .arg(block)
                .arg(QLatin1StringView(from), clock(depMinutes), QLatin1StringView(to),
                     clock(arrMinutes))
                .arg(arrMinutes / (24 * 60))
                .arg(number)
                .arg(codeshare ? u"9I"_s : u"AI"_s);
        return scheduleId;
    };
    int legId = 0;
    const auto leg = [&](const QString &refs) {
        ++legId;
        if (!legs.isEmpty())
            legs += u',';
        legs += uR"({"id":%1,"elapsedTime":300,"schedules":[%2]})"_s.arg(legId).arg(refs);
        return legId;
    };
    std::vector<std::pair<int, int>> outbound, inbound; // leg id, segments
    for (int i = 0; i < 25; ++i) {
        const int dep = 300 + i * 35;
        if (i % 2) {
            const int a = schedule("DEL", "HYD", dep, 135, 2800 + i, false);
            const int b = schedule("HYD", "BOM", dep + 200, 90, 9600 + i, true);
            outbound.push_back({leg(u"{\"ref\":%1},{\"ref\":%2}"_s.arg(a).arg(b)), 2});
        } else {
            const int a = schedule("DEL", "BOM", dep, 130, 800 + i, false);
            outbound.push_back({leg(u"{\"ref\":%1}"_s.arg(a)), 1});
        }
    }
    for (int i = 0; i < 10; ++i) {
        const int a = schedule("BOM", "DEL", 360 + i * 90, 135, 500 + i, false);
        inbound.push_back({leg(u"{\"ref\":%1}"_s.arg(a)), 1});
    }
    const auto segment = [](const char *booking, int seats) {
        return uR"({"segment":{"bookingCode":"%1","cabinCode":"Y","mealCode":"M","seatsAvailable":%2,)"
               uR"("availabilityBreak":true}})"_s.arg(QLatin1StringView(booking))
                   .arg(seats);
    };
    int id = 0;
    for (const auto &[out, outSegs] : outbound) {
        for (const auto &[back, backSegs] : inbound) {
            ++id;
            const int segs = outSegs + backSegs;
            QString pricing;
            for (int brand = 0; brand < 2; ++brand) {
                const char *booking = brand ? "S" : "T";
                QString outFare, backFare, bags;
                for (int s = 0; s < outSegs; ++s)
                    outFare += (s ? u","_s : QString()) + segment(booking, 3 + s);
                backFare = segment(booking, 7);
                for (int s = 0; s < segs; ++s)
                    bags += (s ? u","_s : QString()) + u"{\"id\":%1}"_s.arg(s);
                const QString price = u"%1.%2"_s.arg(6000 + id * 7 + brand * 1500)
                                          .arg(id % 100, 2, 10, QLatin1Char('0'));
                if (!pricing.isEmpty())
                    pricing += u',';
                pricing +=
                    uR"({"pricingSubsource":"MIP","fare":{"validatingCarrierCode":"AI","vita":true,)"
                    uR"("eTicketable":true,"lastTicketDate":"2026-12-20","lastTicketTime":"18:00",)"
                    uR"("governingCarriers":"AI AI","passengerInfoList":[{"passengerInfo":{)"
                    uR"("passengerType":"ADT","passengerNumber":1,"nonRefundable":%1,)"
                    uR"("fareComponents":[{"ref":%2,"beginAirport":"DEL","endAirport":"BOM",)"
                    uR"("segments":[%3]},{"ref":%2,"beginAirport":"BOM","endAirport":"DEL",)"
                    uR"("segments":[%4]}],"taxes":[{"ref":1},{"ref":2}],)"
                    uR"("passengerTotalFare":{"totalFare":%5,"totalTaxAmount":1043.21,)"
                    uR"("currency":"INR","baseFareAmount":5000,"baseFareCurrency":"INR",)"
                    uR"("equivalentAmount":5000,"equivalentCurrency":"INR"},)"
                    uR"("baggageInformation":[{"provisionType":"A","airlineCode":"AI",)"
                    uR"("segments":[%6],"allowance":{"ref":%7}}],)"
                    uR"("penaltiesInfo":{"penalties":[{"type":"Exchange","applicability":"Before",)"
                    uR"("changeable":true,"amount":3000,"currency":"INR"},{"type":"Refund",)"
                    uR"("applicability":"Before","refundable":%8,"amount":3500,"currency":"INR"}]}}}],)"
                    uR"("totalFare":{"totalPrice":%5,"totalTaxAmount":1043.21,"currency":"INR",)"
                    uR"("baseFareAmount":5000,"baseFareCurrency":"INR","equivalentAmount":5000,)"
                    uR"("equivalentCurrency":"INR"},"validatingCarriers":[{"ref":1}]}})"_s
                        .arg(brand ? u"false"_s : u"true"_s)
                        .arg(brand + 1)
                        .arg(outFare, backFare, price, bags)
                        .arg(brand + 1)
                        .arg(brand ? u"true"_s : u"false"_s);
            }
            if (!itineraries.isEmpty())
                itineraries += u',';
            itineraries += uR"({"id":%1,"pricingSource":"ADVJR1","legs":[{"ref":%2},{"ref":%3}],)"
                           uR"("pricingInformation":[%4]})"_s.arg(id)
                               .arg(out)
                               .arg(back)
                               .arg(pricing);
        }
    }
    const QString reply =
        uR"({"groupedItineraryResponse":{"version":"5","messages":[{"severity":"Info",)"
        uR"("type":"SERVER","code":"BENCH","text":"27131"}],"statistics":{"itineraryCount":250},)"
        uR"("scheduleDescs":[%1],"taxDescs":[{"id":1,"code":"K3","amount":500.00,"currency":"INR"},)"
        uR"({"id":2,"code":"YR","amount":543.21,"currency":"INR"}],)"
        uR"("fareComponentDescs":[{"id":1,"governingCarrier":"AI","fareAmount":2500,)"
        uR"("fareCurrency":"INR","fareBasisCode":"TU1YXSII","farePassengerType":"ADT",)"
        uR"("cabinCode":"Y","brand":{"code":"ECOVALUE","brandName":"Economy Value"}},)"
        uR"({"id":2,"governingCarrier":"AI","fareAmount":4000,"fareCurrency":"INR",)"
        uR"("fareBasisCode":"SU1YXRII","farePassengerType":"ADT","cabinCode":"Y",)"
        uR"("brand":{"code":"ECOFLEX","brandName":"Economy Flex"}}],)"
        uR"("baggageAllowanceDescs":[{"id":1,"weight":15,"unit":"kg"},{"id":2,"weight":25,"unit":"kg"}],)"
        uR"("legDescs":[%2],"itineraryGroups":[{"groupDescription":{"legDescriptions":[)"
        uR"({"departureDate":"2026-12-24","departureLocation":"DEL","arrivalLocation":"BOM"},)"
        uR"({"departureDate":"2026-12-31","departureLocation":"BOM","arrivalLocation":"DEL"}]},)"
        uR"("itineraries":[%3]}]}})"_s.arg(schedules, legs, itineraries);
    return reply.toUtf8();
}

const QByteArray &reply()
{
    static const QByteArray bytes = [] {
        QByteArray r = makeReply();
        sabre::ReplyContext context;
        context.now = QDateTime(QDate(2026, 12, 3), QTime(10, 0), Qt::UTC);
        const auto parsed = sabre::parseShopReply(r, context);
        if (!parsed || parsed->offers.size() != 500 || parsed->malformed != 0) {
            std::fprintf(stderr, "the generated reply does not read as 500 offers\n");
            std::exit(1);
        }
        std::fprintf(stderr, "reply: %lld bytes, 250 itineraries, 500 offers\n",
                     static_cast<long long>(r.size()));
        return r;
    }();
    return bytes;
}

sabre::ReplyContext context()
{
    sabre::ReplyContext c;
    c.now = QDateTime(QDate(2026, 12, 3), QTime(10, 0), Qt::UTC);
    return c;
}

void BM_QJsonDocument(benchmark::State &state)
{
    const QByteArray &bytes = reply();
    for (auto _ : state) {
        QJsonDocument doc = QJsonDocument::fromJson(bytes);
        benchmark::DoNotOptimize(doc);
    }
}

void BM_SabreShopParse(benchmark::State &state)
{
    const QByteArray &bytes = reply();
    const auto c = context();
    for (auto _ : state) {
        auto offers = sabre::parseShopReply(bytes, c);
        benchmark::DoNotOptimize(offers);
    }
}

// Both in each round, alternating, so the ratio compares like with like.
void BM_Ratio(benchmark::State &state)
{
    using Clock = std::chrono::steady_clock;
    const QByteArray &bytes = reply();
    const auto c = context();
    std::vector<double> qt, ours;
    for (auto _ : state) {
        const auto t0 = Clock::now();
        QJsonDocument doc = QJsonDocument::fromJson(bytes);
        benchmark::DoNotOptimize(doc);
        const auto t1 = Clock::now();
        auto offers = sabre::parseShopReply(bytes, c);
        benchmark::DoNotOptimize(offers);
        const auto t2 = Clock::now();
        qt.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
        ours.push_back(std::chrono::duration<double, std::milli>(t2 - t1).count());
    }
    std::sort(qt.begin(), qt.end());
    std::sort(ours.begin(), ours.end());
    const double qtMedian = qt[qt.size() / 2];
    const double oursMedian = ours[ours.size() / 2];
    state.counters["qjson_ms"] = qtMedian;
    state.counters["sabre_ms"] = oursMedian;
    state.counters["ratio"] = oursMedian / qtMedian;
}

} // namespace

BENCHMARK(BM_QJsonDocument)
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(5)
    ->ReportAggregatesOnly(true);
BENCHMARK(BM_SabreShopParse)
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(5)
    ->ReportAggregatesOnly(true);
BENCHMARK(BM_Ratio)->Unit(benchmark::kMillisecond)->Iterations(60);

BENCHMARK_MAIN();
