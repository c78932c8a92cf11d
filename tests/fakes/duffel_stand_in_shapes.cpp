#include "tests/fakes/duffel_stand_in_shapes.h"

#include "backend/reference/reference_data.h"

#include <QJsonDocument>

namespace tripdesk::duffel_stand_in {

using namespace Qt::StringLiterals;

namespace {

QString withPrefix(QStringView prefix, const QString &id)
{
    return id.isEmpty() ? id : prefix + id;
}

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue instantOrNull(const QDateTime &utc)
{
    return utc.isValid() ? QJsonValue(isoUtc(utc)) : QJsonValue(QJsonValue::Null);
}

QString localTime(const QDateTime &utc, const QTimeZone &zone)
{
    return utc.toTimeZone(zone).toString(u"yyyy-MM-ddTHH:mm:ss"_s);
}

QJsonObject place(const QString &code, const ReferenceData &ref)
{
    const QTimeZone zone = ref.timeZone(code);
    return {{"type"_L1, "airport"_L1},
            {"iata_code"_L1, code},
            {"time_zone"_L1, QString::fromLatin1(zone.id())}};
}

QJsonObject condition(bool allowed, const std::optional<Money> &penalty, bool known)
{
    if (!known)
        return {};
    QJsonObject o{{"allowed"_L1, allowed}};
    o.insert("penalty_amount"_L1, penalty ? QJsonValue(penalty->toDecimalString()) : QJsonValue());
    o.insert("penalty_currency"_L1, penalty ? QJsonValue(penalty->currency()) : QJsonValue());
    return o;
}

QJsonObject conditions(const FareConditions &c)
{
    const QJsonObject refund = condition(c.refundable, c.refundPenalty, c.refundKnown);
    const QJsonObject change = condition(c.changeable, c.changePenalty, c.changeKnown);
    return {{"refund_before_departure"_L1,
             refund.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(refund)},
            {"change_before_departure"_L1,
             change.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(change)}};
}

QJsonArray bagsFor(const Segment &s, PassengerType type, const Baggage &offerBags)
{
    int checked = type == PassengerType::Infant ? 0 : offerBags.checkedBags;
    int carryOn = type == PassengerType::Infant ? 0 : offerBags.carryOnBags;
    for (const BaggageAllowance &b : s.baggage) {
        if (b.passenger == type) {
            checked = b.checked;
            carryOn = b.carryOn;
        }
    }
    return {QJsonObject{{"type"_L1, "checked"_L1}, {"quantity"_L1, checked}},
            QJsonObject{{"type"_L1, "carry_on"_L1}, {"quantity"_L1, carryOn}}};
}

QJsonObject segmentJson(const Segment &s, const std::vector<OfferPassenger> &passengers,
                        const Baggage &offerBags, const ReferenceData &ref)
{
    QJsonArray details;
    for (const OfferPassenger &p : passengers) {
        details.append(QJsonObject{{"passenger_id"_L1, p.id},
                                   {"cabin_class"_L1, cabinToString(s.cabin)},
                                   {"fare_basis_code"_L1, orNull(s.fareBasis)},
                                   {"baggages"_L1, bagsFor(s, p.type, offerBags)}});
    }
    return {
        {"id"_L1, segmentId(s.id)},
        {"origin"_L1, place(s.origin, ref)},
        {"destination"_L1, place(s.destination, ref)},
        {"origin_terminal"_L1, orNull(s.originTerminal)},
        {"destination_terminal"_L1, orNull(s.destinationTerminal)},
        {"departing_at"_L1, localTime(s.departure, ref.timeZone(s.origin))},
        {"arriving_at"_L1, localTime(s.arrival, ref.timeZone(s.destination))},
        {"duration"_L1, u"PT%1H%2M"_s.arg(s.durationMinutes() / 60).arg(s.durationMinutes() % 60)},
        {"marketing_carrier"_L1, QJsonObject{{"iata_code"_L1, s.carrier}}},
        {"marketing_carrier_flight_number"_L1, s.flightNumber},
        {"operating_carrier"_L1, QJsonObject{{"iata_code"_L1, s.operatingCarrier}}},
        {"operating_carrier_flight_number"_L1,
         s.operatingFlightNumber.isEmpty() ? s.flightNumber : s.operatingFlightNumber},
        {"aircraft"_L1, QJsonObject{{"iata_code"_L1, s.aircraft}}},
        {"passengers"_L1, details}};
}

QJsonArray slicesJson(const std::vector<Itinerary> &itineraries,
                      const std::vector<OfferPassenger> &passengers, const Baggage &bags,
                      const QString &brand, const ReferenceData &ref)
{
    QJsonArray slices;
    for (const Itinerary &it : itineraries) {
        QJsonArray segments;
        for (const Segment &s : it.segments)
            segments.append(segmentJson(s, passengers, bags, ref));
        slices.append(QJsonObject{{"fare_brand_name"_L1, orNull(brand)},
                                  {"origin"_L1, place(it.segments.front().origin, ref)},
                                  {"destination"_L1, place(it.segments.back().destination, ref)},
                                  {"segments"_L1, segments}});
    }
    return slices;
}

QJsonArray passengersJson(const std::vector<OfferPassenger> &passengers)
{
    QJsonArray list;
    for (const OfferPassenger &p : passengers)
        list.append(QJsonObject{{"id"_L1, p.id}, {"type"_L1, passengerTypeToString(p.type)}});
    return list;
}

} // namespace

QString segmentId(const QString &sandboxId)
{
    return withPrefix(u"seg_", sandboxId);
}

QString serviceId(const QString &sandboxId)
{
    return withPrefix(u"ase_", sandboxId);
}

QString cancellationId(const QString &sandboxId)
{
    return sandboxId.startsWith("orc_"_L1) ? u"ore_"_s + sandboxId.mid(4) : sandboxId;
}

QString sandboxServiceId(const QString &duffelId)
{
    return duffelId.startsWith("ase_"_L1) ? duffelId.mid(4) : duffelId;
}

QString sandboxCancellationId(const QString &duffelId)
{
    return duffelId.startsWith("ore_"_L1) ? u"orc_"_s + duffelId.mid(4) : duffelId;
}

QString isoUtc(const QDateTime &utc)
{
    return utc.toUTC().toString(Qt::ISODate);
}

QJsonObject offerJson(const FlightOffer &offer, const QString &offerId, const ReferenceData &ref)
{
    QJsonObject o{{"id"_L1, offerId},
                  {"live_mode"_L1, false},
                  {"total_amount"_L1, offer.price.toDecimalString()},
                  {"total_currency"_L1, offer.price.currency()},
                  {"expires_at"_L1, instantOrNull(offer.expiresAt)},
                  {"owner"_L1, QJsonObject{{"iata_code"_L1, offer.carriers().value(0)}}},
                  {"passengers"_L1, passengersJson(offer.passengers)},
                  {"conditions"_L1, conditions(offer.conditions)},
                  {"slices"_L1, slicesJson(offer.itineraries, offer.passengers, offer.baggage,
                                           offer.fareBrand, ref)}};
    if (!offer.fares.empty()) {
        Money base(0, offer.price.currency());
        Money tax(0, offer.price.currency());
        for (const PassengerFare &f : offer.fares) {
            base += f.base * f.count;
            tax += f.taxes * f.count;
        }
        o.insert("base_amount"_L1, base.toDecimalString());
        o.insert("base_currency"_L1, base.currency());
        o.insert("tax_amount"_L1, tax.toDecimalString());
        o.insert("tax_currency"_L1, tax.currency());
    }
    return o;
}

QJsonObject pricedOfferJson(const PricedOffer &priced, const QString &offerId,
                            const ReferenceData &ref)
{
    QJsonObject o = offerJson(priced.offer, offerId, ref);
    QJsonArray services;
    for (const OfferService &s : priced.services) {
        QJsonObject metadata;
        QString type = u"baggage"_s;
        if (s.kind == OfferService::Kind::Other) {
            type = u"other"_s;
            metadata.insert("name"_L1, s.name);
        } else {
            metadata.insert("type"_L1, s.kind == OfferService::Kind::CarryOnBag ? "carry_on"_L1
                                                                                : "checked"_L1);
            if (s.weightKg > 0)
                metadata.insert("maximum_weight_kg"_L1, s.weightKg);
        }
        QJsonArray segments;
        for (const QString &id : s.segmentIds)
            segments.append(segmentId(id));
        services.append(
            QJsonObject{{"id"_L1, serviceId(s.id)},
                        {"type"_L1, type},
                        {"metadata"_L1, metadata},
                        {"total_amount"_L1, s.price.toDecimalString()},
                        {"total_currency"_L1, s.price.currency()},
                        {"maximum_quantity"_L1, s.maxQuantity},
                        {"passenger_ids"_L1, QJsonArray::fromStringList(s.passengerIds)},
                        {"segment_ids"_L1, segments}});
    }
    o.insert("available_services"_L1, services);
    o.insert(
        "payment_requirements"_L1,
        QJsonObject{{"requires_instant_payment"_L1, !priced.holdable},
                    {"payment_required_by"_L1, instantOrNull(priced.payBy)},
                    {"price_guarantee_expires_at"_L1, instantOrNull(priced.priceGuaranteedUntil)}});
    return o;
}

QJsonArray seatMapsJson(const std::vector<SeatMap> &maps)
{
    static const char *const kinds[] = {"seat",   "empty",  "exit_row", "bassinet", "lavatory",
                                        "galley", "closet", "stairs",   "other"};
    QJsonArray out;
    for (const SeatMap &map : maps) {
        QJsonArray cabins;
        for (const SeatMapCabin &cabin : map.cabins) {
            QJsonArray rows;
            for (const SeatMapRow &row : cabin.rows) {
                QJsonArray sections;
                for (const auto &section : row.sections) {
                    QJsonArray elements;
                    for (const SeatMapElement &e : section) {
                        QJsonArray prices;
                        for (const SeatMapElement::Price &p : e.prices) {
                            if (!e.available)
                                break;
                            prices.append(
                                QJsonObject{{"id"_L1, serviceId(p.serviceId)},
                                            {"passenger_id"_L1, p.passengerId},
                                            {"total_amount"_L1, p.price.toDecimalString()},
                                            {"total_currency"_L1, p.price.currency()}});
                        }
                        elements.append(QJsonObject{
                            {"type"_L1, QLatin1StringView(kinds[int(e.kind)])},
                            {"designator"_L1, e.designator},
                            {"name"_L1, e.name},
                            {"disclosures"_L1, QJsonArray::fromStringList(e.disclosures)},
                            {"available_services"_L1, prices}});
                    }
                    sections.append(QJsonObject{{"elements"_L1, elements}});
                }
                rows.append(QJsonObject{{"sections"_L1, sections}});
            }
            QJsonObject c{{"cabin_class"_L1, cabinToString(cabin.cabin)},
                          {"deck"_L1, cabin.deck},
                          {"aisles"_L1, cabin.aisles},
                          {"rows"_L1, rows}};
            if (cabin.firstWingRow >= 0)
                c.insert("wings"_L1, QJsonObject{{"first_row_index"_L1, cabin.firstWingRow},
                                                 {"last_row_index"_L1, cabin.lastWingRow}});
            cabins.append(c);
        }
        out.append(QJsonObject{{"id"_L1, QString(u"sea_"_s + map.segmentId)},
                               {"segment_id"_L1, segmentId(map.segmentId)},
                               {"cabins"_L1, cabins}});
    }
    return out;
}

QJsonObject orderJson(const Order &order, const ReferenceData &ref)
{
    QJsonArray passengers;
    std::vector<OfferPassenger> types;
    for (const OrderPassenger &p : order.passengers) {
        types.push_back({p.id, p.type});
        QJsonObject o{{"id"_L1, p.id},
                      {"type"_L1, passengerTypeToString(p.type)},
                      {"title"_L1, p.title},
                      {"given_name"_L1, p.givenName},
                      {"family_name"_L1, p.familyName},
                      {"born_on"_L1, p.bornOn.toString(Qt::ISODate)},
                      {"gender"_L1, p.gender == Gender::Male ? "m"_L1 : "f"_L1},
                      {"email"_L1, p.email},
                      {"phone_number"_L1, p.phone},
                      {"infant_passenger_id"_L1, orNull(p.infantPassengerId)}};
        if (!p.passportNumber.isEmpty())
            o.insert(
                "identity_documents"_L1,
                QJsonArray{QJsonObject{{"type"_L1, "passport"_L1},
                                       {"unique_identifier"_L1, p.passportNumber},
                                       {"issuing_country_code"_L1, p.passportCountry},
                                       {"expires_on"_L1, p.passportExpiry.toString(Qt::ISODate)}}});
        passengers.append(o);
    }
    QJsonArray services;
    for (const OrderService &s : order.services) {
        QJsonArray segments;
        for (const QString &id : s.segmentIds)
            segments.append(segmentId(id));
        services.append(
            QJsonObject{{"id"_L1, serviceId(s.id)},
                        {"type"_L1, s.kind},
                        {"metadata"_L1,
                         QJsonObject{{s.kind == "seat"_L1 ? "designator"_L1 : "name"_L1, s.name}}},
                        {"quantity"_L1, s.quantity},
                        {"total_amount"_L1, s.total.toDecimalString()},
                        {"total_currency"_L1, s.total.currency()},
                        {"passenger_ids"_L1, QJsonArray::fromStringList(s.passengerIds)},
                        {"segment_ids"_L1, segments}});
    }
    QJsonArray documents;
    for (const QString &ticket : order.ticketNumbers)
        documents.append(
            QJsonObject{{"type"_L1, "electronic_ticket"_L1}, {"unique_identifier"_L1, ticket}});
    const bool awaiting = order.status == OrderStatus::Held || order.status == OrderStatus::Expired;
    return {{"id"_L1, order.id},
            {"live_mode"_L1, false},
            {"booking_reference"_L1, order.bookingReference},
            {"total_amount"_L1, order.total.toDecimalString()},
            {"total_currency"_L1, order.total.currency()},
            {"passengers"_L1, passengers},
            {"slices"_L1, slicesJson(order.itineraries, types, Baggage{}, {}, ref)},
            {"services"_L1, services},
            {"conditions"_L1, conditions(order.conditions)},
            {"documents"_L1, documents},
            {"created_at"_L1, instantOrNull(order.createdAt)},
            {"cancelled_at"_L1, instantOrNull(order.cancelledAt)},
            {"payment_status"_L1,
             QJsonObject{{"awaiting_payment"_L1, awaiting},
                         {"payment_required_by"_L1,
                          awaiting ? instantOrNull(order.payBy) : QJsonValue(QJsonValue::Null)}}},
            {"metadata"_L1, QJsonObject{{"tripdesk_reference"_L1, orNull(order.clientReference)}}}};
}

QJsonObject cancellationJson(const OrderCancellation &c)
{
    return {{"id"_L1, cancellationId(c.id)},
            {"order_id"_L1, c.orderId},
            {"live_mode"_L1, false},
            {"refund_amount"_L1, c.refund.toDecimalString()},
            {"refund_currency"_L1, c.refund.currency()},
            {"refund_to"_L1, orNull(c.refundTo)},
            {"expires_at"_L1, instantOrNull(c.expiresAt)},
            {"confirmed_at"_L1, instantOrNull(c.confirmedAt)}};
}

QJsonObject paymentJson(const QString &id, const Money &amount, const QDateTime &createdAt)
{
    return {{"id"_L1, id},
            {"type"_L1, "balance"_L1},
            {"amount"_L1, amount.toDecimalString()},
            {"currency"_L1, amount.currency()},
            {"created_at"_L1, isoUtc(createdAt)},
            {"live_mode"_L1, false}};
}

QByteArray errorBody(const QString &type, const QString &code, const QString &message,
                     const QString &pointer)
{
    QJsonObject error{{"type"_L1, type},
                      {"code"_L1, code},
                      {"title"_L1, message},
                      {"message"_L1, message},
                      {"documentation_url"_L1, u"https://duffel.com/docs/api/overview/errors"_s}};
    if (!pointer.isEmpty())
        error.insert("source"_L1, QJsonObject{{"pointer"_L1, pointer}});
    const QJsonObject root{
        {"meta"_L1, QJsonObject{{"status"_L1, 0}, {"request_id"_L1, u"FakeDuffelRequest"_s}}},
        {"errors"_L1, QJsonArray{error}}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

namespace {

// "passengers[1].givenName" → "/data/passengers/1/given_name".
QString pointerFor(const QString &field)
{
    if (field.isEmpty() || field.startsWith(u'/'))
        return field;
    QString out = u"/data"_s;
    QString part;
    const auto flush = [&] {
        if (!part.isEmpty())
            out += u'/' + part;
        part.clear();
    };
    for (QChar c : field) {
        if (c == u'.' || c == u'[' || c == u']') {
            flush();
        } else if (c.isUpper()) {
            part += u'_' + c.toLower();
        } else {
            part += c;
        }
    }
    flush();
    return out;
}

} // namespace

ErrorAnswer errorAnswer(const Error &error)
{
    switch (error.kind) {
    case Error::Kind::NotFound:
        return {404, errorBody(u"invalid_request_error"_s, u"not_found"_s, error.message)};
    case Error::Kind::InvalidInput:
        return {422, errorBody(u"validation_error"_s, u"invalid_value"_s, error.message,
                               pointerFor(error.field))};
    case Error::Kind::Unavailable:
        return {422, errorBody(u"invalid_request_error"_s, u"offer_no_longer_available"_s,
                               error.message)};
    case Error::Kind::Supplier:
        return {422, errorBody(u"invalid_state_error"_s, u"unprocessable_order"_s, error.message)};
    default:
        return {500, errorBody(u"api_error"_s, u"internal_server_error"_s, error.message)};
    }
}

} // namespace tripdesk::duffel_stand_in
