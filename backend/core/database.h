#pragma once
// The generic SQLite owner: one object per database file, used by the local store and by the
// sandbox supplier alike. Opens in WAL mode, checks integrity at open, applies each module's
// versioned migrations in order, and runs every state change in a transaction; a transaction
// begun inside another is a savepoint of it, so several repositories commit as one unit of work.
// The connection belongs to the thread that opened the database; use it only there.

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
    int version;            // 1, 2, 3 … strictly increasing within its module
    QString description;    // for the log
    QStringList statements; // SQL, run in order
};

// One module's migrations. Each module (the store, the sandbox, booking …) owns its tables and
// versions them apart from the others sharing the file.
struct MigrationSet {
    QString module; // "store", "sandbox" …
    std::vector<Migration> steps;
};

class Database
{
public:
    enum class Durability {
        Normal, // synchronous=NORMAL: a power cut may lose the last commits, never corrupt
        Full,   // synchronous=FULL: a commit is on disk when it returns (journals of money)
    };

    // Opens (creating if needed) the database at `path` and brings every module to its newest
    // migration; all pending migrations commit together. A file that fails its integrity check
    // is an error (Error::Kind::Storage), never silently replaced: the caller decides whether to
    // move it aside and rebuild. A module stored at a newer version than `modules` knows is
    // refused; tables of modules this build does not know are left alone.
    static Result<std::unique_ptr<Database>> open(const QString &path,
                                                  const std::vector<MigrationSet> &modules,
                                                  Durability durability = Durability::Normal);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase database() const;
    const QString &path() const { return m_path; }
    // The version `module` is at; 0 when it has none.
    int schemaVersion(const QString &module) const;

    // A stable random id for this database file (created on first use): the sync node id.
    Result<QString> installationId();

    // Runs `work` in a transaction: commits if it returns ok, rolls back otherwise. Called
    // inside another transaction it runs as a savepoint: a failure undoes only its own writes
    // and the outer work decides. This is the unit of work: the outermost call commits
    // everything the repositories it calls wrote, or nothing.
    Result<void> transaction(const std::function<Result<void>()> &work);
    bool inTransaction() const { return m_depth > 0; }

    // The newest hybrid-logical-clock stamp stored in any table, to seed the clock with.
    Result<QString> newestHlcStamp();

    // What went wrong, as far as the user's next step is concerned.
    enum class Failure { ReadOnly, DiskFull, Busy, Corrupt, CannotOpen, Other };
    static Failure classify(const QSqlError &error);
    // Helper for repositories: an Error::Kind::Storage from a failed QSqlQuery/QSqlDatabase that
    // says what is true (read-only, disk full, busy, damaged) and what to do about it.
    static Error sqlError(const QString &what, const QSqlError &error);

private:
    Database(QString path, QString connectionName);
    Result<void> migrate(const std::vector<MigrationSet> &modules);
    Result<void> migrateLocked(QSqlDatabase &db, const std::vector<MigrationSet> &modules);

    QString m_path;
    QString m_connectionName;
    std::vector<std::pair<QString, int>> m_versions; // module → version
    int m_depth = 0;                                 // open transactions (savepoints inside)
};

} // namespace tripdesk
