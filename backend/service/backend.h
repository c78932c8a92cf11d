#pragma once
// The composition of the embedded backend, in one place: BackendBuilder reads what is
// configured (data folder, clock, network, the sandbox's options, supplier adapters) and builds
// the Backend, which owns reference data, the local store, the registered suppliers and the
// search aggregator, and hands out the use-case services the UI and the CLI call.

#include "backend/core/clock.h"
#include "backend/core/exchange_rates.h"
#include "backend/core/result.h"
#include "backend/service/services.h"
#include "backend/suppliers/sandbox/sandbox_supplier.h"

#include <QString>

#include <memory>
#include <optional>
#include <vector>

class QNetworkAccessManager;

namespace tripdesk {

class FlightSupplier;
class SecretStore;

class Backend
{
public:
    ~Backend();

    const Services &services() const;
    PlacesService &places();
    FlightSearchService &flights();
    RecentSearchService &recentSearches();
    SupplierAccountService &supplierAccounts();
    const Clock &clock() const;
    // The registered flight suppliers' ids, in the order they were registered.
    QStringList flightSupplierIds() const;

    // The default data folder: "TripDesk" under QStandardPaths::GenericDataLocation, the same
    // for the GUI and the CLI whatever their application names.
    static QString defaultDataDir();

private:
    friend class BackendBuilder;
    Backend();
    struct Private;
    std::unique_ptr<Private> d;
};

class BackendBuilder
{
public:
    BackendBuilder();
    ~BackendBuilder();
    BackendBuilder(BackendBuilder &&) noexcept;
    BackendBuilder &operator=(BackendBuilder &&) noexcept;

    // The folder of the local store (created if missing); empty: defaultDataDir().
    BackendBuilder &setDataDir(const QString &dataDir);
    // Borrowed; must outlive the backend. Default: the system clock.
    BackendBuilder &setClock(const Clock *clock);
    // Borrowed; the one network manager every HTTP adapter shares.
    BackendBuilder &setNetwork(QNetworkAccessManager *network);
    // The sandbox supplier is registered unless turned off; its currency, checked at build(),
    // is also the agency's: the one prices are compared and filtered in.
    BackendBuilder &setSandbox(const SandboxOptions &options);
    BackendBuilder &setSandboxEnabled(bool enabled);
    // The agency's exchange rates, for comparing offers quoted in other currencies; without
    // them such offers are listed apart rather than compared as raw numbers.
    BackendBuilder &setExchangeRates(ExchangeRates rates);
    // A supplier built elsewhere (an adapter for a configured account; a test's fake),
    // registered after the sandbox.
    BackendBuilder &addFlightSupplier(std::unique_ptr<FlightSupplier> supplier);
    // A supplier account reached over HTTP, as the environment names it (TRIPDESK_DUFFEL_URL
    // and _TOKEN; TRIPDESK_SABRE_URL, _KEY "V1:user:group:domain" or "user:group:domain", and
    // _SECRET): built with the adapter of `kind` ("duffel", "sabre") over the network manager.
    // An unknown kind or a missing credential fails build() with a message naming the variable.
    struct SupplierEndpoint {
        QString kind;
        QString url;
        QString key;
        QString secret;
        QString token;
    };
    BackendBuilder &addSupplierEndpoint(SupplierEndpoint endpoint);
    // The adapters this build can speak to, for messages: "duffel", "sabre".
    static QStringList supplierKinds();
    // Borrowed; must outlive the backend. Default: the system keychain (KeychainSecretStore).
    BackendBuilder &setSecretStore(SecretStore *secrets);
    // How long a search waits for a supplier before reporting it as timed out.
    BackendBuilder &setSupplierTimeoutMs(int ms);

    // Loads reference data and opens the local store (fast); the sandbox schedule is prepared
    // lazily in the background, so start-up is not delayed.
    Result<std::unique_ptr<Backend>> build();

private:
    struct Config;
    std::unique_ptr<Config> m_config;
};

} // namespace tripdesk
