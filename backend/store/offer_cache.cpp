#include "backend/store/offer_cache.h"

#include "backend/flights/flight_json.h"
#include "backend/flights/flight_record_json.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace tripdesk {

namespace {

using namespace Qt::StringLiterals;

QString isoUtc(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromIso(const QVariant &v)
{
    if (v.isNull())
        return {};
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toUTC();
}

QString compact(const QJsonObject &json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

QString requestKey(const FlightSearchRequest &request)
{
    return compact(requestToJson(request));
}

Result<FlightOffer> offerFrom(const QString &record)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(record.toUtf8(), &error);
    if (!doc.isObject()) {
        return Error::storage(QCoreApplication::translate("OfferCache",
                                                          "A saved offer could not be read; "
                                                          "search again."),
                              u"offer cache: %1"_s.arg(error.errorString()));
    }
    return offerFromRecord(doc.object());
}

} // namespace

const MigrationSet &OfferCache::migrations()
{
    static const MigrationSet set{
        u"offer_cache"_s,
        {{1,
          u"offers of recent searches"_s,
          {
              // One row per fare option; an option of a result names the result it belongs to
              // (lead_*), a result leaves them empty. Local only: no version, clock or outbox.
              u"CREATE TABLE offer_cache ("
              " supplier TEXT NOT NULL, offer_id TEXT NOT NULL,"
              " lead_supplier TEXT NOT NULL DEFAULT '', lead_id TEXT NOT NULL DEFAULT '',"
              " request_key TEXT NOT NULL, request TEXT NOT NULL, position INTEGER NOT NULL,"
              " record TEXT NOT NULL, expires_at TEXT, cached_at TEXT NOT NULL,"
              " PRIMARY KEY (supplier, offer_id))"_s,
              u"CREATE INDEX offer_cache_by_offer ON offer_cache (offer_id)"_s,
              u"CREATE INDEX offer_cache_by_trip ON offer_cache (request_key, cached_at)"_s,
              u"CREATE INDEX offer_cache_by_age ON offer_cache (cached_at)"_s,
          }}}};
    return set;
}

OfferCache::OfferCache(Database &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
{}

Result<void> OfferCache::put(const FlightSearchRequest &request,
                             const std::vector<FlightOffer> &results)
{
    const QDateTime now = m_clock.nowUtc();
    const QString key = requestKey(request);
    const QString requestText = compact(requestToJson(request));
    return m_store.transaction([&]() -> Result<void> {
        QSqlDatabase db = m_store.database();
        QSqlQuery drop(db);
        drop.prepare(u"DELETE FROM offer_cache WHERE request_key = ? OR cached_at < ?"_s);
        drop.addBindValue(key);
        drop.addBindValue(isoUtc(now.addSecs(-qint64(kKeepHours) * 3600)));
        if (!drop.exec())
            return Database::sqlError(u"offer cache prune"_s, drop.lastError());
        QSqlQuery insert(db);
        insert.prepare(u"INSERT OR REPLACE INTO offer_cache(supplier, offer_id, lead_supplier,"
                       " lead_id, request_key, request, position, record, expires_at, cached_at)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        int position = 0;
        const auto write = [&](const FlightOffer &offer, const FlightOffer *lead) -> Result<void> {
            insert.addBindValue(offer.supplier);
            insert.addBindValue(offer.id);
            insert.addBindValue(lead ? lead->supplier : QString());
            insert.addBindValue(lead ? lead->id : QString());
            insert.addBindValue(key);
            insert.addBindValue(requestText);
            insert.addBindValue(position++);
            insert.addBindValue(compact(offerRecord(offer)));
            insert.addBindValue(offer.expiresAt.isValid() ? QVariant(isoUtc(offer.expiresAt))
                                                          : QVariant());
            insert.addBindValue(isoUtc(now));
            if (!insert.exec())
                return Database::sqlError(u"offer cache insert"_s, insert.lastError());
            return {};
        };
        for (const FlightOffer &result : results) {
            if (auto done = write(result, nullptr); !done)
                return done;
            for (const FlightOffer &option : result.options) {
                if (auto done = write(option, &result); !done)
                    return done;
            }
        }
        return {};
    });
}

Result<void> OfferCache::putPriced(const QString &checkedId, const FlightOffer &current)
{
    const QString record = compact(offerRecord(current));
    const QVariant expiresAt =
        current.expiresAt.isValid() ? QVariant(isoUtc(current.expiresAt)) : QVariant();
    return m_store.transaction([&]() -> Result<void> {
        QSqlQuery q(m_store.database());
        if (current.id == checkedId) {
            q.prepare(u"UPDATE offer_cache SET record = ?, expires_at = ?"
                      " WHERE supplier = ? AND offer_id = ?"_s);
            q.addBindValue(record);
            q.addBindValue(expiresAt);
            q.addBindValue(current.supplier);
            q.addBindValue(checkedId);
        } else {
            // Under a key of its own, so the trip's results do not list it twice; it goes with
            // the age limit like the rest.
            q.prepare(u"INSERT OR REPLACE INTO offer_cache(supplier, offer_id, lead_supplier,"
                      " lead_id, request_key, request, position, record, expires_at, cached_at)"
                      " SELECT supplier, ?, '', '', 'priced:' || request_key, request, 0, ?, ?, ?"
                      " FROM offer_cache WHERE supplier = ? AND offer_id = ? LIMIT 1"_s);
            q.addBindValue(current.id);
            q.addBindValue(record);
            q.addBindValue(expiresAt);
            q.addBindValue(isoUtc(m_clock.nowUtc()));
            q.addBindValue(current.supplier);
            q.addBindValue(checkedId);
        }
        if (!q.exec())
            return Database::sqlError(u"offer cache priced"_s, q.lastError());
        return {};
    });
}

Result<CachedOffer> OfferCache::find(const QString &offerId) const
{
    QSqlQuery q(m_store.database());
    q.prepare(u"SELECT record, request, cached_at, expires_at FROM offer_cache"
              " WHERE offer_id = ? ORDER BY cached_at DESC LIMIT 1"_s);
    q.addBindValue(offerId);
    if (!q.exec())
        return Database::sqlError(u"offer cache find"_s, q.lastError());
    if (!q.next()) {
        return Error::notFound(
            QCoreApplication::translate("OfferCache",
                                        "No offer “%1” was found by a recent search here; search "
                                        "again and use an id it lists.")
                .arg(quotedInput(offerId)),
            u"offer not cached"_s);
    }
    const QDateTime now = m_clock.nowUtc();
    const QDateTime cachedAt = fromIso(q.value(2));
    QDateTime expiresAt = fromIso(q.value(3));
    if (!expiresAt.isValid())
        expiresAt = cachedAt.addSecs(qint64(kNoExpiryMinutes) * 60);
    if (expiresAt <= now) {
        return Error::notFound(
            QCoreApplication::translate("OfferCache",
                                        "The offer “%1” expired at %2 UTC; search again for "
                                        "current prices.")
                .arg(quotedInput(offerId), expiresAt.toString(u"yyyy-MM-dd HH:mm"_s)),
            u"offer expired"_s);
    }
    auto offer = offerFrom(q.value(0).toString());
    if (!offer)
        return offer.error();
    QJsonParseError error{};
    auto request =
        requestFromJson(QJsonDocument::fromJson(q.value(1).toString().toUtf8(), &error).object());
    if (!request)
        return request.error();
    return CachedOffer{std::move(offer).value(), std::move(request).value(), cachedAt};
}

Result<CachedResults> OfferCache::forTrip(const FlightSearchRequest &request) const
{
    QSqlQuery q(m_store.database());
    q.prepare(u"SELECT supplier, offer_id, lead_supplier, lead_id, record, cached_at"
              " FROM offer_cache WHERE request_key = ? ORDER BY position"_s);
    q.addBindValue(requestKey(request));
    if (!q.exec())
        return Database::sqlError(u"offer cache trip"_s, q.lastError());
    CachedResults out;
    QHash<QString, size_t> leads; // "supplier\nid" → index in out.offers
    while (q.next()) {
        auto offer = offerFrom(q.value(4).toString());
        if (!offer)
            continue; // one unreadable row costs that offer only
        out.cachedAt = fromIso(q.value(5));
        const QString leadId = q.value(3).toString();
        if (leadId.isEmpty()) {
            leads.insert(q.value(0).toString() + u'\n' + q.value(1).toString(), out.offers.size());
            out.offers.push_back(std::move(offer).value());
            continue;
        }
        const auto lead = leads.constFind(q.value(2).toString() + u'\n' + leadId);
        if (lead != leads.cend())
            out.offers[*lead].options.push_back(std::move(offer).value());
    }
    return out;
}

} // namespace tripdesk
