// The circuit breaker of one supplier: it opens after a run of failures (not after the caller's
// own 4xx mistakes), refuses calls at once with a message naming the supplier and when it is
// tried again, lets one trial through after the cool-down and closes when that succeeds.

#include "backend/suppliers/http/circuit_breaker.h"
#include "http_test_support.h"

using namespace tripdesk;
using namespace tripdesk::test;
using Script = FakeNetworkAccessManager::Script;
using State = CircuitBreaker::State;
using Outcome = CircuitBreaker::Outcome;
using namespace std::chrono_literals;

namespace {

QDateTime noon()
{
    return QDateTime(QDate(2026, 12, 3), QTime(12, 0), QTimeZone::utc());
}

void failOnce(CircuitBreaker &breaker)
{
    const auto permit = breaker.admit();
    QVERIFY(permit);
    breaker.report(*permit, Outcome::Failure);
}

} // namespace

class TestCircuitBreaker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensAfterConsecutiveFailures()
    {
        FixedClock clock(noon());
        CircuitBreaker breaker(QStringLiteral("Sabre"), {3, 30s}, &clock);
        QSignalSpy changed(&breaker, &CircuitBreaker::changed);
        failOnce(breaker);
        failOnce(breaker);
        // A success in between starts the count again.
        breaker.report(*breaker.admit(), Outcome::Success);
        failOnce(breaker);
        failOnce(breaker);
        QCOMPARE(breaker.state(), State::Closed);
        QCOMPARE(changed.size(), 0);
        failOnce(breaker);
        QCOMPARE(breaker.state(), State::Open);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(breaker.retryAt(), noon().addSecs(30));

        QVERIFY(!breaker.admit());
        const Error rejection = breaker.rejection();
        QCOMPARE(rejection.kind, Error::Kind::Unavailable);
        QVERIFY2(rejection.message.contains(QLatin1String("Sabre")), qPrintable(rejection.message));
        QVERIFY2(rejection.message.contains(QLatin1String("30 second")),
                 qPrintable(rejection.message));
        clock.advanceSecs(20);
        QVERIFY2(breaker.rejection().message.contains(QLatin1String("10 second")),
                 qPrintable(breaker.rejection().message));
    }

    void halfOpensLetsOneTrialThroughAndClosesOnSuccess()
    {
        FixedClock clock(noon());
        CircuitBreaker breaker(QStringLiteral("Sabre"), {2, 30s}, &clock);
        failOnce(breaker);
        failOnce(breaker);
        QCOMPARE(breaker.state(), State::Open);
        clock.advanceSecs(31);
        QCOMPARE(breaker.state(), State::HalfOpen);
        const auto trial = breaker.admit();
        QVERIFY(trial && trial->trial);
        QVERIFY2(!breaker.admit(), "only one trial while half-open");
        QCOMPARE(breaker.rejection().kind, Error::Kind::Unavailable);
        QVERIFY(breaker.rejection().message.contains(QLatin1String("Sabre")));
        breaker.report(*trial, Outcome::Success);
        QCOMPARE(breaker.state(), State::Closed);
        QCOMPARE(breaker.consecutiveFailures(), 0);
        QVERIFY(breaker.admit());
    }

    void failedTrialOpensAgain()
    {
        FixedClock clock(noon());
        CircuitBreaker breaker(QStringLiteral("Sabre"), {1, 10s}, &clock);
        failOnce(breaker);
        clock.advanceSecs(11);
        const auto trial = breaker.admit();
        QVERIFY(trial);
        breaker.report(*trial, Outcome::Failure);
        QCOMPARE(breaker.state(), State::Open);
        QCOMPARE(breaker.retryAt(), noon().addSecs(21));
    }

    void abandonedTrialFreesTheSlot()
    {
        FixedClock clock(noon());
        CircuitBreaker breaker(QStringLiteral("Sabre"), {1, 10s}, &clock);
        failOnce(breaker);
        clock.advanceSecs(10);
        const auto trial = breaker.admit();
        QVERIFY(trial);
        breaker.report(*trial, Outcome::Abandoned);
        QCOMPARE(breaker.state(), State::HalfOpen);
        const auto next = breaker.admit();
        QVERIFY(next && next->trial);
    }

    void lateAnswersDoNotCloseAnOpenBreaker()
    {
        FixedClock clock(noon());
        CircuitBreaker breaker(QStringLiteral("Sabre"), {1, 10s}, &clock);
        const auto early = breaker.admit();
        failOnce(breaker);
        QCOMPARE(breaker.state(), State::Open);
        breaker.report(*early, Outcome::Success);
        QCOMPARE(breaker.state(), State::Open);
    }

    void coolDownEndsOnItsOwn()
    {
        SystemClock clock;
        CircuitBreaker breaker(QStringLiteral("Sabre"), {1, 60ms}, &clock);
        QSignalSpy changed(&breaker, &CircuitBreaker::changed);
        failOnce(breaker);
        QCOMPARE(changed.size(), 1);
        QVERIFY2(changed.wait(1000), "the UI hears of the half-open state without a call");
        QCOMPARE(breaker.state(), State::HalfOpen);
    }

    void clientOpensOnServerErrorsAndRejectsAtOnce()
    {
        FakeNetworkAccessManager network;
        FixedClock clock(noon());
        HttpClient::Settings settings = quickSettings();
        settings.retry.maxAttempts = 1;
        settings.breaker = {3, 30s};
        HttpClient client(&network, QStringLiteral("Duffel"), settings, &clock);
        network.enqueue(Script::answer(500));
        network.enqueue(Script::fail(QNetworkReply::ConnectionRefusedError));
        network.enqueue(Script::hang());
        HttpRequest request = getRequest();
        request.attemptTimeout = 50ms;
        for (int i = 0; i < 3; ++i) {
            std::unique_ptr<HttpReply> reply(client.send(request, nullptr));
            QVERIFY(waitFinished(reply.get()));
        }
        QCOMPARE(client.breaker()->state(), State::Open);

        network.setFallback(Script::json(200, "{}"));
        std::unique_ptr<HttpReply> refused(client.send(request, nullptr));
        QVERIFY2(!refused->isFinished(), "even a refusal finishes from the event loop");
        QVERIFY(waitFinished(refused.get(), 100));
        QCOMPARE(refused->error().kind, Error::Kind::Unavailable);
        QVERIFY(refused->error().message.contains(QLatin1String("Duffel")));
        QCOMPARE(network.requests().size(), 3);

        clock.advanceSecs(30);
        std::unique_ptr<HttpReply> trial(client.send(request, nullptr));
        QVERIFY(waitFinished(trial.get()));
        QVERIFY(!trial->hasError());
        QCOMPARE(client.breaker()->state(), State::Closed);
        QCOMPARE(network.requests().size(), 4);
    }

    void callersMistakesDoNotOpenIt()
    {
        FakeNetworkAccessManager network;
        FixedClock clock(noon());
        HttpClient::Settings settings = quickSettings();
        settings.breaker = {2, 30s};
        HttpClient client(&network, QStringLiteral("Duffel"), settings, &clock);
        network.setFallback(Script::json(422, R"({"errors":[{"code":"validation_error"}]})"));
        for (int i = 0; i < 4; ++i) {
            std::unique_ptr<HttpReply> reply(client.send(getRequest(), nullptr));
            QVERIFY(waitFinished(reply.get()));
            QCOMPARE(reply->value().status, 422);
        }
        QCOMPARE(client.breaker()->state(), State::Closed);
        QCOMPARE(client.breaker()->consecutiveFailures(), 0);
    }

    void breakerOpeningStopsRetries()
    {
        FakeNetworkAccessManager network;
        FixedClock clock(noon());
        HttpClient::Settings settings = quickSettings();
        settings.retry.maxAttempts = 5;
        settings.breaker = {2, 30s};
        HttpClient client(&network, QStringLiteral("Duffel"), settings, &clock);
        network.setFallback(Script::json(503, R"({"errors":[{"code":"down"}]})"));
        std::unique_ptr<HttpReply> reply(client.send(getRequest(), nullptr));
        QVERIFY(waitFinished(reply.get()));
        QCOMPARE(network.requests().size(), 2);
        QCOMPARE(reply->value().status, 503);
        QCOMPARE(client.breaker()->state(), State::Open);
    }
};

QTEST_GUILESS_MAIN(TestCircuitBreaker)
#include "test_circuit_breaker.moc"
