// The Duffel adapter over real HTTP when the stand-in misbehaves: every injected fault ends in a
// retry that succeeds or a clean failure, never a crash or a hang; a 429's wait is honoured; a
// token that expires in the middle of a search fails it clearly; the breaker opens after repeated
// failures and closes again; faults can be set over HTTP; and a search across the sandbox and
// Duffel through the real aggregator gives the sandbox's results with Duffel named as failing.

#include "duffel_integration_support.h"

#include "backend/search/search_aggregator.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>

using namespace duffeltest;

Q_DECLARE_METATYPE(HttpFault)

namespace {

HttpFault fault(HttpFault::Kind kind, int count = 1, const QString &path = u"/air/offers"_s)
{
    HttpFault f;
    f.kind = kind;
    f.count = count;
    f.path = path;
    return f;
}

HttpFault withStatus(int status, int count)
{
    HttpFault f = fault(HttpFault::Kind::Status, count);
    f.status = status;
    return f;
}

} // namespace

class TestDuffelFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { schedule(); }

    void everyFaultEndsCleanly_data()
    {
        QTest::addColumn<HttpFault>("injected");
        QTest::addColumn<bool>("succeeds");
        QTest::newRow("503 once: retried") << withStatus(503, 1) << true;
        QTest::newRow("504 once: retried") << withStatus(504, 1) << true;
        QTest::newRow("502 every time") << withStatus(502, -1) << false;
        QTest::newRow("500 every time") << withStatus(500, -1) << false;
        // Duffel asks for a 500 or a 502 not to be retried: once is enough to fail.
        QTest::newRow("500 once: not retried") << withStatus(500, 1) << false;
        QTest::newRow("502 once: not retried") << withStatus(502, 1) << false;
        QTest::newRow("hung once: retried") << fault(HttpFault::Kind::Hang) << true;
        QTest::newRow("hung every time") << fault(HttpFault::Kind::Hang, -1) << false;
        QTest::newRow("cut short once: retried") << fault(HttpFault::Kind::Truncated) << true;
        QTest::newRow("malformed JSON") << fault(HttpFault::Kind::MalformedJson) << false;
        QTest::newRow("answer lost once: retried") << fault(HttpFault::Kind::LoseAnswer) << true;
        QTest::newRow("expired token") << fault(HttpFault::Kind::ExpiredToken) << false;
        HttpFault slow = fault(HttpFault::Kind::Latency, -1);
        slow.delayMs = 150;
        QTest::newRow("slow") << slow << true;
        QTest::newRow("offer request down")
            << fault(HttpFault::Kind::Status, -1, u"/air/offer_requests"_s) << false;
    }
    void everyFaultEndsCleanly()
    {
        QFETCH(HttpFault, injected);
        QFETCH(bool, succeeds);
        DuffelSettings settings = Rig::settings();
        settings.attemptTimeout = 700ms;
        settings.requestDeadline = 3s;
        Rig rig(settings);
        rig.standIn->addFault(injected);
        QElapsedTimer clock;
        clock.start();
        auto found = rig.search();
        QVERIFY(clock.elapsed() < 12000);
        QCOMPARE(found.ok(), succeeds);
        if (succeeds) {
            QVERIFY(!found->offers.empty());
            return;
        }
        QVERIFY(!found.error().message.isEmpty());
        QVERIFY(found.error().kind != Error::Kind::Internal);
        QVERIFY2(found.error().message.contains(u"Duffel"_s), qPrintable(found.error().message));
    }

    void aRateLimitResetIsWaitedFor_data()
    {
        QTest::addColumn<int>("retryAfter");
        QTest::addColumn<int>("resetAfter");
        QTest::newRow("retry-after") << 1 << -1;
        QTest::newRow("ratelimit-reset") << -1 << 1;
    }
    void aRateLimitResetIsWaitedFor()
    {
        QFETCH(int, retryAfter);
        QFETCH(int, resetAfter);
        Rig rig;
        HttpFault limited = fault(HttpFault::Kind::RateLimited);
        limited.retryAfterSeconds = retryAfter;
        limited.resetAfterSeconds = resetAfter;
        rig.standIn->addFault(limited);
        auto found = rig.search();
        QVERIFY2(found.ok(), qPrintable(found.ok() ? QString() : found.error().message));
        // The first page was refused; its retry came no sooner than the server asked.
        const QStringList &log = rig.standIn->requestLog();
        const auto &times = rig.standIn->requestTimesMs();
        int first = -1;
        for (int i = 0; i < log.size(); ++i) {
            if (log[i].startsWith("GET /air/offers?"_L1) && first < 0)
                first = i;
        }
        QVERIFY(first >= 0 && first + 1 < log.size());
        QVERIFY(log[first + 1].startsWith("GET /air/offers?"_L1));
        QVERIFY2(times[first + 1] - times[first] >= 950,
                 qPrintable(QString::number(times[first + 1] - times[first])));
    }

    void aTokenThatExpiresMidSearchFailsItClearly()
    {
        Rig rig;
        HttpFault expiry = fault(HttpFault::Kind::ExpiredToken);
        expiry.skip = 1; // the first page goes through, the second is refused
        rig.standIn->addFault(expiry);
        auto found = rig.search();
        QVERIFY(!found.ok());
        QVERIFY2(found.error().message.contains(u"Agency test"_s),
                 qPrintable(found.error().message));
        QCOMPARE(rig.logged(u"GET /air/offers?"), 2);
    }

    void theBreakerOpensAfterRepeatedFailuresAndClosesAgain()
    {
        DuffelSettings settings = Rig::settings();
        settings.http.retry.maxAttempts = 1;
        settings.http.breaker.failureThreshold = 3;
        settings.http.breaker.coolDown = 200ms;
        Rig rig(settings);
        HttpFault down = withStatus(503, 3);
        down.path = u"/air/"_s;
        rig.standIn->addFault(down);
        for (int i = 0; i < 3; ++i)
            QVERIFY(!rig.search().ok());
        QCOMPARE(rig.duffel->health().breaker, SupplierHealth::Breaker::Open);
        QVERIFY(!rig.duffel->health().reason.isEmpty());
        const int served = rig.standIn->requestCount();
        auto refused = rig.search();
        QVERIFY(!refused.ok());
        QCOMPARE(rig.standIn->requestCount(), served); // refused without a request
        rig.clock.set(now().addSecs(1));
        QTest::qWait(300);
        auto found = rig.search();
        QVERIFY2(found.ok(), qPrintable(found.ok() ? QString() : found.error().message));
        QCOMPARE(rig.duffel->health().breaker, SupplierHealth::Breaker::Closed);
    }

    void faultsCanBeSetOverHttp()
    {
        Rig rig;
        QNetworkRequest request(QUrl(rig.standIn->url().toString() + u"/_faults"_s));
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        std::unique_ptr<QNetworkReply> reply(rig.network.post(
            request, R"({"fault":"status","status":503,"count":1,"path":"/air/offer_requests"})"));
        QSignalSpy spy(reply.get(), &QNetworkReply::finished);
        QVERIFY(spy.wait(5000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(rig.standIn->faults().faults().size(), 1);
        // The search (idempotent) is tried again after the 503 the control request asked for.
        QVERIFY(rig.search().ok());
        QCOMPARE(rig.logged(u"POST /air/offer_requests"), 2);
    }

    void theAggregatorGivesPartialResultsNamingDuffel_data()
    {
        QTest::addColumn<HttpFault>("injected");
        QTest::addColumn<int>("state");
        QTest::newRow("down") << fault(HttpFault::Kind::Status, -1, u"/air/"_s)
                              << int(SupplierStatus::State::Failed);
        QTest::newRow("hung") << fault(HttpFault::Kind::Hang, -1, u"/air/"_s)
                              << int(SupplierStatus::State::TimedOut);
    }
    void theAggregatorGivesPartialResultsNamingDuffel()
    {
        QFETCH(HttpFault, injected);
        QFETCH(int, state);
        DuffelSettings settings = Rig::settings();
        settings.http.retry.maxAttempts = 1;
        Rig rig(settings);
        SandboxSupplier sandbox(reference(), {}, SandboxOptions{}, rig.clock);
        sandbox.setSchedule(schedule());
        rig.standIn->addFault(injected);
        SearchAggregator aggregator({&sandbox, rig.duffel.get()}, rig.clock, 1500);
        QObject owner;
        SearchReply *reply = aggregator.search(trip(), &owner);
        QSignalSpy done(reply, &SearchReply::finished);
        QVERIFY(reply->isFinished() || done.wait(10000));
        QVERIFY(!reply->offers().empty());
        const auto &statuses = reply->statuses();
        QCOMPARE(statuses.size(), size_t(2));
        const SupplierStatus &ours =
            statuses[0].supplier == "sandbox"_L1 ? statuses[0] : statuses[1];
        const SupplierStatus &theirs =
            statuses[0].supplier == "duffel"_L1 ? statuses[0] : statuses[1];
        QCOMPARE(ours.state, SupplierStatus::State::Done);
        QCOMPARE(int(theirs.state), state);
        QVERIFY(theirs.displayName.contains(u"Duffel"_s));
        QVERIFY(!theirs.errorMessage.isEmpty());
        for (const FlightOffer &o : reply->offers())
            QCOMPARE(o.supplier, u"sandbox"_s);
    }
};

QTEST_GUILESS_MAIN(TestDuffelFaults)
#include "test_duffel_faults.moc"
