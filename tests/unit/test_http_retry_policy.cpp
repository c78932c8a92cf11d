// The retry policy's arithmetic and the server's wait headers: which statuses are retried, the
// full-jitter backoff's range, and Retry-After / rate-limit reset in the forms servers send.

#include "backend/suppliers/http/retry_policy.h"

#include <QTest>

using namespace tripdesk;
using namespace std::chrono_literals;

namespace {

const QDateTime now(QDate(2026, 12, 3), QTime(12, 0, 0), QTimeZone::utc());

HttpResponse response(int status, HttpHeaders headers)
{
    HttpResponse r;
    r.status = status;
    r.headers = std::move(headers);
    return r;
}

} // namespace

class TestHttpRetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void retryableStatuses_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("retryable");
        for (int s : {429, 500, 502, 503, 504})
            QTest::addRow("%d", s) << s << true;
        for (int s : {200, 201, 204, 400, 401, 403, 404, 409, 422, 501, 505})
            QTest::addRow("%d", s) << s << false;
    }
    void retryableStatuses()
    {
        QFETCH(int, status);
        QFETCH(bool, retryable);
        QCOMPARE(RetryPolicy().retries(status), retryable);
    }

    void aSupplierNarrowsTheStatusesRetried()
    {
        RetryPolicy duffel;
        duffel.retryStatuses = {429, 503, 504};
        QVERIFY(!duffel.retries(500));
        QVERIFY(!duffel.retries(502));
        QVERIFY(duffel.retries(503));
    }

    void backoffDoublesUpToTheCap_data()
    {
        QTest::addColumn<int>("retry");
        QTest::addColumn<qint64>("ceilingMs");
        QTest::newRow("first retry") << 1 << qint64(100);
        QTest::newRow("second") << 2 << qint64(200);
        QTest::newRow("third") << 3 << qint64(400);
        QTest::newRow("capped") << 6 << qint64(1000);
        QTest::newRow("far past the cap") << 500 << qint64(1000);
    }
    void backoffDoublesUpToTheCap()
    {
        QFETCH(int, retry);
        QFETCH(qint64, ceilingMs);
        const RetryPolicy policy{5, 100ms, 1000ms};
        QCOMPARE(backoffDelay(policy, retry, 1.0).count(), ceilingMs);
        QCOMPARE(backoffDelay(policy, retry, 0.5).count(), ceilingMs / 2);
        QCOMPARE(backoffDelay(policy, retry, 0.0).count(), qint64(0));
    }

    void seededJitterIsReproducibleAndSpread()
    {
        RandomSource a = seededRandomSource(42);
        RandomSource b = seededRandomSource(42);
        const RetryPolicy policy{5, 1000ms, 1000ms};
        QList<qint64> picks;
        for (int i = 0; i < 50; ++i) {
            const qint64 pick = backoffDelay(policy, 1, a()).count();
            QCOMPARE(pick, backoffDelay(policy, 1, b()).count());
            QVERIFY(pick >= 0 && pick <= 1000);
            picks << pick;
        }
        const auto [lo, hi] = std::minmax_element(picks.begin(), picks.end());
        QVERIFY2(*hi - *lo > 500, "full jitter spreads clients over the whole range");
    }

    void httpDates_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QDateTime>("expected");
        const QDateTime nov94(QDate(1994, 11, 6), QTime(8, 49, 37), QTimeZone::utc());
        QTest::newRow("IMF-fixdate") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << nov94;
        QTest::newRow("RFC 850") << QByteArray("Sunday, 06-Nov-94 08:49:37 GMT") << nov94;
        QTest::newRow("asctime") << QByteArray("Sun Nov  6 08:49:37 1994") << nov94;
        QTest::newRow("Duffel") << QByteArray("Thu, 03 Dec 2026 12:00:30 GMT") << now.addSecs(30);
        QTest::newRow("not a date") << QByteArray("soon") << QDateTime();
        QTest::newRow("bad month") << QByteArray("Sun, 06 Foo 1994 08:49:37 GMT") << QDateTime();
        QTest::newRow("bad time") << QByteArray("Sun, 06 Nov 1994 25:49:37 GMT") << QDateTime();
    }
    void httpDates()
    {
        QFETCH(QByteArray, text);
        QFETCH(QDateTime, expected);
        const QDateTime parsed = parseHttpDate(text);
        QCOMPARE(parsed.isValid(), expected.isValid());
        if (expected.isValid())
            QCOMPARE(parsed, expected);
    }

    void retryAfter()
    {
        QCOMPARE(parseRetryAfter("120", now), std::optional(120'000ms));
        QCOMPARE(parseRetryAfter(" 0 ", now), std::optional(0ms));
        QCOMPARE(parseRetryAfter("Thu, 03 Dec 2026 12:00:05 GMT", now), std::optional(5000ms));
        QCOMPARE(parseRetryAfter("Thu, 03 Dec 2026 11:00:00 GMT", now), std::optional(0ms));
        QCOMPARE(parseRetryAfter("-5", now), std::nullopt);
        QCOMPARE(parseRetryAfter("1.5", now), std::nullopt);
        QCOMPARE(parseRetryAfter("", now), std::nullopt);
    }

    void rateLimitReset()
    {
        // Duffel: an HTTP date.
        QCOMPARE(parseRateLimitReset("Thu, 03 Dec 2026 12:00:07 GMT", now), std::optional(7000ms));
        // Seconds since the epoch.
        const QByteArray epoch = QByteArray::number(now.toSecsSinceEpoch() + 9);
        QCOMPARE(parseRateLimitReset(epoch, now), std::optional(9000ms));
        // Seconds from now.
        QCOMPARE(parseRateLimitReset("3", now), std::optional(3000ms));
        QCOMPARE(parseRateLimitReset("later", now), std::nullopt);
    }

    void serverToldWaits()
    {
        // Retry-After first, even with reset headers beside it.
        QCOMPARE(
            serverToldWait(response(429, {{"Retry-After", "2"},
                                          {"ratelimit-reset", "Thu, 03 Dec 2026 12:00:30 GMT"}}),
                           now),
            std::optional(2000ms));
        // A 429 with only Duffel's headers waits for the reset.
        QCOMPARE(
            serverToldWait(response(429, {{"Ratelimit-Remaining", "0"},
                                          {"Ratelimit-Reset", "Thu, 03 Dec 2026 12:00:04 GMT"}}),
                           now),
            std::optional(4000ms));
        QCOMPARE(serverToldWait(response(429, {{"X-RateLimit-Reset", "6"}}), now),
                 std::optional(6000ms));
        // A 503 with remaining requests and a reset is no reason to wait for the reset.
        QCOMPARE(serverToldWait(
                     response(503, {{"ratelimit-remaining", "40"}, {"ratelimit-reset", "5"}}), now),
                 std::nullopt);
        QCOMPARE(serverToldWait(response(503, {}), now), std::nullopt);
    }

    void rateLimitHolds()
    {
        // The window used up, on a successful answer: later requests hold off until the reset.
        QCOMPARE(
            rateLimitHold(response(200, {{"ratelimit-remaining", "0"},
                                         {"ratelimit-reset", "Thu, 03 Dec 2026 12:00:02 GMT"}}),
                          now),
            std::optional(2000ms));
        QCOMPARE(
            rateLimitHold(
                response(200, {{"x-ratelimit-remaining", "0"}, {"x-ratelimit-reset", "1"}}), now),
            std::optional(1000ms));
        QCOMPARE(rateLimitHold(
                     response(200, {{"ratelimit-remaining", "12"}, {"ratelimit-reset", "1"}}), now),
                 std::nullopt);
        QCOMPARE(rateLimitHold(response(429, {{"Retry-After", "3"}}), now), std::optional(3000ms));
        QCOMPARE(rateLimitHold(response(500, {{"Retry-After", "3"}}), now), std::nullopt);
    }

    void idempotence()
    {
        HttpRequest request;
        QVERIFY(request.isIdempotent());
        request.method = "post";
        QVERIFY(!request.isIdempotent());
        request.markedIdempotent = true;
        QVERIFY(request.isIdempotent());
        request.method = "DELETE";
        request.markedIdempotent = false;
        QVERIFY(!request.isIdempotent());
    }
};

QTEST_GUILESS_MAIN(TestHttpRetryPolicy)
#include "test_http_retry_policy.moc"
