#include "backend/store/recent_search_repository.h"

#include "backend/flights/flight_json.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace tripdesk {

namespace {

const QString kEntity = QStringLiteral("recent_search");

QString isoUtc(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

Result<void> writeOutbox(QSqlDatabase db, const QString &rowId, int version, const QString &hlc,
                         const QString &op, const QJsonObject &payload, const QDateTime &now)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO change_outbox(entity, row_id, version, hlc, op, payload,"
                             " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(kEntity);
    q.addBindValue(rowId);
    q.addBindValue(version);
    q.addBindValue(hlc);
    q.addBindValue(op);
    q.addBindValue(QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
    q.addBindValue(isoUtc(now));
    if (!q.exec())
        return Database::sqlError(QStringLiteral("outbox insert"), q.lastError());
    return {};
}

} // namespace

RecentSearchRepository::RecentSearchRepository(Database &store, HybridLogicalClock &hlc,
                                               const Clock &clock, int keep)
    : m_store(store)
    , m_hlc(hlc)
    , m_clock(clock)
    , m_keep(keep < 1 ? 1 : keep)
{}

Result<void> RecentSearchRepository::record(const FlightSearchRequest &request)
{
    const QJsonObject json = requestToJson(request);
    const QString key = QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
    const QDateTime now = m_clock.nowUtc();
    return m_store.transaction([&]() -> Result<void> {
        QSqlDatabase db = m_store.database();
        QSqlQuery find(db);
        find.prepare(QStringLiteral("SELECT id, version FROM recent_searches WHERE request_key = ?"
                                    " ORDER BY searched_at DESC LIMIT 1"));
        find.addBindValue(key);
        if (!find.exec())
            return Database::sqlError(QStringLiteral("recent lookup"), find.lastError());
        const QString hlc = m_hlc.now();
        QString id;
        int version = 1;
        QSqlQuery write(db);
        if (find.next()) {
            id = find.value(0).toString();
            version = find.value(1).toInt() + 1;
            write.prepare(QStringLiteral("UPDATE recent_searches SET version = ?, hlc = ?,"
                                         " deleted = 0, searched_at = ? WHERE id = ?"));
            write.addBindValue(version);
            write.addBindValue(hlc);
            write.addBindValue(isoUtc(now));
            write.addBindValue(id);
        } else {
            id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            write.prepare(QStringLiteral("INSERT INTO recent_searches(id, version, hlc, deleted,"
                                         " request_key, request, searched_at)"
                                         " VALUES (?, ?, ?, 0, ?, ?, ?)"));
            write.addBindValue(id);
            write.addBindValue(version);
            write.addBindValue(hlc);
            write.addBindValue(key);
            write.addBindValue(key);
            write.addBindValue(isoUtc(now));
        }
        if (!write.exec())
            return Database::sqlError(QStringLiteral("recent write"), write.lastError());
        QJsonObject payload = json;
        payload.insert(QStringLiteral("searched_at"), isoUtc(now));
        if (auto r = writeOutbox(db, id, version, hlc, QStringLiteral("upsert"), payload, now); !r)
            return r;
        return trim(db, now);
    });
}

Result<void> RecentSearchRepository::trim(QSqlDatabase &db, const QDateTime &now)
{
    QSqlQuery old(db);
    old.prepare(QStringLiteral("SELECT id, version, deleted FROM recent_searches"
                               " ORDER BY searched_at DESC, hlc DESC LIMIT -1 OFFSET ?"));
    old.addBindValue(m_keep);
    if (!old.exec())
        return Database::sqlError(QStringLiteral("recent trim"), old.lastError());
    while (old.next()) {
        const QString id = old.value(0).toString();
        if (old.value(2).toInt() == 0) {
            const int version = old.value(1).toInt() + 1;
            if (auto r =
                    writeOutbox(db, id, version, m_hlc.now(), QStringLiteral("delete"), {}, now);
                !r)
                return r;
        }
        QSqlQuery remove(db);
        remove.prepare(QStringLiteral("DELETE FROM recent_searches WHERE id = ?"));
        remove.addBindValue(id);
        if (!remove.exec())
            return Database::sqlError(QStringLiteral("recent trim"), remove.lastError());
    }
    return {};
}

Result<std::vector<RecentSearch>> RecentSearchRepository::list(int limit) const
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT id, request, searched_at FROM recent_searches"
                             " WHERE deleted = 0 ORDER BY searched_at DESC, hlc DESC LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return Database::sqlError(QStringLiteral("recent list"), q.lastError());
    std::vector<RecentSearch> out;
    while (q.next()) {
        const QJsonObject json = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
        auto request = requestFromJson(json);
        if (!request)
            continue; // an unreadable row is skipped, not fatal: the rest are still useful
        out.push_back({q.value(0).toString(), std::move(request).value(),
                       QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs)});
    }
    return out;
}

Result<void> RecentSearchRepository::clear()
{
    const QDateTime now = m_clock.nowUtc();
    return m_store.transaction([&]() -> Result<void> {
        QSqlDatabase db = m_store.database();
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT id, version FROM recent_searches WHERE deleted = 0")))
            return Database::sqlError(QStringLiteral("recent clear"), q.lastError());
        while (q.next()) {
            const QString id = q.value(0).toString();
            const int version = q.value(1).toInt() + 1;
            const QString hlc = m_hlc.now();
            QSqlQuery u(db);
            u.prepare(QStringLiteral("UPDATE recent_searches SET deleted = 1, version = ?,"
                                     " hlc = ? WHERE id = ?"));
            u.addBindValue(version);
            u.addBindValue(hlc);
            u.addBindValue(id);
            if (!u.exec())
                return Database::sqlError(QStringLiteral("recent tombstone"), u.lastError());
            if (auto r = writeOutbox(db, id, version, hlc, QStringLiteral("delete"), {}, now); !r)
                return r;
        }
        return {};
    });
}

} // namespace tripdesk
