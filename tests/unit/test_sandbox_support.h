#pragma once
// Shared by the sandbox tests: the bundled reference data and one generated world per test
// program (generating it takes a fraction of a second), a fixed "now", and request builders.

#include "backend/reference/reference_data.h"
#include "backend/suppliers/sandbox/sandbox_supplier.h"
#include "backend/suppliers/sandbox/schedule.h"
#include "backend/suppliers/sandbox/schedule_generator.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace sandboxtest {

using namespace tripdesk;

constexpr quint64 kSeed = 20261126;

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
        sandbox::ScheduleGenerator::generate(*reference(), kSeed);
    return s;
}

// Searches are made four weeks ahead of this.
inline QDateTime now()
{
    return QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC);
}

inline QDate travelDate()
{
    return QDate(2026, 12, 24);
}

inline FlightSearchRequest oneWay(const QString &from, const QString &to, QDate date = travelDate(),
                                  int maxStops = 2, Cabin cabin = Cabin::Economy,
                                  Passengers passengers = {})
{
    FlightSearchRequest r;
    r.slices.push_back({from, to, date});
    r.maxStops = maxStops;
    r.cabin = cabin;
    r.passengers = passengers;
    return r;
}

// A supplier over the shared schedule, quoting in `currency`, keeping sales in `dataDir`.
inline std::unique_ptr<SandboxSupplier> supplier(const Clock &clock, const QString &dataDir = {},
                                                 const QString &currency = QStringLiteral("USD"))
{
    auto s = std::make_unique<SandboxSupplier>(reference(), dataDir,
                                               SandboxOptions{currency, kSeed}, clock);
    s->setSchedule(schedule());
    return s;
}

// Waits, running the event loop, until a supplier reply has finished.
// The flights an offer sells, as one string: the same itinerary in several fare brands has one.
inline QString flightsOf(const FlightOffer &offer)
{
    QStringList parts;
    for (const Itinerary &it : offer.itineraries) {
        for (const Segment &s : it.segments) {
            parts << s.carrier + s.flightNumber + u' ' + s.origin + u'-' + s.destination + u' ' +
                         s.departure.toString(Qt::ISODate) + u'/' + s.arrival.toString(Qt::ISODate);
        }
    }
    return parts.join(u", ");
}

inline void await(SupplierReply *reply)
{
    if (!reply->isFinished()) {
        QSignalSpy finished(reply, &SupplierReply::finished);
        if (!finished.wait(120000))
            qFatal("a sandbox reply did not finish");
    }
}

// The sandbox's asynchronous calls, waited for, as results.
inline Result<FlightOffer> priceNow(SandboxSupplier &s, const QString &offerId,
                                    const Passengers &passengers)
{
    QObject owner;
    PricedOfferReply *reply = s.price(offerId, passengers, &owner);
    await(reply);
    if (reply->hasError())
        return reply->error();
    return reply->value().offer;
}

inline Result<void> sellNow(SandboxSupplier &s, const QString &offerId,
                            const Passengers &passengers)
{
    QObject owner;
    DoneReply *reply = s.sell(offerId, passengers, &owner);
    await(reply);
    if (reply->hasError())
        return reply->error();
    return {};
}

inline QString local(const QDateTime &utc, const QString &airport)
{
    return utc.toTimeZone(reference()->timeZone(airport)).toString(Qt::ISODate);
}

} // namespace sandboxtest
