#include "backend/flights/flight_record_json.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace tripdesk {

namespace {

using namespace Qt::StringLiterals;

QJsonValue instant(const QDateTime &utc)
{
    if (!utc.isValid())
        return QJsonValue::Null;
    return utc.toUTC().toString(Qt::ISODateWithMs).replace(u".000Z"_s, u"Z"_s);
}

QJsonValue date(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue money(const Money &m)
{
    if (m.currency().isEmpty())
        return QJsonValue::Null;
    return QJsonObject{{u"amount"_s, m.toDecimalString()}, {u"currency"_s, m.currency()}};
}

QJsonValue money(const std::optional<Money> &m)
{
    return m ? money(*m) : QJsonValue(QJsonValue::Null);
}

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

template<typename T, typename F> QJsonArray array(const std::vector<T> &items, F &&f)
{
    QJsonArray out;
    for (const T &item : items)
        out.append(f(item));
    return out;
}

QJsonObject baggage(const BaggageAllowance &b)
{
    return {{u"passenger_type"_s, passengerTypeToString(b.passenger)},
            {u"checked"_s, b.checked},
            {u"checked_kg"_s, b.checkedKg},
            {u"carry_on"_s, b.carryOn}};
}

QJsonObject conditions(const FareConditions &c)
{
    return {{u"refundable"_s, c.refundable},
            {u"refund_known"_s, c.refundKnown},
            {u"refund_penalty"_s, money(c.refundPenalty)},
            {u"changeable"_s, c.changeable},
            {u"change_known"_s, c.changeKnown},
            {u"change_penalty"_s, money(c.changePenalty)}};
}

QJsonArray itineraries(const std::vector<Itinerary> &list)
{
    return array(list, [](const Itinerary &it) {
        return QJsonObject{{u"segments"_s, array(it.segments, segmentRecord)}};
    });
}

QString genderName(Gender g)
{
    return g == Gender::Female ? u"f"_s : u"m"_s;
}

QJsonObject passenger(const OrderPassenger &p)
{
    return {{u"id"_s, p.id},
            {u"type"_s, passengerTypeToString(p.type)},
            {u"title"_s, p.title},
            {u"given_name"_s, p.givenName},
            {u"family_name"_s, p.familyName},
            {u"born_on"_s, date(p.bornOn)},
            {u"gender"_s, genderName(p.gender)},
            {u"email"_s, p.email},
            {u"phone"_s, p.phone},
            // Only whether a passport was given: the number itself is never written here.
            {u"has_passport"_s, !p.passportNumber.isEmpty()},
            {u"passport_country"_s, p.passportCountry},
            {u"passport_expiry"_s, date(p.passportExpiry)},
            {u"nationality"_s, p.nationality},
            {u"infant_passenger_id"_s, p.infantPassengerId}};
}

QString elementKindName(SeatMapElement::Kind kind)
{
    switch (kind) {
    case SeatMapElement::Kind::Seat:
        return u"seat"_s;
    case SeatMapElement::Kind::Empty:
        return u"empty"_s;
    case SeatMapElement::Kind::ExitRow:
        return u"exit_row"_s;
    case SeatMapElement::Kind::Bassinet:
        return u"bassinet"_s;
    case SeatMapElement::Kind::Lavatory:
        return u"lavatory"_s;
    case SeatMapElement::Kind::Galley:
        return u"galley"_s;
    case SeatMapElement::Kind::Closet:
        return u"closet"_s;
    case SeatMapElement::Kind::Stairs:
        return u"stairs"_s;
    case SeatMapElement::Kind::Other:
        break;
    }
    return u"other"_s;
}

// Reading back: each step notes the first field it could not read.
class Reader
{
public:
    QString failed;

    QString text(const QJsonObject &o, const QString &key) { return o.value(key).toString(); }
    int number(const QJsonObject &o, const QString &key, int fallback = 0)
    {
        return o.value(key).toInt(fallback);
    }
    QDateTime instantAt(const QJsonObject &o, const QString &key)
    {
        const QJsonValue v = o.value(key);
        if (v.isNull() || v.isUndefined())
            return {};
        QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
        if (!t.isValid())
            fail(key);
        return t.toUTC();
    }
    std::optional<Money> optionalMoney(const QJsonObject &o, const QString &key)
    {
        const QJsonValue v = o.value(key);
        if (v.isNull() || v.isUndefined())
            return std::nullopt;
        const QJsonObject m = v.toObject();
        auto parsed =
            Money::parse(m.value(u"amount"_s).toString(), m.value(u"currency"_s).toString());
        if (!parsed) {
            fail(key);
            return std::nullopt;
        }
        return parsed.value();
    }
    Money requiredMoney(const QJsonObject &o, const QString &key)
    {
        auto m = optionalMoney(o, key);
        if (!m) {
            fail(key);
            return {};
        }
        return *m;
    }
    PassengerType passengerType(const QJsonObject &o, const QString &key)
    {
        const auto t = passengerTypeFromString(text(o, key));
        if (!t)
            fail(key);
        return t.value_or(PassengerType::Adult);
    }
    Cabin cabin(const QJsonObject &o, const QString &key)
    {
        const auto c = cabinFromString(text(o, key));
        if (!c)
            fail(key);
        return c.value_or(Cabin::Economy);
    }
    QStringList stringList(const QJsonObject &o, const QString &key)
    {
        QStringList out;
        for (const QJsonValue &v : o.value(key).toArray())
            out.append(v.toString());
        return out;
    }
    void fail(const QString &key)
    {
        if (failed.isEmpty())
            failed = key;
    }

    Segment segment(const QJsonObject &o)
    {
        Segment s;
        s.id = text(o, u"id"_s);
        s.carrier = text(o, u"carrier"_s);
        s.flightNumber = text(o, u"flight_number"_s);
        s.operatingCarrier = text(o, u"operating_carrier"_s);
        s.operatingFlightNumber = text(o, u"operating_flight_number"_s);
        s.origin = text(o, u"origin"_s);
        s.destination = text(o, u"destination"_s);
        s.originTerminal = text(o, u"origin_terminal"_s);
        s.destinationTerminal = text(o, u"destination_terminal"_s);
        s.departure = instantAt(o, u"departure"_s);
        s.arrival = instantAt(o, u"arrival"_s);
        if (!s.departure.isValid() || !s.arrival.isValid())
            fail(u"departure"_s);
        s.aircraft = text(o, u"aircraft"_s);
        s.cabin = cabin(o, u"cabin"_s);
        s.fareClass = text(o, u"fare_class"_s);
        s.fareBasis = text(o, u"fare_basis"_s);
        for (const QJsonValue &v : o.value(u"baggage"_s).toArray()) {
            const QJsonObject b = v.toObject();
            s.baggage.push_back({passengerType(b, u"passenger_type"_s), number(b, u"checked"_s),
                                 number(b, u"checked_kg"_s), number(b, u"carry_on"_s)});
        }
        return s;
    }

    FareConditions fareConditions(const QJsonObject &o)
    {
        FareConditions c;
        c.refundable = o.value(u"refundable"_s).toBool();
        c.refundKnown = o.value(u"refund_known"_s).toBool(true);
        c.refundPenalty = optionalMoney(o, u"refund_penalty"_s);
        c.changeable = o.value(u"changeable"_s).toBool();
        c.changeKnown = o.value(u"change_known"_s).toBool(true);
        c.changePenalty = optionalMoney(o, u"change_penalty"_s);
        return c;
    }

    FlightOffer offer(const QJsonObject &o)
    {
        FlightOffer f;
        f.id = text(o, u"id"_s);
        if (f.id.isEmpty())
            fail(u"id"_s);
        f.supplier = text(o, u"supplier"_s);
        f.price = requiredMoney(o, u"price"_s);
        for (const QJsonValue &it : o.value(u"itineraries"_s).toArray()) {
            Itinerary itinerary;
            for (const QJsonValue &s : it.toObject().value(u"segments"_s).toArray())
                itinerary.segments.push_back(segment(s.toObject()));
            if (itinerary.segments.empty())
                fail(u"itineraries"_s);
            f.itineraries.push_back(std::move(itinerary));
        }
        if (f.itineraries.empty())
            fail(u"itineraries"_s);
        const QJsonObject bags = o.value(u"baggage"_s).toObject();
        f.baggage.checkedBags = number(bags, u"checked_bags"_s);
        f.baggage.carryOnBags = number(bags, u"carry_on_bags"_s, 1);
        f.conditions = fareConditions(o.value(u"conditions"_s).toObject());
        f.fareBrand = text(o, u"fare_brand"_s);
        f.seatsLeft = number(o, u"seats_left"_s, 9);
        f.expiresAt = instantAt(o, u"expires_at"_s);
        for (const QJsonValue &v : o.value(u"fares"_s).toArray()) {
            const QJsonObject p = v.toObject();
            f.fares.push_back({passengerType(p, u"passenger_type"_s), number(p, u"count"_s),
                               requiredMoney(p, u"base"_s), requiredMoney(p, u"taxes"_s)});
        }
        for (const QJsonValue &v : o.value(u"passengers"_s).toArray()) {
            const QJsonObject p = v.toObject();
            f.passengers.push_back({text(p, u"id"_s), passengerType(p, u"type"_s)});
        }
        f.extraCheckedBag = optionalMoney(o, u"extra_checked_bag"_s);
        return f;
    }
};

std::optional<OfferService::Kind> serviceKindFromName(QStringView name)
{
    for (auto k : {OfferService::Kind::CheckedBag, OfferService::Kind::CarryOnBag,
                   OfferService::Kind::Other}) {
        if (name == serviceKindToString(k))
            return k;
    }
    return std::nullopt;
}

Error unreadable(const QString &field)
{
    return Error::invalidInput(QCoreApplication::translate("FlightRecord",
                                                           "A saved offer could not be read; "
                                                           "search again."),
                               u"offer record: bad %1"_s.arg(field));
}

} // namespace

QJsonObject segmentRecord(const Segment &s)
{
    return {{u"id"_s, s.id},
            {u"carrier"_s, s.carrier},
            {u"flight_number"_s, s.flightNumber},
            {u"operating_carrier"_s, s.operatingCarrier},
            {u"operating_flight_number"_s, s.operatingFlightNumber},
            {u"origin"_s, s.origin},
            {u"destination"_s, s.destination},
            {u"origin_terminal"_s, s.originTerminal},
            {u"destination_terminal"_s, s.destinationTerminal},
            {u"departure"_s, instant(s.departure)},
            {u"arrival"_s, instant(s.arrival)},
            {u"duration_minutes"_s, s.durationMinutes()},
            {u"aircraft"_s, s.aircraft},
            {u"cabin"_s, cabinToString(s.cabin)},
            {u"fare_class"_s, s.fareClass},
            {u"fare_basis"_s, s.fareBasis},
            {u"baggage"_s, array(s.baggage, baggage)}};
}

QJsonObject offerRecord(const FlightOffer &o)
{
    return {{u"id"_s, o.id},
            {u"supplier"_s, o.supplier},
            {u"price"_s, money(o.price)},
            {u"itineraries"_s, itineraries(o.itineraries)},
            {u"baggage"_s, QJsonObject{{u"checked_bags"_s, o.baggage.checkedBags},
                                       {u"carry_on_bags"_s, o.baggage.carryOnBags}}},
            {u"conditions"_s, conditions(o.conditions)},
            {u"fare_brand"_s, o.fareBrand},
            {u"seats_left"_s, o.seatsLeft},
            {u"expires_at"_s, instant(o.expiresAt)},
            {u"fares"_s, array(o.fares,
                               [](const PassengerFare &f) {
                                   return QJsonObject{
                                       {u"passenger_type"_s, passengerTypeToString(f.type)},
                                       {u"count"_s, f.count},
                                       {u"base"_s, money(f.base)},
                                       {u"taxes"_s, money(f.taxes)}};
                               })},
            {u"extra_checked_bag"_s, money(o.extraCheckedBag)},
            {u"passengers"_s, array(o.passengers, [](const OfferPassenger &p) {
                 return QJsonObject{{u"id"_s, p.id}, {u"type"_s, passengerTypeToString(p.type)}};
             })}};
}

QJsonObject pricedOfferRecord(const PricedOffer &p)
{
    return {{u"offer"_s, offerRecord(p.offer)},
            {u"services"_s, array(p.services,
                                  [](const OfferService &s) {
                                      return QJsonObject{
                                          {u"id"_s, s.id},
                                          {u"kind"_s, serviceKindToString(s.kind)},
                                          {u"name"_s, s.name},
                                          {u"price"_s, money(s.price)},
                                          {u"max_quantity"_s, s.maxQuantity},
                                          {u"weight_kg"_s, s.weightKg},
                                          {u"passenger_ids"_s, strings(s.passengerIds)},
                                          {u"segment_ids"_s, strings(s.segmentIds)}};
                                  })},
            {u"holdable"_s, p.holdable},
            {u"pay_by"_s, instant(p.payBy)},
            {u"price_guaranteed_until"_s, instant(p.priceGuaranteedUntil)}};
}

QJsonObject seatMapRecord(const SeatMap &map)
{
    const auto element = [](const SeatMapElement &e) {
        return QJsonObject{{u"kind"_s, elementKindName(e.kind)},
                           {u"designator"_s, e.designator},
                           {u"name"_s, e.name},
                           {u"available"_s, e.available},
                           {u"prices"_s, array(e.prices,
                                               [](const SeatMapElement::Price &p) {
                                                   return QJsonObject{
                                                       {u"passenger_id"_s, p.passengerId},
                                                       {u"service_id"_s, p.serviceId},
                                                       {u"price"_s, money(p.price)}};
                                               })},
                           {u"disclosures"_s, strings(e.disclosures)}};
    };
    const auto row = [&](const SeatMapRow &r) {
        QJsonArray sections;
        for (const auto &section : r.sections)
            sections.append(array(section, element));
        return QJsonObject{{u"number"_s, r.number}, {u"sections"_s, sections}};
    };
    return {{u"id"_s, map.id},
            {u"segment_id"_s, map.segmentId},
            {u"cabins"_s, array(map.cabins, [&](const SeatMapCabin &c) {
                 return QJsonObject{{u"cabin"_s, cabinToString(c.cabin)},
                                    {u"deck"_s, c.deck},
                                    {u"aisles"_s, c.aisles},
                                    {u"first_wing_row"_s, c.firstWingRow},
                                    {u"last_wing_row"_s, c.lastWingRow},
                                    {u"rows"_s, array(c.rows, row)}};
             })}};
}

QJsonObject orderRecord(const Order &o)
{
    return {{u"id"_s, o.id},
            {u"supplier"_s, o.supplier},
            {u"booking_reference"_s, o.bookingReference},
            {u"status"_s, orderStatusToString(o.status)},
            {u"total"_s, money(o.total)},
            {u"itineraries"_s, itineraries(o.itineraries)},
            {u"passengers"_s, array(o.passengers, passenger)},
            {u"services"_s, array(o.services,
                                  [](const OrderService &s) {
                                      return QJsonObject{
                                          {u"id"_s, s.id},
                                          {u"kind"_s, s.kind},
                                          {u"name"_s, s.name},
                                          {u"quantity"_s, s.quantity},
                                          {u"total"_s, money(s.total)},
                                          {u"passenger_ids"_s, strings(s.passengerIds)},
                                          {u"segment_ids"_s, strings(s.segmentIds)}};
                                  })},
            {u"conditions"_s, conditions(o.conditions)},
            {u"ticket_numbers"_s, strings(o.ticketNumbers)},
            {u"created_at"_s, instant(o.createdAt)},
            {u"pay_by"_s, instant(o.payBy)},
            {u"cancelled_at"_s, instant(o.cancelledAt)},
            {u"client_reference"_s, o.clientReference}};
}

QJsonObject cancellationRecord(const OrderCancellation &c)
{
    return {{u"id"_s, c.id},
            {u"order_id"_s, c.orderId},
            {u"refund"_s, money(c.refund)},
            {u"refund_to"_s, c.refundTo},
            {u"expires_at"_s, instant(c.expiresAt)},
            {u"confirmed_at"_s, instant(c.confirmedAt)}};
}

Result<FlightOffer> offerFromRecord(const QJsonObject &json)
{
    Reader r;
    FlightOffer offer = r.offer(json);
    if (!r.failed.isEmpty())
        return unreadable(r.failed);
    return offer;
}

Result<PricedOffer> pricedOfferFromRecord(const QJsonObject &json)
{
    Reader r;
    PricedOffer p;
    p.offer = r.offer(json.value(u"offer"_s).toObject());
    for (const QJsonValue &v : json.value(u"services"_s).toArray()) {
        const QJsonObject s = v.toObject();
        OfferService service;
        service.id = r.text(s, u"id"_s);
        const auto kind = serviceKindFromName(r.text(s, u"kind"_s));
        if (!kind)
            r.fail(u"services.kind"_s);
        service.kind = kind.value_or(OfferService::Kind::Other);
        service.name = r.text(s, u"name"_s);
        service.price = r.requiredMoney(s, u"price"_s);
        service.maxQuantity = r.number(s, u"max_quantity"_s, 1);
        service.weightKg = r.number(s, u"weight_kg"_s);
        service.passengerIds = r.stringList(s, u"passenger_ids"_s);
        service.segmentIds = r.stringList(s, u"segment_ids"_s);
        p.services.push_back(std::move(service));
    }
    p.holdable = json.value(u"holdable"_s).toBool();
    p.payBy = r.instantAt(json, u"pay_by"_s);
    p.priceGuaranteedUntil = r.instantAt(json, u"price_guaranteed_until"_s);
    if (!r.failed.isEmpty())
        return unreadable(r.failed);
    return p;
}

} // namespace tripdesk
