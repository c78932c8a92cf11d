#pragma once
// The local SQLite store: one owning object per database file. Opens in WAL mode, checks
// integrity at open, applies versioned migrations in order (each in its own transaction), and
// runs every state change in a transaction. The connection belongs to the thread that opened
// the store; use it only there.

#include "backend/core/result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

namespace tripdesk {

struct Migration {
    int version;            // 1, 2, 3 … strictly increasing
    QString description;    // for the log
    QStringList statements; // SQL, run in order inside one transaction
};

class Store
{
public:
    // Opens (creating if needed) the database at `path` and brings it to the newest migration.
    // A file that fails its integrity check is an error (Error::Kind::Storage), never silently
    // replaced: the caller decides whether to move it aside and rebuild.
    static Result<std::unique_ptr<Store>> open(const QString &path,
                                               const std::vector<Migration> &migrations);
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    QSqlDatabase database() const;
    const QString &path() const { return m_path; }
    int schemaVersion() const { return m_version; }

    // A stable random id for this database file (created on first use): the sync node id.
    Result<QString> installationId();

    // Runs `work` in a transaction: commits if it returns ok, rolls back otherwise.
    Result<void> transaction(const std::function<Result<void>()> &work);

    // The newest hybrid-logical-clock stamp stored in any table, to seed the clock with.
    Result<QString> newestHlcStamp();

    // What went wrong, as far as the user's next step is concerned.
    enum class Failure { ReadOnly, DiskFull, Busy, Corrupt, CannotOpen, Other };
    static Failure classify(const QSqlError &error);
    // Helper for repositories: an Error::Kind::Storage from a failed QSqlQuery/QSqlDatabase that
    // says what is true (read-only, disk full, busy, damaged) and what to do about it.
    static Error sqlError(const QString &what, const QSqlError &error);

private:
    Store(QString path, QString connectionName);
    Result<void> migrate(const std::vector<Migration> &migrations);
    Result<void> migrateLocked(QSqlDatabase &db, const std::vector<Migration> &migrations);

    QString m_path;
    QString m_connectionName;
    int m_version = 0;
};

// The application's own database (tripdesk.sqlite): its migrations, in order.
// Rows shared with the agency carry id (UUID), version and hlc columns, and every change to
// them writes a change_outbox row in the same transaction.
const std::vector<Migration> &appMigrations();

} // namespace tripdesk
