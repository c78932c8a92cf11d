// The rate limiter of one supplier: requests over the limit are delayed, not failed, in order,
// without blocking the event loop; a server's "window used up" holds every later request.

#include "backend/suppliers/http/rate_limiter.h"
#include "http_test_support.h"

#include <QElapsedTimer>

using namespace tripdesk;
using namespace tripdesk::test;
using Script = FakeNetworkAccessManager::Script;
using namespace std::chrono_literals;

class TestRateLimiter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void spacesRequestsAtTheSustainedRate()
    {
        RateLimiter limiter({20.0, 1}); // one every 50 ms
        QElapsedTimer clock;
        clock.start();
        QList<qint64> wentAt;
        for (int i = 0; i < 5; ++i)
            limiter.acquire([&] { wentAt << clock.elapsed(); });
        QVERIFY2(wentAt.isEmpty(), "never let go inside acquire()");
        QTRY_COMPARE_WITH_TIMEOUT(wentAt.size(), 5, 2000);
        for (int i = 1; i < wentAt.size(); ++i)
            QVERIFY2(
                wentAt[i] - wentAt[i - 1] >= 48,
                qPrintable(QStringLiteral("gap %1: %2 ms").arg(i).arg(wentAt[i] - wentAt[i - 1])));
        QVERIFY(wentAt.last() - wentAt.first() >= 199);
    }

    void burstGoesAtOnceThenWaits()
    {
        RateLimiter limiter({20.0, 3});
        QElapsedTimer clock;
        clock.start();
        QList<qint64> wentAt;
        for (int i = 0; i < 4; ++i)
            limiter.acquire([&] { wentAt << clock.elapsed(); });
        QTRY_COMPARE_WITH_TIMEOUT(wentAt.size(), 4, 2000);
        QVERIFY2(wentAt[2] - wentAt[0] < 20, "the burst goes together");
        QVERIFY2(wentAt[3] - wentAt[0] >= 48, qPrintable(QString::number(wentAt[3] - wentAt[0])));
    }

    void keepsTheEventLoopRunningWhileItWaits()
    {
        RateLimiter limiter({10.0, 1});
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
        ticker.start(10);
        int went = 0;
        for (int i = 0; i < 3; ++i)
            limiter.acquire([&] { ++went; });
        QTRY_COMPARE_WITH_TIMEOUT(went, 3, 2000);
        QVERIFY2(ticks >= 5, qPrintable(QString::number(ticks)));
    }

    void cancelledRequestsNeverGo()
    {
        RateLimiter limiter({20.0, 1});
        QStringList went;
        limiter.acquire([&] { went << QStringLiteral("a"); });
        const auto b = limiter.acquire([&] { went << QStringLiteral("b"); });
        limiter.acquire([&] { went << QStringLiteral("c"); });
        limiter.cancel(b);
        QCOMPARE(limiter.queued(), 2);
        QTRY_COMPARE(went.size(), 2);
        QTest::qWait(120);
        QCOMPARE(went, QStringList({QStringLiteral("a"), QStringLiteral("c")}));
    }

    void unlimitedStillGoesFromTheEventLoop()
    {
        RateLimiter limiter({0.0, 1});
        int went = 0;
        for (int i = 0; i < 10; ++i)
            limiter.acquire([&] { ++went; });
        QCOMPARE(went, 0);
        QTRY_COMPARE(went, 10);
    }

    void serverHoldDelaysEveryRequest()
    {
        RateLimiter limiter({0.0, 1});
        QElapsedTimer clock;
        clock.start();
        limiter.holdFor(150ms);
        qint64 wentAt = -1;
        limiter.acquire([&] { wentAt = clock.elapsed(); });
        QTRY_VERIFY_WITH_TIMEOUT(wentAt >= 0, 2000);
        QVERIFY2(wentAt >= 150, qPrintable(QString::number(wentAt)));
    }

    // Duffel says the window is used up on a successful answer: the next call, a separate one,
    // waits for the reset although our own limit would let it go at once.
    void clientObeysTheServersRemainingAndReset()
    {
        FakeNetworkAccessManager network;
        FixedClock clock(QDateTime(QDate(2026, 12, 3), QTime(12, 0, 0, 820), QTimeZone::utc()));
        HttpClient client(&network, QStringLiteral("Duffel"), quickSettings(), &clock);
        network.enqueue(Script::json(200, "{}",
                                     {{"ratelimit-limit", "120"},
                                      {"ratelimit-remaining", "0"},
                                      {"ratelimit-reset", "Thu, 03 Dec 2026 12:00:01 GMT"}}));
        network.enqueue(Script::json(200, "{}"));
        std::unique_ptr<HttpReply> first(client.send(getRequest(), nullptr));
        QVERIFY(waitFinished(first.get()));
        std::unique_ptr<HttpReply> second(client.send(getRequest(), nullptr));
        QVERIFY(waitFinished(second.get()));
        QVERIFY(!second->hasError());
        const auto &sent = network.requests();
        QCOMPARE(sent.size(), 2);
        QVERIFY2(sent[1].sentAtMs - sent[0].sentAtMs >= 180,
                 qPrintable(QString::number(sent[1].sentAtMs - sent[0].sentAtMs)));
    }

    void clientSpacesItsOwnRequests()
    {
        FakeNetworkAccessManager network;
        SystemClock clock;
        HttpClient::Settings settings = quickSettings();
        settings.rateLimit = {25.0, 1}; // one every 40 ms
        HttpClient client(&network, QStringLiteral("Duffel"), settings, &clock);
        network.setFallback(Script::json(200, "{}"));
        std::vector<std::unique_ptr<HttpReply>> replies;
        for (int i = 0; i < 4; ++i)
            replies.emplace_back(client.send(getRequest(), nullptr));
        for (auto &reply : replies)
            QVERIFY(waitFinished(reply.get()));
        const auto &sent = network.requests();
        QCOMPARE(sent.size(), 4);
        for (int i = 1; i < 4; ++i)
            QVERIFY(sent[i].sentAtMs - sent[i - 1].sentAtMs >= 38);
    }
};

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "test_rate_limiter.moc"
