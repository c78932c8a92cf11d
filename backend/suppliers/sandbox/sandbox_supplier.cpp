#include "backend/suppliers/sandbox/sandbox_supplier.h"

#include "backend/core/logging.h"
#include "backend/reference/reference_data.h"
#include "backend/suppliers/sandbox/offer_services.h"
#include "backend/suppliers/sandbox/sandbox_orders.h"
#include "backend/suppliers/sandbox/sandbox_search.h"
#include "backend/suppliers/sandbox/schedule_cache.h"
#include "backend/suppliers/sandbox/schedule_generator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFuture>
#include <QFutureWatcher>
#include <QMutex>
#include <QPointer>
#include <QThread>
#include <QtConcurrent>

namespace tripdesk {

using namespace sandbox;

struct SandboxSupplier::Private {
    std::shared_ptr<const ReferenceData> reference;
    QString currency;
    quint64 seed = 0;
    const Clock &clock;
    FareModel fares;
    QString dataDir; // also keeps the generated schedule (schedule_cache.h)
    QString databasePath;
    std::optional<Error> storageError;
    std::unique_ptr<Inventory> inventory;
    std::unique_ptr<SandboxOrders> orders;

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
            schedule = QtConcurrent::run([ref = reference, s = seed, dir = dataDir]() {
                return cachedSchedule(*ref, s, dir);
            });
        }
        return schedule;
    }
};

SandboxSupplier::SandboxSupplier(std::shared_ptr<const ReferenceData> reference,
                                 const QString &dataDir, const SandboxOptions &options,
                                 const Clock &clock)
    : d(std::make_unique<Private>(std::move(reference), options.currency, options.seed, clock))
{
    d->dataDir = dataDir;
    if (!dataDir.isEmpty()) {
        d->databasePath = QDir(dataDir).filePath(QStringLiteral("sandbox.sqlite"));
        auto inv = Inventory::open(d->databasePath, options.seed);
        if (inv) {
            d->inventory = std::move(inv.value());
        } else {
            qCWarning(lcSandbox) << "sandbox inventory kept in memory:" << inv.error().detail;
            d->storageError = inv.error();
        }
    }
    if (!d->inventory)
        d->inventory = Inventory::inMemory(options.seed);
    d->orders = std::make_unique<SandboxOrders>(*d->inventory, *d->reference, d->fares, d->clock,
                                                options.seed, d->storageError);
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

void SandboxSupplier::prepare()
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

FlightSupplierCapabilities SandboxSupplier::capabilities() const
{
    FlightSupplierCapabilities caps;
    caps.price = true;
    caps.seatMap = true;
    caps.order = true;
    caps.hold = true;
    caps.cancel = true;
    return caps;
}

void SandboxSupplier::whenScheduleReady(SupplierReply *reply,
                                        std::function<void(std::shared_ptr<const Schedule>)> then)
{
    // The watcher is the reply's child: deleting the reply deletes it, and its finished() is
    // delivered on the reply's thread from the event loop, even for a schedule already built.
    auto *watcher = new QFutureWatcher<std::shared_ptr<const Schedule>>(reply);
    QObject::connect(watcher, &QFutureWatcherBase::finished, reply,
                     [reply, watcher, then = std::move(then)] {
                         watcher->deleteLater();
                         // Aborted while waiting: nothing is done (no order is made).
                         if (!reply->isFinished())
                             then(watcher->result());
                     });
    watcher->setFuture(d->scheduleFuture());
}

template<typename Reply, typename Work>
Reply *SandboxSupplier::answerLater(QObject *parent, Work work)
{
    auto *reply = new Reply(parent);
    whenScheduleReady(
        reply, [reply, work = std::move(work)](auto schedule) { reply->finish(work(*schedule)); });
    return reply;
}

void SandboxSupplier::expireLapsedHolds()
{
    if (auto r = d->orders->expireLapsed(); !r)
        qCWarning(lcSandbox) << "lapsed sandbox holds not settled:" << r.error().detail;
}

FlightOffersReply *SandboxSupplier::search(const FlightSearchRequest &request, QObject *parent)
{
    auto *reply = new FlightOffersReply(parent);
    expireLapsedHolds(); // before the seats are read
    // Aborting tells a search not yet started on its worker not to run; one already running
    // finishes its few milliseconds and its answer is dropped with the reply.
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    reply->setAbortHandler([cancelled] { cancelled->store(true); });
    using Answer = std::optional<Result<SearchOutcome>>;
    auto *answer = new QFutureWatcher<Answer>(reply);
    QObject::connect(answer, &QFutureWatcherBase::finished, reply, [reply, answer] {
        Answer result = answer->result();
        answer->deleteLater();
        if (!result)
            return; // aborted: the reply has already finished as cancelled
        if (!*result) {
            reply->finish(result->error());
            return;
        }
        SearchOutcome outcome = std::move(*result).value();
        reply->finish(SupplierOffers{std::move(outcome.offers), outcome.omitted});
    });
    answer->setFuture(d->scheduleFuture().then(
        QtFuture::Launch::Async,
        [reference = d->reference, sold = d->inventory->snapshot(), fares = d->fares,
         now = d->clock.nowUtc(), request, cancelled](std::shared_ptr<const Schedule> schedule) {
            if (cancelled->load())
                return Answer();
            return Answer(
                searchWithBrands(SearchInputs{*schedule, *reference, sold, fares, now}, request));
        }));
    return reply;
}

Result<std::vector<FlightOffer>> SandboxSupplier::searchNow(const FlightSearchRequest &request)
{
    const auto s = schedule();
    expireLapsedHolds();
    auto outcome = searchWithBrands(
        SearchInputs{*s, *d->reference, d->inventory->snapshot(), d->fares, d->clock.nowUtc()},
        request);
    if (!outcome)
        return outcome.error();
    return std::move(outcome).value().offers;
}

Result<PricedOffer> SandboxSupplier::priceWith(const Schedule &schedule, const QString &offerId,
                                               const Passengers &passengers)
{
    expireLapsedHolds();
    const QDateTime now = d->clock.nowUtc();
    DecodedOffer decoded;
    auto offer =
        priceOffer(SearchInputs{schedule, *d->reference, d->inventory->snapshot(), d->fares, now},
                   offerId, passengers, &decoded);
    if (!offer)
        return offer.error();
    return pricedOffer(schedule, d->fares, std::move(offer).value(), decoded, now);
}

PricedOfferReply *SandboxSupplier::price(const QString &offerId, const Passengers &passengers,
                                         QObject *parent)
{
    return answerLater<PricedOfferReply>(parent, [this, offerId, passengers](const Schedule &s) {
        return priceWith(s, offerId, passengers);
    });
}

SeatMapsReply *SandboxSupplier::seatMaps(const QString &offerId, QObject *parent)
{
    return answerLater<SeatMapsReply>(
        parent, [this, offerId](const Schedule &s) { return d->orders->seatMaps(s, offerId); });
}

OrderReply *SandboxSupplier::createOrder(const OrderRequest &request, QObject *parent)
{
    return answerLater<OrderReply>(
        parent, [this, request](const Schedule &s) { return d->orders->create(s, request); });
}

OrderReply *SandboxSupplier::payOrder(const QString &orderId, const Money &amount, QObject *parent)
{
    return answerLater<OrderReply>(parent, [this, orderId, amount](const Schedule &s) {
        return d->orders->pay(s, orderId, amount);
    });
}

OrderReply *SandboxSupplier::order(const QString &orderId, QObject *parent)
{
    return answerLater<OrderReply>(
        parent, [this, orderId](const Schedule &s) { return d->orders->get(s, orderId); });
}

OrderReply *SandboxSupplier::findOrder(const QString &clientReference, QObject *parent)
{
    return answerLater<OrderReply>(parent, [this, clientReference](const Schedule &s) {
        return d->orders->find(s, clientReference);
    });
}

CancellationReply *SandboxSupplier::quoteCancellation(const QString &orderId, QObject *parent)
{
    return answerLater<CancellationReply>(parent, [this, orderId](const Schedule &s) {
        return d->orders->quoteCancellation(s, orderId);
    });
}

CancellationReply *SandboxSupplier::confirmCancellation(const QString &cancellationId,
                                                        QObject *parent)
{
    return answerLater<CancellationReply>(parent, [this, cancellationId](const Schedule &s) {
        return d->orders->confirmCancellation(s, cancellationId);
    });
}

Result<void> SandboxSupplier::sellWith(const Schedule &schedule, const QString &offerId,
                                       const Passengers &passengers)
{
    if (passengers.seated() < 1 || passengers.adults < 1)
        return Error::invalidInput(
            QCoreApplication::translate("SandboxSupplier", "A booking needs at least one adult."));
    expireLapsedHolds();
    auto decoded = decodeOffer(schedule, offerId);
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
    return d->inventory->sell(schedule, sales, passengers.seated(), d->clock.nowUtc(), offerId);
}

DoneReply *SandboxSupplier::sell(const QString &offerId, const Passengers &passengers,
                                 QObject *parent)
{
    auto *reply = new DoneReply(parent);
    whenScheduleReady(reply, [this, reply, offerId, passengers](auto schedule) {
        reply->finish(sellWith(*schedule, offerId, passengers));
    });
    return reply;
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

QString SandboxSupplier::storageWarning() const
{
    return d->storageError ? Inventory::unusableWarning(d->databasePath, *d->storageError)
                           : QString();
}

} // namespace tripdesk
