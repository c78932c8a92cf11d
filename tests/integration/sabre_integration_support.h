#pragma once
// What the Sabre integration tests share: one generated sandbox schedule, a stand-in on a port
// the system picks, the real adapter over a real QNetworkAccessManager with short deadlines,
// and a bounded wait for a reply.

#include "backend/reference/reference_data.h"
#include "backend/suppliers/sabre/sabre_supplier.h"
#include "backend/suppliers/sandbox/sandbox_supplier.h"
#include "tests/fakes/sabre_stand_in.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

namespace tripdesk::test {

inline std::shared_ptr<const ReferenceData> reference()
{
    static std::shared_ptr<const ReferenceData> data = [] {
        auto loaded = ReferenceData::loadBundled();
        if (!loaded)
            qFatal("reference data: %s", qPrintable(loaded.error().detail));
        return *loaded;
    }();
    return data;
}

inline std::shared_ptr<const sandbox::Schedule> schedule()
{
    static auto shared =
        SandboxSupplier::generateSchedule(*reference(), SandboxOptions::kDefaultSeed);
    return shared;
}

inline std::unique_ptr<SabreStandIn> standIn(SabreStandIn::Options options = {})
{
    auto server = std::make_unique<SabreStandIn>(reference(), std::move(options));
    server->sandbox().setSchedule(schedule());
    if (server->listen() == 0)
        qFatal("the Sabre stand-in could not listen");
    return server;
}

inline SabreSupplierConfig adapterConfig(const SabreStandIn &server)
{
    SabreSupplierConfig c;
    c.baseUrl = server.url();
    c.account = server.options().account;
    c.agencyZone = server.options().pccZone;
    c.airportZone = [](const QString &airport) { return reference()->timeZone(airport); };
    c.http.retry.maxAttempts = 3;
    c.http.retry.baseDelay = std::chrono::milliseconds(20);
    c.http.retry.maxDelay = std::chrono::milliseconds(80);
    c.http.rateLimit = {};
    c.searchDeadline = std::chrono::milliseconds(8000);
    c.callDeadline = std::chrono::milliseconds(8000);
    return c;
}

inline bool waitFinished(SupplierReply *reply, int ms = 15000)
{
    if (reply->isFinished())
        return true;
    QSignalSpy spy(reply, &SupplierReply::finished);
    return spy.wait(ms);
}

// A one-way trip the sandbox flies, a month ahead.
inline FlightSearchRequest delBom(int adults = 1)
{
    FlightSearchRequest r;
    r.slices.push_back(
        {QStringLiteral("DEL"), QStringLiteral("BOM"), QDate::currentDate().addDays(30)});
    r.passengers.adults = adults;
    return r;
}

inline OrderPassenger traveller(const QString &given, const QString &family)
{
    OrderPassenger p;
    p.givenName = given;
    p.familyName = family;
    p.bornOn = QDate(1988, 4, 12);
    p.gender = Gender::Female;
    p.email = QStringLiteral("traveller@example.com");
    return p;
}

} // namespace tripdesk::test
