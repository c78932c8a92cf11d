// What the HTTP layer writes to the log: each attempt's method, URL, status, time and attempt
// number, and never a secret — no Authorization header, no key or token in a query, no
// credential, card or passport field of a body.

#include "backend/suppliers/http/http_log.h"
#include "http_test_support.h"

#include <QMutex>

using namespace tripdesk;
using namespace tripdesk::test;
using Script = FakeNetworkAccessManager::Script;

namespace {

QMutex logMutex;
QStringList captured;
QtMessageHandler previousHandler = nullptr;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&logMutex);
        captured << QString::fromLatin1(context.category ? context.category : "") + u' ' + message;
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

const QStringList secrets = {
    QStringLiteral("duffel_test_S3CRET"),
    QStringLiteral("K3Y-42"),
    QStringLiteral("tok-99"),
    QStringLiteral("cl13nt"),
    QStringLiteral("4242424242424242"),
    QStringLiteral("4821"),
    QStringLiteral("P1234567"),
    QStringLiteral("pa55word"),
};

} // namespace

class TestHttpLogging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("tripdesk.http.debug=true"));
        previousHandler = qInstallMessageHandler(capture);
    }
    void cleanupTestCase() { qInstallMessageHandler(previousHandler); }
    void init()
    {
        QMutexLocker lock(&logMutex);
        captured.clear();
    }

    void urlsLoseTheirSecrets()
    {
        const QUrl url(
            QStringLiteral("https://user:pa55word@api.example.test/v1/shop?api_key=K3Y-42&limit=5"
                           "&access_token=tok-99&Client-Secret=cl13nt&origin=DEL#frag"));
        const QString clean = redactedUrl(url);
        for (const QString &secret : secrets)
            QVERIFY2(!clean.contains(secret), qPrintable(clean));
        QVERIFY2(clean.contains(QLatin1String("api.example.test/v1/shop")), qPrintable(clean));
        QVERIFY(clean.contains(QLatin1String("limit=5")));
        QVERIFY(clean.contains(QLatin1String("origin=DEL")));
        QVERIFY(clean.contains(QLatin1String("api_key=")));
        QVERIFY(!clean.contains(QLatin1String("frag")));
    }

    void bodiesLoseTheirSecrets()
    {
        const QByteArray json = R"({"data":{"payments":[{"type":"card","card":{"number":
            "4242424242424242","cvc":"4821","expiry_month":"03"}}],"passengers":[{"given_name":
            "Asha","identity_documents":[{"unique_identifier":"P1234567","type":"passport"}]}],
            "client_secret":"cl13nt","flight":{"carrier":"AI"}}})";
        const QString clean = redactedBody(json);
        for (const QString &secret : secrets)
            QVERIFY2(!clean.contains(secret), qPrintable(clean));
        QVERIFY2(clean.contains(QLatin1String("Asha")), qPrintable(clean));
        QVERIFY(clean.contains(QLatin1String("\"carrier\":\"AI\"")));

        const QString form = redactedBody("grant_type=client_credentials&client_secret=cl13nt");
        QVERIFY2(!form.contains(QLatin1String("cl13nt")), qPrintable(form));
        QVERIFY(form.contains(QLatin1String("grant_type=client_credentials")));

        const QString binary = redactedBody(QByteArray("\x01\x02 card 4242424242424242", 24));
        QCOMPARE(binary, QStringLiteral("[24 bytes]"));
    }

    void secretFieldNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("secret");
        for (const char *n :
             {"Authorization", "api_key", "apiKey", "X-Api-Key", "access_token", "refresh_token",
              "client_secret", "password", "cardNumber", "card_number", "cvc", "securityCode",
              "passport_number", "documentNumber", "unique_identifier", "number"})
            QTest::newRow(n) << QString::fromLatin1(n) << true;
        for (const char *n : {"limit", "origin", "given_name", "code", "message", "total_amount",
                              "flight_number_prefix_free", "type"})
            QTest::newRow(n) << QString::fromLatin1(n) << false;
    }
    void secretFieldNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, secret);
        QCOMPARE(isSecretFieldName(name), secret);
    }

    void attemptsAreLoggedWithoutSecrets()
    {
        FakeNetworkAccessManager network;
        SystemClock clock;
        HttpClient client(&network, QStringLiteral("Duffel"), quickSettings(), &clock);
        network.enqueue(Script::json(
            422, R"({"errors":[{"code":"invalid_card","message":"Card 4242 4242 4242 4242 was )"
                 R"(declined","source":{"field":"number"}}],"card":{"number":)"
                 R"("4242424242424242","cvc":"4821"},"passport_number":"P1234567"})"));
        HttpRequest request = postRequest(
            "https://api.example.test/air/payments?api_key=K3Y-42&token=tok-99&mode=live");
        request.setHeader("Authorization", "Bearer duffel_test_S3CRET");
        request.body = R"({"data":{"card":{"number":"4242424242424242","cvc":"4821"},)"
                       R"("client_secret":"cl13nt","identity":{"passport":"P1234567"}}})";
        std::unique_ptr<HttpReply> reply(client.send(request, nullptr));
        QVERIFY(waitFinished(reply.get()));
        QCOMPARE(reply->value().status, 422);

        QMutexLocker lock(&logMutex);
        const QString log = captured.join(u'\n');
        QVERIFY2(log.contains(QLatin1String("tripdesk.http")), qPrintable(log));
        QVERIFY2(log.contains(QLatin1String("POST https://api.example.test/air/payments")),
                 qPrintable(log));
        QVERIFY(log.contains(QLatin1String("mode=live")));
        QVERIFY(log.contains(QLatin1String("-> 422 in ")));
        QVERIFY(log.contains(QLatin1String(" ms (attempt 1/1)")));
        QVERIFY2(log.contains(QLatin1String("invalid_card")), "the vendor's error code helps");
        for (const QString &secret : secrets)
            QVERIFY2(!log.contains(secret), qPrintable(secret + u'\n' + log));
        QVERIFY(!log.contains(QLatin1String("Bearer")));
        QVERIFY2(!log.contains(QLatin1String("4242 4242")), "a card number quoted in a message");
    }

    void retriesAreLoggedWithTheirAttemptNumber()
    {
        FakeNetworkAccessManager network;
        SystemClock clock;
        HttpClient client(&network, QStringLiteral("Duffel"), quickSettings(), &clock);
        network.enqueue(Script::answer(503));
        network.enqueue(Script::fail(QNetworkReply::ConnectionRefusedError));
        network.enqueue(Script::json(200, "{}"));
        std::unique_ptr<HttpReply> reply(client.send(getRequest(), nullptr));
        QVERIFY(waitFinished(reply.get()));
        QMutexLocker lock(&logMutex);
        const QString log = captured.join(u'\n');
        QVERIFY2(log.contains(QLatin1String("-> 503 in ")) &&
                     log.contains(QLatin1String("(attempt 1/3)")),
                 qPrintable(log));
        QVERIFY(log.contains(QLatin1String("-> ConnectionRefusedError in ")));
        QVERIFY(log.contains(QLatin1String("-> 200 in ")) &&
                log.contains(QLatin1String("(attempt 3/3)")));
    }
};

QTEST_GUILESS_MAIN(TestHttpLogging)
#include "test_http_logging.moc"
