// The Duffel supplier over a scripted network: the headers and shapes of its requests, paging
// through offers up to its cap, abort reaching the network in the middle of paging, an order
// whose answer is lost looked up rather than sent again, payments and cancellations, Duffel's
// errors mapped, its rate-limit headers honoured and the breaker's state as health.

#include "backend/suppliers/duffel/duffel_supplier.h"
#include "backend/suppliers/http/http_errors.h"
#include "http_test_support.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

using namespace tripdesk;
using namespace tripdesk::test;
using Script = FakeNetworkAccessManager::Script;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

namespace {

QJsonObject fixture(const QString &name)
{
    QFile file(QStringLiteral(TRIPDESK_DUFFEL_DATA "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return QJsonDocument::fromJson(file.readAll()).object();
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// A page of three offers (one of them malformed) with ids made unique by `tag`.
QByteArray offersPage(const QString &tag, const QString &after)
{
    QJsonObject page = fixture(u"offers-page-three.json"_s);
    QJsonArray offers = page.value("data"_L1).toArray();
    for (qsizetype i = 0; i < offers.size(); ++i) {
        QJsonObject o = offers.at(i).toObject();
        o.insert("id"_L1, u"off_%1_%2"_s.arg(tag).arg(i));
        offers.replace(i, o);
    }
    page.insert("data"_L1, offers);
    page.insert("meta"_L1, QJsonObject{{"after"_L1, after.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                    : QJsonValue(after)},
                                       {"limit"_L1, 3}});
    return json(page);
}

QByteArray offerRequestAnswer()
{
    return json(
        {{"data"_L1,
          QJsonObject{{"id"_L1, "orq_0001"_L1},
                      {"passengers"_L1,
                       QJsonArray{QJsonObject{{"id"_L1, "pas_1"_L1}, {"type"_L1, "adult"_L1}}}}}}});
}

QJsonObject orderObject(const QString &id, const QString &reference)
{
    QJsonObject order =
        fixture(u"order-create-instant-response.json"_s).value("data"_L1).toObject();
    order.insert("id"_L1, id);
    order.insert("cancelled_at"_L1, QJsonValue::Null); // the sample is of a cancelled one
    order.insert("metadata"_L1, QJsonObject{{"tripdesk_reference"_L1, reference}});
    return order;
}

QByteArray orderAnswer(const QString &id, const QString &reference)
{
    return json({{"data"_L1, orderObject(id, reference)}});
}

QByteArray ordersPage(const QList<QJsonObject> &orders, const QString &after)
{
    QJsonArray list;
    for (const QJsonObject &o : orders)
        list.append(o);
    return json({{"data"_L1, list},
                 {"meta"_L1, QJsonObject{{"after"_L1, after.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                      : QJsonValue(after)}}}});
}

FlightSearchRequest trip()
{
    FlightSearchRequest r;
    r.slices.push_back({u"LHR"_s, u"JFK"_s, QDate(2026, 12, 24)});
    return r;
}

OrderRequest orderRequest(const QString &reference)
{
    OrderRequest r;
    r.offerId = u"off_0001"_s;
    r.payment = Money(12840'00, u"INR"_s);
    r.clientReference = reference;
    OrderPassenger p;
    p.id = u"pas_1"_s;
    p.givenName = u"Asha"_s;
    p.familyName = u"Rao"_s;
    p.bornOn = QDate(1980, 5, 1);
    r.passengers.push_back(p);
    return r;
}

struct Rig {
    FakeNetworkAccessManager network;
    SystemClock clock;
    std::unique_ptr<DuffelSupplier> duffel;

    explicit Rig(DuffelSettings settings = base())
    {
        duffel = std::make_unique<DuffelSupplier>(&network, std::move(settings), clock);
    }
    static DuffelSettings base()
    {
        DuffelSettings s;
        s.accountName = u"Agency test"_s;
        s.baseUrl = QUrl(u"https://duffel.example.test/"_s);
        s.accessToken = u"duffel_test_token"_s;
        // One sample offer leaves out the zone of DXB: the reference data's zone places it.
        s.zoneFor = [](const QString &code) {
            return code == "DXB"_L1 ? QTimeZone("Asia/Dubai") : QTimeZone();
        };
        s.http = quickSettings();
        s.pageSize = 3;
        s.orderPageSize = 2;
        s.attemptTimeout = 2s;
        s.requestDeadline = 4s;
        s.orderAttemptTimeout = 300ms;
        return s;
    }
    int requestsTo(QStringView method, QStringView path) const
    {
        int n = 0;
        for (const auto &r : network.requests())
            n += (QString::fromLatin1(r.method) == method && r.url.path() == path) ? 1 : 0;
        return n;
    }
};

template<typename Reply> Reply *awaited(Reply *reply)
{
    if (!waitFinished(reply, 8000))
        qFatal("a Duffel reply did not finish");
    return reply;
}

} // namespace

class TestDuffelSupplier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyRequestCarriesDuffelsHeaders()
    {
        Rig rig;
        rig.network.enqueue(Script::json(201, offerRequestAnswer()));
        rig.network.enqueue(Script::json(200, offersPage(u"a"_s, {})));
        QObject owner;
        auto *reply = awaited(rig.duffel->search(trip(), &owner));
        QVERIFY2(!reply->hasError(), qPrintable(reply->error().detail));
        QCOMPARE(rig.network.requests().size(), 2);
        for (const auto &r : rig.network.requests()) {
            QCOMPARE(r.header("Duffel-Version"), QByteArray("v2"));
            QCOMPARE(r.header("Authorization"), QByteArray("Bearer duffel_test_token"));
            QCOMPARE(r.header("Accept"), QByteArray("application/json"));
            QVERIFY(!r.hasHeader("Accept-Encoding"));
        }
        const auto &post = rig.network.requests().at(0);
        QCOMPARE(post.method, QByteArray("POST"));
        QCOMPARE(post.url.path(), u"/air/offer_requests"_s);
        QCOMPARE(QUrlQuery(post.url).queryItemValue(u"return_offers"_s), u"false"_s);
        QCOMPARE(post.header("Content-Type"), QByteArray("application/json"));
        const QJsonObject body = QJsonDocument::fromJson(post.body).object();
        QCOMPARE(body.value("data"_L1)["slices"_L1][0]["origin"_L1].toString(), u"LHR"_s);
        const auto &get = rig.network.requests().at(1);
        QVERIFY(!get.hasHeader("Content-Type"));
        QCOMPARE(get.url.path(), u"/air/offers"_s);
        QCOMPARE(QUrlQuery(get.url).queryItemValue(u"offer_request_id"_s), u"orq_0001"_s);
        QCOMPARE(QUrlQuery(get.url).queryItemValue(u"limit"_s), u"3"_s);
    }

    void searchFollowsCursorsToTheLastPage()
    {
        Rig rig;
        rig.network.enqueue(Script::json(201, offerRequestAnswer()));
        rig.network.enqueue(Script::json(200, offersPage(u"a"_s, u"c2"_s)));
        rig.network.enqueue(Script::json(200, offersPage(u"b"_s, u"c3"_s)));
        rig.network.enqueue(Script::json(200, offersPage(u"c"_s, {})));
        QObject owner;
        auto *reply = awaited(rig.duffel->search(trip(), &owner));
        QVERIFY2(!reply->hasError(), qPrintable(reply->error().detail));
        const SupplierOffers &found = reply->value();
        QCOMPARE(int(found.offers.size()), 6); // two readable offers a page
        QCOMPARE(found.malformed, 3);
        QCOMPARE(found.omitted, 0);
        QCOMPARE(found.offers.front().supplier, u"duffel"_s);
        const auto &requests = rig.network.requests();
        QCOMPARE(requests.size(), 4);
        QVERIFY(!QUrlQuery(requests.at(1).url).hasQueryItem(u"after"_s));
        QCOMPARE(QUrlQuery(requests.at(2).url).queryItemValue(u"after"_s), u"c2"_s);
        QCOMPARE(QUrlQuery(requests.at(3).url).queryItemValue(u"after"_s), u"c3"_s);
    }

    void searchStopsAtItsCapAndCountsTheRestAsOmitted()
    {
        DuffelSettings settings = Rig::base();
        settings.maxOffers = 3;
        Rig rig(settings);
        rig.network.enqueue(Script::json(201, offerRequestAnswer()));
        rig.network.enqueue(Script::json(200, offersPage(u"a"_s, u"c2"_s)));
        rig.network.enqueue(Script::json(200, offersPage(u"b"_s, u"c3"_s)));
        rig.network.enqueue(Script::json(200, offersPage(u"c"_s, {})));
        QObject owner;
        auto *reply = awaited(rig.duffel->search(trip(), &owner));
        QVERIFY(!reply->hasError());
        QCOMPARE(int(reply->value().offers.size()), 3);
        QCOMPARE(reply->value().omitted, 1);
        QCOMPARE(rig.network.requests().size(), 3); // the third page was never asked for
    }

    void abortInTheMiddleOfPagingReachesTheNetwork_data()
    {
        QTest::addColumn<bool>("deleteInstead");
        QTest::newRow("abort") << false;
        QTest::newRow("delete") << true;
    }
    void abortInTheMiddleOfPagingReachesTheNetwork()
    {
        QFETCH(bool, deleteInstead);
        Rig rig;
        rig.network.enqueue(Script::json(201, offerRequestAnswer()));
        rig.network.enqueue(Script::json(200, offersPage(u"a"_s, u"c2"_s)));
        rig.network.enqueue(Script::hang());
        QObject owner;
        QPointer<FlightOffersReply> reply = rig.duffel->search(trip(), &owner);
        QTRY_COMPARE(rig.network.requests().size(), 3);
        QCOMPARE(rig.network.openReplies(), 1);
        if (deleteInstead) {
            delete reply.data();
        } else {
            reply->abort();
            QVERIFY(reply->isFinished());
            QCOMPARE(reply->error().kind, Error::Kind::Cancelled);
        }
        QCOMPARE(rig.network.abortCount(), 1);
        QCOMPARE(rig.network.openReplies(), 0);
        QTest::qWait(20);
        QCOMPARE(rig.network.requests().size(), 3);
    }

    void aLostOrderAnswerIsLookedUpNotSentAgain_data()
    {
        QTest::addColumn<Script>("lost");
        QTest::newRow("connection dropped") << Script::fail(QNetworkReply::RemoteHostClosedError);
        QTest::newRow("no answer in time") << Script::hang();
        QTest::newRow("duffel 500") << Script::json(500, R"({"errors":[{"type":"api_error"}]})");
        QTest::newRow("unreadable 201") << Script::json(201, "{\"data\":");
    }
    void aLostOrderAnswerIsLookedUpNotSentAgain()
    {
        QFETCH(Script, lost);
        Rig rig;
        rig.network.enqueue(lost.forUrl(u"/air/orders"_s));
        rig.network.enqueue(
            Script::json(200, ordersPage({orderObject(u"ord_other"_s, u"td-other"_s)}, u"o2"_s)));
        rig.network.enqueue(
            Script::json(200, ordersPage({orderObject(u"ord_mine"_s, u"td-42"_s)}, {})));
        QObject owner;
        auto *reply = awaited(rig.duffel->createOrder(orderRequest(u"td-42"_s), &owner));
        QVERIFY2(!reply->hasError(), qPrintable(reply->error().message));
        QCOMPARE(reply->value().id, u"ord_mine"_s);
        QCOMPARE(rig.requestsTo(u"POST", u"/air/orders"), 1);
        QCOMPARE(rig.requestsTo(u"GET", u"/air/orders"), 2);
        const QUrlQuery second(rig.network.requests().at(2).url);
        QCOMPARE(second.queryItemValue(u"passenger_name[]"_s), u"Rao"_s);
        QCOMPARE(second.queryItemValue(u"after"_s), u"o2"_s);
    }

    void aLostOrderNotFoundStaysOutcomeUnknown()
    {
        Rig rig;
        rig.network.enqueue(Script::hang().forUrl(u"/air/orders"_s));
        rig.network.enqueue(Script::json(200, ordersPage({}, {})));
        QObject owner;
        auto *reply = awaited(rig.duffel->createOrder(orderRequest(u"td-43"_s), &owner));
        QVERIFY(reply->hasError());
        QVERIFY(isOutcomeUnknown(reply->error()));
        QVERIFY2(reply->error().message.contains(u"before booking again"_s),
                 qPrintable(reply->error().message));
        QCOMPARE(rig.requestsTo(u"POST", u"/air/orders"), 1);
    }

    void anOrderDuffelSaysWasNotCreatedIsNotLookedUp()
    {
        Rig rig;
        rig.network.enqueue(Script::json(
            502, R"({"errors":[{"type":"airline_error","code":"order_not_created"}]})"));
        QObject owner;
        auto *reply = awaited(rig.duffel->createOrder(orderRequest(u"td-44"_s), &owner));
        QVERIFY(reply->hasError());
        QVERIFY(!isOutcomeUnknown(reply->error()));
        QCOMPARE(rig.network.requests().size(), 1);
    }

    void anInstantOrderPaysItsAmountFromTheBalance()
    {
        Rig rig;
        rig.network.enqueue(Script::json(201, orderAnswer(u"ord_1"_s, u"td-45"_s)));
        QObject owner;
        auto *reply = awaited(rig.duffel->createOrder(orderRequest(u"td-45"_s), &owner));
        QVERIFY(!reply->hasError());
        QCOMPARE(reply->value().clientReference, u"td-45"_s);
        const QJsonObject data = QJsonDocument::fromJson(rig.network.requests().at(0).body)
                                     .object()["data"_L1]
                                     .toObject();
        QCOMPARE(data["type"_L1].toString(), u"instant"_s);
        QCOMPARE(data["payments"_L1][0]["type"_L1].toString(), u"balance"_s);
        QCOMPARE(data["payments"_L1][0]["amount"_L1].toString(), u"12840.00"_s);
        QCOMPARE(data["metadata"_L1]["tripdesk_reference"_L1].toString(), u"td-45"_s);
    }

    void payingAHoldPaysThenReadsTheOrder()
    {
        Rig rig;
        rig.network.enqueue(Script::json(201, json(fixture(u"payment-create-response.json"_s))));
        rig.network.enqueue(Script::json(200, orderAnswer(u"ord_9"_s, u"td-46"_s)));
        QObject owner;
        auto *reply = awaited(rig.duffel->payOrder(u"ord_9"_s, Money(12840'00, u"INR"_s), &owner));
        QVERIFY2(!reply->hasError(), qPrintable(reply->error().message));
        QCOMPARE(reply->value().id, u"ord_9"_s);
        const auto &requests = rig.network.requests();
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests.at(0).url.path(), u"/air/payments"_s);
        const QJsonObject data =
            QJsonDocument::fromJson(requests.at(0).body).object()["data"_L1].toObject();
        QCOMPARE(data["order_id"_L1].toString(), u"ord_9"_s);
        QCOMPARE(data["payment"_L1]["type"_L1].toString(), u"balance"_s);
        QCOMPARE(requests.at(1).url.path(), u"/air/orders/ord_9"_s);
    }

    void aLostPaymentAnswerIsSettledByReadingTheOrder()
    {
        Rig rig;
        rig.network.enqueue(Script::fail(QNetworkReply::RemoteHostClosedError));
        rig.network.enqueue(Script::json(200, orderAnswer(u"ord_9"_s, u"td-47"_s)));
        QObject owner;
        auto *reply = awaited(rig.duffel->payOrder(u"ord_9"_s, Money(12840'00, u"INR"_s), &owner));
        QVERIFY2(!reply->hasError(), qPrintable(reply->error().message));
        QCOMPARE(reply->value().status, OrderStatus::Confirmed);
        QCOMPARE(rig.requestsTo(u"POST", u"/air/payments"), 1);
    }

    void cancellingQuotesThenConfirms()
    {
        Rig rig;
        const QByteArray quote = json(fixture(u"order-cancellation-create-response.json"_s));
        rig.network.enqueue(Script::json(201, quote));
        QObject owner;
        auto *quoted = awaited(rig.duffel->quoteCancellation(u"ord_9"_s, &owner));
        QVERIFY(!quoted->hasError());
        QCOMPARE(rig.network.requests().at(0).url.path(), u"/air/order_cancellations"_s);
        QCOMPARE(QJsonDocument::fromJson(rig.network.requests().at(0).body)
                     .object()["data"_L1]["order_id"_L1]
                     .toString(),
                 u"ord_9"_s);
        const QString id = quoted->value().id;
        rig.network.enqueue(
            Script::json(200, json(fixture(u"order-cancellation-confirm-response.json"_s))));
        auto *confirmed = awaited(rig.duffel->confirmCancellation(id, &owner));
        QVERIFY(!confirmed->hasError());
        QVERIFY(confirmed->value().isConfirmed());
        QCOMPARE(rig.network.requests().at(1).url.path(),
                 u"/air/order_cancellations/%1/actions/confirm"_s.arg(id));
    }

    void aLostConfirmationIsReadBackNotSentAgain()
    {
        Rig rig;
        rig.network.enqueue(Script::hang());
        rig.network.enqueue(
            Script::json(200, json(fixture(u"order-cancellation-confirm-response.json"_s))));
        QObject owner;
        auto *reply = awaited(rig.duffel->confirmCancellation(u"ore_1"_s, &owner));
        QVERIFY2(!reply->hasError(), qPrintable(reply->error().message));
        QCOMPARE(rig.network.requests().size(), 2);
        QCOMPARE(rig.network.requests().at(1).method, QByteArray("GET"));
        QCOMPARE(rig.network.requests().at(1).url.path(), u"/air/order_cancellations/ore_1"_s);
    }

    void aQuoteIsRetriedLikeAnyIdempotentCall()
    {
        Rig rig;
        rig.network.enqueue(Script::json(503, R"({"errors":[{"type":"api_error"}]})"));
        rig.network.enqueue(
            Script::json(201, json(fixture(u"order-cancellation-create-response.json"_s))));
        QObject owner;
        auto *reply = awaited(rig.duffel->quoteCancellation(u"ord_9"_s, &owner));
        QVERIFY(!reply->hasError());
        QCOMPARE(rig.network.requests().size(), 2);
    }

    void duffelsErrorsReadAsClearMessages()
    {
        Rig rig;
        rig.network.enqueue(Script::json(
            401, R"({"errors":[{"type":"authentication_error","code":"invalid_token"}]})"));
        QObject owner;
        auto *rejected = awaited(rig.duffel->order(u"ord_1"_s, &owner));
        QVERIFY(rejected->hasError());
        QVERIFY2(rejected->error().message.contains(u"Agency test"_s),
                 qPrintable(rejected->error().message));
        QVERIFY(rejected->error().message.contains(u"token"_s));
        QVERIFY(!rejected->error().message.contains(u"duffel_test_token"_s));

        rig.network.enqueue(Script::json(404, json(fixture(u"error-not-found.json"_s))));
        auto *unknown = awaited(rig.duffel->price(u"off_gone"_s, Passengers{}, &owner));
        QCOMPARE(unknown->error().kind, Error::Kind::NotFound);

        rig.network.enqueue(Script::json(422, json(fixture(u"error-validation.json"_s))));
        auto *invalid = awaited(rig.duffel->createOrder(orderRequest(u"td-48"_s), &owner));
        QCOMPARE(invalid->error().kind, Error::Kind::InvalidInput);
        QVERIFY(!invalid->error().field.isEmpty());
        QCOMPARE(rig.requestsTo(u"GET", u"/air/orders"), 0);
    }

    void anOfferIsPricedForItsOwnPassengersOnly()
    {
        Rig rig;
        const QByteArray priced = json(fixture(u"priced-offer-response.json"_s));
        rig.network.enqueue(Script::json(200, priced));
        QObject owner;
        auto *reply = awaited(rig.duffel->price(u"off_1"_s, Passengers{}, &owner));
        QVERIFY2(!reply->hasError(), qPrintable(reply->error().message));
        QCOMPARE(QUrlQuery(rig.network.requests().at(0).url)
                     .queryItemValue(u"return_available_services"_s),
                 u"true"_s);
        rig.network.enqueue(Script::json(200, priced));
        auto *wrong = awaited(rig.duffel->price(u"off_1"_s, Passengers{3, 0, 0}, &owner));
        QCOMPARE(wrong->error().kind, Error::Kind::InvalidInput);
    }

    void duffelsRateLimitResetIsWaitedFor()
    {
        Rig rig;
        const QDateTime reset = QDateTime::currentDateTimeUtc().addSecs(2);
        const QByteArray date =
            QLocale::c().toString(reset, u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s).toLatin1();
        rig.network.enqueue(Script::json(
            429, R"({"errors":[{"type":"rate_limit_error","code":"rate_limit_exceeded"}]})",
            {{"ratelimit-limit", "60"}, {"ratelimit-remaining", "0"}, {"ratelimit-reset", date}}));
        rig.network.enqueue(Script::json(200, orderAnswer(u"ord_1"_s, u"td-49"_s)));
        QObject owner;
        auto *reply = awaited(rig.duffel->order(u"ord_1"_s, &owner));
        QVERIFY2(!reply->hasError(), qPrintable(reply->error().message));
        const auto &requests = rig.network.requests();
        QCOMPARE(requests.size(), 2);
        QVERIFY2(requests.at(1).sentAtMs - requests.at(0).sentAtMs >= 900,
                 qPrintable(QString::number(requests.at(1).sentAtMs - requests.at(0).sentAtMs)));
    }

    void healthFollowsTheBreaker()
    {
        DuffelSettings settings = Rig::base();
        settings.http.retry.maxAttempts = 1;
        settings.http.breaker.failureThreshold = 2;
        Rig rig(settings);
        QCOMPARE(rig.duffel->health().breaker, SupplierHealth::Breaker::Closed);
        QObject owner;
        for (int i = 0; i < 2; ++i) {
            rig.network.enqueue(Script::json(503, R"({"errors":[{"type":"api_error"}]})"));
            awaited(rig.duffel->order(u"ord_1"_s, &owner));
        }
        const SupplierHealth health = rig.duffel->health();
        QCOMPARE(health.breaker, SupplierHealth::Breaker::Open);
        QVERIFY(health.retryAt.isValid());
        QVERIFY(!health.reason.isEmpty());
        auto *refused = awaited(rig.duffel->order(u"ord_1"_s, &owner));
        QVERIFY(refused->hasError());
        QCOMPARE(rig.network.requests().size(), 2);
    }

    void aCallOutlivingItsSupplierEndsAsCancelled()
    {
        Rig rig;
        rig.network.enqueue(Script::hang());
        QObject owner;
        auto *reply = rig.duffel->order(u"ord_1"_s, &owner);
        QTRY_COMPARE(rig.network.requests().size(), 1);
        rig.duffel.reset();
        QVERIFY(waitFinished(reply));
        QCOMPARE(reply->error().kind, Error::Kind::Cancelled);
        QCOMPARE(rig.network.openReplies(), 0);
    }

    void capabilitiesAreAllThere()
    {
        Rig rig;
        const auto c = rig.duffel->capabilities();
        QVERIFY(c.price && c.seatMap && c.order && c.hold && c.cancel);
        QCOMPARE(rig.duffel->id(), u"duffel"_s);
        QVERIFY(rig.duffel->warning().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDuffelSupplier)
#include "test_duffel_supplier.moc"
