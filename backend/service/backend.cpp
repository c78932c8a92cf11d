#include "backend/service/backend.h"

#include "backend/core/logging.h"
#include "backend/reference/reference_data.h"
#include "backend/search/search_aggregator.h"
#include "backend/service/flight_search_service.h"
#include "backend/service/places_service.h"
#include "backend/service/recent_search_service.h"
#include "backend/store/hlc.h"
#include "backend/store/recent_search_repository.h"
#include "backend/store/store_schema.h"
#include "backend/suppliers/sandbox/sandbox_supplier.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QStandardPaths>

namespace tripdesk {

namespace {

// A supplier that has not answered in this time is reported as timed out; the first sandbox
// search may include generating its schedule, which takes a few seconds on a slow machine.
constexpr int kSupplierTimeoutMs = 30000;

} // namespace

// Members in construction order: each depends only on those above it, and destruction runs in
// reverse, so nothing outlives what it borrows.
struct Backend::Private {
    SystemClock systemClock;
    const Clock *clock = nullptr;
    std::shared_ptr<const ReferenceData> reference;
    std::unique_ptr<Database> store;
    std::unique_ptr<HybridLogicalClock> hlc;
    std::unique_ptr<RecentSearchRepository> recentRepository;
    std::unique_ptr<SandboxSupplier> sandbox;
    std::unique_ptr<SearchAggregator> aggregator;
    std::unique_ptr<PlacesService> places;
    std::unique_ptr<RecentSearchService> recent;
    std::unique_ptr<FlightSearchService> flights;
};

Backend::Backend()
    : d(std::make_unique<Private>())
{}

Backend::~Backend() = default;

Result<std::unique_ptr<Backend>> Backend::create(const BackendOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<Backend> backend(new Backend);
    Private &p = *backend->d;
    p.clock = options.clock ? options.clock : &p.systemClock;

    const QString dataDir = options.dataDir.isEmpty() ? defaultDataDir() : options.dataDir;
    if (!QDir().mkpath(dataDir)) {
        return Error::storage(
            QCoreApplication::translate("Backend",
                                        "The data folder “%1” could not be created; check that "
                                        "you may write there or choose another folder.")
                .arg(QDir::toNativeSeparators(dataDir)));
    }

    auto reference = ReferenceData::loadBundled();
    if (!reference)
        return reference.error();
    p.reference = std::move(reference).value();

    auto store = Database::open(QDir(dataDir).filePath(QStringLiteral("tripdesk.sqlite")),
                                {storeMigrations()});
    if (!store)
        return store.error();
    p.store = std::move(store).value();
    auto node = p.store->installationId();
    if (!node)
        return node.error();
    auto newestStamp = p.store->newestHlcStamp();
    if (!newestStamp)
        return newestStamp.error();
    p.hlc = std::make_unique<HybridLogicalClock>(*p.clock, *node, *newestStamp);
    p.recentRepository = std::make_unique<RecentSearchRepository>(*p.store, *p.hlc, *p.clock);

    QString currency = options.currency.trimmed().toUpper();
    if (currency.isEmpty())
        currency = QStringLiteral("USD");
    if (!Money::isKnownCurrency(currency)) {
        return Error::invalidInput(
            QCoreApplication::translate("Backend",
                                        "“%1” is not a currency TripDesk knows; use an ISO 4217 "
                                        "code such as USD, EUR or INR.")
                .arg(options.currency));
    }
    p.sandbox = std::make_unique<SandboxSupplier>(p.reference, dataDir, currency,
                                                  options.sandboxSeed, *p.clock);
    p.aggregator = std::make_unique<SearchAggregator>(
        std::vector<FlightSupplier *>{p.sandbox.get()}, *p.clock, kSupplierTimeoutMs);

    p.places = std::make_unique<PlacesService>(p.reference);
    p.recent = std::make_unique<RecentSearchService>(*p.recentRepository);
    p.flights =
        std::make_unique<FlightSearchService>(*p.aggregator, *p.places, *p.recent, *p.clock);
    qCInfo(lcService) << "backend ready in" << timer.elapsed() << "ms; data in" << dataDir;
    return backend;
}

void Backend::warmUp()
{
    d->sandbox->warmUp();
}

PlacesService &Backend::places()
{
    return *d->places;
}

FlightSearchService &Backend::flights()
{
    return *d->flights;
}

RecentSearchService &Backend::recentSearches()
{
    return *d->recent;
}

const ReferenceData &Backend::reference() const
{
    return *d->reference;
}

const Clock &Backend::clock() const
{
    return *d->clock;
}

QString Backend::defaultDataDir()
{
    // The generic location plus a fixed folder name, not AppDataLocation: that one depends on
    // the running executable's organisation and application names, and the GUI and the CLI
    // must share one store.
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("TripDesk"));
}

} // namespace tripdesk
