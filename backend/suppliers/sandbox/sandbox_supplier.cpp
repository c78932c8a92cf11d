#include "backend/suppliers/sandbox/sandbox_supplier.h"

#include "backend/core/logging.h"
#include "backend/reference/reference_data.h"
#include "backend/suppliers/sandbox/sandbox_search.h"
#include "backend/suppliers/sandbox/schedule_generator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFuture>
#include <QMutex>
#include <QPointer>
#include <QThread>
#include <QtConcurrent>

namespace tripdesk {

using namespace sandbox;

namespace {} // namespace

struct SandboxSupplier::Private {
    std::shared_ptr<const ReferenceData> reference;
    QString currency;
    quint64 seed = 0;
    const Clock &clock;
    FareModel fares;
    QString databasePath;
    std::optional<Error> storageError;
    std::unique_ptr<Inventory> inventory;

    mutable QMutex mutex; // guards the schedule future
    QFuture<std::shared_ptr<const Schedule>> schedule;
    bool started = false;

    Private(std::shared_ptr<const ReferenceData> ref, QString cur, quint64 s, const Clock &c)
        : reference(std::move(ref))
        , currency(std::move(cur))
        , seed(s)
        , clock(c)
        , fares(currency)
    {}

    QFuture<std::shared_ptr<const Schedule>> scheduleFuture()
    {
        QMutexLocker lock(&mutex);
        if (!started) {
            started = true;
            schedule = QtConcurrent::run(
                [ref = reference, s = seed]() { return ScheduleGenerator::generate(*ref, s); });
        }
        return schedule;
    }
};

SandboxSupplier::SandboxSupplier(std::shared_ptr<const ReferenceData> reference,
                                 const QString &dataDir, const QString &currency, quint64 seed,
                                 const Clock &clock)
    : d(std::make_unique<Private>(std::move(reference), currency, seed, clock))
{
    if (!dataDir.isEmpty()) {
        d->databasePath = QDir(dataDir).filePath(QStringLiteral("sandbox.sqlite"));
        auto inv = Inventory::open(d->databasePath, seed);
        if (inv) {
            d->inventory = std::move(inv.value());
        } else {
            qCWarning(lcSandbox) << "sandbox inventory kept in memory:" << inv.error().detail;
            d->storageError = inv.error();
        }
    }
    if (!d->inventory)
        d->inventory = Inventory::inMemory(seed);
}

SandboxSupplier::~SandboxSupplier() = default;

QString SandboxSupplier::id() const
{
    return QStringLiteral("sandbox");
}

QString SandboxSupplier::displayName() const
{
    return QCoreApplication::translate("SandboxSupplier", "Sandbox inventory");
}

void SandboxSupplier::warmUp()
{
    d->scheduleFuture();
}

bool SandboxSupplier::isReady() const
{
    QMutexLocker lock(&d->mutex);
    return d->started && d->schedule.isFinished();
}

void SandboxSupplier::setSchedule(std::shared_ptr<const Schedule> schedule)
{
    QMutexLocker lock(&d->mutex);
    d->started = true;
    d->schedule = QtFuture::makeReadyFuture(std::move(schedule));
}

std::shared_ptr<const Schedule> SandboxSupplier::generateSchedule(const ReferenceData &reference,
                                                                  quint64 seed)
{
    return ScheduleGenerator::generate(reference, seed);
}

std::shared_ptr<const Schedule> SandboxSupplier::schedule()
{
    return d->scheduleFuture().result();
}

void SandboxSupplier::search(const FlightSearchRequest &request, QObject *context,
                             SearchCallback done)
{
    // The answer goes through a relay object living on the context's thread: it outlives the
    // worker's post even if the context is destroyed meanwhile, and the guard is checked on the
    // context's own thread, so a destroyed context is never called back.
    QPointer<QObject> guard(context);
    auto *relay = new QObject;
    if (context)
        relay->moveToThread(context->thread());
    const bool hadContext = context != nullptr;
    auto run = [reference = d->reference, sold = d->inventory->snapshot(), fares = d->fares,
                now = d->clock.nowUtc(), request, relay, guard, hadContext,
                done = std::move(done)](std::shared_ptr<const Schedule> schedule) mutable {
        Result<std::vector<FlightOffer>> result =
            runSearch(SearchInputs{*schedule, *reference, sold, fares, now}, request);
        QMetaObject::invokeMethod(
            relay,
            [relay, guard, hadContext, done = std::move(done),
             result = std::move(result)]() mutable {
                if (guard || !hadContext)
                    done(std::move(result));
                delete relay;
            },
            Qt::QueuedConnection);
    };
    d->scheduleFuture().then(QtFuture::Launch::Async, std::move(run));
}

Result<std::vector<FlightOffer>> SandboxSupplier::searchNow(const FlightSearchRequest &request)
{
    const auto s = schedule();
    return runSearch(
        SearchInputs{*s, *d->reference, d->inventory->snapshot(), d->fares, d->clock.nowUtc()},
        request);
}

Result<FlightOffer> SandboxSupplier::priceOffer(const QString &offerId,
                                                const Passengers &passengers)
{
    const auto s = schedule();
    auto decoded = decodeOffer(*s, offerId);
    if (!decoded)
        return decoded.error();
    const QDateTime now = d->clock.nowUtc();
    const int today = dayNumber(now.date());
    const Availability availability(*s, d->inventory->snapshot(), today);
    const RouteSearch search(*s, availability, d->fares, today);
    std::vector<const Journey *> slices;
    for (Journey &j : decoded->slices) {
        if (!search.price(&j, decoded->cabin, passengers.seated())) {
            return Error::unavailable(QCoreApplication::translate(
                                          "SandboxSupplier",
                                          "This offer is no longer available. Search again to see "
                                          "what is left."),
                                      QStringLiteral("sold out: %1").arg(offerId.left(200)));
        }
        slices.push_back(&j);
    }
    return OfferBuilder(*s, d->fares, now).build(slices, passengers, decoded->cabin);
}

Result<void> SandboxSupplier::sell(const FlightOffer &offer, const Passengers &passengers)
{
    return sell(offer.id, passengers);
}

Result<void> SandboxSupplier::sell(const QString &offerId, const Passengers &passengers)
{
    if (passengers.seated() < 1 || passengers.adults < 1)
        return Error::invalidInput(
            QCoreApplication::translate("SandboxSupplier", "A booking needs at least one adult."));
    const auto s = schedule();
    auto decoded = decodeOffer(*s, offerId);
    if (!decoded)
        return decoded.error();
    std::vector<SeatSale> sales;
    for (const Journey &j : decoded->slices) {
        for (int i = 0; i < j.count; ++i) {
            const JourneySegment &seg = j.segments[std::size_t(i)];
            sales.push_back({seg.leg, seg.localDay, seg.cabin, seg.classIndex});
        }
    }
    if (d->storageError)
        return *d->storageError;
    const int today = dayNumber(d->clock.nowUtc().date());
    return d->inventory->sell(*s, sales, passengers.seated(), today, offerId);
}

const QString &SandboxSupplier::currency() const
{
    return d->currency;
}

quint64 SandboxSupplier::seed() const
{
    return d->seed;
}

QString SandboxSupplier::databasePath() const
{
    return d->inventory && !d->storageError ? d->databasePath : QString();
}

std::optional<Error> SandboxSupplier::storageError() const
{
    return d->storageError;
}

} // namespace tripdesk
