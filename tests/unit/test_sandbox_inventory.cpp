// Seat inventory of the sandbox: selling seats uses them up, a sold seat stays sold after a
// restart, a sale beyond what is left fails clearly and sells nothing, infants on laps take no
// seat, and a damaged inventory file never stops searching.
#include "test_sandbox_support.h"

#include "backend/suppliers/sandbox/inventory.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace tripdesk;
using namespace tripdesk::sandbox;
using namespace sandboxtest;
using namespace Qt::StringLiterals;

namespace {

// A one-way offer whose fare has between `low` and `high` seats left (an exact count: offers
// report up to nine).
FlightOffer offerWithSeatsLeft(SandboxSupplier &s, int low, int high, int segments = 1)
{
    const QString pairs[][2] = {{u"DEL"_s, u"BOM"_s}, {u"LHR"_s, u"JFK"_s}, {u"FRA"_s, u"ORD"_s},
                                {u"SYD"_s, u"MEL"_s}, {u"IXC"_s, u"BLR"_s}, {u"CCJ"_s, u"KTM"_s},
                                {u"ATL"_s, u"MSN"_s}, {u"GRU"_s, u"SCL"_s}};
    for (int day = 0; day < 20; ++day) {
        for (const auto &pair : pairs) {
            auto result = s.searchNow(oneWay(pair[0], pair[1], travelDate().addDays(day)));
            if (!result)
                continue;
            for (const FlightOffer &o : result.value()) {
                if (o.seatsLeft >= low && o.seatsLeft <= high &&
                    int(o.itineraries.front().segments.size()) == segments)
                    return o;
            }
        }
    }
    qFatal("no offer with %d-%d seats left", low, high);
}

int seatsLeft(SandboxSupplier &s, const QString &id)
{
    auto priced = priceNow(s, id, Passengers{});
    if (!priced)
        return 0;
    // The cheapest open class may have changed; only the same id means the same fare.
    return priced->id == id ? priced->seatsLeft : 0;
}

} // namespace

class TestSandboxInventory : public QObject
{
    Q_OBJECT

    FixedClock m_clock{now()};

private Q_SLOTS:
    void sellingUsesSeatsUp()
    {
        QTemporaryDir dir;
        auto s = supplier(m_clock, dir.path());
        const FlightOffer offer = offerWithSeatsLeft(*s, 3, 8);
        const int before = offer.seatsLeft;
        QVERIFY(sellNow(*s, offer.id, Passengers{2, 0, 0}).ok());
        QCOMPARE(seatsLeft(*s, offer.id), before - 2);
        // Selling the rest closes the fare: the flight now sells at a dearer class.
        QVERIFY(sellNow(*s, offer.id, Passengers{before - 2, 0, 0}).ok());
        const auto after = priceNow(*s, offer.id, Passengers{});
        if (after.ok()) {
            QVERIFY(after->id != offer.id);
            QVERIFY(after->price.minorUnits() >= offer.price.minorUnits());
        } else {
            QCOMPARE(after.error().kind, Error::Kind::Unavailable);
        }
        // And new searches see it too.
        const Segment &first = offer.itineraries.front().segments.front();
        const QDate localDate =
            first.departure.toTimeZone(reference()->timeZone(first.origin)).date();
        const auto again = s->searchNow(
            oneWay(first.origin, offer.itineraries.front().segments.back().destination, localDate));
        QVERIFY(again.ok());
        for (const FlightOffer &o : again.value())
            QVERIFY(o.id != offer.id);
    }

    void soldSeatsStaySoldAfterARestart()
    {
        QTemporaryDir dir;
        FlightOffer offer;
        int before = 0;
        {
            auto s = supplier(m_clock, dir.path());
            QCOMPARE(s->databasePath(), dir.filePath(u"sandbox.sqlite"_s));
            offer = offerWithSeatsLeft(*s, 4, 8);
            before = offer.seatsLeft;
            QVERIFY(sellNow(*s, offer.id, Passengers{1, 1, 0}).ok());
        }
        QVERIFY(QFile::exists(dir.filePath(u"sandbox.sqlite"_s)));
        auto reopened = supplier(m_clock, dir.path());
        QVERIFY(!reopened->storageError());
        QCOMPARE(seatsLeft(*reopened, offer.id), before - 2);
        // Without the data folder, nothing was sold.
        auto elsewhere = supplier(m_clock);
        QCOMPARE(seatsLeft(*elsewhere, offer.id), before);
        // Another world (seed) in the same folder has its own seats.
        SandboxSupplier otherWorld(reference(), dir.path(), SandboxOptions{u"USD"_s, kSeed + 1},
                                   m_clock);
        otherWorld.setSchedule(schedule());
        QCOMPARE(seatsLeft(otherWorld, offer.id), before);
    }

    void sellingMoreThanIsLeftFailsAndSellsNothing()
    {
        QTemporaryDir dir;
        auto s = supplier(m_clock, dir.path());
        const FlightOffer offer = offerWithSeatsLeft(*s, 2, 8, 2);
        const int before = offer.seatsLeft;
        const auto failed = sellNow(*s, offer.id, Passengers{before + 1, 0, 0});
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().kind, Error::Kind::Unavailable);
        const Segment &seg = offer.itineraries.front().segments.front();
        const Segment &last = offer.itineraries.front().segments.back();
        QVERIFY2(failed.error().message.contains(seg.carrier + seg.flightNumber) ||
                     failed.error().message.contains(last.carrier + last.flightNumber),
                 qPrintable(failed.error().message));
        // Nothing was sold on any of its flights.
        QCOMPARE(seatsLeft(*s, offer.id), before);
        QVERIFY(sellNow(*s, offer.id, Passengers{1, 0, 0}).ok());
        QCOMPARE(seatsLeft(*s, offer.id), before - 1);
    }

    void salesByAnotherProcessAreCounted()
    {
        // The app and the command line may share a data folder; each loaded the file at start.
        QTemporaryDir dir;
        auto app = supplier(m_clock, dir.path());
        auto cli = supplier(m_clock, dir.path());
        const FlightOffer offer = offerWithSeatsLeft(*app, 2, 8);
        QVERIFY(sellNow(*app, offer.id, Passengers{offer.seatsLeft, 0, 0}).ok());
        const auto late = sellNow(*cli, offer.id, Passengers{1, 0, 0});
        QVERIFY(!late.ok());
        QCOMPARE(late.error().kind, Error::Kind::Unavailable);
        // And the other process now prices the flight with the seats gone.
        QCOMPARE(seatsLeft(*cli, offer.id), 0);
    }

    void infantsOnLapsTakeNoSeat()
    {
        QTemporaryDir dir;
        auto s = supplier(m_clock, dir.path());
        const FlightOffer offer = offerWithSeatsLeft(*s, 2, 8);
        QVERIFY(sellNow(*s, offer.id, Passengers{offer.seatsLeft, 0, 1}).ok());
    }

    void aSaleNeedsAnAdult()
    {
        auto s = supplier(m_clock);
        const FlightOffer offer = offerWithSeatsLeft(*s, 2, 9);
        const auto r = sellNow(*s, offer.id, Passengers{0, 1, 0});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::InvalidInput);
    }

    void damagedFileKeepsSearchWorking()
    {
        QTemporaryDir dir;
        {
            QFile f(dir.filePath(u"sandbox.sqlite"_s));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(8192, 'x'));
        }
        auto s = supplier(m_clock, dir.path());
        QVERIFY(s->storageError());
        QCOMPARE(s->storageError()->kind, Error::Kind::Storage);
        QVERIFY(s->databasePath().isEmpty());
        // It says so: that it cannot sell, which file, and what to do with it.
        const QString warning = s->storageWarning();
        QVERIFY2(warning.contains(u"not sell"_s), qPrintable(warning));
        QVERIFY2(warning.contains(QDir::toNativeSeparators(dir.filePath(u"sandbox.sqlite"_s))),
                 qPrintable(warning));
        QVERIFY2(warning.contains(u"move it aside"_s), qPrintable(warning));
        QVERIFY(!warning.contains(u'\n'));
        const auto offers = s->searchNow(oneWay(u"DEL"_s, u"BOM"_s));
        QVERIFY(offers.ok() && !offers->empty());
        // A sale cannot be kept, so it is refused rather than forgotten at the next start.
        const auto sold = sellNow(*s, offers->front().id, Passengers{});
        QVERIFY(!sold.ok());
        QCOMPARE(sold.error().kind, Error::Kind::Storage);
    }

    void newerFileSaysToUpdate()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sandbox.sqlite"_s);
        {
            MigrationSet newer = Inventory::migrations();
            newer.steps.push_back({newer.steps.back().version + 1, u"from the future"_s, {}});
            QVERIFY(Database::open(path, {newer}).ok());
        }
        auto s = supplier(m_clock, dir.path());
        QVERIFY(s->storageError());
        const QString warning = s->storageWarning();
        QVERIFY2(warning.contains(u"not sell"_s), qPrintable(warning));
        QVERIFY2(warning.contains(QDir::toNativeSeparators(path)), qPrintable(warning));
        QVERIFY2(warning.contains(u"Update TripDesk"_s), qPrintable(warning));
        QVERIFY(s->searchNow(oneWay(u"DEL"_s, u"BOM"_s)).ok());
    }

    void healthyFileGivesNoWarning()
    {
        QTemporaryDir dir;
        auto s = supplier(m_clock, dir.path());
        QVERIFY(!s->storageError());
        QVERIFY(s->storageWarning().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSandboxInventory)
#include "test_sandbox_inventory.moc"
