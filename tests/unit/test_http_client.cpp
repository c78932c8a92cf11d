// The HTTP request job over the fake network manager: what reaches the network, what comes
// back, and how idempotent calls are retried — backoff, Retry-After and rate-limit resets,
// a server-told wait winning over our own, and never past the deadline. Also a gzip body
// through a real network manager, which only decompresses when it asked for gzip itself.

#include "backend/suppliers/http/http_errors.h"
#include "http_test_support.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>

using namespace tripdesk;
using namespace tripdesk::test;
using Script = FakeNetworkAccessManager::Script;
using namespace std::chrono_literals;

class TestHttpClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answerReachesTheAdapter()
    {
        FakeNetworkAccessManager network;
        SystemClock clock;
        HttpClient client(&network, QStringLiteral("Duffel"), quickSettings(), &clock);
        network.enqueue(Script::json(200, R"({"data":[]})", {{"Ratelimit-Remaining", "119"}}));

        HttpRequest request = getRequest();
        request.setHeader("Duffel-Version", "v2");
        HttpReply *reply = client.send(request, this);
        QVERIFY2(!reply->isFinished(), "a reply never finishes inside send()");
        QVERIFY(waitFinished(reply));
        QVERIFY(!reply->hasError());
        QCOMPARE(reply->value().status, 200);
        QCOMPARE(reply->value().body, QByteArray(R"({"data":[]})"));
        QCOMPARE(reply->value().header("ratelimit-remaining"), QByteArray("119"));
        QCOMPARE(reply->attempts(), 1);

        QCOMPARE(network.requests().size(), 1);
        const auto &sent = network.requests().first();
        QCOMPARE(sent.method, QByteArray("GET"));
        QCOMPARE(sent.url, QUrl(QStringLiteral("https://api.example.test/air/offers?limit=5")));
        QCOMPARE(sent.header("Duffel-Version"), QByteArray("v2"));
        QCOMPARE(sent.header("Accept"), QByteArray("application/json"));
        delete reply;
    }

    void acceptEncodingIsLeftToQt()
    {
        FakeNetworkAccessManager network;
        SystemClock clock;
        HttpClient client(&network, QStringLiteral("Duffel"), quickSettings(), &clock);
        network.enqueue(Script::json(200, "{}"));
        HttpRequest request = getRequest();
        request.setHeader("Accept-Encoding", "gzip");
        HttpReply *reply = client.send(request, this);
        QVERIFY(waitFinished(reply));
        QVERIFY(!network.requests().first().hasHeader("Accept-Encoding"));
        delete reply;
    }

    void postBodyAndMethodReachTheNetwork()
    {
        FakeNetworkAccessManager network;
        SystemClock clock;
        HttpClient client(&network, QStringLiteral("Duffel"), quickSettings(), &clock);
        network.enqueue(Script::json(201, R"({"data":{"id":"ord_1"}})"));
        network.enqueue(Script::answer(204));
        std::unique_ptr<HttpReply> created(client.send(postRequest(), nullptr));
        HttpRequest patch = postRequest("https://api.example.test/air/orders/ord_1");
        patch.method = "PATCH";
        std::unique_ptr<HttpReply> patched(client.send(patch, nullptr));
        QVERIFY(waitFinished(created.get()) && waitFinished(patched.get()));
        QCOMPARE(created->value().status, 201);
        QCOMPARE(patched->value().status, 204);
        QCOMPARE(network.requests()[0].method, QByteArray("POST"));
        QCOMPARE(network.requests()[0].body, postRequest().body);
        QCOMPARE(network.requests()[0].header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(network.requests()[1].method, QByteArray("PATCH"));
    }

    void transientFailuresAreRetried()
    {
        FakeNetworkAccessManager network;
        SystemClock clock;
        HttpClient client(&network, QStringLiteral("Duffel"), quickSettings(), &clock);
        network.enqueue(Script::json(503, R"({"errors":[]})"));
        network.enqueue(Script::fail(QNetworkReply::RemoteHostClosedError));
        network.enqueue(Script::json(200, R"({"data":[1]})"));
        std::unique_ptr<HttpReply> reply(client.send(getRequest(), nullptr));
        QVERIFY(waitFinished(reply.get()));
        QVERIFY(!reply->hasError());
        QCOMPARE(reply->value().body, QByteArray(R"({"data":[1]})"));
        QCOMPARE(reply->attempts(), 3);
        QCOMPARE(reply->value().attempt, 3);
        QCOMPARE(network.requests().size(), 3);
    }

    void truncatedBodyIsRetriedForAGet()
    {
        FakeNetworkAccessManager network;
        SystemClock clock;
        HttpClient client(&network, QStringLiteral("Duffel"), quickSettings(), &clock);
        network.enqueue(Script::truncated(200, R"({"data":[{"id":"off_1"}]})", 9));
        network.enqueue(Script::json(200, R"({"data":[{"id":"off_1"}]})"));
        std::unique_ptr<HttpReply> reply(client.send(getRequest(), nullptr));
        QVERIFY(waitFinished(reply.get()));
        QVERIFY(!reply->hasError());
        QCOMPARE(reply->value().body, QByteArray(R"({"data":[{"id":"off_1"}]})"));
        QCOMPARE(network.requests().size(), 2);
    }

    void backoffSpacesTheAttempts()
    {
        FakeNetworkAccessManager network;
        SystemClock clock;
        HttpClient::Settings settings = quickSettings();
        settings.retry.baseDelay = 60ms;
        settings.retry.maxDelay = 100ms;
        HttpClient client(&network, QStringLiteral("Duffel"), settings, &clock);
        client.setRandomSource(topOfRange());
        for (int i = 0; i < 3; ++i)
            network.enqueue(Script::answer(502));
        std::unique_ptr<HttpReply> reply(client.send(getRequest(), nullptr));
        QVERIFY(waitFinished(reply.get()));
        const auto &sent = network.requests();
        QCOMPARE(sent.size(), 3);
        // Full jitter at the top of its range: 60 ms, then 120 ms capped to 100 ms.
        QVERIFY2(sent[1].sentAtMs - sent[0].sentAtMs >= 60, "first retry waited its backoff");
        QVERIFY2(sent[2].sentAtMs - sent[1].sentAtMs >= 100, "second retry waited the cap");
    }

    void exhaustedRetriesHandOverTheLastResponse()
    {
        FakeNetworkAccessManager network;
        SystemClock clock;
        HttpClient client(&network, QStringLiteral("Duffel"), quickSettings(), &clock);
        network.enqueue(Script::json(500, R"({"errors":[{"code":"first"}]})"));
        network.enqueue(Script::json(500, R"({"errors":[{"code":"second"}]})"));
        network.enqueue(Script::json(504, R"({"errors":[{"code":"last"}]})"));
        network.enqueue(Script::json(200, "{}")); // never asked for
        std::unique_ptr<HttpReply> reply(client.send(getRequest(), nullptr));
        QVERIFY(waitFinished(reply.get()));
        QVERIFY2(!reply->hasError(), "the adapter reads the vendor's error body itself");
        QCOMPARE(reply->value().status, 504);
        QCOMPARE(reply->value().body, QByteArray(R"({"errors":[{"code":"last"}]})"));
        QCOMPARE(network.requests().size(), 3);
        QCOMPARE(network.queuedScripts(), 1);
    }

    void clientErrorsAreNotRetried_data()
    {
        QTest::addColumn<int>("status");
        for (int s : {400, 401, 404, 409, 422})
            QTest::addRow("%d", s) << s;
    }
    void clientErrorsAreNotRetried()
    {
        QFETCH(int, status);
        FakeNetworkAccessManager network;
        SystemClock clock;
        HttpClient client(&network, QStringLiteral("Duffel"), quickSettings(), &clock);
        network.enqueue(Script::json(status, R"({"errors":[{"code":"invalid"}]})"));
        network.enqueue(Script::json(200, "{}"));
        std::unique_ptr<HttpReply> reply(client.send(getRequest(), nullptr));
        QVERIFY(waitFinished(reply.get()));
        QCOMPARE(reply->value().status, status);
        QCOMPARE(network.requests().size(), 1);
    }

    void retryAfterSecondsIsHonoured()
    {
        FakeNetworkAccessManager network;
        SystemClock clock;
        HttpClient client(&network, QStringLiteral("Duffel"), quickSettings(), &clock);
        network.enqueue(Script::json(429, "{}", {{"Retry-After", "1"}}));
        network.enqueue(Script::json(200, "{}"));
        std::unique_ptr<HttpReply> reply(client.send(getRequest(), nullptr));
        QVERIFY(waitFinished(reply.get()));
        QCOMPARE(reply->value().status, 200);
        const auto &sent = network.requests();
        QCOMPARE(sent.size(), 2);
        QVERIFY2(sent[1].sentAtMs - sent[0].sentAtMs >= 1000,
                 "the retry waited the second the server asked for, not the 10–40 ms backoff");
    }

    // An HTTP-date wait against an injected clock standing 850 ms into a second: the server
    // asks for 150 ms, which must win over a far longer computed backoff as well as a shorter.
    void serverToldWaitWinsOverBackoff_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<int>("baseDelayMs");
        QTest::newRow("Retry-After date, long backoff") << QByteArray("Retry-After") << 5000;
        QTest::newRow("Retry-After date, short backoff") << QByteArray("Retry-After") << 1;
        QTest::newRow("Duffel ratelimit-reset") << QByteArray("ratelimit-reset") << 5000;
    }
    void serverToldWaitWinsOverBackoff()
    {
        QFETCH(QByteArray, header);
        QFETCH(int, baseDelayMs);
        FakeNetworkAccessManager network;
        FixedClock clock(QDateTime(QDate(2026, 12, 3), QTime(12, 0, 0, 850), QTimeZone::utc()));
        HttpClient::Settings settings = quickSettings();
        settings.retry.baseDelay = std::chrono::milliseconds(baseDelayMs);
        settings.retry.maxDelay = std::chrono::milliseconds(baseDelayMs);
        HttpClient client(&network, QStringLiteral("Duffel"), settings, &clock);
        client.setRandomSource(topOfRange());
        network.enqueue(Script::json(
            429, "{}", {{header, "Thu, 03 Dec 2026 12:00:01 GMT"}, {"ratelimit-remaining", "0"}}));
        network.enqueue(Script::json(200, "{}"));
        std::unique_ptr<HttpReply> reply(client.send(getRequest(), nullptr));
        QVERIFY(waitFinished(reply.get()));
        QCOMPARE(reply->value().status, 200);
        const auto &sent = network.requests();
        QCOMPARE(sent.size(), 2);
        const qint64 gap = sent[1].sentAtMs - sent[0].sentAtMs;
        QVERIFY2(gap >= 150, qPrintable(QStringLiteral("retried after %1 ms").arg(gap)));
        QVERIFY2(gap < 1000, qPrintable(QStringLiteral("retried after %1 ms").arg(gap)));
    }

    void aWaitPastTheDeadlineIsNotWaited()
    {
        FakeNetworkAccessManager network;
        SystemClock clock;
        HttpClient client(&network, QStringLiteral("Duffel"), quickSettings(), &clock);
        network.enqueue(Script::json(429, R"({"errors":[{"code":"rate_limit_exceeded"}]})",
                                     {{"Retry-After", "30"}}));
        network.enqueue(Script::json(200, "{}"));
        HttpRequest request = getRequest();
        request.deadline = 2s;
        QElapsedTimer elapsed;
        elapsed.start();
        std::unique_ptr<HttpReply> reply(client.send(request, nullptr));
        QVERIFY(waitFinished(reply.get()));
        QVERIFY2(elapsed.elapsed() < 1000, "gave up at once instead of sleeping past the deadline");
        QCOMPARE(reply->value().status, 429);
        QCOMPARE(network.requests().size(), 1);
    }

    void gzipBodyIsDecompressedByTheNetworkManager()
    {
        const QByteArray json = R"({"data":{"id":"off_gz","total_amount":"123.45"}})";
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QByteArray seenRequest;
        connect(&server, &QTcpServer::newConnection, this, [&] {
            QTcpSocket *socket = server.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [&, socket] {
                seenRequest += socket->readAll();
                if (!seenRequest.contains("\r\n\r\n"))
                    return;
                const QByteArray body = gzip(json);
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                              "Content-Encoding: gzip\r\nConnection: close\r\nContent-Length: " +
                              QByteArray::number(body.size()) + "\r\n\r\n" + body);
                socket->disconnectFromHost();
            });
        });
        QNetworkAccessManager network;
        network.setProxy(QNetworkProxy::NoProxy);
        SystemClock clock;
        HttpClient client(&network, QStringLiteral("Duffel"), quickSettings(), &clock);
        HttpRequest request;
        request.url =
            QUrl(QStringLiteral("http://127.0.0.1:%1/air/offers/off_gz").arg(server.serverPort()));
        std::unique_ptr<HttpReply> reply(client.send(request, nullptr));
        QVERIFY(waitFinished(reply.get()));
        QVERIFY2(!reply->hasError(), qPrintable(reply->error().detail));
        const QRegularExpression asked(QStringLiteral("^accept-encoding:[^\\r]*gzip"),
                                       QRegularExpression::MultilineOption |
                                           QRegularExpression::CaseInsensitiveOption);
        QVERIFY2(asked.match(QString::fromLatin1(seenRequest)).hasMatch(),
                 "the network manager asked for gzip itself");
        QCOMPARE(reply->value().body, json);
    }

private:
    // gzip (RFC 1952) around the raw deflate stream inside qCompress's zlib output, which is
    // a 4-byte length, a 2-byte zlib header, the deflate data and a 4-byte Adler-32.
    static QByteArray gzip(const QByteArray &data)
    {
        const QByteArray zlib = qCompress(data, 9);
        const QByteArray deflated = zlib.mid(6, zlib.size() - 10);
        quint32 crc = 0xFFFFFFFFu;
        for (char c : data) {
            crc ^= quint8(c);
            for (int k = 0; k < 8; ++k)
                crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
        }
        crc = ~crc;
        QByteArray out("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff", 10);
        out += deflated;
        for (quint32 word : {crc, quint32(data.size())}) {
            for (int shift = 0; shift < 32; shift += 8)
                out += char((word >> shift) & 0xFFu);
        }
        return out;
    }
};

QTEST_GUILESS_MAIN(TestHttpClient)
#include "test_http_client.moc"
