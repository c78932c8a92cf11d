#pragma once
// Seat inventory of the sandbox world. A flight's cabin has the seats its aircraft has; some are
// already sold when a traveller looks (a share that grows as departure nears, different for each
// flight and day but fixed by the seed), and the seats sold through the sandbox are added on top
// and kept in sandbox.sqlite, so a sold seat stays sold across restarts.
//
// Booking classes are nested (aircraft_types.h): a class sells while the cabin's sold seats stay
// below the class's limit, so the cheap classes close first.
//
// Thread safety: searches on worker threads read an immutable snapshot of the sold counts;
// sell() replaces the snapshot after its transaction commits. The database connection belongs to
// the thread that opened the inventory; sell() and release() must run there. Several processes
// may share the file: a sale re-reads its flights' counts inside its transaction, and a release
// re-reads them all after it.

#include "backend/core/database.h"
#include "backend/core/result.h"
#include "backend/suppliers/sandbox/schedule.h"

#include <QDateTime>
#include <QHash>
#include <QMutex>

#include <functional>
#include <limits>
#include <memory>

namespace tripdesk::sandbox {

// Seats sold through the sandbox, by flight, local departure day and cabin.
using SoldSeats = QHash<quint64, int>;

quint64 soldKey(QStringView carrierCode, int number, int localDay, Cabin cabin);

// What a search or a sale needs to know about seats at one moment. Days to departure, which
// drive how full a flight is (and its fare), count from today where the flight leaves: just after
// midnight in Delhi it is already tomorrow there, though not yet in UTC.
class Availability
{
public:
    Availability(const Schedule &schedule, std::shared_ptr<const SoldSeats> sold,
                 const QDateTime &nowUtc);

    // Today's local date (a day number) at a schedule airport.
    int todayAt(int airport) const { return m_todayAt[std::size_t(airport)]; }

    // Seats of the cabin sold so far (before the sandbox's own sales and with them).
    int seatsSold(int leg, int localDay, Cabin cabin) const;
    // Seats the class may still sell.
    int seatsInClass(int leg, int localDay, Cabin cabin, int classIndex) const;
    // The cheapest class of the cabin with at least `seats` seats, none cheaper than
    // `cheapestAllowed` (an index into fareClasses(cabin)), or -1 if none; *left receives that
    // class's seats.
    int cheapestOpenClass(int leg, int localDay, Cabin cabin, int seats, int *left,
                          int cheapestAllowed = std::numeric_limits<int>::max()) const;

private:
    const Schedule &m_schedule;
    std::shared_ptr<const SoldSeats> m_sold;
    std::vector<int> m_todayAt; // by airport
};

// One booking class on one flight, as sold.
struct SeatSale {
    int leg = 0;
    int localDay = 0;
    Cabin cabin = Cabin::Economy;
    int classIndex = 0;
};

// Seats of one booking class on one flight and day, as the sales file keeps them.
struct BookedSeats {
    QString flight; // "AI101"
    QDate date;     // local departure date at the origin
    QChar fareClass;
    int seats = 0;
};
BookedSeats bookedSeats(const Schedule &schedule, const SeatSale &sale, int seats);

class Inventory
{
public:
    // Opens (creating if needed) `path` and loads the seats sold in the world of `seed`.
    static Result<std::unique_ptr<Inventory>> open(const QString &path, quint64 seed);
    // An inventory that forgets its sales when closed (no data folder).
    static std::unique_ptr<Inventory> inMemory(quint64 seed);
    // One line for the user when open() failed on `path`: searching goes on, selling does not,
    // and what to do about the file (from `error`, the database's own advice).
    static QString unusableWarning(const QString &path, const Error &error);
    static const MigrationSet &migrations();

    std::shared_ptr<const SoldSeats> snapshot() const;

    // The file the sales are kept in, for the tables that go with them (orders); null in memory.
    Database *database() const { return m_store.get(); }

    // Sells `seats` seats in each of `sales` in one transaction, after checking, against the
    // sold counts at that moment, that every class still has them. `offerId` is journalled.
    // `alongWith` (if given) runs inside the same transaction once the seats are written, so
    // what it writes (an order) and the seats commit together or not at all.
    Result<void> sell(const Schedule &schedule, const std::vector<SeatSale> &sales, int seats,
                      const QDateTime &nowUtc, const QString &offerId,
                      const std::function<Result<void>()> &alongWith = {});

    // Gives back seats sold before (an order cancelled, a hold lapsed) in one transaction with
    // `claim`, which runs first and says whether they are still to be given back: false when
    // another process got there first, and then nothing changes.
    Result<void> release(const std::vector<BookedSeats> &seats,
                         const std::function<Result<bool>()> &claim);

private:
    explicit Inventory(quint64 seed);
    Result<void> load();
    Result<std::shared_ptr<SoldSeats>> readAll() const;
    // Replaces the counts of the sales' flights and cabins in `sold` with the file's.
    Result<void> refresh(const Schedule &schedule, const std::vector<SeatSale> &sales,
                         SoldSeats *sold) const;

    quint64 m_seed;
    std::unique_ptr<Database> m_store; // null in memory
    mutable QMutex m_mutex;
    std::shared_ptr<const SoldSeats> m_sold;
};

} // namespace tripdesk::sandbox
