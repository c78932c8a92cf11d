#pragma once
// Private to the Duffel wire module: reading the pieces Duffel's replies share (amounts, times,
// places and their zones, passengers, slices and segments, conditions), noting the first field
// that could not be read so a malformed offer is dropped with a reason.

#include "backend/suppliers/duffel/duffel_wire.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonValue>

#include <optional>

namespace tripdesk::duffel::detail {

using namespace Qt::StringLiterals;

// The document's top-level object, or a Supplier error saying the reply could not be read.
Result<QJsonObject> readDocument(const QByteArray &body, const char *what);
Error unreadable(const QString &detail);

// "2020-06-13T16:38:02", "2020-01-17T10:42:14.545Z", "2026-03-29T01:30:00+05:30".
struct WireTime {
    QDate date;
    QTime time;
    bool hasOffset = false;
    int offsetSeconds = 0;
};
std::optional<WireTime> parseWireTime(QStringView text);
// The same, as an instant: an offset or "Z" is honoured, none means UTC.
QDateTime parseInstant(QStringView text);

inline QString text(const QJsonObject &o, QLatin1StringView key)
{
    return o.value(key).toString();
}

// Zones met while reading one reply, by IANA id and by airport, so each is built once.
struct ZoneCache {
    QHash<QString, QTimeZone> byId;
    QHash<QString, QTimeZone> byAirport;
};

// Reads one offer, order or service, noting the first field it could not read.
class Reader
{
public:
    Reader(const ParseContext &context, ZoneCache &zones)
        : m_context(context)
        , m_zones(zones)
    {}

    bool ok() const { return m_failed.isEmpty(); }
    const QString &failed() const { return m_failed; }
    void fail(const QString &field);

    // Non-empty string at `key`, else fails with `key`.
    QString required(const QJsonObject &o, QLatin1StringView key);
    // An amount string and its currency; absent or malformed fails.
    Money money(const QJsonObject &o, QLatin1StringView amountKey, QLatin1StringView currencyKey);
    // Nothing when the amount is absent or null; a malformed one fails.
    std::optional<Money> optionalMoney(const QJsonObject &o, QLatin1StringView amountKey,
                                       QLatin1StringView currencyKey);
    // Invalid when absent or null; a malformed one fails.
    QDateTime instant(const QJsonObject &o, QLatin1StringView key);

    // passengers[]: id and type (or age), ordered adults, children, infants.
    std::vector<OfferPassenger> passengers(const QJsonArray &list);
    // slices[] into itineraries; `passengers` types the per-passenger segment details.
    std::vector<Itinerary> itineraries(const QJsonArray &slices,
                                       const std::vector<OfferPassenger> &passengers);
    // The offer's or order's conditions, else what every slice states.
    FareConditions conditions(const QJsonObject &owner, const QJsonArray &slices);

private:
    Segment segment(const QJsonObject &o, const std::vector<OfferPassenger> &passengers);
    // The place's IATA code and the zone of its local times.
    QString place(const QJsonObject &o, QLatin1StringView key, QTimeZone *zone);
    QDateTime localTime(const QJsonObject &o, QLatin1StringView key, const QTimeZone &zone);

    const ParseContext &m_context;
    ZoneCache &m_zones;
    QString m_failed;
    int m_slice = -1;
    int m_segment = -1;
};

// Offer baggage: for adults, the fewest bags any segment allows.
Baggage adultBaggage(const std::vector<Itinerary> &itineraries);

// One offer object (duffel_offers.cpp); nothing, with `why` set, when it cannot be read.
// `requestPassengers` stand in when the offer lists none of its own.
std::optional<FlightOffer> readOffer(const QJsonObject &o, const ParseContext &context,
                                     ZoneCache &zones,
                                     const std::vector<OfferPassenger> &requestPassengers,
                                     QString *why);

} // namespace tripdesk::duffel::detail
