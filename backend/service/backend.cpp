#include "backend/service/backend.h"

#include "backend/accounts/secret_store.h"
#include "backend/accounts/supplier_accounts.h"
#include "backend/core/logging.h"
#include "backend/reference/reference_data.h"
#include "backend/search/search_aggregator.h"
#include "backend/service/flight_search_service.h"
#include "backend/service/places_service.h"
#include "backend/service/recent_search_service.h"
#include "backend/service/supplier_account_service.h"
#include "backend/service/supplier_endpoints.h"
#include "backend/store/hlc.h"
#include "backend/store/offer_cache.h"
#include "backend/store/recent_search_repository.h"
#include "backend/store/store_schema.h"
#include "backend/suppliers/sandbox/sandbox_supplier.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QStandardPaths>

namespace tripdesk {

namespace {

// A supplier that has not answered in this time is reported as timed out; the first sandbox
// search may include generating its schedule, which takes a few seconds on a slow machine.
constexpr int kSupplierTimeoutMs = 30000;

} // namespace

struct BackendBuilder::Config {
    QString dataDir;
    const Clock *clock = nullptr;
    QNetworkAccessManager *network = nullptr;
    bool sandboxEnabled = true;
    SandboxOptions sandbox;
    ExchangeRates rates;
    std::vector<std::unique_ptr<FlightSupplier>> suppliers;
    std::vector<SupplierEndpoint> endpoints;
    SecretStore *secrets = nullptr;
    int supplierTimeoutMs = kSupplierTimeoutMs;
};

// Members in construction order: each depends only on those above it, and destruction runs in
// reverse, so nothing outlives what it borrows.
struct Backend::Private {
    SystemClock systemClock;
    const Clock *clock = nullptr;
    std::shared_ptr<const ReferenceData> reference;
    std::unique_ptr<Database> store;
    std::unique_ptr<HybridLogicalClock> hlc;
    std::unique_ptr<RecentSearchRepository> recentRepository;
    std::unique_ptr<OfferCache> offerCache;
    std::unique_ptr<SecretStore> ownSecrets;
    SecretStore *secrets = nullptr;
    std::unique_ptr<SupplierAccounts> accounts;
    std::unique_ptr<QNetworkAccessManager> ownNetwork; // when none was given; HTTP suppliers use it
    std::vector<std::unique_ptr<FlightSupplier>> suppliers;
    std::unique_ptr<SearchAggregator> aggregator;
    std::unique_ptr<PlacesService> places;
    std::unique_ptr<RecentSearchService> recent;
    std::unique_ptr<FlightSearchService> flights;
    std::unique_ptr<SupplierAccountService> accountService;
    std::unique_ptr<Services> services;
};

Backend::Backend()
    : d(std::make_unique<Private>())
{}

Backend::~Backend() = default;

BackendBuilder::BackendBuilder()
    : m_config(std::make_unique<Config>())
{}

BackendBuilder::~BackendBuilder() = default;
BackendBuilder::BackendBuilder(BackendBuilder &&) noexcept = default;
BackendBuilder &BackendBuilder::operator=(BackendBuilder &&) noexcept = default;

BackendBuilder &BackendBuilder::setDataDir(const QString &dataDir)
{
    m_config->dataDir = dataDir;
    return *this;
}

BackendBuilder &BackendBuilder::setClock(const Clock *clock)
{
    m_config->clock = clock;
    return *this;
}

BackendBuilder &BackendBuilder::setNetwork(QNetworkAccessManager *network)
{
    m_config->network = network;
    return *this;
}

BackendBuilder &BackendBuilder::setSandbox(const SandboxOptions &options)
{
    m_config->sandbox = options;
    return *this;
}

BackendBuilder &BackendBuilder::setSandboxEnabled(bool enabled)
{
    m_config->sandboxEnabled = enabled;
    return *this;
}

BackendBuilder &BackendBuilder::setExchangeRates(ExchangeRates rates)
{
    m_config->rates = std::move(rates);
    return *this;
}

BackendBuilder &BackendBuilder::addFlightSupplier(std::unique_ptr<FlightSupplier> supplier)
{
    m_config->suppliers.push_back(std::move(supplier));
    return *this;
}

BackendBuilder &BackendBuilder::addSupplierEndpoint(SupplierEndpoint endpoint)
{
    m_config->endpoints.push_back(std::move(endpoint));
    return *this;
}

QStringList BackendBuilder::supplierKinds()
{
    return {QStringLiteral("duffel"), QStringLiteral("sabre")};
}

BackendBuilder &BackendBuilder::setSecretStore(SecretStore *secrets)
{
    m_config->secrets = secrets;
    return *this;
}

BackendBuilder &BackendBuilder::setSupplierTimeoutMs(int ms)
{
    m_config->supplierTimeoutMs = ms;
    return *this;
}

Result<std::unique_ptr<Backend>> BackendBuilder::build()
{
    QElapsedTimer timer;
    timer.start();
    Config &c = *m_config;
    std::unique_ptr<Backend> backend(new Backend);
    Backend::Private &p = *backend->d;
    p.clock = c.clock ? c.clock : &p.systemClock;

    // The currency first: a wrong one should not wait for the store to open to be reported.
    auto currency = Money::checkedCurrency(c.sandbox.currency);
    if (!currency)
        return currency.error();

    const QString dataDir = c.dataDir.isEmpty() ? Backend::defaultDataDir() : c.dataDir;
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

    auto store = Database::open(
        QDir(dataDir).filePath(QStringLiteral("tripdesk.sqlite")),
        {storeMigrations(), SupplierAccounts::migrations(), OfferCache::migrations()});
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
    // Nothing reaches the keychain until an account's secret is needed.
    if (!c.secrets)
        p.ownSecrets = std::make_unique<KeychainSecretStore>();
    p.secrets = c.secrets ? c.secrets : p.ownSecrets.get();
    p.accounts = std::make_unique<SupplierAccounts>(*p.store, *p.secrets, *p.clock);

    if (c.sandboxEnabled) {
        SandboxOptions sandbox = c.sandbox;
        sandbox.currency = *currency;
        auto supplier = std::make_unique<SandboxSupplier>(p.reference, dataDir, sandbox, *p.clock);
        p.suppliers.push_back(std::move(supplier));
    }
    for (std::unique_ptr<FlightSupplier> &supplier : c.suppliers)
        p.suppliers.push_back(std::move(supplier));
    c.suppliers.clear();
    if (!c.endpoints.empty()) {
        QNetworkAccessManager *network = c.network;
        if (!network) {
            p.ownNetwork = std::make_unique<QNetworkAccessManager>();
            network = p.ownNetwork.get();
        }
        const auto zones = [places = p.reference](const QString &airport) {
            return places->timeZone(airport);
        };
        for (const SupplierEndpoint &endpoint : c.endpoints) {
            auto supplier = makeEndpointSupplier(endpoint, network, p.clock, zones);
            if (!supplier)
                return supplier.error();
            p.suppliers.push_back(std::move(supplier).value());
        }
    }
    std::vector<FlightSupplier *> borrowed;
    for (const auto &supplier : p.suppliers)
        borrowed.push_back(supplier.get());
    p.aggregator =
        std::make_unique<SearchAggregator>(std::move(borrowed), *p.clock, c.supplierTimeoutMs);

    p.places = std::make_unique<PlacesService>(p.reference);
    p.recent = std::make_unique<RecentSearchService>(*p.recentRepository);
    p.flights =
        std::make_unique<FlightSearchService>(*p.aggregator, *p.places, *p.recent, *p.clock);
    p.flights->setPricing(*currency, std::make_shared<const ExchangeRates>(c.rates));
    p.offerCache = std::make_unique<OfferCache>(*p.store, *p.clock);
    p.flights->setOfferCache(p.offerCache.get());
    p.accountService = std::make_unique<SupplierAccountService>(*p.accounts, *p.secrets);
    p.services.reset(new Services{*p.places, *p.flights, *p.recent, *p.accountService});
    qCInfo(lcService) << "backend ready in" << timer.elapsed() << "ms; data in" << dataDir
                      << "; suppliers" << backend->flightSupplierIds();
    return backend;
}

const Services &Backend::services() const
{
    return *d->services;
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

SupplierAccountService &Backend::supplierAccounts()
{
    return *d->accountService;
}

const Clock &Backend::clock() const
{
    return *d->clock;
}

QStringList Backend::flightSupplierIds() const
{
    QStringList ids;
    for (const auto &supplier : d->suppliers)
        ids << supplier->id();
    return ids;
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
