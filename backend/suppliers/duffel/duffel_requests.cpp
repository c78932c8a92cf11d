// The bodies and paths of Duffel's requests.

#include "backend/suppliers/duffel/duffel_reading.h"

#include <QUrl>

namespace tripdesk::duffel {

using namespace detail;

namespace {

QString encoded(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

QJsonObject wrapped(QJsonObject data)
{
    return QJsonObject{{u"data"_s, data}};
}

QJsonObject money(const Money &amount)
{
    return {{u"type"_s, u"balance"_s},
            {u"amount"_s, amount.toDecimalString()},
            {u"currency"_s, amount.currency()}};
}

QJsonObject passenger(const OrderPassenger &p)
{
    QJsonObject o{{u"id"_s, p.id},
                  {u"title"_s, p.title},
                  {u"given_name"_s, p.givenName},
                  {u"family_name"_s, p.familyName},
                  {u"born_on"_s, p.bornOn.toString(Qt::ISODate)},
                  {u"gender"_s, p.gender == Gender::Male ? u"m"_s : u"f"_s},
                  {u"email"_s, p.email},
                  {u"phone_number"_s, p.phone}};
    if (!p.infantPassengerId.isEmpty())
        o.insert(u"infant_passenger_id"_s, p.infantPassengerId);
    if (!p.passportNumber.isEmpty()) {
        QJsonObject passport{{u"type"_s, u"passport"_s},
                             {u"unique_identifier"_s, p.passportNumber},
                             {u"issuing_country_code"_s, p.passportCountry}};
        if (p.passportExpiry.isValid())
            passport.insert(u"expires_on"_s, p.passportExpiry.toString(Qt::ISODate));
        o.insert(u"identity_documents"_s, QJsonArray{passport});
    }
    return o;
}

} // namespace

QJsonObject offerRequestBody(const FlightSearchRequest &request, const std::vector<int> &childAges)
{
    QJsonArray slices;
    for (const SliceRequest &s : request.slices) {
        slices.append(QJsonObject{{u"origin"_s, s.origin},
                                  {u"destination"_s, s.destination},
                                  {u"departure_date"_s, s.date.toString(Qt::ISODate)},
                                  {u"departure_time"_s, QJsonValue::Null},
                                  {u"arrival_time"_s, QJsonValue::Null}});
    }
    QJsonArray passengers;
    for (int i = 0; i < request.passengers.adults; ++i)
        passengers.append(QJsonObject{{u"type"_s, u"adult"_s}});
    const bool agesKnown = childAges.size() == size_t(request.passengers.children);
    for (int i = 0; i < request.passengers.children; ++i) {
        if (agesKnown)
            passengers.append(QJsonObject{{u"age"_s, childAges[size_t(i)]}});
        else
            passengers.append(QJsonObject{{u"type"_s, u"child"_s}});
    }
    for (int i = 0; i < request.passengers.infants; ++i)
        passengers.append(QJsonObject{{u"type"_s, u"infant_without_seat"_s}});
    return wrapped({{u"slices"_s, slices},
                    {u"passengers"_s, passengers},
                    {u"cabin_class"_s, cabinToString(request.cabin)},
                    {u"max_connections"_s, std::clamp(request.maxStops, 0, 2)}});
}

QJsonObject orderBody(const OrderRequest &request)
{
    const bool instant = request.kind == OrderRequest::Kind::Instant;
    QJsonArray passengers;
    for (const OrderPassenger &p : request.passengers)
        passengers.append(passenger(p));
    QJsonArray services;
    for (const SelectedService &s : request.services)
        services.append(QJsonObject{{u"id"_s, s.id}, {u"quantity"_s, s.quantity}});
    QJsonObject data{{u"type"_s, instant ? u"instant"_s : u"hold"_s},
                     {u"selected_offers"_s, QJsonArray{request.offerId}},
                     {u"passengers"_s, passengers}};
    // A hold pays nothing now; services can be added to an instant order only.
    if (instant) {
        data.insert(u"services"_s, services);
        data.insert(u"payments"_s, QJsonArray{money(request.payment)});
    }
    if (!request.clientReference.isEmpty())
        data.insert(u"metadata"_s, QJsonObject{{u"tripdesk_reference"_s, request.clientReference}});
    return wrapped(data);
}

QJsonObject paymentBody(const QString &orderId, const Money &amount)
{
    return wrapped({{u"order_id"_s, orderId}, {u"payment"_s, money(amount)}});
}

QJsonObject cancellationBody(const QString &orderId)
{
    return wrapped({{u"order_id"_s, orderId}});
}

QString offerRequestPath(bool returnOffers)
{
    return returnOffers ? u"/air/offer_requests"_s : u"/air/offer_requests?return_offers=false"_s;
}

QString offersPath(const QString &offerRequestId, const QString &after, int limit,
                   const QString &sort)
{
    QString path = u"/air/offers?offer_request_id=%1&limit=%2"_s.arg(encoded(offerRequestId))
                       .arg(std::clamp(limit, 1, 200));
    if (!sort.isEmpty())
        path += u"&sort="_s + encoded(sort);
    if (!after.isEmpty())
        path += u"&after="_s + encoded(after);
    return path;
}

QString pricedOfferPath(const QString &offerId)
{
    return u"/air/offers/%1?return_available_services=true"_s.arg(encoded(offerId));
}

QString seatMapsPath(const QString &offerId)
{
    return u"/air/seat_maps?offer_id=%1"_s.arg(encoded(offerId));
}

QString ordersPath()
{
    return u"/air/orders"_s;
}

QString orderPath(const QString &orderId)
{
    return u"/air/orders/%1"_s.arg(encoded(orderId));
}

QString orderListPath(const QString &passengerName, const QString &after, int limit)
{
    QString path = u"/air/orders?limit=%1"_s.arg(std::clamp(limit, 1, 200));
    if (!passengerName.isEmpty())
        path += u"&passenger_name[]="_s + encoded(passengerName);
    if (!after.isEmpty())
        path += u"&after="_s + encoded(after);
    return path;
}

QString paymentsPath()
{
    return u"/air/payments"_s;
}

QString cancellationsPath()
{
    return u"/air/order_cancellations"_s;
}

QString cancellationPath(const QString &cancellationId)
{
    return u"/air/order_cancellations/%1"_s.arg(encoded(cancellationId));
}

QString cancellationConfirmPath(const QString &cancellationId)
{
    return u"/air/order_cancellations/%1/actions/confirm"_s.arg(encoded(cancellationId));
}

} // namespace tripdesk::duffel
