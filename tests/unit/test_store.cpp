#include "backend/flights/flight_json.h"
#include "backend/store/recent_search_repository.h"
#include "backend/store/store_schema.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace tripdesk;

namespace {

FlightSearchRequest delBom(int day)
{
    FlightSearchRequest r;
    r.slices.push_back({u"DEL"_s, u"BOM"_s, QDate(2026, 12, day)});
    r.passengers = {2, 1, 0};
    r.cabin = Cabin::Business;
    r.maxStops = 1;
    return r;
}

int count(Database &store, const QString &sql)
{
    QSqlQuery q(store.database());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void migratesAndReopens()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sub/tripdesk.sqlite"_s);
        QString id;
        {
            auto store = Database::open(path, {storeMigrations()});
            QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().detail));
            QCOMPARE((*store)->schemaVersion(u"store"_s), storeMigrations().steps.back().version);
            auto installation = (*store)->installationId();
            QVERIFY(installation.ok());
            id = *installation;
            QSqlQuery q((*store)->database());
            QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
            QCOMPARE(q.value(0).toString(), u"wal"_s);
        }
        auto again = Database::open(path, {storeMigrations()});
        QVERIFY(again.ok());
        QCOMPARE(*(*again)->installationId(), id);
        QCOMPARE(count(**again, u"SELECT COUNT(*) FROM module_migrations"_s),
                 int(storeMigrations().steps.size()));
    }

    void failedMigrationLeavesNothingHalfDone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"x.sqlite"_s);
        std::vector<Migration> migrations{
            {1, u"good"_s, {u"CREATE TABLE a (x INTEGER)"_s}},
            {2, u"bad"_s, {u"CREATE TABLE b (y INTEGER)"_s, u"THIS IS NOT SQL"_s}},
        };
        auto store = Database::open(path, {{u"m"_s, migrations}});
        QVERIFY(!store.ok());
        QCOMPARE(store.error().kind, Error::Kind::Storage);
        migrations.pop_back();
        auto reopened = Database::open(path, {{u"m"_s, migrations}});
        QVERIFY(reopened.ok());
        QCOMPARE((*reopened)->schemaVersion(u"m"_s), 1);
        QCOMPARE(count(**reopened, u"SELECT COUNT(*) FROM sqlite_master WHERE name = 'b'"_s), 0);
    }

    void refusesNewerSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"x.sqlite"_s);
        QVERIFY(Database::open(path, {{u"m"_s, {{1, u"a"_s, {}}, {2, u"b"_s, {}}}}}).ok());
        auto older = Database::open(path, {{u"m"_s, {{1, u"a"_s, {}}}}});
        QVERIFY(!older.ok());
        QVERIFY(older.error().message.contains(u"newer"_s));
    }

    void modulesKeepTheirOwnVersions()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"x.sqlite"_s);
        const MigrationSet a{
            u"a"_s,
            {{1, u"a1"_s, {u"CREATE TABLE a1 (x)"_s}}, {2, u"a2"_s, {u"CREATE TABLE a2 (x)"_s}}}};
        const MigrationSet b{u"b"_s, {{1, u"b1"_s, {u"CREATE TABLE b1 (x)"_s}}}};
        QVERIFY(Database::open(path, {a}).ok());
        // A second module joins the file later: its version 1 runs although "a" is at 2.
        auto both = Database::open(path, {a, b});
        QVERIFY(both.ok());
        QCOMPARE((*both)->schemaVersion(u"a"_s), 2);
        QCOMPARE((*both)->schemaVersion(u"b"_s), 1);
        QCOMPARE(count(**both, u"SELECT COUNT(*) FROM sqlite_master WHERE name = 'b1'"_s), 1);
        both.value().reset();
        // A build that knows only "a" still opens the file; b's tables are left alone.
        auto onlyA = Database::open(path, {a});
        QVERIFY(onlyA.ok());
        QCOMPARE(count(**onlyA, u"SELECT COUNT(*) FROM sqlite_master WHERE name = 'b1'"_s), 1);
    }

    // The clock is seeded from MAX(hlc) of every table at each start: every table with a stamp
    // has an index that answers it, so start-up does not grow with the rows stored.
    void everyClockStampIsIndexed()
    {
        QTemporaryDir dir;
        auto store = Database::open(dir.filePath(u"t.sqlite"_s), {storeMigrations()});
        QVERIFY(store.ok());
        QSqlQuery tables((*store)->database());
        QVERIFY(tables.exec(u"SELECT m.name FROM sqlite_master m, pragma_table_info(m.name) c"
                            " WHERE m.type = 'table' AND c.name = 'hlc'"_s));
        int checked = 0;
        while (tables.next()) {
            const QString table = tables.value(0).toString();
            QSqlQuery plan((*store)->database());
            QVERIFY(plan.exec(u"EXPLAIN QUERY PLAN SELECT MAX(hlc) FROM \"%1\""_s.arg(table)));
            QString detail;
            while (plan.next())
                detail += plan.value(3).toString() + u' ';
            QVERIFY2(detail.contains(u"INDEX"_s) && !detail.contains(u"SCAN"_s),
                     qPrintable(table + u": "_s + detail));
            ++checked;
        }
        QVERIFY(checked >= 2);
    }

    void aFileWithTheOldSingleVersionListIsCarriedOver()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"old.sqlite"_s);
        {
            // The layout files had before modules were versioned apart.
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"legacy"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY,"
                           " description TEXT NOT NULL, applied_at TEXT NOT NULL)"_s));
            for (const Migration &m : storeMigrations().steps) {
                for (const QString &sql : m.statements)
                    QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
                QVERIFY(q.exec(
                    u"INSERT INTO schema_migrations VALUES (%1, 'x', 'now')"_s.arg(m.version)));
            }
            QVERIFY(q.exec(u"INSERT INTO recent_searches VALUES ('r1', 1, 'h', 0, 'k', '{}',"
                           " '2026-12-01T00:00:00Z')"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"legacy"_s);
        auto store = Database::open(path, {storeMigrations()});
        QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().detail));
        QCOMPARE((*store)->schemaVersion(u"store"_s), storeMigrations().steps.back().version);
        // Nothing ran twice (CREATE TABLE would have failed) and the row is still there.
        QCOMPARE(count(**store, u"SELECT COUNT(*) FROM recent_searches"_s), 1);
        QCOMPARE(count(**store, u"SELECT COUNT(*) FROM sqlite_master"
                                " WHERE name = 'schema_migrations'"_s),
                 0);
    }

    void aUnitOfWorkCommitsEveryRepositoryOrNone()
    {
        QTemporaryDir dir;
        auto opened = Database::open(dir.filePath(u"t.sqlite"_s), {storeMigrations()});
        QVERIFY(opened.ok());
        Database &db = **opened;
        FixedClock clock(QDateTime(QDate(2026, 12, 2), QTime(9, 0), Qt::UTC));
        HybridLogicalClock hlc(clock, u"node-a"_s);
        RecentSearchRepository first(db, hlc, clock);
        RecentSearchRepository second(db, hlc, clock);
        const auto request = [](const char *to) {
            FlightSearchRequest r;
            r.slices = {{u"DEL"_s, QString::fromLatin1(to), QDate(2026, 12, 24)}};
            return r;
        };
        // The outer work fails after both wrote: neither row nor outbox entry stays.
        auto failed = db.transaction([&]() -> Result<void> {
            if (auto r = first.record(request("BOM")); !r)
                return r;
            if (auto r = second.record(request("GOI")); !r)
                return r;
            return Error::internal(u"step three failed"_s);
        });
        QVERIFY(!failed.ok());
        QCOMPARE(count(db, u"SELECT COUNT(*) FROM recent_searches"_s), 0);
        QCOMPARE(count(db, u"SELECT COUNT(*) FROM change_outbox"_s), 0);
        // An inner part that fails undoes only itself; the outer work goes on and commits.
        auto partial = db.transaction([&]() -> Result<void> {
            if (auto r = first.record(request("BOM")); !r)
                return r;
            auto inner = db.transaction([&]() -> Result<void> {
                if (auto r = second.record(request("GOI")); !r)
                    return r;
                return Error::internal(u"inner failed"_s);
            });
            if (inner.ok())
                return Error::internal(u"the inner part should have failed"_s);
            return {};
        });
        QVERIFY(partial.ok());
        QVERIFY(!db.inTransaction());
        QCOMPARE(count(db, u"SELECT COUNT(*) FROM recent_searches"_s), 1);
        QCOMPARE(count(db, u"SELECT COUNT(*) FROM change_outbox"_s), 1);
    }

    void corruptFileIsReportedNotReplaced()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"bad.sqlite"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray junk = QByteArray("SQLite format 3\0", 16) + QByteArray(8192, 'x');
        f.write(junk);
        f.close();
        auto store = Database::open(path, {storeMigrations()});
        QVERIFY(!store.ok());
        QCOMPARE(store.error().kind, Error::Kind::Storage);
        QVERIFY(QFile::exists(path));
        QCOMPARE(QFile(path).size(), qint64(junk.size()));
    }

    void recentSearchesAreSyncReady()
    {
        QTemporaryDir dir;
        auto store = Database::open(dir.filePath(u"t.sqlite"_s), {storeMigrations()});
        QVERIFY(store.ok());
        FixedClock clock(QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC));
        HybridLogicalClock hlc(clock, u"node-a"_s);
        RecentSearchRepository repo(**store, hlc, clock);

        QVERIFY(repo.record(delBom(10)).ok());
        clock.advanceSecs(60);
        QVERIFY(repo.record(delBom(11)).ok());
        clock.advanceSecs(60);
        QVERIFY(repo.record(delBom(10)).ok()); // searched again: moves to the top, no duplicate

        auto list = repo.list(10);
        QVERIFY(list.ok());
        QCOMPARE(list->size(), size_t(2));
        QCOMPARE(list->at(0).request, delBom(10));
        QCOMPARE(list->at(1).request, delBom(11));
        QCOMPARE(list->at(0).searchedAt, clock.nowUtc());

        // Three changes, three outbox entries; the repeated search bumped its row's version.
        QCOMPARE(count(**store, u"SELECT COUNT(*) FROM change_outbox"_s), 3);
        QCOMPARE(count(**store, u"SELECT MAX(version) FROM recent_searches"_s), 2);

        QVERIFY(repo.clear().ok());
        QVERIFY(repo.list(10)->empty());
        QCOMPARE(count(**store, u"SELECT COUNT(*) FROM change_outbox WHERE op = 'delete'"_s), 2);
        QCOMPARE(count(**store, u"SELECT COUNT(*) FROM recent_searches WHERE deleted = 1"_s), 2);
    }

    void recentSearchesKeepOnlyTheNewest()
    {
        QTemporaryDir dir;
        auto store = Database::open(dir.filePath(u"t.sqlite"_s), {storeMigrations()});
        QVERIFY(store.ok());
        FixedClock clock(QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC));
        HybridLogicalClock hlc(clock, u"node-a"_s);
        RecentSearchRepository repo(**store, hlc, clock, 5);
        for (int day = 1; day <= 12; ++day) {
            QVERIFY(repo.record(delBom(day)).ok());
            clock.advanceSecs(60);
        }
        QCOMPARE(count(**store, u"SELECT COUNT(*) FROM recent_searches"_s), 5);
        auto list = repo.list(100);
        QVERIFY(list.ok());
        QCOMPARE(list->size(), size_t(5));
        QCOMPARE(list->front().request, delBom(12));
        QCOMPARE(list->back().request, delBom(8));
        // Other desks learn of each dropped search.
        QCOMPARE(count(**store, u"SELECT COUNT(*) FROM change_outbox WHERE op = 'delete'"_s), 7);
        QCOMPARE(RecentSearchRepository::kDefaultKeep, 300);
    }

    void hlcStampsOrderEvenWhenTheClockStandsStill()
    {
        FixedClock clock(QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC));
        HybridLogicalClock hlc(clock, u"n"_s);
        const QString a = hlc.now();
        const QString b = hlc.now();
        QVERIFY(a < b);
        clock.advanceSecs(-3600); // the wall clock jumps back
        const QString c = hlc.now();
        QVERIFY(b < c);
        hlc.observe(u"9999999999999-0000-remote"_s);
        QVERIFY(hlc.now() > u"9999999999999-0000-remote"_s);
    }

    void hlcStampsKeepSortingPastTheCounterLimit()
    {
        FixedClock clock(QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC));
        HybridLogicalClock hlc(clock, u"n"_s);
        QString previous = hlc.now();
        for (int i = 0; i < 3 * (HybridLogicalClock::kMaxCounter + 1); ++i) {
            const QString next = hlc.now();
            if (!(previous < next))
                QFAIL(qPrintable(u"stamp %1 does not sort after %2"_s.arg(next, previous)));
            previous = next;
        }
    }

    void hlcIsSeededFromTheStoreAfterTheClockSteppedBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"t.sqlite"_s);
        FixedClock clock(QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC));
        QString newest;
        {
            auto store = Database::open(path, {storeMigrations()});
            QVERIFY(store.ok());
            HybridLogicalClock hlc(clock, u"node-a"_s);
            RecentSearchRepository repo(**store, hlc, clock);
            QVERIFY(repo.record(delBom(10)).ok());
            QVERIFY(repo.record(delBom(11)).ok());
            newest = *(*store)->newestHlcStamp();
            QVERIFY(!newest.isEmpty());
        }
        clock.advanceSecs(-2 * 3600); // the machine's clock was set back between runs
        auto store = Database::open(path, {storeMigrations()});
        QVERIFY(store.ok());
        auto seed = (*store)->newestHlcStamp();
        QVERIFY(seed.ok());
        QCOMPARE(*seed, newest);
        HybridLogicalClock hlc(clock, u"node-a"_s, *seed);
        QVERIFY(hlc.now() > newest);
    }

    void newFolderOpenedByManyAtOnce()
    {
        // Several processes starting together on a new data folder must all open it, share one
        // installation id, and leave the migrations applied once.
        for (int round = 0; round < 5; ++round) {
            QTemporaryDir dir;
            const QString path = dir.filePath(u"tripdesk.sqlite"_s);
            constexpr int kOpeners = 6;
            QStringList ids(kOpeners);
            QStringList errors(kOpeners);
            std::vector<std::unique_ptr<QThread>> threads;
            for (int i = 0; i < kOpeners; ++i) {
                threads.emplace_back(QThread::create([&, i] {
                    auto store = Database::open(path, {storeMigrations()});
                    if (!store) {
                        errors[i] = store.error().message + u" / " + store.error().detail;
                        return;
                    }
                    auto id = (*store)->installationId();
                    if (!id)
                        errors[i] = id.error().message + u" / " + id.error().detail;
                    else
                        ids[i] = *id;
                }));
            }
            for (auto &t : threads)
                t->start();
            for (auto &t : threads)
                t->wait();
            for (int i = 0; i < kOpeners; ++i)
                QVERIFY2(errors[i].isEmpty(), qPrintable(errors[i]));
            QCOMPARE(ids.count(ids.front()), kOpeners);
            auto store = Database::open(path, {storeMigrations()});
            QVERIFY(store.ok());
            QCOMPARE(count(**store, u"SELECT COUNT(*) FROM module_migrations"_s),
                     int(storeMigrations().steps.size()));
        }
    }

    void aFullDiskIsReportedAsSuchNotAsDamage()
    {
        QTemporaryDir dir;
        auto store = Database::open(dir.filePath(u"t.sqlite"_s), {storeMigrations()});
        QVERIFY(store.ok());
        FixedClock clock(QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC));
        HybridLogicalClock hlc(clock, u"node-a"_s);
        RecentSearchRepository repo(**store, hlc, clock);
        QVERIFY(repo.record(delBom(1)).ok());
        // No more pages may be added: SQLite answers as on a full disk.
        QSqlQuery q((*store)->database());
        QVERIFY(q.exec(u"PRAGMA max_page_count = 1"_s));
        Result<void> r;
        for (int day = 2; day <= 28 && r.ok(); ++day)
            r = repo.record(delBom(day));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Storage);
        QVERIFY2(r.error().message.contains(u"full"_s), qPrintable(r.error().message));
        QVERIFY(!r.error().message.contains(u"damaged"_s));
        // What was there before is still there.
        QVERIFY(q.exec(u"PRAGMA max_page_count = 1000000"_s));
        QVERIFY(repo.list(10)->size() >= 1);
    }

    void aReadOnlyDatabaseIsReportedAsSuch()
    {
        QTemporaryDir dir;
        auto store = Database::open(dir.filePath(u"t.sqlite"_s), {storeMigrations()});
        QVERIFY(store.ok());
        FixedClock clock(QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC));
        HybridLogicalClock hlc(clock, u"node-a"_s);
        RecentSearchRepository repo(**store, hlc, clock);
        QSqlQuery q((*store)->database());
        QVERIFY(q.exec(u"PRAGMA query_only = 1"_s));
        auto r = repo.record(delBom(1));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(u"read-only"_s), qPrintable(r.error().message));
        QVERIFY(!r.error().message.contains(u"damaged"_s));
    }

    void requestJsonRoundTrip()
    {
        FlightSearchRequest r = delBom(24);
        r.slices.push_back({u"BOM"_s, u"DEL"_s, QDate(2026, 12, 30)});
        r.passengers = {1, 0, 1};
        r.cabin = Cabin::PremiumEconomy;
        auto back = requestFromJson(requestToJson(r));
        QVERIFY(back.ok());
        QCOMPARE(*back, r);
        QVERIFY(!requestFromJson(QJsonObject()).ok());
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "test_store.moc"
