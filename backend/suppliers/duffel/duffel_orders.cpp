// Duffel orders, order cancellations and payments.

#include "backend/suppliers/duffel/duffel_reading.h"

namespace tripdesk::duffel {

using namespace detail;

namespace {

OrderPassenger readPassenger(const QJsonObject &p, Reader &r)
{
    OrderPassenger out;
    out.id = p.value("id"_L1).toString();
    out.type =
        passengerTypeFromString(p.value("type"_L1).toString()).value_or(PassengerType::Adult);
    out.title = p.value("title"_L1).toString();
    out.givenName = p.value("given_name"_L1).toString();
    out.familyName = p.value("family_name"_L1).toString();
    out.bornOn = QDate::fromString(p.value("born_on"_L1).toString(), Qt::ISODate);
    out.gender = p.value("gender"_L1).toString() == "m"_L1 ? Gender::Male : Gender::Female;
    out.email = p.value("email"_L1).toString();
    out.phone = p.value("phone_number"_L1).toString();
    out.infantPassengerId = p.value("infant_passenger_id"_L1).toString();
    for (const QJsonValue &v : p.value("identity_documents"_L1).toArray()) {
        const QJsonObject d = v.toObject();
        if (d.value("type"_L1).toString() != "passport"_L1)
            continue;
        out.passportNumber = d.value("unique_identifier"_L1).toString();
        out.passportCountry = d.value("issuing_country_code"_L1).toString();
        out.passportExpiry = QDate::fromString(d.value("expires_on"_L1).toString(), Qt::ISODate);
        break;
    }
    if (out.id.isEmpty())
        r.fail(u"passengers.id"_s);
    return out;
}

OrderService readService(const QJsonObject &s, Reader &r)
{
    OrderService out;
    out.id = s.value("id"_L1).toString();
    out.kind = s.value("type"_L1).toString();
    const QJsonObject metadata = s.value("metadata"_L1).toObject();
    // A seat is best named by where it is; other services by what they are.
    out.name = metadata.value("designator"_L1).toString();
    if (out.name.isEmpty())
        out.name = metadata.value("name"_L1).toString();
    out.quantity = std::clamp(s.value("quantity"_L1).toInt(1), 1, 99);
    out.total = r.money(s, "total_amount"_L1, "total_currency"_L1);
    for (const QJsonValue &id : s.value("passenger_ids"_L1).toArray())
        out.passengerIds.append(id.toString());
    for (const QJsonValue &id : s.value("segment_ids"_L1).toArray())
        out.segmentIds.append(id.toString());
    return out;
}

OrderStatus statusOf(const Order &order, const QJsonObject &data, const ParseContext &context)
{
    if (order.cancelledAt.isValid())
        return OrderStatus::Cancelled;
    const QJsonValue awaiting =
        data.value("payment_status"_L1).toObject().value("awaiting_payment"_L1);
    if (awaiting.isBool() && awaiting.toBool()) {
        if (context.now.isValid() && order.payBy.isValid() && order.payBy <= context.now)
            return OrderStatus::Expired;
        return OrderStatus::Held;
    }
    if (awaiting.isBool())
        return OrderStatus::Confirmed;
    // No payment status: issued documents show it was paid.
    return order.ticketNumbers.isEmpty() ? OrderStatus::Held : OrderStatus::Confirmed;
}

std::optional<Order> readOrder(const QJsonObject &data, const ParseContext &context,
                               ZoneCache &zones, QString *why)
{
    Reader r(context, zones);
    Order order;
    order.supplier = supplierId();
    order.id = r.required(data, "id"_L1);
    order.bookingReference = data.value("booking_reference"_L1).toString();
    order.total = r.money(data, "total_amount"_L1, "total_currency"_L1);
    std::vector<OfferPassenger> types;
    for (const QJsonValue &v : data.value("passengers"_L1).toArray()) {
        order.passengers.push_back(readPassenger(v.toObject(), r));
        types.push_back({order.passengers.back().id, order.passengers.back().type});
    }
    const QJsonArray slices = data.value("slices"_L1).toArray();
    if (r.ok())
        order.itineraries = r.itineraries(slices, types);
    for (const QJsonValue &v : data.value("services"_L1).toArray())
        order.services.push_back(readService(v.toObject(), r));
    order.conditions = r.conditions(data, slices);
    for (const QJsonValue &v : data.value("documents"_L1).toArray()) {
        const QJsonObject d = v.toObject();
        const QJsonValue type = d.value("type"_L1);
        const QString number = d.value("unique_identifier"_L1).toString();
        // Older replies leave the type out; every document they list is a ticket.
        if (!number.isEmpty() &&
            (type.isNull() || type.isUndefined() || type.toString() == "electronic_ticket"_L1))
            order.ticketNumbers.append(number);
    }
    order.createdAt = r.instant(data, "created_at"_L1);
    order.cancelledAt = r.instant(data, "cancelled_at"_L1);
    const QJsonObject paymentStatus = data.value("payment_status"_L1).toObject();
    const QDateTime payBy = r.instant(paymentStatus, "payment_required_by"_L1);
    if (paymentStatus.value("awaiting_payment"_L1).toBool())
        order.payBy = payBy;
    order.clientReference =
        data.value("metadata"_L1).toObject().value("tripdesk_reference"_L1).toString();
    if (!r.ok()) {
        if (why)
            *why = u"%1: bad %2"_s.arg(order.id.isEmpty() ? u"order"_s : order.id, r.failed());
        return std::nullopt;
    }
    order.status = statusOf(order, data, context);
    return order;
}

} // namespace

Result<Order> parseOrder(const QByteArray &body, const ParseContext &context)
{
    auto doc = readDocument(body, "order");
    if (!doc)
        return doc.error();
    ZoneCache zones;
    QString why;
    auto order = readOrder(doc->value("data"_L1).toObject(), context, zones, &why);
    if (!order)
        return unreadable(u"duffel order "_s + why);
    return std::move(*order);
}

Result<OrderPage> parseOrderPage(const QByteArray &body, const ParseContext &context)
{
    auto doc = readDocument(body, "orders");
    if (!doc)
        return doc.error();
    const QJsonValue data = doc->value("data"_L1);
    if (!data.isArray())
        return unreadable(u"duffel orders: data is not a list"_s);
    ZoneCache zones;
    OrderPage page;
    for (const QJsonValue &v : data.toArray()) {
        if (auto order = readOrder(v.toObject(), context, zones, nullptr))
            page.orders.push_back(std::move(*order));
    }
    page.nextCursor = doc->value("meta"_L1).toObject().value("after"_L1).toString();
    return page;
}

Result<std::vector<Order>> parseOrderList(const QByteArray &body, const ParseContext &context)
{
    auto page = parseOrderPage(body, context);
    if (!page)
        return page.error();
    return std::move(page.value().orders);
}

Result<OrderCancellation> parseOrderCancellation(const QByteArray &body)
{
    auto doc = readDocument(body, "order cancellation");
    if (!doc)
        return doc.error();
    const QJsonObject data = doc->value("data"_L1).toObject();
    const ParseContext context;
    ZoneCache zones;
    Reader r(context, zones);
    OrderCancellation c;
    c.id = r.required(data, "id"_L1);
    c.orderId = r.required(data, "order_id"_L1);
    // No refund amount means nothing comes back.
    const auto refund = r.optionalMoney(data, "refund_amount"_L1, "refund_currency"_L1);
    const QString currency = Money::normalizedCurrency(data.value("refund_currency"_L1).toString());
    c.refund = refund ? *refund : Money(0, currency);
    if (r.ok() && c.refund.minorUnits() < 0)
        r.fail(u"refund_amount"_s);
    c.refundTo = data.value("refund_to"_L1).toString();
    c.expiresAt = r.instant(data, "expires_at"_L1);
    c.confirmedAt = r.instant(data, "confirmed_at"_L1);
    if (!r.ok())
        return unreadable(u"duffel order cancellation: bad "_s + r.failed());
    return c;
}

Result<Payment> parsePayment(const QByteArray &body)
{
    auto doc = readDocument(body, "payment");
    if (!doc)
        return doc.error();
    const QJsonObject data = doc->value("data"_L1).toObject();
    const ParseContext context;
    ZoneCache zones;
    Reader r(context, zones);
    Payment p;
    p.id = r.required(data, "id"_L1);
    p.type = data.value("type"_L1).toString();
    p.amount = r.money(data, "amount"_L1, "currency"_L1);
    p.createdAt = r.instant(data, "created_at"_L1);
    if (!r.ok())
        return unreadable(u"duffel payment: bad "_s + r.failed());
    return p;
}

} // namespace tripdesk::duffel
