#include "backend/store/store_schema.h"

namespace tripdesk {

const MigrationSet &storeMigrations()
{
    static const MigrationSet migrations{
        QStringLiteral("store"),
        {
            {1,
             QStringLiteral("change outbox, recent searches"),
             {
                 // Every change to a shared row, written in the same transaction as the change;
                 // the sync engine sends and then deletes them.
                 QStringLiteral("CREATE TABLE change_outbox ("
                                " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                                " entity TEXT NOT NULL, row_id TEXT NOT NULL,"
                                " version INTEGER NOT NULL, hlc TEXT NOT NULL,"
                                " op TEXT NOT NULL CHECK (op IN ('upsert', 'delete')),"
                                " payload TEXT NOT NULL, created_at TEXT NOT NULL)"),
                 QStringLiteral("CREATE TABLE recent_searches ("
                                " id TEXT PRIMARY KEY, version INTEGER NOT NULL, hlc TEXT NOT NULL,"
                                " deleted INTEGER NOT NULL DEFAULT 0,"
                                " request_key TEXT NOT NULL, request TEXT NOT NULL,"
                                " searched_at TEXT NOT NULL)"),
                 QStringLiteral("CREATE INDEX recent_searches_by_time ON recent_searches"
                                " (deleted, searched_at DESC)"),
                 QStringLiteral("CREATE INDEX recent_searches_by_key ON recent_searches"
                                " (request_key)"),
             }},
            {2,
             QStringLiteral("index every clock stamp"),
             {
                 // The clock is seeded from the newest stamp stored at every start: an index
                 // per table makes that a lookup instead of a scan of every row.
                 QStringLiteral("CREATE INDEX change_outbox_by_hlc ON change_outbox (hlc)"),
                 QStringLiteral("CREATE INDEX recent_searches_by_hlc ON recent_searches (hlc)"),
             }},
        }};
    return migrations;
}

} // namespace tripdesk
