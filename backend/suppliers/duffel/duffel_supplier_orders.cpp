// The Duffel supplier's orders: creating one (sent once; a lost answer is followed by a look-up
// by the client reference in the order's metadata), paying a hold, finding an order, and
// cancelling (quote, then confirm).

#include "backend/core/logging.h"
#include "backend/suppliers/duffel/duffel_supplier.h"
#include "backend/suppliers/duffel/duffel_supplier_internal.h"
#include "backend/suppliers/http/http_errors.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tripdesk {

using namespace Qt::StringLiterals;

namespace duffel_detail {

Error unknownOffer()
{
    return Error::notFound(QCoreApplication::translate(
        "DuffelSupplier", "Duffel does not know this offer; search again."));
}

Error unknownOrder()
{
    return Error::notFound(QCoreApplication::translate(
        "DuffelSupplier", "Duffel does not know this booking; check the reference."));
}

Passengers mix(const std::vector<OfferPassenger> &passengers)
{
    Passengers out{0, 0, 0};
    for (const OfferPassenger &p : passengers) {
        switch (p.type) {
        case PassengerType::Adult:
            ++out.adults;
            break;
        case PassengerType::Child:
            ++out.children;
            break;
        case PassengerType::Infant:
            ++out.infants;
            break;
        }
    }
    return out;
}

QString errorCode(const QByteArray &body)
{
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    return root.value("errors"_L1).toArray().at(0).toObject().value("code"_L1).toString();
}

} // namespace duffel_detail

struct DuffelSupplier::Lookup {
    QString reference;
    QString passengerName; // narrows the list when known
    QString cursor;
    int pages = 0;
    Error notThere; // what the call ends with when no order carries the reference
};

OrderReply *DuffelSupplier::createOrder(const OrderRequest &request, QObject *parent)
{
    auto *reply = new OrderReply(parent);
    HttpRequest post = makeRequest("POST", duffel::ordersPath(), duffel::orderBody(request));
    // Never marked idempotent: a second POST would book (and pay for) a second order.
    post.attemptTimeout = m_settings.orderAttemptTimeout;
    post.deadline = m_settings.orderAttemptTimeout;
    send(reply, std::move(post), [this, reply, request](HttpReply &http) {
        std::optional<Error> open; // set when the order may or may not exist
        if (http.hasError()) {
            m_lastFailure = http.error().message;
            if (!http.outcomeUnknown()) {
                reply->fail(http.error());
                return;
            }
            open = http.error();
        } else {
            const HttpResponse response = http.takeValue();
            if (response.status == 201 || response.status == 200) {
                auto order = duffel::parseOrder(response.body, parseContext());
                if (order) {
                    reply->finish(std::move(order));
                    return;
                }
                // Booked, but the answer cannot be read: the look-up reads it again.
                open = markedOutcomeUnknown(order.error());
            } else if (response.status == 202) {
                // Accepted, still being booked with the airline.
                open = markedOutcomeUnknown(Error::unavailable(
                    QCoreApplication::translate("DuffelSupplier",
                                                "Duffel is still booking with the airline."),
                    u"duffel HTTP 202 to an order"_s));
            } else if (response.status >= 500 &&
                       duffel_detail::errorCode(response.body) != "order_not_created"_L1) {
                // Duffel: a 500 during ordering may have left an order at the airline; only
                // order_not_created guarantees that nothing was booked.
                open = markedOutcomeUnknown(responseError(response));
            } else {
                reply->fail(responseError(response));
                return;
            }
        }
        if (request.clientReference.isEmpty()) {
            reply->fail(*open);
            return;
        }
        qCInfo(lcSuppliers).noquote()
            << "duffel order outcome unknown; looking it up:" << open->detail;
        auto lookup = std::make_shared<Lookup>();
        lookup->reference = request.clientReference;
        if (!request.passengers.empty())
            lookup->passengerName = request.passengers.front().familyName;
        Error notThere = *open;
        notThere.message = QCoreApplication::translate(
            "DuffelSupplier",
            "Duffel did not confirm the booking and lists no order for it yet; check the "
            "account’s orders before booking again.");
        lookup->notThere = markedOutcomeUnknown(std::move(notThere));
        nextOrdersPage(reply, lookup);
    });
    return reply;
}

OrderReply *DuffelSupplier::findOrder(const QString &clientReference, QObject *parent)
{
    auto *reply = new OrderReply(parent);
    auto lookup = std::make_shared<Lookup>();
    lookup->reference = clientReference;
    lookup->notThere = Error::notFound(
        QCoreApplication::translate("DuffelSupplier", "Duffel has no booking made as “%1”.")
            .arg(clientReference));
    if (clientReference.isEmpty()) {
        postTo(reply, [reply, lookup] { reply->fail(lookup->notThere); });
        return reply;
    }
    nextOrdersPage(reply, lookup);
    return reply;
}

void DuffelSupplier::nextOrdersPage(OrderReply *reply, std::shared_ptr<Lookup> lookup) const
{
    const QString path =
        duffel::orderListPath(lookup->passengerName, lookup->cursor, m_settings.orderPageSize);
    send(reply, makeRequest("GET", path), [this, reply, lookup](HttpReply &http) {
        auto response = answer(http);
        if (!response) {
            // The look-up failed: an order created before stays as open as it was.
            Error error = response.error();
            if (isOutcomeUnknown(lookup->notThere)) {
                error = lookup->notThere;
                error.detail += u"; look-up failed: "_s + response.error().detail;
            }
            reply->fail(error);
            return;
        }
        auto page = duffel::parseOrderPage(response->body, parseContext());
        if (!page) {
            reply->fail(isOutcomeUnknown(lookup->notThere) ? lookup->notThere : page.error());
            return;
        }
        for (Order &order : page->orders) {
            if (order.clientReference == lookup->reference) {
                reply->finish(std::move(order));
                return;
            }
        }
        ++lookup->pages;
        const bool more = !page->nextCursor.isEmpty() && page->nextCursor != lookup->cursor;
        lookup->cursor = page->nextCursor;
        if (more && lookup->pages < m_settings.maxOrderPages) {
            nextOrdersPage(reply, lookup);
            return;
        }
        reply->fail(lookup->notThere);
    });
}

OrderReply *DuffelSupplier::payOrder(const QString &orderId, const Money &amount, QObject *parent)
{
    auto *reply = new OrderReply(parent);
    if (orderId.isEmpty()) {
        postTo(reply, [reply] { reply->fail(duffel_detail::unknownOrder()); });
        return reply;
    }
    HttpRequest post =
        makeRequest("POST", duffel::paymentsPath(), duffel::paymentBody(orderId, amount));
    // Not idempotent: it moves money. A lost answer is settled by reading the order.
    post.attemptTimeout = m_settings.orderAttemptTimeout;
    post.deadline = m_settings.orderAttemptTimeout;
    send(reply, std::move(post), [this, reply, orderId, amount](HttpReply &http) {
        if (http.hasError() && http.outcomeUnknown()) {
            m_lastFailure = http.error().message;
            readPaidOrder(reply, orderId, amount, false);
            return;
        }
        auto response = answer(http);
        if (!response) {
            reply->fail(response.error());
            return;
        }
        auto payment = duffel::parsePayment(response->body);
        if (!payment)
            qCWarning(lcSuppliers).noquote()
                << "duffel payment answer unreadable:" << payment.error().detail;
        readPaidOrder(reply, orderId, amount, true);
    });
    return reply;
}

void DuffelSupplier::readPaidOrder(OrderReply *reply, const QString &orderId, const Money &amount,
                                   bool paymentAnswered) const
{
    send(reply, makeRequest("GET", duffel::orderPath(orderId)),
         [this, reply, amount, paymentAnswered](HttpReply &http) {
             auto response = answer(http);
             if (!response) {
                 Error error = response.error();
                 if (!paymentAnswered)
                     error = markedOutcomeUnknown(std::move(error));
                 reply->fail(error);
                 return;
             }
             auto order = duffel::parseOrder(response->body, parseContext());
             if (!order) {
                 reply->fail(order.error());
                 return;
             }
             if (!paymentAnswered && order->status == OrderStatus::Held) {
                 reply->fail(markedOutcomeUnknown(Error::unavailable(
                     QCoreApplication::translate("DuffelSupplier",
                                                 "Duffel did not confirm the payment of %1 and "
                                                 "the booking still awaits it; check the "
                                                 "booking before paying again.")
                         .arg(amount.toDecimalString()),
                     u"duffel payment answer lost; order still awaiting payment"_s)));
                 return;
             }
             reply->finish(std::move(order));
         });
}

CancellationReply *DuffelSupplier::quoteCancellation(const QString &orderId, QObject *parent)
{
    auto *reply = new CancellationReply(parent);
    if (orderId.isEmpty()) {
        postTo(reply, [reply] { reply->fail(duffel_detail::unknownOrder()); });
        return reply;
    }
    HttpRequest post =
        makeRequest("POST", duffel::cancellationsPath(), duffel::cancellationBody(orderId));
    // A pending cancellation changes nothing, and only the newest one for an order can be
    // confirmed: a repeated quote leaves an older one to lapse, so retrying is harmless.
    post.markedIdempotent = true;
    send(reply, std::move(post), [this, reply](HttpReply &http) {
        auto response = answer(http);
        if (!response) {
            reply->fail(response.error());
            return;
        }
        reply->finish(duffel::parseOrderCancellation(response->body));
    });
    return reply;
}

CancellationReply *DuffelSupplier::confirmCancellation(const QString &cancellationId,
                                                       QObject *parent)
{
    auto *reply = new CancellationReply(parent);
    if (cancellationId.isEmpty()) {
        postTo(reply, [reply] { reply->fail(duffel_detail::unknownOrder()); });
        return reply;
    }
    // Not marked idempotent: a second confirm refunds nothing twice but fails on the order
    // already cancelled, so a lost answer is settled by reading the cancellation instead.
    HttpRequest post = makeRequest("POST", duffel::cancellationConfirmPath(cancellationId));
    post.attemptTimeout = m_settings.orderAttemptTimeout;
    post.deadline = m_settings.orderAttemptTimeout;
    send(reply, std::move(post), [this, reply, cancellationId](HttpReply &http) {
        if (http.hasError() && http.outcomeUnknown()) {
            m_lastFailure = http.error().message;
            const Error lost = http.error();
            send(reply, makeRequest("GET", duffel::cancellationPath(cancellationId)),
                 [this, reply, lost](HttpReply &check) {
                     auto response = answer(check);
                     auto cancellation = response ? duffel::parseOrderCancellation(response->body)
                                                  : Result<OrderCancellation>(response.error());
                     if (cancellation && cancellation->isConfirmed())
                         reply->finish(std::move(cancellation));
                     else
                         reply->fail(lost);
                 });
            return;
        }
        auto response = answer(http);
        if (!response) {
            reply->fail(response.error());
            return;
        }
        reply->finish(duffel::parseOrderCancellation(response->body));
    });
    return reply;
}

} // namespace tripdesk
