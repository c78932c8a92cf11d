// The Sabre adapter over the scripted network manager: the token request and its credential,
// one token for many calls at once, one refresh and one retry when Sabre refuses a token,
// failures reported inside HTTP 200 replies, a lost booking answer that is not sent again, and
// aborts that reach the network.

#include "backend/suppliers/http/http_errors.h"
#include "backend/suppliers/sabre/sabre_endpoints.h"
#include "backend/suppliers/sabre/sabre_errors.h"
#include "backend/suppliers/sabre/sabre_supplier.h"
#include "backend/suppliers/sabre/sabre_token_cache.h"
#include "tests/fakes/fake_network_access_manager.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace tripdesk;
using namespace Qt::StringLiterals;
using Script = FakeNetworkAccessManager::Script;

namespace {

QByteArray input(const char *name)
{
    QFile f(QStringLiteral(TRIPDESK_SABRE_DATA "/") + QLatin1StringView(name) + u".json"_s);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test input %s", name);
    return f.readAll();
}

QByteArray tokenBody(const char *token, int lifetime = 604800)
{
    return QByteArray(R"({"access_token":")") + token + R"(","token_type":"bearer","expires_in":)" +
           QByteArray::number(lifetime) + "}";
}

const char *kExpiredBody = R"({"status":"NotProcessed","type":"Validation",)"
                           R"("errorCode":"ERR.2SG.SEC.INVALID_CREDENTIALS",)"
                           R"("message":"Authentication failed: token expired"})";

bool waitFinished(SupplierReply *reply, int ms = 5000)
{
    if (reply->isFinished())
        return true;
    QSignalSpy spy(reply, &SupplierReply::finished);
    return spy.wait(ms);
}

FlightSearchRequest delBom()
{
    FlightSearchRequest r;
    r.slices.push_back({u"DEL"_s, u"BOM"_s, QDate(2026, 12, 24)});
    return r;
}

int countPath(const FakeNetworkAccessManager &network, QLatin1StringView path)
{
    int n = 0;
    for (const auto &r : network.requests())
        n += r.url.path() == path ? 1 : 0;
    return n;
}

QList<FakeNetworkAccessManager::Request> onPath(const FakeNetworkAccessManager &network,
                                                QLatin1StringView path)
{
    QList<FakeNetworkAccessManager::Request> out;
    for (const auto &r : network.requests()) {
        if (r.url.path() == path)
            out << r;
    }
    return out;
}

} // namespace

class TestSabreSupplier : public QObject
{
    Q_OBJECT

    FakeNetworkAccessManager *m_network = nullptr;
    FixedClock m_clock{QDateTime(QDate(2026, 12, 3), QTime(10, 0), Qt::UTC)};
    std::unique_ptr<SabreSupplier> m_sabre;

    SabreSupplierConfig config() const
    {
        SabreSupplierConfig c;
        c.baseUrl = QUrl(u"https://api.cert.platform.sabre.com"_s);
        c.account = {u"7971"_s, u"F9CE"_s, u"AA"_s, u"s3cret!"_s};
        c.http.retry.maxAttempts = 2;
        c.http.retry.baseDelay = std::chrono::milliseconds(5);
        c.http.retry.maxDelay = std::chrono::milliseconds(10);
        c.http.rateLimit = {};
        c.searchDeadline = std::chrono::milliseconds(3000);
        c.callDeadline = std::chrono::milliseconds(3000);
        return c;
    }

private Q_SLOTS:
    void init()
    {
        m_network = new FakeNetworkAccessManager(this);
        m_clock.set(QDateTime(QDate(2026, 12, 3), QTime(10, 0), Qt::UTC));
        m_sabre = std::make_unique<SabreSupplier>(config(), m_network, &m_clock);
    }
    void cleanup()
    {
        m_sabre.reset();
        delete m_network;
    }

    // The token request carries the double-base64 V1 credential and the client-credentials
    // grant; the search after it carries the token as a bearer.
    void tokenRequestThenBearerSearch()
    {
        m_network->enqueue(Script::json(200, tokenBody("T-ONE")).forUrl(u"/v2/auth/token"_s));
        m_network->enqueue(
            Script::json(200, input("shop_del_bom_family")).forUrl(u"/v5/offers/shop"_s));
        QObject owner;
        auto *reply = m_sabre->search(delBom(), &owner);
        QVERIFY(waitFinished(reply));
        QVERIFY2(!reply->hasError(), qPrintable(reply->error().detail));
        QCOMPARE(reply->value().offers.size(), size_t(1));
        QCOMPARE(reply->value().malformed, 2); // the golden reply's two unreadable itineraries

        const auto tokens = onPath(*m_network, sabre::endpoints::kToken);
        QCOMPARE(tokens.size(), 1);
        const QByteArray inner =
            QByteArray("V1:7971:F9CE:AA").toBase64() + ':' + QByteArray("s3cret!").toBase64();
        const QByteArray expected = "Basic " + inner.toBase64();
        QCOMPARE(tokens[0].header("Authorization"), expected);
        QCOMPARE(tokens[0].body, QByteArray("grant_type=client_credentials"));
        QCOMPARE(tokens[0].header("Content-Type"), QByteArray("application/x-www-form-urlencoded"));
        const auto shops = onPath(*m_network, sabre::endpoints::kShop);
        QCOMPARE(shops.size(), 1);
        QCOMPARE(shops[0].method, QByteArray("POST"));
        QCOMPARE(shops[0].header("Authorization"), QByteArray("Bearer T-ONE"));
        QVERIFY(shops[0].body.contains("OTA_AirLowFareSearchRQ"));
        QVERIFY(shops[0].body.contains("F9CE"));
    }

    // Five searches started together wait for one token request; a later search reuses it.
    void oneTokenForConcurrentCalls()
    {
        m_network->enqueue(
            Script::json(200, tokenBody("T-SHARED")).after(50).forUrl(u"/v2/auth/token"_s));
        m_network->setFallback(Script::json(200, input("shop_jfk_lhr")));
        QObject owner;
        std::vector<FlightOffersReply *> replies;
        for (int i = 0; i < 5; ++i)
            replies.push_back(m_sabre->search(delBom(), &owner));
        for (auto *r : replies) {
            QVERIFY(waitFinished(r));
            QVERIFY(!r->hasError());
        }
        auto *later = m_sabre->search(delBom(), &owner);
        QVERIFY(waitFinished(later));
        QVERIFY(!later->hasError());
        QCOMPARE(countPath(*m_network, sabre::endpoints::kToken), 1);
        QCOMPARE(m_sabre->tokens()->requestsSent(), 1);
        const auto shops = onPath(*m_network, sabre::endpoints::kShop);
        QCOMPARE(shops.size(), 6);
        for (const auto &s : shops)
            QCOMPARE(s.header("Authorization"), QByteArray("Bearer T-SHARED"));
    }

    // prepare() fetches the token in the background; the first search then needs none.
    void prepareFetchesTheToken()
    {
        m_network->enqueue(Script::json(200, tokenBody("T-EARLY")).forUrl(u"/v2/auth/token"_s));
        m_network->setFallback(Script::json(200, input("shop_jfk_lhr")));
        m_sabre->prepare();
        QTRY_VERIFY(m_sabre->tokens()->hasUsableToken());
        m_sabre->prepare(); // a token in hand: nothing more is asked
        QObject owner;
        auto *reply = m_sabre->search(delBom(), &owner);
        QVERIFY(waitFinished(reply));
        QVERIFY(!reply->hasError());
        QCOMPARE(countPath(*m_network, sabre::endpoints::kToken), 1);
        QCOMPARE(onPath(*m_network, sabre::endpoints::kShop).at(0).header("Authorization"),
                 QByteArray("Bearer T-EARLY"));
    }

    // The factory makes the supplier the composition root registers, on the account's host.
    void factoryMakesTheSupplier()
    {
        auto supplier = makeSabreSupplier(config(), m_network, &m_clock);
        QCOMPARE(supplier->id(), u"sabre"_s);
        QCOMPARE(supplier->displayName(), u"Sabre"_s);
        m_network->setFallback(Script::json(200, tokenBody("T")));
        supplier->prepare();
        QTRY_COMPARE(m_network->requests().size(), 1);
        QCOMPARE(m_network->requests().at(0).url,
                 QUrl(u"https://api.cert.platform.sabre.com/v2/auth/token"_s));
    }

    // A token near its expiry is not used: a new one is fetched first.
    void tokenRefreshedBeforeItLapses()
    {
        m_network->enqueue(Script::json(200, tokenBody("T-A", 3600)).forUrl(u"/v2/auth/token"_s));
        m_network->enqueue(Script::json(200, tokenBody("T-B", 3600)).forUrl(u"/v2/auth/token"_s));
        m_network->setFallback(Script::json(200, input("shop_jfk_lhr")));
        QObject owner;
        auto *first = m_sabre->search(delBom(), &owner);
        QVERIFY(waitFinished(first));
        // Five minutes before it lapses a token is no longer used: with 400 s left it is …
        m_clock.advanceSecs(3600 - 400);
        auto *second = m_sabre->search(delBom(), &owner);
        QVERIFY(waitFinished(second));
        // … with 300 s left it is not.
        m_clock.advanceSecs(100);
        auto *third = m_sabre->search(delBom(), &owner);
        QVERIFY(waitFinished(third));
        QVERIFY(!third->hasError());
        const auto shops = onPath(*m_network, sabre::endpoints::kShop);
        QCOMPARE(shops.size(), 3);
        QCOMPARE(shops[1].header("Authorization"), QByteArray("Bearer T-A"));
        QCOMPARE(shops[2].header("Authorization"), QByteArray("Bearer T-B"));
        QCOMPARE(sabre::SabreTokenCache::refreshMarginMs(604800000LL), 300000);
        QCOMPARE(sabre::SabreTokenCache::refreshMarginMs(2000), 200);
    }

    // A refused token costs one refresh and one retry.
    void refusedTokenRefreshedOnceAndRetried()
    {
        m_network->enqueue(Script::json(200, tokenBody("T-OLD")).forUrl(u"/v2/auth/token"_s));
        m_network->enqueue(Script::json(401, kExpiredBody).forUrl(u"/v5/offers/shop"_s));
        m_network->enqueue(Script::json(200, tokenBody("T-NEW")).forUrl(u"/v2/auth/token"_s));
        m_network->enqueue(Script::json(200, input("shop_jfk_lhr")).forUrl(u"/v5/offers/shop"_s));
        QObject owner;
        auto *reply = m_sabre->search(delBom(), &owner);
        QVERIFY(waitFinished(reply));
        QVERIFY2(!reply->hasError(), qPrintable(reply->error().detail));
        const auto shops = onPath(*m_network, sabre::endpoints::kShop);
        QCOMPARE(shops.size(), 2);
        QCOMPARE(shops[0].header("Authorization"), QByteArray("Bearer T-OLD"));
        QCOMPARE(shops[1].header("Authorization"), QByteArray("Bearer T-NEW"));
        QCOMPARE(countPath(*m_network, sabre::endpoints::kToken), 2);
    }

    // A server that refuses every token gets two tries, not a loop.
    void refusedAgainIsAFailureNotALoop()
    {
        m_network->enqueue(Script::json(200, tokenBody("T-1")).forUrl(u"/v2/auth/token"_s));
        m_network->enqueue(Script::json(200, tokenBody("T-2")).forUrl(u"/v2/auth/token"_s));
        m_network->enqueue(Script::json(200, tokenBody("T-3")).forUrl(u"/v2/auth/token"_s));
        m_network->setFallback(Script::json(401, kExpiredBody));
        QObject owner;
        auto *reply = m_sabre->search(delBom(), &owner);
        QVERIFY(waitFinished(reply));
        QVERIFY(reply->hasError());
        QCOMPARE(sabre::faultKind(reply->error()), sabre::FaultKind::TokenRejected);
        QCOMPARE(countPath(*m_network, sabre::endpoints::kShop), 2);
        QCOMPARE(countPath(*m_network, sabre::endpoints::kToken), 2);
    }

    // Calls refused together with one token share one refresh.
    void refusedTogetherShareOneRefresh()
    {
        m_network->enqueue(Script::json(200, tokenBody("T-OLD")).forUrl(u"/v2/auth/token"_s));
        for (int i = 0; i < 3; ++i)
            m_network->enqueue(Script::json(401, kExpiredBody).forUrl(u"/v5/offers/shop"_s));
        m_network->enqueue(
            Script::json(200, tokenBody("T-NEW")).after(30).forUrl(u"/v2/auth/token"_s));
        m_network->setFallback(Script::json(200, input("shop_jfk_lhr")));
        QObject owner;
        std::vector<FlightOffersReply *> replies;
        for (int i = 0; i < 3; ++i)
            replies.push_back(m_sabre->search(delBom(), &owner));
        for (auto *r : replies) {
            QVERIFY(waitFinished(r));
            QVERIFY(!r->hasError());
        }
        QCOMPARE(countPath(*m_network, sabre::endpoints::kToken), 2);
    }

    // Wrong credentials: the token endpoint's refusal is the call's failure, with no search.
    void badCredentialsFailTheCall()
    {
        m_network->enqueue(Script::json(401, input("token_invalid_client")));
        QObject owner;
        auto *reply = m_sabre->search(delBom(), &owner);
        QVERIFY(waitFinished(reply));
        QVERIFY(reply->hasError());
        QCOMPARE(sabre::faultKind(reply->error()), sabre::FaultKind::BadCredentials);
        QCOMPARE(countPath(*m_network, sabre::endpoints::kShop), 0);
    }

    // Booking Management's failures come inside HTTP 200 replies: the body decides.
    void errorsInsideA200AreFailures()
    {
        m_network->enqueue(Script::json(200, tokenBody("T")).forUrl(u"/v2/auth/token"_s));
        m_network->enqueue(Script::json(200, input("get_booking_not_found_200")));
        QObject owner;
        auto *reply = m_sabre->order(u"ABCDEF"_s, &owner);
        QVERIFY(waitFinished(reply));
        QVERIFY(reply->hasError());
        QCOMPARE(reply->error().kind, Error::Kind::NotFound);
        const auto gets = onPath(*m_network, sabre::endpoints::kGetBooking);
        QCOMPARE(gets.size(), 1);
        QVERIFY(gets[0].body.contains("ABCDEF"));
    }

    // An UNAUTHORIZED error inside a 200 is a refused token like a 401.
    void unauthorizedInside200Refreshes()
    {
        m_network->enqueue(Script::json(200, tokenBody("T-OLD")).forUrl(u"/v2/auth/token"_s));
        m_network->enqueue(
            Script::json(200, R"({"errors":[{"category":"UNAUTHORIZED","type":"EXPIRED_TOKEN"}]})")
                .forUrl(u"getBooking"_s));
        m_network->enqueue(Script::json(200, tokenBody("T-NEW")).forUrl(u"/v2/auth/token"_s));
        m_network->enqueue(
            Script::json(200, input("get_booking_ticketed")).forUrl(u"getBooking"_s));
        QObject owner;
        auto *reply = m_sabre->order(u"JFKLHR"_s, &owner);
        QVERIFY(waitFinished(reply));
        QVERIFY2(!reply->hasError(), qPrintable(reply->error().detail));
        QCOMPARE(reply->value().status, OrderStatus::Confirmed);
        QCOMPARE(countPath(*m_network, sabre::endpoints::kGetBooking), 2);
    }

    // A booking whose answer is lost is not sent again; the failure says the outcome is unknown
    // and what to look for.
    void lostBookingAnswerIsNotRepeated()
    {
        m_network->enqueue(Script::json(200, tokenBody("T")).forUrl(u"/v2/auth/token"_s));
        m_network->enqueue(
            Script::fail(QNetworkReply::RemoteHostClosedError).forUrl(u"createBooking"_s));
        m_network->enqueue(Script::json(200, input("create_booking")).forUrl(u"createBooking"_s));
        OrderRequest request;
        request.kind = OrderRequest::Kind::Hold;
        request.offerId = u"sabre1.bad"_s;
        QObject owner;
        // An id that is no Sabre offer's is refused before anything is sent.
        auto *bad = m_sabre->createOrder(request, &owner);
        QVERIFY(!bad->isFinished());
        QVERIFY(waitFinished(bad));
        QCOMPARE(bad->error().kind, Error::Kind::NotFound);

        m_network->enqueue(Script::json(200, input("shop_jfk_lhr")).forUrl(u"/v5/offers/shop"_s));
        auto *search = m_sabre->search(delBom(), &owner);
        QVERIFY(waitFinished(search));
        QVERIFY(!search->hasError());
        request.offerId = search->value().offers.at(0).id;
        OrderPassenger p;
        p.givenName = u"Asha"_s;
        p.familyName = u"Rao"_s;
        p.bornOn = QDate(1990, 1, 1);
        request.passengers = {p};
        request.clientReference = u"TD-42"_s;
        auto *reply = m_sabre->createOrder(request, &owner);
        QVERIFY(waitFinished(reply));
        QVERIFY(reply->hasError());
        QVERIFY(isOutcomeUnknown(reply->error()));
        QVERIFY(reply->error().message.contains(u"TRIPDESK REF TD-42"_s));
        QCOMPARE(countPath(*m_network, sabre::endpoints::kCreateBooking), 1);
    }

    // Instant orders and ticketing are not Sabre's over these APIs; capabilities say so.
    void capabilitiesAreTruthful()
    {
        const auto caps = m_sabre->capabilities();
        QVERIFY(caps.price && caps.hold && caps.cancel);
        QVERIFY(!caps.order && !caps.seatMap);
        QObject owner;
        OrderRequest instant;
        instant.kind = OrderRequest::Kind::Instant;
        auto *order = m_sabre->createOrder(instant, &owner);
        auto *pay = m_sabre->payOrder(u"ABCDEF"_s, Money(100, u"USD"_s), &owner);
        auto *seats = m_sabre->seatMaps(u"sabre1.x"_s, &owner);
        QVERIFY(waitFinished(order) && waitFinished(pay) && waitFinished(seats));
        QCOMPARE(order->error().kind, Error::Kind::Unavailable);
        QCOMPARE(pay->error().kind, Error::Kind::Unavailable);
        QCOMPARE(seats->error().kind, Error::Kind::Unavailable);
        QVERIFY(m_network->requests().isEmpty());
    }

    // Aborting a search stops its request on the network; aborting while the token is fetched
    // stops the token request when nobody else waits for it.
    void abortReachesTheNetwork()
    {
        m_network->enqueue(Script::json(200, tokenBody("T")).forUrl(u"/v2/auth/token"_s));
        m_network->enqueue(Script::hang().forUrl(u"/v5/offers/shop"_s));
        QObject owner;
        auto *reply = m_sabre->search(delBom(), &owner);
        QTRY_COMPARE(countPath(*m_network, sabre::endpoints::kShop), 1);
        reply->abort();
        QCOMPARE(reply->error().kind, Error::Kind::Cancelled);
        QTRY_COMPARE(m_network->abortCount(), 1);

        m_sabre->tokens()->invalidate("T");
        m_network->enqueue(Script::hang().forUrl(u"/v2/auth/token"_s));
        auto *waiting = m_sabre->search(delBom(), &owner);
        QTRY_COMPARE(countPath(*m_network, sabre::endpoints::kToken), 2);
        delete waiting;
        QTRY_COMPARE(m_network->abortCount(), 2);
        QCOMPARE(m_network->openReplies(), 0);
    }

    // Sabre has no quote call: an unticketed booking cancels for nothing, a ticketed refundable
    // one returns its total less the penalty; the quote names the booking.
    void cancellationQuoteFromTheBooking()
    {
        Order held;
        held.id = u"ABCDEF"_s;
        held.status = OrderStatus::Held;
        held.total = Money(50000, u"USD"_s);
        auto q = sabreCancellationQuote(held);
        QCOMPARE(q.refund, Money(0, u"USD"_s));
        QCOMPARE(q.id, u"sabre-cancel.ABCDEF"_s);
        Order ticketed = held;
        ticketed.status = OrderStatus::Confirmed;
        ticketed.ticketNumbers = {u"0981234567890"_s};
        ticketed.conditions.refundable = true;
        ticketed.conditions.refundPenalty = Money(15000, u"USD"_s);
        QCOMPARE(sabreCancellationQuote(ticketed).refund, Money(35000, u"USD"_s));
        ticketed.conditions.refundable = false;
        QCOMPARE(sabreCancellationQuote(ticketed).refund, Money(0, u"USD"_s));
    }

    // The breaker's state is the supplier's health.
    void healthFollowsTheBreaker()
    {
        QCOMPARE(m_sabre->health().breaker, SupplierHealth::Breaker::Closed);
        auto *breaker = m_sabre->httpClient()->breaker();
        for (int i = 0; i < 10; ++i) {
            if (auto permit = breaker->admit())
                breaker->report(*permit, CircuitBreaker::Outcome::Failure);
        }
        QCOMPARE(m_sabre->health().breaker, SupplierHealth::Breaker::Open);
        QVERIFY(m_sabre->health().retryAt.isValid());
        QVERIFY(!m_sabre->health().reason.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSabreSupplier)
#include "test_sabre_supplier.moc"
