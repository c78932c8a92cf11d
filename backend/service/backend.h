#pragma once
// The composition of the embedded backend: reference data, the local store, the suppliers and
// the search aggregator, behind the use-case facades the UI and the CLI call.

#include "backend/core/clock.h"
#include "backend/core/result.h"

#include <QString>

#include <memory>

class QNetworkAccessManager;

namespace tripdesk {

class PlacesService;
class FlightSearchService;
class RecentSearchService;
class ReferenceData;

struct BackendOptions {
    QString dataDir;                          // folder of the local store; created if missing
    const Clock *clock = nullptr;             // nullptr: the system clock
    QNetworkAccessManager *network = nullptr; // injected; unused by the sandbox
    QString currency;                         // ISO 4217 the sandbox quotes in; empty: USD
    quint64 sandboxSeed = 20261126;           // the sandbox world's seed
};

class Backend
{
public:
    // Loads reference data and opens the local store (fast); the sandbox schedule is generated
    // lazily in the background at the first search, so start-up is not delayed.
    static Result<std::unique_ptr<Backend>> create(const BackendOptions &options);
    ~Backend();

    PlacesService &places();
    FlightSearchService &flights();
    RecentSearchService &recentSearches();
    const ReferenceData &reference() const;
    const Clock &clock() const;

    // Starts preparing what the first search needs (the sandbox schedule) in the background;
    // call it once the first window is up. Searching without it works, only the first search
    // waits longer.
    void warmUp();

    // The default data folder: "TripDesk" under QStandardPaths::GenericDataLocation, the same
    // for the GUI and the CLI whatever their application names.
    static QString defaultDataDir();

private:
    Backend();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace tripdesk
