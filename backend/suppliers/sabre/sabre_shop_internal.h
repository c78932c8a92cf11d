#pragma once
// Private to the shopping parser: the descriptor index and the pieces sabre_shop.cpp (legs and
// schedules) and sabre_shop_fares.cpp (one pricingInformation into an offer) share.

#include "backend/suppliers/sabre/sabre_json.h"
#include "backend/suppliers/sabre/sabre_offer_key.h"
#include "backend/suppliers/sabre/sabre_shop.h"

#include <QHash>

namespace tripdesk::sabre::detail {

// Descriptors by their numeric id; ids are small and dense in practice, but nothing is assumed.
class DescIndex
{
public:
    void add(const JsonValue &list);
    JsonValue find(const JsonValue &ref) const;

private:
    static constexpr qint64 kDense = 1 << 16;
    std::vector<JsonValue> m_dense;
    QHash<qint64, JsonValue> m_sparse;
};

struct Descriptors {
    DescIndex schedules;
    DescIndex legs;
    DescIndex fareComponents;
    DescIndex allowances;
};

// One slice's flights as the schedules give them, before a fare is applied.
struct BuiltLeg {
    QString failure; // why it could not be read; empty when it could
    std::vector<Segment> segments;
    std::vector<OfferKeyFlight> keys; // the flight parts of the offer key
};

// Reads one leg (a legDescs entry) departing on `date` (the group's legDescription date).
BuiltLeg buildLeg(const Descriptors &descs, const JsonValue &legRef, const QString &date);

// Reads one pricingInformation into an offer over the itinerary's legs. Returns false with
// `failure` set when it cannot be read; `skip` is set instead for fares that are simply not for
// sale (sold out, a passenger type not available), which are not malformed.
bool buildOffer(const Descriptors &descs, const std::vector<const BuiltLeg *> &legs,
                const JsonValue &pricing, const ReplyContext &context, FlightOffer &offer,
                QString &failure, bool &skip);

// "2026-12-24" → a valid date, or an invalid one.
QDate parseDate(QStringView text);

// A deadline in the agency's zone: "2026-12-20" and "12:29" (or no time: the end of the day).
QDateTime deadline(const QString &date, const QString &time, const QTimeZone &zone);

// The tripdesk passenger type of a Sabre passenger type code: INF → infant, CNN, CHD and
// C02…C11 → child, anything else (ADT, JCB, SRC …) → adult. INS (an infant in its own seat)
// counts as a child, since it takes a seat.
PassengerType passengerTypeOf(QStringView code);

} // namespace tripdesk::sabre::detail
