#pragma once
// Shared by the Duffel integration tests: a stand-in on 127.0.0.1 over one generated world, the
// real adapter over a real QNetworkAccessManager (no proxy), one fixed clock for both, short
// timeouts so no test can hang, and passengers and requests for orders.

#include "backend/reference/reference_data.h"
#include "backend/suppliers/duffel/duffel_supplier.h"
#include "backend/suppliers/sandbox/schedule_generator.h"
#include "tests/fakes/duffel_stand_in.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTest>

namespace duffeltest {

using namespace tripdesk;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

inline std::shared_ptr<const ReferenceData> reference()
{
    static const std::shared_ptr<const ReferenceData> data = [] {
        auto loaded = ReferenceData::loadBundled();
        if (!loaded)
            qFatal("bundled reference data did not load: %s", qPrintable(loaded.error().detail));
        return loaded.value();
    }();
    return data;
}

inline std::shared_ptr<const sandbox::Schedule> schedule()
{
    static const std::shared_ptr<const sandbox::Schedule> s =
        sandbox::ScheduleGenerator::generate(*reference(), SandboxOptions::kDefaultSeed);
    return s;
}

inline QDateTime now()
{
    return QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC);
}

inline FlightSearchRequest trip(const QString &from = u"DEL"_s, const QString &to = u"BOM"_s,
                                Passengers passengers = {})
{
    FlightSearchRequest r;
    r.slices.push_back({from, to, QDate(2026, 12, 24)});
    r.passengers = passengers;
    return r;
}

// Waits for a reply to end; fails the test (no hang) when it does not within `ms`.
template<typename Reply> Reply *finished(Reply *reply, int ms = 15000)
{
    if (!reply->isFinished()) {
        QSignalSpy spy(reply, &SupplierReply::finished);
        if (!spy.wait(ms))
            qFatal("a Duffel reply did not finish in %d ms", ms);
    }
    return reply;
}

struct Rig {
    FixedClock clock{now()};
    QNetworkAccessManager network;
    std::unique_ptr<DuffelStandIn> standIn;
    std::unique_ptr<DuffelSupplier> duffel;

    static DuffelSettings settings()
    {
        DuffelSettings s;
        s.accountName = u"Agency test"_s;
        s.accessToken = u"duffel_test_stand_in"_s;
        s.zoneFor = [](const QString &code) { return reference()->timeZone(code); };
        s.http.retry.maxAttempts = 3;
        s.http.retry.baseDelay = 20ms;
        s.http.retry.maxDelay = 80ms;
        s.http.breaker.failureThreshold = 50;
        s.attemptTimeout = 2s;
        s.requestDeadline = 8s;
        s.orderAttemptTimeout = 2s;
        s.pageSize = 200; // the stand-in sends five a page whatever is asked
        return s;
    }

    explicit Rig(DuffelSettings s = settings(), int pageSize = 5)
    {
        network.setProxy(QNetworkProxy::NoProxy);
        DuffelStandIn::Options options;
        options.maxPageSize = pageSize;
        standIn = std::make_unique<DuffelStandIn>(reference(), clock, options);
        standIn->sandbox().setSchedule(schedule());
        if (standIn->listenLocal() == 0)
            qFatal("the Duffel stand-in could not listen");
        s.baseUrl = standIn->url();
        duffel = std::make_unique<DuffelSupplier>(&network, std::move(s), clock);
    }

    int logged(QStringView prefix) const
    {
        int n = 0;
        for (const QString &line : standIn->requestLog())
            n += line.startsWith(prefix) ? 1 : 0;
        return n;
    }

    Result<SupplierOffers> search(const FlightSearchRequest &request = trip())
    {
        QObject owner;
        auto *reply = finished(duffel->search(request, &owner));
        if (reply->hasError())
            return reply->error();
        return reply->takeValue();
    }
    Result<PricedOffer> price(const QString &id, Passengers passengers = {})
    {
        QObject owner;
        auto *reply = finished(duffel->price(id, passengers, &owner));
        if (reply->hasError())
            return reply->error();
        return reply->takeValue();
    }
    template<typename Reply>
    static auto answer(Reply *reply) -> Result<std::decay_t<decltype(reply->value())>>
    {
        finished(reply);
        if (reply->hasError())
            return reply->error();
        return reply->value();
    }
};

inline OrderRequest orderFor(const PricedOffer &priced, const QString &reference,
                             OrderRequest::Kind kind = OrderRequest::Kind::Instant)
{
    OrderRequest r;
    r.kind = kind;
    r.offerId = priced.offer.id;
    r.payment = priced.offer.price;
    r.clientReference = reference;
    for (const OfferPassenger &p : priced.offer.passengers) {
        OrderPassenger person;
        person.id = p.id;
        person.type = p.type;
        person.title = u"ms"_s;
        person.givenName = u"Asha"_s;
        person.familyName = u"Rao"_s;
        person.bornOn = QDate(1980, 5, 1);
        person.email = u"asha@example.com"_s;
        person.phone = u"+442080160509"_s;
        person.passportNumber = u"P1234567"_s;
        person.passportCountry = u"GB"_s;
        person.passportExpiry = QDate(2031, 5, 1);
        person.nationality = u"GB"_s;
        r.passengers.push_back(person);
    }
    return r;
}

// Seats taken on the offer's first flight, as the seat map shows them.
inline int seatsTaken(const std::vector<SeatMap> &maps)
{
    if (maps.empty())
        return -1;
    int taken = 0;
    for (const SeatMapCabin &c : maps.front().cabins) {
        for (const SeatMapRow &row : c.rows) {
            for (const auto &block : row.sections) {
                for (const SeatMapElement &e : block)
                    taken += (e.kind == SeatMapElement::Kind::Seat && !e.available) ? 1 : 0;
            }
        }
    }
    return taken;
}

} // namespace duffeltest
