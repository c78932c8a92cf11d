// The Duffel adapter over real HTTP against the Duffel stand-in: a search that pages, a price
// check with services, seat maps, an instant order that takes seats, a hold paid later, a hold
// that lapses, an order read and found again, a cancellation quoted and confirmed that gives the
// seats back, the token and version headers enforced, and a lost answer to an order looked up.

#include "duffel_integration_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>

using namespace duffeltest;

class TestDuffelStandIn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { schedule(); }

    void searchPagesThroughEveryOffer()
    {
        Rig rig;
        auto found = rig.search();
        QVERIFY2(found.ok(), qPrintable(found.ok() ? QString() : found.error().detail));
        auto direct = rig.standIn->sandbox().searchNow(trip());
        QVERIFY(direct.ok());
        QVERIFY2(direct->size() > 5, "the route should need more than one page");
        QCOMPARE(found->offers.size(), direct->size());
        QCOMPARE(found->malformed, 0);
        QCOMPARE(rig.logged(u"GET /air/offers?"), int((direct->size() + 4) / 5));
        for (const FlightOffer &o : found->offers) {
            QVERIFY(o.id.startsWith("off_"_L1));
            QCOMPARE(o.supplier, u"duffel"_s);
        }
        // Times survive the trip through Duffel's local wall-clock times.
        QCOMPARE(found->offers.front().itineraries.front().departure().timeSpec(), Qt::UTC);
        QVERIFY(std::is_sorted(
            found->offers.begin(), found->offers.end(),
            [](const FlightOffer &a, const FlightOffer &b) { return a.price < b.price; }));
    }

    void anOfferIsPricedWithItsServicesAndSeatMaps()
    {
        Rig rig;
        auto found = rig.search();
        QVERIFY(found.ok() && !found->offers.empty());
        const FlightOffer &offer = found->offers.front();
        auto priced = rig.price(offer.id);
        QVERIFY2(priced.ok(), qPrintable(priced.ok() ? QString() : priced.error().message));
        QCOMPARE(priced->offer.id, offer.id);
        QCOMPARE(priced->offer.price, offer.price);
        QVERIFY(!priced->services.empty());
        QVERIFY(priced->services.front().id.startsWith("ase_"_L1));
        QObject owner;
        auto maps = Rig::answer(rig.duffel->seatMaps(offer.id, &owner));
        QVERIFY(maps.ok());
        QCOMPARE(maps->size(), offer.itineraries.front().segments.size());
        QVERIFY(maps->front().segmentId.startsWith("seg_"_L1));
        QVERIFY(seatsTaken(*maps) >= 0);
    }

    void anInstantOrderTakesSeatsAndIsFoundAgain()
    {
        Rig rig;
        auto found = rig.search();
        QVERIFY(found.ok() && !found->offers.empty());
        const QString offerId = found->offers.front().id;
        QObject owner;
        auto before = Rig::answer(rig.duffel->seatMaps(offerId, &owner));
        auto priced = rig.price(offerId);
        QVERIFY(before.ok() && priced.ok());
        auto order = Rig::answer(rig.duffel->createOrder(orderFor(*priced, u"td-100"_s), &owner));
        QVERIFY2(order.ok(), qPrintable(order.ok() ? QString() : order.error().message));
        QCOMPARE(order->status, OrderStatus::Confirmed);
        QVERIFY(order->id.startsWith("ord_"_L1));
        QCOMPARE(order->clientReference, u"td-100"_s);
        QCOMPARE(order->total, priced->offer.price);
        QCOMPARE(rig.standIn->ordersCreated(), 1);
        auto after = Rig::answer(rig.duffel->seatMaps(offerId, &owner));
        QVERIFY(after.ok());
        QCOMPARE(seatsTaken(*after), seatsTaken(*before) + 1);

        auto read = Rig::answer(rig.duffel->order(order->id, &owner));
        QVERIFY(read.ok());
        QCOMPARE(read->bookingReference, order->bookingReference);
        auto again = Rig::answer(rig.duffel->findOrder(u"td-100"_s, &owner));
        QVERIFY(again.ok());
        QCOMPARE(again->id, order->id);
        auto none = Rig::answer(rig.duffel->findOrder(u"td-never"_s, &owner));
        QCOMPARE(none.error().kind, Error::Kind::NotFound);
    }

    void aHoldIsPaidLater()
    {
        Rig rig;
        auto found = rig.search();
        QVERIFY(found.ok());
        std::optional<PricedOffer> holdable;
        for (const FlightOffer &o : found->offers) {
            auto priced = rig.price(o.id);
            if (priced.ok() && priced->holdable) {
                holdable = *priced;
                break;
            }
        }
        QVERIFY(holdable);
        QObject owner;
        auto held = Rig::answer(rig.duffel->createOrder(
            orderFor(*holdable, u"td-101"_s, OrderRequest::Kind::Hold), &owner));
        QVERIFY2(held.ok(), qPrintable(held.ok() ? QString() : held.error().message));
        QCOMPARE(held->status, OrderStatus::Held);
        QVERIFY(held->payBy.isValid());
        auto paid = Rig::answer(rig.duffel->payOrder(held->id, held->total, &owner));
        QVERIFY2(paid.ok(), qPrintable(paid.ok() ? QString() : paid.error().message));
        QCOMPARE(paid->status, OrderStatus::Confirmed);
        QCOMPARE(rig.logged(u"POST /air/payments"), 1);
    }

    void anUnpaidHoldLapses()
    {
        Rig rig;
        auto found = rig.search();
        QVERIFY(found.ok());
        QObject owner;
        for (const FlightOffer &o : found->offers) {
            auto priced = rig.price(o.id);
            if (!priced.ok() || !priced->holdable)
                continue;
            auto held = Rig::answer(rig.duffel->createOrder(
                orderFor(*priced, u"td-102"_s, OrderRequest::Kind::Hold), &owner));
            QVERIFY(held.ok());
            rig.clock.set(held->payBy.addSecs(60));
            auto lapsed = Rig::answer(rig.duffel->order(held->id, &owner));
            QVERIFY(lapsed.ok());
            QCOMPARE(lapsed->status, OrderStatus::Expired);
            auto late = Rig::answer(rig.duffel->payOrder(held->id, held->total, &owner));
            QVERIFY(!late.ok());
            return;
        }
        QFAIL("no holdable offer");
    }

    void aCancellationIsQuotedConfirmedAndGivesSeatsBack()
    {
        Rig rig;
        auto found = rig.search();
        QVERIFY(found.ok());
        const QString offerId = found->offers.front().id;
        QObject owner;
        auto before = Rig::answer(rig.duffel->seatMaps(offerId, &owner));
        auto priced = rig.price(offerId);
        auto order = Rig::answer(rig.duffel->createOrder(orderFor(*priced, u"td-103"_s), &owner));
        QVERIFY(order.ok());
        auto quote = Rig::answer(rig.duffel->quoteCancellation(order->id, &owner));
        QVERIFY2(quote.ok(), qPrintable(quote.ok() ? QString() : quote.error().message));
        QVERIFY(quote->id.startsWith("ore_"_L1));
        QCOMPARE(quote->orderId, order->id);
        QVERIFY(!quote->isConfirmed());
        auto done = Rig::answer(rig.duffel->confirmCancellation(quote->id, &owner));
        QVERIFY2(done.ok(), qPrintable(done.ok() ? QString() : done.error().message));
        QVERIFY(done->isConfirmed());
        auto cancelled = Rig::answer(rig.duffel->order(order->id, &owner));
        QCOMPARE(cancelled->status, OrderStatus::Cancelled);
        auto after = Rig::answer(rig.duffel->seatMaps(offerId, &owner));
        QCOMPARE(seatsTaken(*after), seatsTaken(*before));
    }

    void aLostAnswerToAnOrderIsLookedUpNotBookedTwice()
    {
        Rig rig;
        auto found = rig.search();
        auto priced = rig.price(found->offers.front().id);
        QVERIFY(priced.ok());
        HttpFault lose;
        lose.kind = HttpFault::Kind::LoseAnswer;
        lose.path = u"/air/orders"_s;
        lose.method = "POST";
        rig.standIn->addFault(lose);
        QObject owner;
        auto order = Rig::answer(rig.duffel->createOrder(orderFor(*priced, u"td-104"_s), &owner));
        QVERIFY2(order.ok(), qPrintable(order.ok() ? QString() : order.error().message));
        QCOMPARE(order->clientReference, u"td-104"_s);
        QCOMPARE(rig.standIn->ordersCreated(), 1);
        QCOMPARE(rig.logged(u"POST /air/orders"), 1);
        QVERIFY(rig.logged(u"GET /air/orders?") >= 1);
    }

    void aWrongTokenIsRejectedNamingTheAccount()
    {
        DuffelSettings settings = Rig::settings();
        settings.accessToken = u"duffel_test_wrong"_s;
        Rig rig(settings);
        auto found = rig.search();
        QVERIFY(!found.ok());
        QVERIFY2(found.error().message.contains(u"Agency test"_s),
                 qPrintable(found.error().message));
        QVERIFY(!found.error().message.contains(u"duffel_test_wrong"_s));
    }

    void theStandInInsistsOnDuffelsHeaders_data()
    {
        QTest::addColumn<bool>("version");
        QTest::addColumn<bool>("token");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("no version") << false << true << 400 << u"unsupported_version"_s;
        QTest::newRow("no token") << true << false << 401 << u"missing_authorization_header"_s;
    }
    void theStandInInsistsOnDuffelsHeaders()
    {
        QFETCH(bool, version);
        QFETCH(bool, token);
        QFETCH(int, status);
        QFETCH(QString, code);
        Rig rig;
        QNetworkRequest request(QUrl(rig.standIn->url().toString() + u"/air/orders/ord_1"_s));
        request.setRawHeader("Accept", "application/json");
        if (version)
            request.setRawHeader("Duffel-Version", "v2");
        if (token)
            request.setRawHeader("Authorization", "Bearer duffel_test_stand_in");
        std::unique_ptr<QNetworkReply> reply(rig.network.get(request));
        QSignalSpy spy(reply.get(), &QNetworkReply::finished);
        QVERIFY(spy.wait(5000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), status);
        const QJsonObject error =
            QJsonDocument::fromJson(reply->readAll()).object()["errors"_L1][0].toObject();
        QCOMPARE(error["code"_L1].toString(), code);
        QVERIFY(!error["type"_L1].toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDuffelStandIn)
#include "test_duffel_stand_in.moc"
