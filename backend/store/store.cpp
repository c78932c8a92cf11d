#include "backend/store/store.h"

#include "backend/core/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace tripdesk {

namespace {

Result<void> exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return Store::sqlError(sql.left(80), q.lastError().text());
    return {};
}

} // namespace

Error Store::sqlError(const QString &what, const QString &driverText)
{
    return Error::storage(QCoreApplication::translate(
                              "Store",
                              "The local database could not be updated. Check that the disk is "
                              "not full, then try again."),
                          what + u": " + driverText);
}

Store::Store(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{}

Store::~Store()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Store::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<std::unique_ptr<Store>> Store::open(const QString &path,
                                           const std::vector<Migration> &migrations)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        return Error::storage(
            QCoreApplication::translate("Store", "The data folder “%1” could not be created.")
                .arg(QDir::toNativeSeparators(info.absolutePath())));
    }
    const QString connection = u"tripdesk-" + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<Store> store(new Store(info.absoluteFilePath(), connection));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(store->m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            return Error::storage(
                QCoreApplication::translate("Store", "The local database “%1” could not be opened.")
                    .arg(QDir::toNativeSeparators(store->m_path)),
                db.lastError().text());
        }
        {
            // quick_check reads every page but skips the index cross-checks: a corrupt file is
            // caught at open instead of failing halfway through a later write.
            QSqlQuery q(db);
            const bool ran = q.exec(QStringLiteral("PRAGMA quick_check")) && q.next();
            const QString verdict = ran ? q.value(0).toString() : q.lastError().text();
            if (verdict != u"ok") {
                return Error::storage(QCoreApplication::translate(
                                          "Store",
                                          "The local database “%1” is damaged. Move it aside and "
                                          "restart to rebuild it.")
                                          .arg(QDir::toNativeSeparators(store->m_path)),
                                      verdict);
            }
        }
        for (const char *pragma :
             {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON"}) {
            if (auto r = exec(db, QString::fromLatin1(pragma)); !r)
                return r.error();
        }
    }
    if (auto r = store->migrate(migrations); !r)
        return r.error();
    return store;
}

Result<void> Store::transaction(const std::function<Result<void>()> &work)
{
    QSqlDatabase db = database();
    if (!db.transaction())
        return sqlError(QStringLiteral("begin"), db.lastError().text());
    Result<void> r = work();
    if (!r) {
        db.rollback();
        return r;
    }
    if (!db.commit()) {
        const QString text = db.lastError().text();
        db.rollback();
        return sqlError(QStringLiteral("commit"), text);
    }
    return {};
}

Result<QString> Store::installationId()
{
    QSqlDatabase db = database();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'installation_id'")))
        return sqlError(QStringLiteral("installation id"), q.lastError().text());
    if (q.next())
        return q.value(0).toString();
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES ('installation_id', ?)"));
    insert.addBindValue(id);
    if (!insert.exec())
        return sqlError(QStringLiteral("installation id"), insert.lastError().text());
    return id;
}

Result<void> Store::migrate(const std::vector<Migration> &migrations)
{
    QSqlDatabase db = database();
    if (auto r = exec(db, QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                         "version INTEGER PRIMARY KEY, description TEXT NOT NULL,"
                                         " applied_at TEXT NOT NULL)"));
        !r)
        return r;
    // Local facts about this database file, such as its sync node id.
    if (auto r = exec(db, QStringLiteral("CREATE TABLE IF NOT EXISTS meta ("
                                         "key TEXT PRIMARY KEY, value TEXT NOT NULL)"));
        !r)
        return r;
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")) ||
            !q.next())
            return sqlError(QStringLiteral("schema version"), q.lastError().text());
        m_version = q.value(0).toInt();
    }
    const int newest = migrations.empty() ? 0 : migrations.back().version;
    if (m_version > newest) {
        return Error::storage(QCoreApplication::translate(
                                  "Store",
                                  "The local database was written by a newer version of TripDesk. "
                                  "Update TripDesk to open it."),
                              QStringLiteral("schema %1 > %2").arg(m_version).arg(newest));
    }
    for (const Migration &m : migrations) {
        if (m.version <= m_version)
            continue;
        auto r = transaction([&]() -> Result<void> {
            for (const QString &sql : m.statements) {
                if (auto e = exec(db, sql); !e)
                    return e;
            }
            QSqlQuery q(db);
            q.prepare(QStringLiteral("INSERT INTO schema_migrations(version, description, "
                                     "applied_at) VALUES (?, ?, strftime('%Y-%m-%dT%H:%M:%SZ'))"));
            q.addBindValue(m.version);
            q.addBindValue(m.description);
            if (!q.exec())
                return sqlError(QStringLiteral("record migration"), q.lastError().text());
            return {};
        });
        if (!r)
            return r;
        qCInfo(lcStore) << "migrated" << m_path << "to version" << m.version << m.description;
        m_version = m.version;
    }
    return {};
}

} // namespace tripdesk
