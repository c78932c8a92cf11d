// What TripDesk sends Duffel (request bodies checked against Duffel's own sample requests, and
// paths) and how Duffel's failures read: each errors[] kind as a message, kind, field and a
// detail with the request_id; the rate-limit headers.

#include "backend/suppliers/duffel/duffel_wire.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace tripdesk;
using namespace Qt::StringLiterals;

namespace {

QByteArray readData(const QString &name)
{
    QFile file(QStringLiteral(TRIPDESK_DUFFEL_DATA "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(name));
    return file.readAll();
}

QJsonObject sample(const QString &name)
{
    return QJsonDocument::fromJson(readData(name)).object();
}

} // namespace

class TestDuffelRequests : public QObject
{
    Q_OBJECT

private slots:
    void offerRequestMatchesSample();
    void offerRequestPassengers();
    void instantOrderMatchesSample();
    void holdOrderPaysNothing();
    void paymentAndCancellation();
    void paths();
    void errors_data();
    void errors();
    void errorsNeverEchoTheRequest();
    void rateLimit();
};

void TestDuffelRequests::offerRequestMatchesSample()
{
    FlightSearchRequest request;
    request.slices.push_back({u"LHR"_s, u"JFK"_s, QDate(2020, 4, 24)});
    request.passengers = {1, 1, 0};
    request.cabin = Cabin::Economy;
    request.maxStops = 1;
    QCOMPARE(duffel::offerRequestBody(request, {14}),
             sample(u"offer-request-create-request.json"_s));
}

void TestDuffelRequests::offerRequestPassengers()
{
    FlightSearchRequest request;
    request.slices.push_back({u"DEL"_s, u"BOM"_s, QDate(2026, 12, 24)});
    request.slices.push_back({u"BOM"_s, u"DEL"_s, QDate(2026, 12, 31)});
    request.passengers = {2, 1, 1};
    request.cabin = Cabin::PremiumEconomy;
    request.maxStops = 0;
    const QJsonObject data = duffel::offerRequestBody(request).value(u"data"_s).toObject();
    QCOMPARE(data.value(u"cabin_class"_s).toString(), u"premium_economy"_s);
    QCOMPARE(data.value(u"max_connections"_s).toInt(-1), 0);
    QCOMPARE(data.value(u"slices"_s).toArray().size(), 2);
    QCOMPARE(data.value(u"slices"_s).toArray().at(1).toObject().value(u"departure_date"_s),
             u"2026-12-31"_s);
    const QJsonArray passengers = data.value(u"passengers"_s).toArray();
    QCOMPARE(passengers.size(), 4);
    // Without ages a child still travels as a child, and the infant on a lap.
    QCOMPARE(passengers.at(2).toObject().value(u"type"_s).toString(), u"child"_s);
    QCOMPARE(passengers.at(3).toObject().value(u"type"_s).toString(), u"infant_without_seat"_s);
}

void TestDuffelRequests::instantOrderMatchesSample()
{
    OrderRequest request;
    request.kind = OrderRequest::Kind::Instant;
    request.offerId = u"off_00009htyDGjIfajdNBZRlw"_s;
    OrderPassenger p;
    p.id = u"pas_00009hj8USM7Ncg31cBCLL"_s;
    p.title = u"mrs"_s;
    p.givenName = u"Amelia"_s;
    p.familyName = u"Earhart"_s;
    p.bornOn = QDate(1987, 7, 24);
    p.gender = Gender::Female;
    p.email = u"amelia@duffel.com"_s;
    p.phone = u"+442080160509"_s;
    p.infantPassengerId = u"pas_00009hj8USM8Ncg32aTGHL"_s;
    p.passportNumber = u"19KL56147"_s;
    p.passportCountry = u"GB"_s;
    p.passportExpiry = QDate(2025, 4, 25);
    request.passengers.push_back(p);
    request.services.push_back({u"ase_00009hj8USM7Ncg31cB123"_s, 1, {}, {}});
    request.payment = Money(3020, u"GBP"_s);
    request.clientReference = u"bk_42-attempt-1"_s;
    QJsonObject body = duffel::orderBody(request);
    QJsonObject data = body.value(u"data"_s).toObject();
    QCOMPARE(data.value(u"metadata"_s).toObject().value(u"tripdesk_reference"_s),
             u"bk_42-attempt-1"_s);

    // The sample's users belong to Duffel's customer accounts, which TripDesk does not use.
    QJsonObject expected = sample(u"order-create-request.json"_s).value(u"data"_s).toObject();
    expected.remove(u"users"_s);
    QJsonArray passengers = expected.value(u"passengers"_s).toArray();
    QJsonObject first = passengers.at(0).toObject();
    first.remove(u"user_id"_s);
    passengers.replace(0, first);
    expected.insert(u"passengers"_s, passengers);
    data.remove(u"metadata"_s);
    QCOMPARE(data, expected);
}

void TestDuffelRequests::holdOrderPaysNothing()
{
    OrderRequest request;
    request.kind = OrderRequest::Kind::Hold;
    request.offerId = u"off_1"_s;
    request.passengers.push_back({});
    request.payment = Money(100, u"GBP"_s);
    const QJsonObject data = duffel::orderBody(request).value(u"data"_s).toObject();
    QCOMPARE(data.value(u"type"_s).toString(), u"hold"_s);
    QVERIFY(!data.contains(u"payments"_s));
    QVERIFY(!data.contains(u"metadata"_s));
    // A passenger without a passport sends no identity documents.
    QVERIFY(
        !data.value(u"passengers"_s).toArray().at(0).toObject().contains(u"identity_documents"_s));
}

void TestDuffelRequests::paymentAndCancellation()
{
    const QJsonObject payment = duffel::paymentBody(u"ord_1"_s, Money(1234567, u"KWD"_s));
    const QJsonObject data = payment.value(u"data"_s).toObject();
    QCOMPARE(data.value(u"order_id"_s).toString(), u"ord_1"_s);
    const QJsonObject pay = data.value(u"payment"_s).toObject();
    QCOMPARE(pay.value(u"type"_s).toString(), u"balance"_s);
    QCOMPARE(pay.value(u"amount"_s).toString(), u"1234.567"_s);
    QCOMPARE(pay.value(u"currency"_s).toString(), u"KWD"_s);
    QCOMPARE(duffel::cancellationBody(u"ord_1"_s),
             QJsonObject({{u"data"_s, QJsonObject{{u"order_id"_s, u"ord_1"_s}}}}));
}

void TestDuffelRequests::paths()
{
    QCOMPARE(duffel::cancellationConfirmPath(u"ore_1"_s),
             u"/air/order_cancellations/ore_1/actions/confirm"_s);
    QCOMPARE(duffel::pricedOfferPath(u"off/../x"_s),
             u"/air/offers/off%2F..%2Fx?return_available_services=true"_s);
    QCOMPARE(duffel::offersPath(u"orq_1"_s, u"g2w=+"_s, 50),
             u"/air/offers?offer_request_id=orq_1&limit=50&after=g2w%3D%2B"_s);
    QCOMPARE(duffel::seatMapsPath(u"off_1"_s), u"/air/seat_maps?offer_id=off_1"_s);
    QCOMPARE(duffel::offerRequestPath(true), u"/air/offer_requests"_s);
}

void TestDuffelRequests::errors_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("messageHas");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("requestId");
    using K = Error::Kind;
    QTest::newRow("airline") << u"error-response.json"_s << 500 << int(K::Supplier) << u"airline"_s
                             << QString() << u"FmXeZifDA60QOlgAAODB"_s;
    QTest::newRow("authentication") << u"error-authentication.json"_s << 401 << int(K::Supplier)
                                    << u"access token"_s << QString() << u"FkAuth0001"_s;
    QTest::newRow("authorization header")
        << u"error-authorization.json"_s << 401 << int(K::Supplier) << u"access token"_s
        << QString() << u"FkAuth0002"_s;
    QTest::newRow("validation") << u"error-validation.json"_s << 422 << int(K::InvalidInput)
                                << u"“born_on”"_s << u"passengers[0].born_on"_s << u"FkVal0003"_s;
    QTest::newRow("validation without a field")
        << u"error-validation-no-source.json"_s << 422 << int(K::InvalidInput)
        << u"check the details"_s << QString() << u"FkVal0004"_s;
    QTest::newRow("offer gone") << u"error-offer-gone.json"_s << 422 << int(K::NotFound)
                                << u"search again"_s << QString() << u"FkOff0005"_s;
    QTest::newRow("offer expired") << u"error-offer-expired.json"_s << 422 << int(K::NotFound)
                                   << u"search again"_s << QString() << u"FkOff0006"_s;
    QTest::newRow("price changed") << u"error-price-changed.json"_s << 422 << int(K::Supplier)
                                   << u"price"_s << QString() << u"FkPrc0007"_s;
    QTest::newRow("rate limit") << u"error-rate-limit.json"_s << 429 << int(K::Unavailable)
                                << u"too many requests"_s << QString() << u"FkRte0008"_s;
    QTest::newRow("api") << u"error-api.json"_s << 500 << int(K::Supplier) << u"internal problem"_s
                         << QString() << u"FkApi0009"_s;
    QTest::newRow("unavailable") << u"error-unavailable.json"_s << 503 << int(K::Unavailable)
                                 << u"not answering"_s << QString() << u"FkApi0010"_s;
    QTest::newRow("not found") << u"error-not-found.json"_s << 404 << int(K::NotFound)
                               << u"does not know"_s << QString() << u"FkNf0011"_s;
    QTest::newRow("invalid state") << u"error-invalid-state.json"_s << 422 << int(K::Supplier)
                                   << u"current state"_s << QString() << u"FkSt0012"_s;
    QTest::newRow("not JSON, 502")
        << QString() << 502 << int(K::Supplier) << u"internal problem"_s << QString() << QString();
    QTest::newRow("not JSON, 429") << QString() << 429 << int(K::Unavailable)
                                   << u"too many requests"_s << QString() << QString();
}

void TestDuffelRequests::errors()
{
    QFETCH(QString, file);
    QFETCH(int, status);
    QFETCH(int, kind);
    QFETCH(QString, messageHas);
    QFETCH(QString, field);
    QFETCH(QString, requestId);
    const QByteArray body =
        file.isEmpty() ? QByteArray("<html>Bad gateway</html>") : readData(file);
    const Error e = duffel::parseError(status, body);
    QCOMPARE(int(e.kind), kind);
    QVERIFY2(e.message.contains(messageHas), qPrintable(e.message));
    QCOMPARE(e.field, field);
    QVERIFY(e.detail.contains(QString::number(status)));
    if (!requestId.isEmpty())
        QVERIFY2(e.detail.contains(requestId), qPrintable(e.detail));
}

void TestDuffelRequests::errorsNeverEchoTheRequest()
{
    // Duffel's message can quote what was sent; only its first words reach the log, and the
    // user's message never carries it.
    const QByteArray body = R"({"meta":{"request_id":"r1"},"errors":[{"type":"validation_error",)"
                            R"("code":"invalid","message":")" +
                            QByteArray(400, 'x') + R"(","source":{"field":"passport_number"}}]})";
    const Error e = duffel::parseError(422, body);
    QVERIFY(!e.message.contains(u"xxx"_s));
    QVERIFY(e.detail.size() < 400);
    QCOMPARE(e.field, u"passport_number"_s);

    // Nor can an odd type, code or pointer stretch the detail or the field.
    const QByteArray odd = R"({"errors":[{"type":")" + QByteArray(2000, 't') + R"(","code":")" +
                           QByteArray(2000, 'c') + R"(","source":{"pointer":"/)" +
                           QByteArray(2000, 'p') + R"("}}]})";
    const Error bounded = duffel::parseError(422, odd);
    QVERIFY(bounded.detail.size() < 300);
    QVERIFY(bounded.field.size() <= 200);
    QVERIFY(bounded.message.size() < 200);
}

void TestDuffelRequests::rateLimit()
{
    const QDateTime now(QDate(2026, 12, 3), QTime(12, 0), Qt::UTC);
    const auto spent = duffel::parseRateLimit("120", "0", "Thu, 03 Dec 2026 12:01:00 GMT", "", now);
    QCOMPARE(spent.limit, 120);
    QCOMPARE(spent.remaining, 0);
    QCOMPARE(spent.resetAt, now.addSecs(60));
    QCOMPARE(spent.retryAt, now.addSecs(60)); // nothing left: wait for the reset
    const auto told = duffel::parseRateLimit("120", "0", "", "7", now);
    QCOMPARE(told.retryAt, now.addSecs(7));
    const auto fine = duffel::parseRateLimit("120", "57", "1796299260", "", now);
    QCOMPARE(fine.remaining, 57);
    QCOMPARE(fine.resetAt, QDateTime::fromSecsSinceEpoch(1796299260, Qt::UTC));
    QVERIFY(!fine.retryAt.isValid());
    const auto none = duffel::parseRateLimit("", "soon", "whenever", "-3", now);
    QCOMPARE(none.limit, -1);
    QCOMPARE(none.remaining, -1);
    QVERIFY(!none.resetAt.isValid());
    QVERIFY(!none.retryAt.isValid());
}

QTEST_GUILESS_MAIN(TestDuffelRequests)
#include "test_duffel_requests.moc"
