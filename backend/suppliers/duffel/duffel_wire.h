#pragma once
// Duffel's API v2 wire format for flights, as pure functions: reply bodies in, domain values out
// (offers, a priced offer with its services, seat maps, orders, cancellations, payments, the
// errors[] format), and the request bodies the adapter sends. No network, no state: the adapter
// calls these around its requests, and the golden tests and fuzzers call them directly.

#include "backend/flights/flight_order.h"

#include <QByteArray>
#include <QJsonObject>
#include <QTimeZone>

#include <functional>

namespace tripdesk::duffel {

// The supplier id every Duffel offer and order carries.
QString supplierId(); // "duffel"

struct ParseContext {
    // The zone of an airport Duffel sent without a time_zone (the reference data's zones);
    // may be empty. An offer whose times cannot be placed in a zone is dropped.
    std::function<QTimeZone(const QString &airportCode)> zoneFor;
    // Now, to tell a lapsed hold (Expired) from a live one; invalid: holds stay Held.
    QDateTime now;
};

// One page of offers: an offer request's answer or a page of GET /air/offers.
struct OfferPage {
    QString offerRequestId; // empty for a list page that does not say
    std::vector<FlightOffer> offers;
    QString nextCursor;     // meta.after; empty on the last page
    QString previousCursor; // meta.before
    int malformed = 0;      // offers dropped because they could not be read
    QStringList problems;   // one line per dropped offer, for the log
};

// POST /air/offer_requests (data.offers[]).
Result<OfferPage> parseOfferRequest(const QByteArray &body, const ParseContext &context);
// GET /air/offers?offer_request_id=… (data[] and meta.after/before).
Result<OfferPage> parseOfferList(const QByteArray &body, const ParseContext &context);
// GET /air/offers/{id}?return_available_services=true.
Result<PricedOffer> parsePricedOffer(const QByteArray &body, const ParseContext &context);
// GET /air/seat_maps?offer_id=…; a map that cannot be read is left out.
Result<std::vector<SeatMap>> parseSeatMaps(const QByteArray &body);
// POST /air/orders and GET /air/orders/{id}.
Result<Order> parseOrder(const QByteArray &body, const ParseContext &context);
// GET /air/orders (data[]); an order that cannot be read is left out.
Result<std::vector<Order>> parseOrderList(const QByteArray &body, const ParseContext &context);
// The same with the list's cursor, for walking every page of orders.
struct OrderPage {
    std::vector<Order> orders;
    QString nextCursor; // meta.after; empty on the last page
};
Result<OrderPage> parseOrderPage(const QByteArray &body, const ParseContext &context);
// POST /air/order_cancellations and …/actions/confirm.
Result<OrderCancellation> parseOrderCancellation(const QByteArray &body);

struct Payment {
    QString id;
    QString type; // "balance", "arc_bsp_cash"
    Money amount;
    QDateTime createdAt; // UTC
};
// POST /air/payments.
Result<Payment> parsePayment(const QByteArray &body);

// A failed reply (any status ≥ 400, or a body with errors[]) as one Error: a translated message
// per Duffel error type and code, the field for validation errors, and Duffel's request_id in
// the detail. `body` may be anything, including empty or not JSON.
Error parseError(int httpStatus, const QByteArray &body);

// Duffel's rate-limit headers (ratelimit-limit, ratelimit-remaining, ratelimit-reset as an HTTP
// date, retry-after in seconds or as an HTTP date), read into one answer.
struct RateLimit {
    int limit = -1;     // requests per window; -1 when not sent
    int remaining = -1; // -1 when not sent
    QDateTime resetAt;  // UTC; invalid when not sent
    // When the next request may go, from retry-after or, once nothing remains, the reset.
    QDateTime retryAt;
};
RateLimit parseRateLimit(const QByteArray &limit, const QByteArray &remaining,
                         const QByteArray &reset, const QByteArray &retryAfter,
                         const QDateTime &now);

// Request bodies ({"data": …}). Children travel by age where it is known (Duffel prices them
// by age), else as "child"; infants sit on a lap.
QJsonObject offerRequestBody(const FlightSearchRequest &request,
                             const std::vector<int> &childAges = {});
QJsonObject orderBody(const OrderRequest &request);
QJsonObject paymentBody(const QString &orderId, const Money &amount);
QJsonObject cancellationBody(const QString &orderId);

// Paths below the base URL, ids percent-encoded.
// "/air/offer_requests"; without the offers inline, they come in pages from offersPath().
QString offerRequestPath(bool returnOffers = false);
// "/air/offers?offer_request_id=…&limit=…", from the cursor `after` when given, cheapest first
// with `sort` "total_amount" (so a capped search keeps the cheapest).
QString offersPath(const QString &offerRequestId, const QString &after = {}, int limit = 200,
                   const QString &sort = {});
QString pricedOfferPath(const QString &offerId);
QString seatMapsPath(const QString &offerId);
QString ordersPath();
QString orderPath(const QString &orderId);
// "/air/orders?limit=…", narrowed to orders with a passenger of `passengerName` when given,
// from the cursor `after` when given.
QString orderListPath(const QString &passengerName = {}, const QString &after = {}, int limit = 50);
QString paymentsPath();
QString cancellationsPath();
QString cancellationConfirmPath(const QString &cancellationId);
QString cancellationPath(const QString &cancellationId);

} // namespace tripdesk::duffel
