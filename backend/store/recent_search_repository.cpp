#include "backend/store/recent_search_repository.h"

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
        return Store::sqlError(QStringLiteral("outbox insert"), q.lastError());
    return {};
}

} // namespace

RecentSearchRepository::RecentSearchRepository(Store &store, HybridLogicalClock &hlc,
                                               const Clock &clock, int keep)
    : m_store(store)
    , m_hlc(hlc)
    , m_clock(clock)
    , m_keep(keep < 1 ? 1 : keep)
{}

QJsonObject RecentSearchRepository::requestToJson(const FlightSearchRequest &request)
{
    QJsonArray slices;
    for (const SliceRequest &s : request.slices) {
        slices.append(QJsonObject{{QStringLiteral("from"), s.origin},
                                  {QStringLiteral("to"), s.destination},
                                  {QStringLiteral("date"), s.date.toString(Qt::ISODate)}});
    }
    return QJsonObject{{QStringLiteral("slices"), slices},
                       {QStringLiteral("adults"), request.passengers.adults},
                       {QStringLiteral("children"), request.passengers.children},
                       {QStringLiteral("infants"), request.passengers.infants},
                       {QStringLiteral("cabin"), cabinToString(request.cabin)},
                       {QStringLiteral("max_stops"), request.maxStops}};
}

Result<FlightSearchRequest> RecentSearchRepository::requestFromJson(const QJsonObject &json)
{
    const auto bad = [](const QString &why) {
        return Error::invalidInput(
            QCoreApplication::translate("Store", "A saved search could not be read."), why);
    };
    FlightSearchRequest r;
    const QJsonArray slices = json.value(QStringLiteral("slices")).toArray();
    if (slices.isEmpty())
        return bad(QStringLiteral("no slices"));
    for (const QJsonValue &v : slices) {
        const QJsonObject o = v.toObject();
        SliceRequest s{o.value(QStringLiteral("from")).toString(),
                       o.value(QStringLiteral("to")).toString(),
                       QDate::fromString(o.value(QStringLiteral("date")).toString(), Qt::ISODate)};
        if (s.origin.isEmpty() || s.destination.isEmpty() || !s.date.isValid())
            return bad(QStringLiteral("bad slice"));
        r.slices.push_back(s);
    }
    r.passengers.adults = json.value(QStringLiteral("adults")).toInt(1);
    r.passengers.children = json.value(QStringLiteral("children")).toInt(0);
    r.passengers.infants = json.value(QStringLiteral("infants")).toInt(0);
    const auto cabin = cabinFromString(json.value(QStringLiteral("cabin")).toString());
    if (!cabin)
        return bad(QStringLiteral("bad cabin"));
    r.cabin = *cabin;
    r.maxStops = json.value(QStringLiteral("max_stops")).toInt(2);
    return r;
}

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
            return Store::sqlError(QStringLiteral("recent lookup"), find.lastError());
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
            return Store::sqlError(QStringLiteral("recent write"), write.lastError());
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
        return Store::sqlError(QStringLiteral("recent trim"), old.lastError());
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
            return Store::sqlError(QStringLiteral("recent trim"), remove.lastError());
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
        return Store::sqlError(QStringLiteral("recent list"), q.lastError());
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
            return Store::sqlError(QStringLiteral("recent clear"), q.lastError());
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
                return Store::sqlError(QStringLiteral("recent tombstone"), u.lastError());
            if (auto r = writeOutbox(db, id, version, hlc, QStringLiteral("delete"), {}, now); !r)
                return r;
        }
        return {};
    });
}

} // namespace tripdesk
