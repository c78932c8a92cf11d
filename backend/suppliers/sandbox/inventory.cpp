#include "backend/suppliers/sandbox/inventory.h"

#include "backend/core/logging.h"
#include "backend/suppliers/sandbox/order_store.h"
#include "backend/suppliers/sandbox/rng.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <array>

namespace tripdesk::sandbox {

namespace {

// Share of a cabin sold (per mille) by days to departure, before the flight-to-flight spread.
struct LoadPoint {
    int days;
    int perMille;
};
constexpr std::array<LoadPoint, 8> kLoadCurve{{
    {0, 900},
    {3, 850},
    {7, 780},
    {14, 680},
    {30, 520},
    {60, 380},
    {120, 300},
    {365, 280},
}};

int loadPerMille(int daysToDeparture)
{
    const int d = std::max(0, daysToDeparture);
    for (std::size_t i = 1; i < kLoadCurve.size(); ++i) {
        const LoadPoint a = kLoadCurve[i - 1];
        const LoadPoint b = kLoadCurve[i];
        if (d <= b.days)
            return a.perMille + (b.perMille - a.perMille) * (d - a.days) / (b.days - a.days);
    }
    return kLoadCurve.back().perMille;
}

// Premium cabins fill less than economy.
constexpr std::array<int, 4> kCabinLoadPercent{100, 90, 80, 60};

QString flightCode(QStringView carrier, int number)
{
    return carrier.toString() + QString::number(number);
}

} // namespace

BookedSeats bookedSeats(const Schedule &schedule, const SeatSale &sale, int seats)
{
    const Leg &leg = schedule.legs()[std::size_t(sale.leg)];
    return {flightCode(schedule.carriers()[leg.carrier].code, leg.number), dateOfDay(sale.localDay),
            QLatin1Char(fareClasses(sale.cabin)[std::size_t(sale.classIndex)].letter), seats};
}

quint64 soldKey(QStringView carrierCode, int number, int localDay, Cabin cabin)
{
    const quint64 c0 = carrierCode.size() > 0 ? carrierCode[0].unicode() & 0x7f : 0;
    const quint64 c1 = carrierCode.size() > 1 ? carrierCode[1].unicode() & 0x7f : 0;
    return c0 << 57 | c1 << 50 | (quint64(number) & 0xffff) << 34 |
           (quint64(quint32(localDay)) << 2) | quint64(int(cabin) & 3);
}

Availability::Availability(const Schedule &schedule, std::shared_ptr<const SoldSeats> sold,
                           const QDateTime &nowUtc)
    : m_schedule(schedule)
    , m_sold(std::move(sold))
{
    const auto now = Minute(floorDiv(nowUtc.toSecsSinceEpoch(), 60));
    m_todayAt.reserve(schedule.airports().size());
    for (const ScheduleAirport &a : schedule.airports())
        m_todayAt.push_back(floorDiv(schedule.zones().utcToLocal(a.zone, now), 1440));
}

int Availability::seatsSold(int leg, int localDay, Cabin cabin) const
{
    const Leg &l = m_schedule.legs()[std::size_t(leg)];
    const int capacity = l.seats[std::size_t(cabin)];
    if (capacity == 0)
        return 0;
    // Each flight and day fills differently (0.7–1.3 times the curve), fixed by the seed.
    const quint64 h = mixHash(
        {m_schedule.seed(), l.carrier, l.number, quint64(quint32(localDay)), quint64(cabin)});
    const int spread = 700 + int(h % 601);
    const int load = std::min(990, loadPerMille(localDay - todayAt(l.from)) * spread / 1000 *
                                       kCabinLoadPercent[std::size_t(cabin)] / 100);
    int sold = capacity * load / 1000;
    if (m_sold && !m_sold->isEmpty()) {
        const QString &carrier = m_schedule.carriers()[l.carrier].code;
        sold += m_sold->value(soldKey(carrier, l.number, localDay, cabin), 0);
    }
    return std::min(sold, capacity);
}

int Availability::seatsInClass(int leg, int localDay, Cabin cabin, int classIndex) const
{
    const Leg &l = m_schedule.legs()[std::size_t(leg)];
    const int capacity = l.seats[std::size_t(cabin)];
    const auto classes = fareClasses(cabin);
    if (capacity == 0 || classIndex < 0 || classIndex >= int(classes.size()))
        return 0;
    const int limit = capacity * classes[std::size_t(classIndex)].limitPerMille / 1000;
    return std::max(0, limit - seatsSold(leg, localDay, cabin));
}

int Availability::cheapestOpenClass(int leg, int localDay, Cabin cabin, int seats, int *left,
                                    int cheapestAllowed) const
{
    const Leg &l = m_schedule.legs()[std::size_t(leg)];
    const int capacity = l.seats[std::size_t(cabin)];
    if (capacity == 0)
        return -1;
    const int sold = seatsSold(leg, localDay, cabin);
    const auto classes = fareClasses(cabin);
    for (int i = std::min(int(classes.size()) - 1, cheapestAllowed); i >= 0; --i) {
        const int open = capacity * classes[std::size_t(i)].limitPerMille / 1000 - sold;
        if (open >= seats) {
            if (left)
                *left = open;
            return i;
        }
    }
    return -1;
}

Inventory::Inventory(quint64 seed)
    : m_seed(seed)
    , m_sold(std::make_shared<const SoldSeats>())
{}

QString Inventory::unusableWarning(const QString &path, const Error &error)
{
    // Where the database's own message gives the file's whole path, it is not given twice.
    const QString file = QDir::toNativeSeparators(path);
    if (error.message.contains(file))
        return QCoreApplication::translate("SandboxSupplier",
                                           "The sandbox can search but not sell. %1")
            .arg(error.message);
    return QCoreApplication::translate("SandboxSupplier",
                                       "The sandbox can search but not sell: its sales file “%1” "
                                       "cannot be used. %2")
        .arg(file, error.message);
}

const MigrationSet &Inventory::migrations()
{
    static const MigrationSet list{
        QStringLiteral("sandbox"),
        {
            {1,
             QStringLiteral("sandbox seat inventory"),
             {QStringLiteral("CREATE TABLE sandbox_sold_seats ("
                             " world TEXT NOT NULL,"          // the seed, as text (it is unsigned)
                             " flight TEXT NOT NULL,"         // "AI101"
                             " departure_date TEXT NOT NULL," // local date at the origin
                             " fare_class TEXT NOT NULL,"
                             " seats INTEGER NOT NULL CHECK (seats > 0),"
                             " PRIMARY KEY (world, flight, departure_date, fare_class))"),
              QStringLiteral("CREATE TABLE sandbox_sales ("
                             " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                             " world TEXT NOT NULL,"
                             " offer_id TEXT NOT NULL,"
                             " seats INTEGER NOT NULL,"
                             " sold_at TEXT NOT NULL)")}},
            {2, QStringLiteral("sandbox orders"), orderTables()},
        }};
    return list;
}

Result<std::unique_ptr<Inventory>> Inventory::open(const QString &path, quint64 seed)
{
    auto store = Database::open(path, {migrations()});
    if (!store)
        return store.error();
    std::unique_ptr<Inventory> inv(new Inventory(seed));
    inv->m_store = std::move(store.value());
    if (auto r = inv->load(); !r)
        return r.error();
    return inv;
}

std::unique_ptr<Inventory> Inventory::inMemory(quint64 seed)
{
    return std::unique_ptr<Inventory>(new Inventory(seed));
}

namespace {

// The sold-seat key of a row of the sales file; false for a malformed row.
bool keyOf(const QString &flight, const QDate &date, QChar fareClass, quint64 *key)
{
    Cabin cabin = Cabin::Economy;
    int index = 0;
    bool numberOk = false;
    const int number = flight.mid(2).toInt(&numberOk);
    if (flight.size() < 3 || !numberOk || !date.isValid() ||
        !findFareClass(fareClass, &cabin, &index))
        return false;
    *key = soldKey(QStringView(flight).left(2), number, dayNumber(date), cabin);
    return true;
}

} // namespace

Result<std::shared_ptr<SoldSeats>> Inventory::readAll() const
{
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("SELECT flight, departure_date, fare_class, seats"
                             " FROM sandbox_sold_seats WHERE world = ?"));
    q.addBindValue(QString::number(m_seed));
    if (!q.exec())
        return Database::sqlError(QStringLiteral("load sold seats"), q.lastError());
    auto sold = std::make_shared<SoldSeats>();
    while (q.next()) {
        const QString flight = q.value(0).toString();
        const QDate date = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        const QString fareClass = q.value(2).toString();
        quint64 key = 0;
        if (fareClass.size() != 1 || !keyOf(flight, date, fareClass[0], &key)) {
            qCWarning(lcSandbox) << "ignoring a malformed sold-seat row" << flight << fareClass;
            continue;
        }
        (*sold)[key] += q.value(3).toInt();
    }
    return sold;
}

Result<void> Inventory::load()
{
    auto sold = readAll();
    if (!sold)
        return sold.error();
    QMutexLocker lock(&m_mutex);
    m_sold = std::move(sold).value();
    return {};
}

std::shared_ptr<const SoldSeats> Inventory::snapshot() const
{
    QMutexLocker lock(&m_mutex);
    return m_sold;
}

Result<void> Inventory::refresh(const Schedule &schedule, const std::vector<SeatSale> &sales,
                                SoldSeats *sold) const
{
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("SELECT fare_class, seats FROM sandbox_sold_seats"
                             " WHERE world = ? AND flight = ? AND departure_date = ?"));
    for (const SeatSale &s : sales) {
        const Leg &leg = schedule.legs()[std::size_t(s.leg)];
        const QString &carrier = schedule.carriers()[leg.carrier].code;
        q.bindValue(0, QString::number(m_seed));
        q.bindValue(1, flightCode(carrier, leg.number));
        q.bindValue(2, dateOfDay(s.localDay).toString(Qt::ISODate));
        if (!q.exec())
            return Database::sqlError(QStringLiteral("read sold seats"), q.lastError());
        int inCabin = 0;
        while (q.next()) {
            const QString letter = q.value(0).toString();
            Cabin cabin = Cabin::Economy;
            int index = 0;
            if (letter.size() == 1 && findFareClass(letter[0], &cabin, &index) && cabin == s.cabin)
                inCabin += q.value(1).toInt();
        }
        (*sold)[soldKey(carrier, leg.number, s.localDay, s.cabin)] = inCabin;
    }
    return {};
}

Result<void> Inventory::sell(const Schedule &schedule, const std::vector<SeatSale> &sales,
                             int seats, const QDateTime &nowUtc, const QString &offerId,
                             const std::function<Result<void>()> &alongWith)
{
    if (seats <= 0 || sales.empty())
        return Error::invalidInput(
            QCoreApplication::translate("SandboxInventory", "There are no seats to sell."));
    // Sales are serialised: the check and the write see the same counts.
    QMutexLocker lock(&m_mutex);
    auto next = std::make_shared<SoldSeats>(*m_sold);
    const auto check = [&]() -> Result<void> {
        const Availability availability(schedule, next, nowUtc);
        for (const SeatSale &s : sales) {
            if (availability.seatsInClass(s.leg, s.localDay, s.cabin, s.classIndex) >= seats)
                continue;
            const Leg &leg = schedule.legs()[std::size_t(s.leg)];
            const QString flight = flightCode(schedule.carriers()[leg.carrier].code, leg.number);
            return Error::unavailable(
                QCoreApplication::translate("SandboxInventory",
                                            "There are no longer %n seat(s) at this fare on "
                                            "flight %1 on %2. Search again to see what is left.",
                                            nullptr, seats)
                    .arg(flight, dateOfDay(s.localDay).toString(Qt::ISODate)),
                QStringLiteral("sold out: %1 class %2").arg(flight).arg(s.classIndex));
        }
        return {};
    };
    if (m_store) {
        const QString world = QString::number(m_seed);
        auto written = m_store->transaction([&]() -> Result<void> {
            // Another TripDesk on the same data folder (the app and the command line) may have
            // sold seats on these flights since this one loaded: count them from the file,
            // inside the transaction, before checking.
            if (auto r = refresh(schedule, sales, next.get()); !r)
                return r;
            if (auto r = check(); !r)
                return r;
            QSqlQuery q(m_store->database());
            q.prepare(QStringLiteral(
                "INSERT INTO sandbox_sold_seats (world, flight, departure_date, fare_class, seats)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT (world, flight, departure_date, fare_class)"
                " DO UPDATE SET seats = seats + excluded.seats"));
            for (const SeatSale &s : sales) {
                const Leg &leg = schedule.legs()[std::size_t(s.leg)];
                const char letter = fareClasses(s.cabin)[std::size_t(s.classIndex)].letter;
                q.bindValue(0, world);
                q.bindValue(1, flightCode(schedule.carriers()[leg.carrier].code, leg.number));
                q.bindValue(2, dateOfDay(s.localDay).toString(Qt::ISODate));
                q.bindValue(3, QString(QLatin1Char(letter)));
                q.bindValue(4, seats);
                if (!q.exec())
                    return Database::sqlError(QStringLiteral("sell seats"), q.lastError());
            }
            QSqlQuery journal(m_store->database());
            journal.prepare(QStringLiteral("INSERT INTO sandbox_sales (world, offer_id, seats,"
                                           " sold_at) VALUES (?, ?, ?,"
                                           " strftime('%Y-%m-%dT%H:%M:%SZ'))"));
            journal.addBindValue(world);
            journal.addBindValue(offerId);
            journal.addBindValue(seats);
            if (!journal.exec())
                return Database::sqlError(QStringLiteral("journal sale"), journal.lastError());
            return alongWith ? alongWith() : Result<void>();
        });
        if (!written) {
            // What the file said is still the better count for the searches that follow.
            if (written.error().kind == Error::Kind::Unavailable)
                m_sold = std::move(next);
            return written;
        }
    } else if (auto r = check(); !r) {
        return r;
    } else if (alongWith) {
        if (auto w = alongWith(); !w)
            return w;
    }
    for (const SeatSale &s : sales) {
        const Leg &leg = schedule.legs()[std::size_t(s.leg)];
        (*next)[soldKey(schedule.carriers()[leg.carrier].code, leg.number, s.localDay, s.cabin)] +=
            seats;
    }
    m_sold = std::move(next);
    return {};
}

Result<void> Inventory::release(const std::vector<BookedSeats> &seats,
                                const std::function<Result<bool>()> &claim)
{
    QMutexLocker lock(&m_mutex);
    if (!m_store) {
        auto claimed = claim();
        if (!claimed || !claimed.value())
            return claimed ? Result<void>() : Result<void>(claimed.error());
        auto next = std::make_shared<SoldSeats>(*m_sold);
        for (const BookedSeats &b : seats) {
            quint64 key = 0;
            if (keyOf(b.flight, b.date, b.fareClass, &key))
                (*next)[key] = std::max(0, next->value(key) - b.seats);
        }
        m_sold = std::move(next);
        return {};
    }
    const QString world = QString::number(m_seed);
    auto written = m_store->transaction([&]() -> Result<void> {
        auto claimed = claim();
        if (!claimed)
            return claimed.error();
        if (!claimed.value())
            return {};
        // A row never drops to zero seats (the table forbids it): the last seats delete it.
        QSqlQuery less(m_store->database());
        less.prepare(QStringLiteral("UPDATE sandbox_sold_seats SET seats = seats - ?"
                                    " WHERE world = ? AND flight = ? AND departure_date = ?"
                                    " AND fare_class = ? AND seats > ?"));
        QSqlQuery gone(m_store->database());
        gone.prepare(QStringLiteral("DELETE FROM sandbox_sold_seats WHERE world = ? AND flight = ?"
                                    " AND departure_date = ? AND fare_class = ?"));
        for (const BookedSeats &b : seats) {
            const QString date = b.date.toString(Qt::ISODate);
            less.bindValue(0, b.seats);
            less.bindValue(1, world);
            less.bindValue(2, b.flight);
            less.bindValue(3, date);
            less.bindValue(4, QString(b.fareClass));
            less.bindValue(5, b.seats);
            if (!less.exec())
                return Database::sqlError(QStringLiteral("release seats"), less.lastError());
            if (less.numRowsAffected() > 0)
                continue;
            gone.bindValue(0, world);
            gone.bindValue(1, b.flight);
            gone.bindValue(2, date);
            gone.bindValue(3, QString(b.fareClass));
            if (!gone.exec())
                return Database::sqlError(QStringLiteral("release seats"), gone.lastError());
        }
        return {};
    });
    if (!written)
        return written;
    // The file now has the better count of every flight, this process's sales and others'.
    auto sold = readAll();
    if (!sold)
        return sold.error();
    m_sold = std::move(sold).value();
    return {};
}

} // namespace tripdesk::sandbox
