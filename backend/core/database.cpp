#include "backend/core/database.h"

#include "backend/core/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

namespace tripdesk {

namespace {

Result<void> exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return Database::sqlError(sql.left(80), q.lastError());
    return {};
}

// WAL is a property of the file: once one opener has set it, the others find it set. Switching
// needs a moment alone with the file, and SQLite answers "locked" at once, without waiting,
// while another opener of a new file holds it; so the switch is retried for a few seconds.
Result<void> enableWal(QSqlDatabase &db)
{
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        bool wal = false;
        {
            QSqlQuery q(db);
            wal = q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next() &&
                  q.value(0).toString().compare(u"wal", Qt::CaseInsensitive) == 0;
            q.finish(); // an open statement would hold a read transaction
        }
        if (wal)
            return {};
        auto r = exec(db, QStringLiteral("PRAGMA journal_mode=WAL"));
        if (r || waited.elapsed() > 5000 || !r.error().detail.contains(u"locked"))
            return r;
        QThread::msleep(20);
    }
}

} // namespace

Database::Failure Database::classify(const QSqlError &error)
{
    // The SQLite driver reports the extended result code; its low byte is the primary code.
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    if (!ok)
        return Failure::Other;
    switch (code) {
    case 8: // SQLITE_READONLY
        return Failure::ReadOnly;
    case 13: // SQLITE_FULL
        return Failure::DiskFull;
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return Failure::Busy;
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return Failure::Corrupt;
    case 14: // SQLITE_CANTOPEN
    case 23: // SQLITE_AUTH
    case 3:  // SQLITE_PERM
        return Failure::CannotOpen;
    default:
        return Failure::Other;
    }
}

Error Database::sqlError(const QString &what, const QSqlError &error)
{
    const QString detail = what + u": " + error.text() + u" (" + error.nativeErrorCode() + u')';
    QString message;
    switch (classify(error)) {
    case Failure::ReadOnly:
    case Failure::CannotOpen:
        message =
            QCoreApplication::translate("Store", "The local database is read-only. Check that you "
                                                 "may write to the data folder, or choose another "
                                                 "one with --data-dir.");
        break;
    case Failure::DiskFull:
        message = QCoreApplication::translate("Store",
                                              "The disk holding the local database is full. Free "
                                              "some space, then try again; nothing was lost.");
        break;
    case Failure::Busy:
        message =
            QCoreApplication::translate("Store", "The local database is busy in another TripDesk "
                                                 "window or command. Try again in a moment.");
        break;
    case Failure::Corrupt:
        message = QCoreApplication::translate("Store",
                                              "The local database is damaged. Keep a copy of it, "
                                              "move it aside and restart to rebuild it.");
        break;
    case Failure::Other:
        message =
            QCoreApplication::translate("Store", "The local database could not be updated: %1. Try "
                                                 "again; if it keeps failing, check the disk.")
                .arg(error.databaseText().isEmpty() ? error.text() : error.databaseText());
        break;
    }
    return Error::storage(message, detail);
}

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<std::unique_ptr<Database>>
Database::open(const QString &path, const std::vector<MigrationSet> &modules, Durability durability)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        return Error::storage(
            QCoreApplication::translate("Store", "The data folder “%1” could not be created.")
                .arg(QDir::toNativeSeparators(info.absolutePath())));
    }
    const QString connection = u"tripdesk-" + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<Database> store(new Database(info.absoluteFilePath(), connection));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(store->m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            return sqlError(QDir::toNativeSeparators(store->m_path), db.lastError());
        {
            // quick_check reads every page but skips the index cross-checks: a corrupt file is
            // caught at open instead of failing halfway through a later write.
            QSqlQuery q(db);
            const bool ran = q.exec(QStringLiteral("PRAGMA quick_check")) && q.next();
            // A check that could not run (read-only folder, no space for the WAL, a file that
            // is not a database at all) says why, and only a real verdict calls the file damaged.
            if (!ran && classify(q.lastError()) != Failure::Corrupt)
                return sqlError(QStringLiteral("quick_check"), q.lastError());
            const QString verdict = ran ? q.value(0).toString() : q.lastError().text();
            if (verdict != u"ok") {
                return Error::storage(QCoreApplication::translate(
                                          "Store",
                                          "The local database “%1” is damaged. Keep a copy of "
                                          "it, move it aside and restart to rebuild it.")
                                          .arg(QDir::toNativeSeparators(store->m_path)),
                                      verdict);
            }
        }
        const char *synchronous = durability == Durability::Full ? "PRAGMA synchronous=FULL"
                                                                 : "PRAGMA synchronous=NORMAL";
        if (auto r = enableWal(db); !r)
            return r.error();
        for (const char *pragma : {synchronous, "PRAGMA foreign_keys=ON"}) {
            if (auto r = exec(db, QString::fromLatin1(pragma)); !r)
                return r.error();
        }
    }
    if (auto r = store->migrate(modules); !r)
        return r.error();
    return store;
}

Result<void> Database::transaction(const std::function<Result<void>()> &work)
{
    QSqlDatabase db = database();
    if (m_depth > 0) {
        // Inside a unit of work: a savepoint, so this part can fail alone.
        const QString name = QStringLiteral("unit_%1").arg(m_depth);
        if (auto r = exec(db, u"SAVEPOINT " + name); !r)
            return r;
        ++m_depth;
        Result<void> r = work();
        --m_depth;
        if (!r) {
            (void)exec(db, u"ROLLBACK TO " + name);
            (void)exec(db, u"RELEASE " + name);
            return r;
        }
        if (auto released = exec(db, u"RELEASE " + name); !released)
            return released;
        return {};
    }
    if (!db.transaction())
        return sqlError(QStringLiteral("begin"), db.lastError());
    ++m_depth;
    Result<void> r = work();
    --m_depth;
    if (!r) {
        db.rollback();
        return r;
    }
    if (!db.commit()) {
        const QSqlError error = db.lastError();
        db.rollback();
        return sqlError(QStringLiteral("commit"), error);
    }
    return {};
}

int Database::schemaVersion(const QString &module) const
{
    for (const auto &[name, version] : m_versions) {
        if (name == module)
            return version;
    }
    return 0;
}

Result<QString> Database::installationId()
{
    QSqlDatabase db = database();
    const auto read = [&db]() -> Result<QString> {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'installation_id'")))
            return sqlError(QStringLiteral("installation id"), q.lastError());
        return q.next() ? q.value(0).toString() : QString();
    };
    if (auto id = read(); !id || !id->isEmpty())
        return id;
    // INSERT OR IGNORE: of two processes opening a new folder at once, one id wins and both
    // read it back.
    QSqlQuery insert(db);
    insert.prepare(
        QStringLiteral("INSERT OR IGNORE INTO meta(key, value) VALUES ('installation_id', ?)"));
    insert.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (!insert.exec())
        return sqlError(QStringLiteral("installation id"), insert.lastError());
    return read();
}

Result<void> Database::migrate(const std::vector<MigrationSet> &modules)
{
    QSqlDatabase db = database();
    // Two processes may open a new data folder at once: BEGIN IMMEDIATE takes the write lock
    // (waiting out the busy timeout), and the versions are read under it, so the second one finds
    // the migrations done instead of running them again.
    if (auto r = exec(db, QStringLiteral("BEGIN IMMEDIATE")); !r)
        return r;
    auto r = migrateLocked(db, modules);
    if (!r) {
        (void)exec(db, QStringLiteral("ROLLBACK"));
        return r;
    }
    QSqlQuery commit(db);
    if (!commit.exec(QStringLiteral("COMMIT"))) {
        const QSqlError error = commit.lastError();
        (void)exec(db, QStringLiteral("ROLLBACK"));
        return sqlError(QStringLiteral("commit migrations"), error);
    }
    return {};
}

Result<void> Database::migrateLocked(QSqlDatabase &db, const std::vector<MigrationSet> &modules)
{
    if (auto r = exec(db, QStringLiteral("CREATE TABLE IF NOT EXISTS module_migrations ("
                                         "module TEXT NOT NULL, version INTEGER NOT NULL,"
                                         " description TEXT NOT NULL, applied_at TEXT NOT NULL,"
                                         " PRIMARY KEY (module, version))"));
        !r)
        return r;
    // Local facts about this database file, such as its sync node id.
    if (auto r = exec(db, QStringLiteral("CREATE TABLE IF NOT EXISTS meta ("
                                         "key TEXT PRIMARY KEY, value TEXT NOT NULL)"));
        !r)
        return r;
    // Files written before modules had their own versions kept one list, which belonged to the
    // file's only module: the first one given.
    {
        QSqlQuery legacy(db);
        if (!legacy.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table'"
                                        " AND name = 'schema_migrations'")))
            return sqlError(QStringLiteral("legacy versions"), legacy.lastError());
        const bool hasLegacy = legacy.next();
        legacy.finish(); // an open statement would lock the table against the DROP below
        if (hasLegacy && !modules.empty()) {
            QSqlQuery copy(db);
            copy.prepare(QStringLiteral("INSERT OR IGNORE INTO module_migrations"
                                        " SELECT ?, version, description, applied_at"
                                        " FROM schema_migrations"));
            copy.addBindValue(modules.front().module);
            if (!copy.exec())
                return sqlError(QStringLiteral("legacy versions"), copy.lastError());
            if (auto e = exec(db, QStringLiteral("DROP TABLE schema_migrations")); !e)
                return e;
        }
    }
    m_versions.clear();
    for (const MigrationSet &set : modules) {
        int version = 0;
        {
            QSqlQuery q(db);
            q.prepare(QStringLiteral(
                "SELECT COALESCE(MAX(version), 0) FROM module_migrations WHERE module = ?"));
            q.addBindValue(set.module);
            if (!q.exec() || !q.next())
                return sqlError(QStringLiteral("schema version"), q.lastError());
            version = q.value(0).toInt();
        }
        const int newest = set.steps.empty() ? 0 : set.steps.back().version;
        if (version > newest) {
            return Error::storage(
                QCoreApplication::translate(
                    "Store", "The local database “%1” was written by a newer version of TripDesk. "
                             "Update TripDesk to open it.")
                    .arg(QFileInfo(m_path).fileName()),
                QStringLiteral("%1 schema %2 > %3").arg(set.module).arg(version).arg(newest));
        }
        for (const Migration &m : set.steps) {
            if (m.version <= version)
                continue;
            for (const QString &sql : m.statements) {
                if (auto e = exec(db, sql); !e)
                    return e;
            }
            QSqlQuery q(db);
            q.prepare(QStringLiteral("INSERT INTO module_migrations(module, version, description,"
                                     " applied_at) VALUES (?, ?, ?,"
                                     " strftime('%Y-%m-%dT%H:%M:%SZ'))"));
            q.addBindValue(set.module);
            q.addBindValue(m.version);
            q.addBindValue(m.description);
            if (!q.exec())
                return sqlError(QStringLiteral("record migration"), q.lastError());
            qCInfo(lcStore) << "migrated" << m_path << set.module << "to version" << m.version
                            << m.description;
            version = m.version;
        }
        m_versions.emplace_back(set.module, version);
    }
    return {};
}

Result<QString> Database::newestHlcStamp()
{
    // Every table with an hlc column: new shared tables are covered without touching this.
    QSqlDatabase db = database();
    QSqlQuery tables(db);
    if (!tables.exec(
            QStringLiteral("SELECT m.name FROM sqlite_master m, pragma_table_info(m.name) c"
                           " WHERE m.type = 'table' AND c.name = 'hlc'")))
        return sqlError(QStringLiteral("hlc tables"), tables.lastError());
    QString newest;
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT MAX(hlc) FROM \"%1\"").arg(table)) || !q.next())
            return sqlError(QStringLiteral("newest hlc"), q.lastError());
        const QString stamp = q.value(0).toString();
        if (stamp > newest)
            newest = stamp;
    }
    return newest;
}

} // namespace tripdesk
