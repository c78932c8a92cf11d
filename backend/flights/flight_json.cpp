#include "backend/flights/flight_json.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace tripdesk {

QJsonValue moneyToJson(const std::optional<Money> &money)
{
    if (!money)
        return QJsonValue::Null;
    return QJsonObject{{QStringLiteral("amount"), money->toDecimalString()},
                       {QStringLiteral("currency"), money->currency()}};
}

QJsonObject requestToJson(const FlightSearchRequest &request)
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

Result<FlightSearchRequest> requestFromJson(const QJsonObject &json)
{
    const auto bad = [](const QString &why) {
        return Error::invalidInput(
            QCoreApplication::translate("FlightSearch", "A saved search could not be read."), why);
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

namespace {

// What one way of buying an offer's flights adds: its price and terms (the flights are the
// offer's own).
QJsonObject fareTermsToJson(const FlightOffer &offer)
{
    QJsonObject json{
        {QStringLiteral("id"), offer.id},
        {QStringLiteral("supplier"), offer.supplier},
        {QStringLiteral("price"), moneyToJson(offer.price)},
        {QStringLiteral("seats_left"), offer.seatsLeft},
        {QStringLiteral("fare_brand"), offer.fareBrand},
        {QStringLiteral("baggage"),
         QJsonObject{{QStringLiteral("checked_bags"), offer.baggage.checkedBags},
                     {QStringLiteral("carry_on_bags"), offer.baggage.carryOnBags}}},
        {QStringLiteral("extra_checked_bag"), moneyToJson(offer.extraCheckedBag)},
        {QStringLiteral("conditions"),
         QJsonObject{
             {QStringLiteral("refundable"), offer.conditions.refundable},
             {QStringLiteral("refund_penalty"), moneyToJson(offer.conditions.refundPenalty)},
             {QStringLiteral("changeable"), offer.conditions.changeable},
             {QStringLiteral("change_penalty"), moneyToJson(offer.conditions.changePenalty)}}},
    };
    if (offer.expiresAt.isValid())
        json.insert(QStringLiteral("expires_at"), offer.expiresAt.toUTC().toString(Qt::ISODate));
    if (!offer.fares.empty()) {
        QJsonArray fares;
        for (const PassengerFare &f : offer.fares) {
            fares.append(
                QJsonObject{{QStringLiteral("passenger_type"), passengerTypeToString(f.type)},
                            {QStringLiteral("count"), f.count},
                            {QStringLiteral("base"), moneyToJson(f.base)},
                            {QStringLiteral("taxes"), moneyToJson(f.taxes)}});
        }
        json.insert(QStringLiteral("fares"), fares);
    }
    return json;
}

} // namespace

QJsonObject offerToJson(const FlightOffer &offer, const LocalTimeFormatter &localTime)
{
    QJsonArray itineraries;
    for (const Itinerary &it : offer.itineraries) {
        QJsonArray segments;
        for (const Segment &s : it.segments) {
            segments.append(QJsonObject{
                {QStringLiteral("carrier"), s.carrier},
                {QStringLiteral("number"), s.flightNumber},
                {QStringLiteral("from"), s.origin},
                {QStringLiteral("to"), s.destination},
                {QStringLiteral("departure"), localTime(s.departure, s.origin)},
                {QStringLiteral("arrival"), localTime(s.arrival, s.destination)},
                {QStringLiteral("aircraft"), s.aircraft},
                {QStringLiteral("cabin"), cabinToString(s.cabin)},
                {QStringLiteral("operating_carrier"),
                 s.operatingCarrier.isEmpty() ? s.carrier : s.operatingCarrier},
                {QStringLiteral("fare_class"), s.fareClass},
                {QStringLiteral("duration_minutes"), s.durationMinutes()},
            });
        }
        itineraries.append(QJsonObject{{QStringLiteral("duration_minutes"), it.durationMinutes()},
                                       {QStringLiteral("stops"), it.stops()},
                                       {QStringLiteral("segments"), segments}});
    }
    QJsonObject json = fareTermsToJson(offer);
    json.insert(QStringLiteral("itineraries"), itineraries);
    json.insert(QStringLiteral("stops"), offer.maxStops());
    // The other ways to buy the same flights (other suppliers, other fare brands).
    QJsonArray options;
    for (const FlightOffer &option : offer.options)
        options.append(fareTermsToJson(option));
    json.insert(QStringLiteral("options"), options);
    return json;
}

} // namespace tripdesk
