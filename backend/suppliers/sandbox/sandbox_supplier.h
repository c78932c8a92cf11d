#pragma once
// The built-in sandbox flight supplier: a seeded, generated world schedule on real airports with
// seat inventory and fares, searched in-process, so TripDesk works fully offline. The schedule
// is generated on a worker thread at the first search (or at prepare()) and kept in the data
// folder for the next process (schedule_cache.h), which reads it instead; every call waits for
// it without blocking its caller and answers through a reply object on the caller's thread.
// Searches run on QtConcurrent. It sells like an airline: offers priced with their bags,
// seat maps, orders paid at once or held, paid later or lapsing, and cancellations with a
// refund quote (sandbox_orders.h). Orders and the seats they took are kept in sandbox.sqlite in
// the data folder; without one the sandbox searches and prices but does not book.

#include "backend/core/clock.h"
#include "backend/suppliers/flight_supplier.h"

#include <functional>
#include <memory>
#include <optional>

namespace tripdesk {

class ReferenceData;

namespace sandbox {
class Schedule;
}

// What only the sandbox needs to know.
struct SandboxOptions {
    static constexpr quint64 kDefaultSeed = 20261126;

    QString currency = QStringLiteral("USD"); // ISO 4217 code fares are quoted in, upper case
    quint64 seed = kDefaultSeed;              // the generated world's seed
};

class SandboxSupplier final : public FlightSupplier
{
public:
    // `dataDir` holds sandbox.sqlite; empty keeps sales in memory only. The clock dates "today",
    // at each flight's origin, for days-to-departure pricing and load.
    SandboxSupplier(std::shared_ptr<const ReferenceData> reference, const QString &dataDir,
                    const SandboxOptions &options, const Clock &clock);
    ~SandboxSupplier() override;
    SandboxSupplier(const SandboxSupplier &) = delete;
    SandboxSupplier &operator=(const SandboxSupplier &) = delete;

    QString id() const override; // "sandbox"
    QString displayName() const override;
    FlightSupplierCapabilities capabilities() const override;
    FlightOffersReply *search(const FlightSearchRequest &request, QObject *parent) override;
    // The offer an id names, priced now for `passengers` at the cheapest classes still open
    // (its id may change with them), with its bags for sale and whether it can be held
    // (offer_services.h). NotFound for ids this supplier never issued; Unavailable when a flight
    // no longer has the seats.
    PricedOfferReply *price(const QString &offerId, const Passengers &passengers,
                            QObject *parent) override;
    SeatMapsReply *seatMaps(const QString &offerId, QObject *parent) override;
    // An instant order's payment must be the offer's price now plus the services chosen; a
    // hold needs a holdable offer. Errors name the request's field ("passengers[1].givenName").
    OrderReply *createOrder(const OrderRequest &request, QObject *parent) override;
    OrderReply *payOrder(const QString &orderId, const Money &amount, QObject *parent) override;
    OrderReply *order(const QString &orderId, QObject *parent) override;
    OrderReply *findOrder(const QString &clientReference, QObject *parent) override;
    CancellationReply *quoteCancellation(const QString &orderId, QObject *parent) override;
    CancellationReply *confirmCancellation(const QString &cancellationId, QObject *parent) override;

    // Sells the seats an offer holds (its flights, dates and booking classes) for the
    // passengers who need one, in one transaction, with no order to show for them (tools and
    // tests that fill flights up). Unavailable, with nothing sold, when any of its classes no
    // longer has them. Call these on the thread that created the supplier.
    DoneReply *sell(const QString &offerId, const Passengers &passengers, QObject *parent);

    // Starts generating the schedule in the background if that has not started yet.
    void prepare() override;
    bool isReady() const;
    // Uses a schedule built beforehand (tests and benchmarks share one between suppliers).
    void setSchedule(std::shared_ptr<const sandbox::Schedule> schedule);
    static std::shared_ptr<const sandbox::Schedule> generateSchedule(const ReferenceData &reference,
                                                                     quint64 seed);
    // The schedule, generating it on the calling thread's behalf if needed (blocks until done).
    std::shared_ptr<const sandbox::Schedule> schedule();

    // The same search as search(), on the calling thread, for benchmarks and tools that have
    // no event loop. Blocks while the schedule is generated.
    Result<std::vector<FlightOffer>> searchNow(const FlightSearchRequest &request);

    const QString &currency() const;
    quint64 seed() const;
    QString databasePath() const; // empty when sales are kept in memory
    // Why sandbox.sqlite could not be opened; searches then work but sales are refused.
    std::optional<Error> storageError() const;
    // The same as one line for the user (the status bar, the CLI's standard error): that the
    // sandbox cannot sell, which file is at fault and what to do. Empty when all is well.
    QString storageWarning() const;
    QString warning() const override { return storageWarning(); }

private:
    // Runs `then` on `reply`'s thread once the schedule is built, unless the reply is gone or
    // was aborted first.
    void whenScheduleReady(SupplierReply *reply,
                           std::function<void(std::shared_ptr<const sandbox::Schedule>)> then);
    // A reply of type Reply whose answer is `work(schedule)`, run once the schedule is built.
    template<typename Reply, typename Work> Reply *answerLater(QObject *parent, Work work);
    // Settles lapsed holds before a call reads the seats (sandbox_orders.h).
    void expireLapsedHolds();
    Result<PricedOffer> priceWith(const sandbox::Schedule &schedule, const QString &offerId,
                                  const Passengers &passengers);
    Result<void> sellWith(const sandbox::Schedule &schedule, const QString &offerId,
                          const Passengers &passengers);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace tripdesk
