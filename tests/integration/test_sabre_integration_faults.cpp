// Every fault the Sabre stand-in can inject gives the real adapter a clean failure or a retry,
// never a crash or a hang: 5xx, malformed and truncated replies, hung connections, latency,
// 429 with Retry-After or a rate-limit reset, the breaker opening and closing again, a lost
// createBooking answer that leads to no second booking, and faults set over HTTP.

#include "backend/suppliers/http/http_errors.h"
#include "backend/suppliers/sabre/sabre_endpoints.h"
#include "backend/suppliers/sabre/sabre_errors.h"
#include "tests/integration/sabre_integration_support.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>

using namespace tripdesk;
using namespace tripdesk::test;
using namespace Qt::StringLiterals;

namespace {

SabreFault fault(SabreFault::Kind kind, int count = 1, QLatin1StringView path = {})
{
    SabreFault f;
    f.kind = kind;
    f.count = count;
    f.path = path;
    return f;
}

} // namespace

class TestSabreIntegrationFaults : public QObject
{
    Q_OBJECT

    SystemClock m_clock;
    std::unique_ptr<SabreStandIn> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<SabreSupplier> m_sabre;

    void makeAdapter(SabreSupplierConfig config)
    {
        m_sabre = std::make_unique<SabreSupplier>(config, m_network.get(), &m_clock);
    }

    FlightOffersReply *search(QObject *owner) { return m_sabre->search(delBom(), owner); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(schedule()); }
    void init()
    {
        m_server = standIn();
        m_network = std::make_unique<QNetworkAccessManager>();
        makeAdapter(adapterConfig(*m_server));
    }
    void cleanup()
    {
        m_sabre.reset();
        m_network.reset();
        m_server.reset();
    }

    void transientFailuresAreRetried_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("500") << 500;
        QTest::newRow("502") << 502;
        QTest::newRow("503") << 503;
        QTest::newRow("504") << 504;
    }
    void transientFailuresAreRetried()
    {
        QFETCH(int, status);
        SabreFault f = fault(SabreFault::Kind::Status, 1, sabre::endpoints::kShop);
        f.status = status;
        m_server->addFault(f);
        QObject owner;
        auto *reply = search(&owner);
        QVERIFY(waitFinished(reply));
        QVERIFY2(!reply->hasError(), qPrintable(reply->error().detail));
        QVERIFY(!reply->value().offers.empty());
        QCOMPARE(m_server->requestsTo(sabre::endpoints::kShop), 2);
    }

    void lastingFailureIsACleanError()
    {
        m_server->addFault(fault(SabreFault::Kind::Status, -1, sabre::endpoints::kShop));
        QObject owner;
        auto *reply = search(&owner);
        QVERIFY(waitFinished(reply));
        QVERIFY(reply->hasError());
        QCOMPARE(reply->error().kind, Error::Kind::Unavailable);
        QVERIFY(reply->error().message.contains(u"Sabre"_s));
        QCOMPARE(m_server->requestsTo(sabre::endpoints::kShop), 3); // maxAttempts
    }

    void malformedReplyIsACleanError()
    {
        m_server->addFault(fault(SabreFault::Kind::MalformedJson, 1, sabre::endpoints::kShop));
        QObject owner;
        auto *reply = search(&owner);
        QVERIFY(waitFinished(reply));
        QVERIFY(reply->hasError());
        QCOMPARE(sabre::faultKind(reply->error()), sabre::FaultKind::Malformed);
    }

    // A search's answer cut short is asked again: searching twice does nothing twice.
    void truncatedSearchIsRetried()
    {
        m_server->addFault(fault(SabreFault::Kind::Truncated, 1, sabre::endpoints::kShop));
        QObject owner;
        auto *reply = search(&owner);
        QVERIFY(waitFinished(reply));
        QVERIFY2(!reply->hasError(), qPrintable(reply->error().detail));
        QCOMPARE(m_server->requestsTo(sabre::endpoints::kShop), 2);
    }

    void hungConnectionEndsAtTheDeadline()
    {
        SabreSupplierConfig config = adapterConfig(*m_server);
        config.searchDeadline = std::chrono::milliseconds(800);
        makeAdapter(config);
        m_server->addFault(fault(SabreFault::Kind::Hang, -1, sabre::endpoints::kShop));
        QObject owner;
        QElapsedTimer timer;
        timer.start();
        auto *reply = search(&owner);
        QVERIFY(waitFinished(reply, 5000));
        QVERIFY(reply->hasError());
        QCOMPARE(reply->error().kind, Error::Kind::Unavailable);
        QVERIFY(timer.elapsed() < 3000);
    }

    void latencyIsWaitedOut()
    {
        SabreFault slow = fault(SabreFault::Kind::Latency, 1, sabre::endpoints::kShop);
        slow.latencyMs = 300;
        m_server->addFault(slow);
        QObject owner;
        QElapsedTimer timer;
        timer.start();
        auto *reply = search(&owner);
        QVERIFY(waitFinished(reply));
        QVERIFY(!reply->hasError());
        QVERIFY(timer.elapsed() >= 300);
        QCOMPARE(m_server->requestsTo(sabre::endpoints::kShop), 1);
    }

    void tooManyRequestsWaitsAsTold_data()
    {
        QTest::addColumn<bool>("retryAfter");
        QTest::newRow("Retry-After") << true;
        QTest::newRow("X-RateLimit-Reset") << false;
    }
    void tooManyRequestsWaitsAsTold()
    {
        QFETCH(bool, retryAfter);
        SabreFault limited = fault(SabreFault::Kind::Status, 1, sabre::endpoints::kShop);
        limited.status = 429;
        (retryAfter ? limited.retryAfterSecs : limited.rateLimitResetSecs) = 1;
        m_server->addFault(limited);
        QObject owner;
        QElapsedTimer timer;
        timer.start();
        auto *reply = search(&owner);
        QVERIFY(waitFinished(reply));
        QVERIFY2(!reply->hasError(), qPrintable(reply->error().detail));
        QVERIFY2(timer.elapsed() >= 900, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(m_server->requestsTo(sabre::endpoints::kShop), 2);
    }

    // Repeated failures open the breaker: calls then fail at once without reaching Sabre;
    // after the cool-down one trial goes through and closes it.
    void breakerOpensAndClosesAgain()
    {
        SabreSupplierConfig config = adapterConfig(*m_server);
        config.http.retry.maxAttempts = 1;
        config.http.breaker.failureThreshold = 3;
        config.http.breaker.coolDown = std::chrono::milliseconds(600);
        makeAdapter(config);
        m_server->addFault(fault(SabreFault::Kind::Status, -1, sabre::endpoints::kShop));
        QObject owner;
        for (int i = 0; i < 3; ++i) {
            auto *reply = search(&owner);
            QVERIFY(waitFinished(reply));
            QVERIFY(reply->hasError());
        }
        QCOMPARE(m_sabre->health().breaker, SupplierHealth::Breaker::Open);
        QVERIFY(m_sabre->health().retryAt.isValid());
        auto *refused = search(&owner);
        QVERIFY(waitFinished(refused));
        QCOMPARE(refused->error().kind, Error::Kind::Unavailable);
        QCOMPARE(m_server->requestsTo(sabre::endpoints::kShop), 3);

        m_server->clearFaults();
        QTRY_VERIFY_WITH_TIMEOUT(m_sabre->health().breaker != SupplierHealth::Breaker::Open, 3000);
        auto *trial = search(&owner);
        QVERIFY(waitFinished(trial));
        QVERIFY2(!trial->hasError(), qPrintable(trial->error().detail));
        QCOMPARE(m_sabre->health().breaker, SupplierHealth::Breaker::Closed);
    }

    // The booking is made but its answer is lost: the adapter says the outcome is unknown and
    // books nothing more.
    void lostBookingAnswerMakesNoSecondBooking()
    {
        SabreSupplierConfig config = adapterConfig(*m_server);
        config.callDeadline = std::chrono::milliseconds(1500); // for the hung answer
        makeAdapter(config);
        QObject owner;
        auto *found = search(&owner);
        QVERIFY(waitFinished(found));
        QVERIFY(!found->hasError());
        OrderRequest request;
        request.kind = OrderRequest::Kind::Hold;
        request.offerId = found->value().offers.front().id;
        request.passengers = {traveller(u"Meera"_s, u"Iyer"_s)};
        int attempt = 0;
        for (auto kind : {SabreFault::Kind::Truncated, SabreFault::Kind::Hang}) {
            // Each booking attempt has its own reference.
            request.clientReference = u"TD-LOST%1"_s.arg(++attempt);
            m_server->addFault(fault(kind, 1, sabre::endpoints::kCreateBooking));
            const int before = m_server->bookingsCreated();
            auto *reply = m_sabre->createOrder(request, &owner);
            QVERIFY(waitFinished(reply, 20000));
            QVERIFY(reply->hasError());
            QVERIFY(isOutcomeUnknown(reply->error()));
            QVERIFY(reply->error().message.contains(request.clientReference));
            QCOMPARE(m_server->bookingsCreated(), before + 1);
        }
        QCOMPARE(m_server->requestsTo(sabre::endpoints::kCreateBooking), 2);
        // With nothing in the way a new attempt books once more, as the agent asked.
        request.clientReference = u"TD-LOST3"_s;
        auto *again = m_sabre->createOrder(request, &owner);
        QVERIFY(waitFinished(again));
        QVERIFY2(!again->hasError(), qPrintable(again->error().detail));
        QCOMPARE(m_server->bookingsCreated(), 3);
    }

    // A person driving the CLI sets faults over HTTP.
    void faultsOverHttp()
    {
        QNetworkRequest post(QUrl(m_server->url().toString() + u"/_faults"_s));
        post.setRawHeader("Content-Type", "application/json");
        const QByteArray body =
            R"({"kind":"status","status":503,"count":-1,"path":"/v5/offers/shop"})";
        QNetworkReply *set = m_network->post(post, body);
        QSignalSpy setDone(set, &QNetworkReply::finished);
        QVERIFY(setDone.wait(5000));
        QCOMPARE(set->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        set->deleteLater();
        QObject owner;
        auto *reply = search(&owner);
        QVERIFY(waitFinished(reply));
        QVERIFY(reply->hasError());

        QNetworkReply *bad = m_network->post(post, QByteArray(R"({"kind":"flood"})"));
        QSignalSpy badDone(bad, &QNetworkReply::finished);
        QVERIFY(badDone.wait(5000));
        QCOMPARE(bad->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
        bad->deleteLater();

        QNetworkReply *cleared = m_network->deleteResource(post);
        QSignalSpy clearedDone(cleared, &QNetworkReply::finished);
        QVERIFY(clearedDone.wait(5000));
        cleared->deleteLater();
        auto *after = search(&owner);
        QVERIFY(waitFinished(after));
        QVERIFY2(!after->hasError(), qPrintable(after->error().detail));

        QNetworkReply *state =
            m_network->get(QNetworkRequest(QUrl(m_server->url().toString() + u"/_state"_s)));
        QSignalSpy stateDone(state, &QNetworkReply::finished);
        QVERIFY(stateDone.wait(5000));
        const QJsonObject json = QJsonDocument::fromJson(state->readAll()).object();
        QCOMPARE(json[u"tokensIssued"_s].toInt(), 1);
        state->deleteLater();
    }
};

QTEST_GUILESS_MAIN(TestSabreIntegrationFaults)
#include "test_sabre_integration_faults.moc"
