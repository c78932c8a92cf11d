// The HTTP request job when things go wrong: a call that must not be repeated is sent once and
// says when its outcome is unknown; abort() and deleting a reply reach the network; attempt
// timeouts and the overall deadline are kept; transport failures read as clear messages that
// name the supplier.

#include "backend/suppliers/http/http_errors.h"
#include "http_test_support.h"

using namespace tripdesk;
using namespace tripdesk::test;
using Script = FakeNetworkAccessManager::Script;
using namespace std::chrono_literals;

class TestHttpClientFailures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lostAnswerToAnOrderIsNotRetriedAndIsOutcomeUnknown_data()
    {
        QTest::addColumn<Script>("script");
        QTest::newRow("no answer in time") << Script::hang();
        QTest::newRow("connection dropped") << Script::fail(QNetworkReply::RemoteHostClosedError);
        QTest::newRow("body cut short") << Script::truncated(201, R"({"data":{"id":"ord_1"}})", 7);
    }
    void lostAnswerToAnOrderIsNotRetriedAndIsOutcomeUnknown()
    {
        QFETCH(Script, script);
        FakeNetworkAccessManager network;
        SystemClock clock;
        HttpClient client(&network, QStringLiteral("Duffel"), quickSettings(), &clock);
        network.enqueue(script);
        network.enqueue(Script::json(201, R"({"data":{"id":"ord_2"}})"));
        HttpRequest request = postRequest();
        request.attemptTimeout = 100ms;
        std::unique_ptr<HttpReply> reply(client.send(request, nullptr));
        QVERIFY(waitFinished(reply.get()));
        QVERIFY(reply->hasError());
        QCOMPARE(network.requests().size(), 1);
        QVERIFY(reply->outcomeUnknown());
        QVERIFY(isOutcomeUnknown(reply->error()));
        QCOMPARE(reply->error().kind, Error::Kind::Unavailable);
        QVERIFY(reply->error().message.contains(QLatin1String("Duffel")));
        QVERIFY2(reply->error().message.contains(QLatin1String("not known whether")),
                 qPrintable(reply->error().message));
        QCOMPARE(network.openReplies(), 0);
    }

    void orderThatNeverLeftIsNotOutcomeUnknown()
    {
        FakeNetworkAccessManager network;
        SystemClock clock;
        HttpClient client(&network, QStringLiteral("Duffel"), quickSettings(), &clock);
        network.enqueue(Script::fail(QNetworkReply::ConnectionRefusedError));
        std::unique_ptr<HttpReply> reply(client.send(postRequest(), nullptr));
        QVERIFY(waitFinished(reply.get()));
        QVERIFY(reply->hasError());
        QVERIFY(!reply->outcomeUnknown());
        QVERIFY(!isOutcomeUnknown(reply->error()));
        QCOMPARE(network.requests().size(), 1);
    }

    void orderAnsweredWithServerErrorIsHandedOverOnce()
    {
        FakeNetworkAccessManager network;
        SystemClock clock;
        HttpClient client(&network, QStringLiteral("Duffel"), quickSettings(), &clock);
        network.enqueue(
            Script::json(503, R"({"errors":[{"code":"unavailable"}]})", {{"Retry-After", "0"}}));
        network.enqueue(Script::json(201, "{}"));
        std::unique_ptr<HttpReply> reply(client.send(postRequest(), nullptr));
        QVERIFY(waitFinished(reply.get()));
        QCOMPARE(reply->value().status, 503);
        QCOMPARE(network.requests().size(), 1);
    }

    void postMarkedIdempotentIsRetried()
    {
        FakeNetworkAccessManager network;
        SystemClock clock;
        HttpClient client(&network, QStringLiteral("Duffel"), quickSettings(), &clock);
        network.enqueue(Script::answer(502));
        network.enqueue(Script::json(200, R"({"data":{"id":"orq_1"}})"));
        HttpRequest search = postRequest("https://api.example.test/air/offer_requests");
        search.markedIdempotent = true;
        std::unique_ptr<HttpReply> reply(client.send(search, nullptr));
        QVERIFY(waitFinished(reply.get()));
        QCOMPARE(reply->value().status, 200);
        QCOMPARE(network.requests().size(), 2);
        QCOMPARE(network.requests()[1].body, network.requests()[0].body);
    }

    void abortReachesTheNetwork()
    {
        FakeNetworkAccessManager network;
        SystemClock clock;
        HttpClient client(&network, QStringLiteral("Duffel"), quickSettings(), &clock);
        network.enqueue(Script::hang());
        std::unique_ptr<HttpReply> reply(client.send(getRequest(), nullptr));
        QTRY_COMPARE(network.requests().size(), 1);
        QCOMPARE(network.openReplies(), 1);
        int finishedCount = 0;
        connect(reply.get(), &SupplierReply::finished, this, [&] { ++finishedCount; });
        reply->abort();
        QCOMPARE(network.abortCount(), 1);
        QCOMPARE(network.openReplies(), 0);
        QCOMPARE(finishedCount, 1);
        QCOMPARE(reply->error().kind, Error::Kind::Cancelled);
        QTest::qWait(50);
        QCOMPARE(finishedCount, 1);
        QCOMPARE(network.requests().size(), 1);
    }

    void deletingTheReplyAbortsSilently()
    {
        FakeNetworkAccessManager network;
        SystemClock clock;
        HttpClient client(&network, QStringLiteral("Duffel"), quickSettings(), &clock);
        network.enqueue(Script::hang());
        auto *reply = client.send(getRequest(), nullptr);
        int finishedCount = 0;
        connect(reply, &SupplierReply::finished, this, [&] { ++finishedCount; });
        QTRY_COMPARE(network.requests().size(), 1);
        delete reply;
        QCOMPARE(network.abortCount(), 1);
        QCOMPARE(network.openReplies(), 0);
        QTest::qWait(50);
        QCOMPARE(finishedCount, 0);
    }

    void abortWhileBackingOffSendsNothingMore()
    {
        FakeNetworkAccessManager network;
        SystemClock clock;
        HttpClient::Settings settings = quickSettings();
        settings.retry.baseDelay = settings.retry.maxDelay = 200ms;
        HttpClient client(&network, QStringLiteral("Duffel"), settings, &clock);
        client.setRandomSource(topOfRange());
        network.enqueue(Script::answer(503));
        network.enqueue(Script::json(200, "{}"));
        std::unique_ptr<HttpReply> reply(client.send(getRequest(), nullptr));
        QTRY_COMPARE(network.requests().size(), 1);
        QTest::qWait(30);
        reply->abort();
        QTest::qWait(300);
        QCOMPARE(network.requests().size(), 1);
        QCOMPARE(reply->error().kind, Error::Kind::Cancelled);
    }

    void attemptTimeoutRetriesAnIdempotentCall()
    {
        FakeNetworkAccessManager network;
        SystemClock clock;
        HttpClient client(&network, QStringLiteral("Duffel"), quickSettings(), &clock);
        network.enqueue(Script::hang());
        network.enqueue(Script::json(200, "{}"));
        HttpRequest request = getRequest();
        request.attemptTimeout = 100ms;
        std::unique_ptr<HttpReply> reply(client.send(request, nullptr));
        QVERIFY(waitFinished(reply.get()));
        QVERIFY(!reply->hasError());
        QCOMPARE(network.requests().size(), 2);
        QCOMPARE(network.abortCount(), 1);
        QVERIFY(network.requests()[1].sentAtMs - network.requests()[0].sentAtMs >= 100);
    }

    void deadlineIsKept()
    {
        FakeNetworkAccessManager network;
        SystemClock clock;
        HttpClient client(&network, QStringLiteral("Sabre"), quickSettings(), &clock);
        network.setFallback(Script::hang());
        HttpRequest request = getRequest();
        request.attemptTimeout = 10s;
        request.deadline = 200ms;
        QElapsedTimer elapsed;
        elapsed.start();
        std::unique_ptr<HttpReply> reply(client.send(request, nullptr));
        QVERIFY(waitFinished(reply.get()));
        const qint64 took = elapsed.elapsed();
        QVERIFY2(took >= 195 && took < 1000, qPrintable(QString::number(took)));
        QCOMPARE(reply->error().kind, Error::Kind::Unavailable);
        QVERIFY(reply->error().message.contains(QLatin1String("Sabre")));
        QVERIFY(!reply->outcomeUnknown());
        QCOMPARE(network.abortCount(), 1);
        QCOMPARE(network.openReplies(), 0);
    }

    void retriesStopAtTheDeadline()
    {
        FakeNetworkAccessManager network;
        SystemClock clock;
        HttpClient::Settings settings = quickSettings();
        settings.retry.maxAttempts = 50;
        HttpClient client(&network, QStringLiteral("Duffel"), settings, &clock);
        network.setFallback(Script::answer(503).after(40));
        HttpRequest request = getRequest();
        request.deadline = 300ms;
        QElapsedTimer elapsed;
        elapsed.start();
        const qint64 sentAt = network.elapsedMs();
        std::unique_ptr<HttpReply> reply(client.send(request, nullptr));
        QVERIFY(waitFinished(reply.get()));
        QVERIFY2(elapsed.elapsed() < 1000, qPrintable(QString::number(elapsed.elapsed())));
        QVERIFY(network.requests().size() >= 2);
        QVERIFY(network.requests().size() < 50);
        for (const auto &sent : network.requests())
            QVERIFY(sent.sentAtMs - sentAt < 300);
    }

    void transportFailuresReadClearly_data()
    {
        QTest::addColumn<QNetworkReply::NetworkError>("code");
        QTest::addColumn<QString>("phrase");
        QTest::addColumn<bool>("retried");
        QTest::newRow("refused") << QNetworkReply::ConnectionRefusedError
                                 << QStringLiteral("refused the connection") << true;
        QTest::newRow("host not found")
            << QNetworkReply::HostNotFoundError << QStringLiteral("could not be found") << true;
        QTest::newRow("TLS") << QNetworkReply::SslHandshakeFailedError
                             << QStringLiteral("secure connection") << false;
        QTest::newRow("timeout") << QNetworkReply::TimeoutError
                                 << QStringLiteral("did not answer in time") << true;
        QTest::newRow("cancelled")
            << QNetworkReply::OperationCanceledError << QStringLiteral("was cancelled") << false;
        QTest::newRow("proxy") << QNetworkReply::ProxyConnectionRefusedError
                               << QStringLiteral("proxy") << true;
        QTest::newRow("connection lost") << QNetworkReply::TemporaryNetworkFailureError
                                         << QStringLiteral("connection to Duffel was lost") << true;
    }
    void transportFailuresReadClearly()
    {
        QFETCH(QNetworkReply::NetworkError, code);
        QFETCH(QString, phrase);
        QFETCH(bool, retried);
        FakeNetworkAccessManager network;
        SystemClock clock;
        HttpClient client(&network, QStringLiteral("Duffel"), quickSettings(), &clock);
        network.setFallback(Script::fail(code));
        std::unique_ptr<HttpReply> reply(client.send(getRequest(), nullptr));
        QVERIFY(waitFinished(reply.get()));
        QVERIFY(reply->hasError());
        const Error &error = reply->error();
        QVERIFY2(error.message.contains(phrase), qPrintable(error.message));
        QVERIFY2(error.message.contains(QLatin1String("Duffel")), qPrintable(error.message));
        QVERIFY2(!error.message.contains(QLatin1String("Fake network error")),
                 "Qt's own text goes to the detail, not the message");
        QVERIFY(error.detail.contains(QLatin1String("Fake network error")));
        QCOMPARE(network.requests().size(), retried ? 3 : 1);
    }

    void replyOutlivingItsClientEndsCancelled()
    {
        FakeNetworkAccessManager network;
        SystemClock clock;
        auto client = std::make_unique<HttpClient>(&network, QStringLiteral("Duffel"),
                                                   quickSettings(), &clock);
        network.enqueue(Script::hang());
        std::unique_ptr<HttpReply> reply(client->send(getRequest(), nullptr));
        QTRY_COMPARE(network.requests().size(), 1);
        client.reset();
        QCOMPARE(network.abortCount(), 1);
        QVERIFY(waitFinished(reply.get()));
        QCOMPARE(reply->error().kind, Error::Kind::Cancelled);
    }

    void requestsQueuedBehindTheRateLimitMeetTheirDeadline()
    {
        FakeNetworkAccessManager network;
        SystemClock clock;
        HttpClient::Settings settings = quickSettings();
        settings.rateLimit = {1.0, 1}; // one a second
        HttpClient client(&network, QStringLiteral("Duffel"), settings, &clock);
        network.setFallback(Script::json(200, "{}"));
        HttpRequest request = getRequest();
        request.deadline = 150ms;
        std::unique_ptr<HttpReply> first(client.send(request, nullptr));
        std::unique_ptr<HttpReply> second(client.send(request, nullptr));
        QVERIFY(waitFinished(first.get()) && waitFinished(second.get()));
        QVERIFY(!first->hasError());
        QVERIFY(second->hasError());
        QVERIFY2(second->error().message.contains(QLatin1String("Duffel")),
                 qPrintable(second->error().message));
        QCOMPARE(network.requests().size(), 1);
        QCOMPARE(client.rateLimiter()->queued(), 0);
    }
};

QTEST_GUILESS_MAIN(TestHttpClientFailures)
#include "test_http_client_failures.moc"
