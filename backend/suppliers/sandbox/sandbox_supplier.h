#pragma once
// The built-in sandbox flight supplier: a seeded, generated world schedule on real airports with
// seat inventory and fares, searched in-process, so TripDesk works fully offline. The schedule
// is generated on a worker thread at the first search (or at warmUp()); searches wait for it
// without blocking the caller, run on QtConcurrent and answer on the context's thread. Seats
// sold through sell() are kept in sandbox.sqlite in the data folder.

#include "backend/core/clock.h"
#include "backend/suppliers/flight_supplier.h"

#include <memory>
#include <optional>

namespace tripdesk {

class ReferenceData;

namespace sandbox {
class Schedule;
}

class SandboxSupplier final : public FlightSupplier
{
public:
    // `dataDir` holds sandbox.sqlite; empty keeps sales in memory only. Fares are quoted in
    // `currency` (ISO 4217). The clock dates "today" for days-to-departure pricing and load.
    SandboxSupplier(std::shared_ptr<const ReferenceData> reference, const QString &dataDir,
                    const QString &currency, quint64 seed, const Clock &clock);
    ~SandboxSupplier() override;
    SandboxSupplier(const SandboxSupplier &) = delete;
    SandboxSupplier &operator=(const SandboxSupplier &) = delete;

    QString id() const override; // "sandbox"
    QString displayName() const override;
    void search(const FlightSearchRequest &request, QObject *context, SearchCallback done) override;

    // Starts generating the schedule in the background if that has not started yet.
    void warmUp();
    bool isReady() const;
    // Uses a schedule built beforehand (tests and benchmarks share one between suppliers).
    void setSchedule(std::shared_ptr<const sandbox::Schedule> schedule);
    static std::shared_ptr<const sandbox::Schedule> generateSchedule(const ReferenceData &reference,
                                                                     quint64 seed);
    // The schedule, generating it on the calling thread's behalf if needed (blocks until done).
    std::shared_ptr<const sandbox::Schedule> schedule();

    // The same search as search(), on the calling thread (tests, benchmarks, tools). Blocks while
    // the schedule is generated.
    Result<std::vector<FlightOffer>> searchNow(const FlightSearchRequest &request);

    // The offer an id names, priced now for `passengers` at the cheapest classes still open
    // (its id may change with them). NotFound for ids this supplier never issued; Unavailable
    // when a flight no longer has the seats.
    Result<FlightOffer> priceOffer(const QString &offerId, const Passengers &passengers);

    // Sells the seats an offer holds (its flights, dates and booking classes) for the
    // passengers who need one, in one transaction. Unavailable, with nothing sold, when any of
    // its classes no longer has them. Call on the thread that created the supplier.
    Result<void> sell(const FlightOffer &offer, const Passengers &passengers);
    Result<void> sell(const QString &offerId, const Passengers &passengers);

    const QString &currency() const;
    quint64 seed() const;
    QString databasePath() const; // empty when sales are kept in memory
    // Why sandbox.sqlite could not be opened; sales are then kept in memory only.
    std::optional<Error> storageError() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace tripdesk
