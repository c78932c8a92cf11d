// The Duffel stand-in's orders, payments and order cancellations, carried out by its sandbox.

#include "tests/fakes/duffel_stand_in.h"

#include "tests/fakes/duffel_stand_in_shapes.h"

#include <QJsonDocument>

namespace tripdesk {

using namespace Qt::StringLiterals;
using namespace duffel_stand_in;

namespace {

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject dataOf(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object().value("data"_L1).toObject();
}

QByteArray notFound(const QString &what)
{
    return errorBody(u"invalid_request_error"_s, u"not_found"_s, u"No %1 with this id"_s.arg(what));
}

// Duffel's passenger_name filter: every name given matches a passenger of the order.
bool namesMatch(const Order &order, const QStringList &names)
{
    for (const QString &name : names) {
        bool found = false;
        for (const OrderPassenger &p : order.passengers) {
            const QString full = p.givenName + u' ' + p.familyName;
            found = found || name.compare(p.familyName, Qt::CaseInsensitive) == 0 ||
                    name.compare(p.givenName, Qt::CaseInsensitive) == 0 ||
                    name.compare(full, Qt::CaseInsensitive) == 0;
        }
        if (!found)
            return false;
    }
    return true;
}

} // namespace

void DuffelStandIn::createOrder(const Incoming &in, Done done)
{
    const QJsonObject data = dataOf(in.body);
    const QString offerId = data.value("selected_offers"_L1).toArray().at(0).toString();
    const auto known = m_offers.constFind(offerId);
    if (!offerId.isEmpty() && known == m_offers.cend()) {
        done({404, notFound(u"offer"_s), {}});
        return;
    }
    auto request = orderFromJson(data, known == m_offers.cend() ? std::vector<OfferPassenger>{}
                                                                : known->offer.passengers);
    if (!request) {
        done({422,
              errorBody(u"validation_error"_s, u"invalid_value"_s, request.error().message,
                        request.error().field),
              {}});
        return;
    }
    request->offerId = known->sandboxId;
    whenDone(m_sandbox->createOrder(*request, this), [this, done](OrderReply *reply) {
        if (reply->hasError()) {
            const ErrorAnswer e = errorAnswer(reply->error());
            done({e.status, e.body, {}});
            return;
        }
        ++m_ordersCreated;
        m_orderIds.append(reply->value().id);
        done({201, json({{"data"_L1, orderJson(reply->value(), *m_reference)}}), {}});
    });
}

void DuffelStandIn::listOrders(const Incoming &in, Done done)
{
    struct Gathering {
        QStringList ids;
        std::vector<Order> orders;
        std::function<void()> next;
    };
    const QStringList names = in.query.allQueryItemValues(u"passenger_name[]"_s);
    const QString after = in.query.queryItemValue(u"after"_s);
    const int asked = in.query.queryItemValue(u"limit"_s).toInt();
    const int limit = std::min(asked > 0 ? std::min(asked, 200) : 50, m_options.maxPageSize);
    bool ok = after.isEmpty();
    const int start = after.startsWith("cur_"_L1) ? after.mid(4).toInt(&ok) : 0;
    if (!ok || start < 0) {
        done({422,
              errorBody(u"validation_error"_s, u"invalid_value"_s, u"Bad cursor"_s, u"after"_s),
              {}});
        return;
    }
    // Each order is read afresh from the sandbox, so a lapsed hold lists as lapsed.
    auto gathering = std::make_shared<Gathering>();
    gathering->ids = m_orderIds;
    // Held weakly by itself; each sandbox call in flight keeps it alive.
    gathering->next = [this, weak = std::weak_ptr<Gathering>(gathering), names, start, limit,
                       done] {
        const std::shared_ptr<Gathering> self = weak.lock();
        if (!self)
            return;
        if (self->ids.isEmpty()) {
            std::vector<Order> matching;
            for (Order &o : self->orders) {
                if (namesMatch(o, names))
                    matching.push_back(std::move(o));
            }
            QJsonArray data;
            for (int i = start; i < std::min(int(matching.size()), start + limit); ++i)
                data.append(orderJson(matching[size_t(i)], *m_reference));
            const int next = start + limit;
            const QJsonObject meta{{"limit"_L1, limit},
                                   {"after"_L1, next < int(matching.size())
                                                    ? QJsonValue(u"cur_%1"_s.arg(next))
                                                    : QJsonValue()}};
            done({200, json({{"data"_L1, data}, {"meta"_L1, meta}}), {}});
            return;
        }
        const QString id = self->ids.takeFirst();
        whenDone(m_sandbox->order(id, this), [self](OrderReply *reply) {
            if (!reply->hasError())
                self->orders.push_back(reply->value());
            self->next();
        });
    };
    gathering->next();
}

void DuffelStandIn::getOrder(const QString &orderId, Done done)
{
    whenDone(m_sandbox->order(orderId, this), [this, done](OrderReply *reply) {
        if (reply->hasError()) {
            const ErrorAnswer e = errorAnswer(reply->error());
            done({e.status, e.body, {}});
            return;
        }
        done({200, json({{"data"_L1, orderJson(reply->value(), *m_reference)}}), {}});
    });
}

void DuffelStandIn::createPayment(const Incoming &in, Done done)
{
    const QJsonObject data = dataOf(in.body);
    const QString orderId = data.value("order_id"_L1).toString();
    const QJsonObject payment = data.value("payment"_L1).toObject();
    if (orderId.isEmpty()) {
        done({422,
              errorBody(u"validation_error"_s, u"invalid_value"_s, u"order_id is required"_s,
                        u"/data/order_id"_s),
              {}});
        return;
    }
    if (payment.value("type"_L1).toString() != "balance"_L1) {
        done({422,
              errorBody(u"validation_error"_s, u"invalid_value"_s,
                        u"only balance payments are accepted"_s, u"/data/payment/type"_s),
              {}});
        return;
    }
    auto amount = Money::parse(payment.value("amount"_L1).toString(),
                               payment.value("currency"_L1).toString());
    if (!amount) {
        done({422,
              errorBody(u"validation_error"_s, u"invalid_value"_s, u"amount must be a decimal"_s,
                        u"/data/payment/amount"_s),
              {}});
        return;
    }
    whenDone(m_sandbox->payOrder(orderId, *amount, this),
             [this, done, paid = *amount](OrderReply *reply) {
                 if (reply->hasError()) {
                     const ErrorAnswer e = errorAnswer(reply->error());
                     done({e.status, e.body, {}});
                     return;
                 }
                 const QString id = u"pay_%1"_s.arg(m_nextId++, 10, 10, QChar(u'0'));
                 done({201, json({{"data"_L1, paymentJson(id, paid, m_clock.nowUtc())}}), {}});
             });
}

void DuffelStandIn::createCancellation(const Incoming &in, Done done)
{
    const QString orderId = dataOf(in.body).value("order_id"_L1).toString();
    if (orderId.isEmpty()) {
        done({422,
              errorBody(u"validation_error"_s, u"invalid_value"_s, u"order_id is required"_s,
                        u"/data/order_id"_s),
              {}});
        return;
    }
    whenDone(m_sandbox->quoteCancellation(orderId, this), [this, done](CancellationReply *reply) {
        if (reply->hasError()) {
            const ErrorAnswer e = errorAnswer(reply->error());
            done({e.status, e.body, {}});
            return;
        }
        const OrderCancellation &c = reply->value();
        m_cancellations.insert(cancellationId(c.id), c);
        done({201, json({{"data"_L1, cancellationJson(c)}}), {}});
    });
}

void DuffelStandIn::confirmCancellation(const QString &id, Done done)
{
    whenDone(m_sandbox->confirmCancellation(sandboxCancellationId(id), this),
             [this, done](CancellationReply *reply) {
                 if (reply->hasError()) {
                     const ErrorAnswer e = errorAnswer(reply->error());
                     done({e.status, e.body, {}});
                     return;
                 }
                 const OrderCancellation &c = reply->value();
                 m_cancellations.insert(cancellationId(c.id), c);
                 done({200, json({{"data"_L1, cancellationJson(c)}}), {}});
             });
}

void DuffelStandIn::getCancellation(const QString &id, Done done)
{
    const auto found = m_cancellations.constFind(id);
    if (found == m_cancellations.cend()) {
        done({404, notFound(u"order cancellation"_s), {}});
        return;
    }
    done({200, json({{"data"_L1, cancellationJson(*found)}}), {}});
}

} // namespace tripdesk
