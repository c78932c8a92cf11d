// The Duffel stand-in reading Duffel's request bodies into the sandbox's requests, with
// validation errors that point at the field as Duffel's do.

#include "tests/fakes/duffel_stand_in_shapes.h"

namespace tripdesk::duffel_stand_in {

using namespace Qt::StringLiterals;

namespace {

Error invalid(const QString &pointer, const QString &message)
{
    return Error::invalidInput(message).at(pointer);
}

} // namespace

Result<FlightSearchRequest> searchFromJson(const QJsonObject &data)
{
    FlightSearchRequest request;
    const QJsonArray slices = data.value("slices"_L1).toArray();
    if (slices.isEmpty())
        return invalid(u"/data/slices"_s, u"slices must not be empty"_s);
    for (qsizetype i = 0; i < slices.size(); ++i) {
        const QJsonObject s = slices.at(i).toObject();
        SliceRequest slice;
        slice.origin = s.value("origin"_L1).toString();
        slice.destination = s.value("destination"_L1).toString();
        slice.date = QDate::fromString(s.value("departure_date"_L1).toString(), Qt::ISODate);
        const QString at = u"/data/slices/%1/"_s.arg(i);
        if (slice.origin.size() != 3)
            return invalid(at + u"origin"_s, u"origin must be an IATA code"_s);
        if (slice.destination.size() != 3)
            return invalid(at + u"destination"_s, u"destination must be an IATA code"_s);
        if (!slice.date.isValid())
            return invalid(at + u"departure_date"_s, u"departure_date must be a date"_s);
        request.slices.push_back(slice);
    }
    Passengers mix{0, 0, 0};
    const QJsonArray passengers = data.value("passengers"_L1).toArray();
    for (qsizetype i = 0; i < passengers.size(); ++i) {
        const QJsonObject p = passengers.at(i).toObject();
        const QString type = p.value("type"_L1).toString();
        if (type == "adult"_L1) {
            ++mix.adults;
        } else if (type == "child"_L1) {
            ++mix.children;
        } else if (type == "infant_without_seat"_L1) {
            ++mix.infants;
        } else if (p.value("age"_L1).isDouble()) {
            const int age = p.value("age"_L1).toInt();
            (age < 2 ? mix.infants : age < 12 ? mix.children : mix.adults) += 1;
        } else {
            return invalid(u"/data/passengers/%1/type"_s.arg(i),
                           u"a passenger needs a type or an age"_s);
        }
    }
    if (mix.total() == 0)
        return invalid(u"/data/passengers"_s, u"passengers must not be empty"_s);
    request.passengers = mix;
    const QJsonValue cabin = data.value("cabin_class"_L1);
    if (!cabin.isUndefined() && !cabin.isNull()) {
        const auto known = cabinFromString(cabin.toString());
        if (!known)
            return invalid(u"/data/cabin_class"_s, u"unknown cabin_class"_s);
        request.cabin = *known;
    }
    request.maxStops = std::clamp(data.value("max_connections"_L1).toInt(1), 0, 2);
    return request;
}

Result<OrderRequest> orderFromJson(const QJsonObject &data,
                                   const std::vector<OfferPassenger> &offerPassengers)
{
    OrderRequest request;
    const QString type = data.value("type"_L1).toString(u"instant"_s);
    if (type != "instant"_L1 && type != "hold"_L1)
        return invalid(u"/data/type"_s, u"type must be instant or hold"_s);
    request.kind = type == "hold"_L1 ? OrderRequest::Kind::Hold : OrderRequest::Kind::Instant;
    const QJsonArray offers = data.value("selected_offers"_L1).toArray();
    if (offers.size() != 1 || offers.at(0).toString().isEmpty())
        return invalid(u"/data/selected_offers"_s, u"select exactly one offer"_s);
    request.offerId = offers.at(0).toString();

    const QJsonArray passengers = data.value("passengers"_L1).toArray();
    if (passengers.isEmpty())
        return invalid(u"/data/passengers"_s, u"passengers must not be empty"_s);
    for (qsizetype i = 0; i < passengers.size(); ++i) {
        const QJsonObject p = passengers.at(i).toObject();
        const QString at = u"/data/passengers/%1/"_s.arg(i);
        OrderPassenger out;
        out.id = p.value("id"_L1).toString();
        if (out.id.isEmpty())
            return invalid(at + u"id"_s, u"id is required"_s);
        for (const OfferPassenger &known : offerPassengers) {
            if (known.id == out.id)
                out.type = known.type;
        }
        out.title = p.value("title"_L1).toString();
        out.givenName = p.value("given_name"_L1).toString();
        out.familyName = p.value("family_name"_L1).toString();
        out.bornOn = QDate::fromString(p.value("born_on"_L1).toString(), Qt::ISODate);
        if (!out.bornOn.isValid())
            return invalid(at + u"born_on"_s, u"born_on must be a date"_s);
        const QString gender = p.value("gender"_L1).toString();
        if (gender != "m"_L1 && gender != "f"_L1)
            return invalid(at + u"gender"_s, u"gender must be m or f"_s);
        out.gender = gender == "m"_L1 ? Gender::Male : Gender::Female;
        out.email = p.value("email"_L1).toString();
        out.phone = p.value("phone_number"_L1).toString();
        out.infantPassengerId = p.value("infant_passenger_id"_L1).toString();
        const QJsonObject passport = p.value("identity_documents"_L1).toArray().at(0).toObject();
        out.passportNumber = passport.value("unique_identifier"_L1).toString();
        out.passportCountry = passport.value("issuing_country_code"_L1).toString();
        out.passportExpiry =
            QDate::fromString(passport.value("expires_on"_L1).toString(), Qt::ISODate);
        request.passengers.push_back(out);
    }
    for (const QJsonValue &v : data.value("services"_L1).toArray()) {
        const QJsonObject s = v.toObject();
        request.services.push_back({sandboxServiceId(s.value("id"_L1).toString()),
                                    s.value("quantity"_L1).toInt(1),
                                    {},
                                    {}});
    }
    if (request.kind == OrderRequest::Kind::Instant) {
        const QJsonObject payment = data.value("payments"_L1).toArray().at(0).toObject();
        if (payment.value("type"_L1).toString() != "balance"_L1)
            return invalid(u"/data/payments/0/type"_s, u"only balance payments are accepted"_s);
        auto amount = Money::parse(payment.value("amount"_L1).toString(),
                                   payment.value("currency"_L1).toString());
        if (!amount)
            return invalid(u"/data/payments/0/amount"_s, u"amount must be a decimal"_s);
        request.payment = *amount;
    }
    request.clientReference =
        data.value("metadata"_L1).toObject().value("tripdesk_reference"_L1).toString();
    return request;
}

} // namespace tripdesk::duffel_stand_in
