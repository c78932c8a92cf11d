// The rest of Sabre's wire format: the double-base64 token credential, token replies, the error
// formats and what each means to the adapter, the JSON reader that keeps numbers exact, and the
// request bodies built from the domain.
#include "backend/suppliers/sabre/sabre_auth.h"
#include "backend/suppliers/sabre/sabre_errors.h"
#include "backend/suppliers/sabre/sabre_json.h"
#include "backend/suppliers/sabre/sabre_offer_key.h"
#include "backend/suppliers/sabre/sabre_requests.h"
#include "translations/translations.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace tripdesk;
using namespace tripdesk::sabre;
using namespace Qt::StringLiterals;

namespace {

// JSON written with single quotes, so the literals stay readable (and plain for moc).
QByteArray q(const char *text)
{
    return QByteArray(text).replace('\'', '"');
}

QJsonObject json(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

QString sampleOfferId()
{
    OfferKey key;
    key.validatingCarrier = u"AI"_s;
    key.passengers = {{u"ADT"_s, 1}, {u"INF"_s, 1}};
    key.slices = {
        {{u"AI"_s,
          u"2833"_s,
          {},
          {},
          u"DEL"_s,
          u"HYD"_s,
          u"2026-12-24T22:50"_s,
          u"2026-12-25T01:05"_s,
          u"T"_s,
          u"TU1YXSII"_s,
          u"Y"_s,
          u"ECOVALUE"_s},
         {u"AI"_s, u"9601"_s, u"9I"_s, u"605"_s, u"HYD"_s, u"BOM"_s, u"2026-12-25T06:05"_s,
          u"2026-12-25T07:35"_s, u"T"_s, u"TU1YXSII"_s, u"Y"_s, u"ECOVALUE"_s}}};
    return key.encode();
}

} // namespace

class TestSabreWire : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tokenCredentialIsDoubleBase64()
    {
        const SabreAccount account{u"7971"_s, u"AB1C"_s, u"AA"_s, u"s3cret"_s};
        auto header = tokenAuthorization(account);
        QVERIFY(header);
        // base64("V1:7971:AB1C:AA") = "VjE6Nzk3MTpBQjFDOkFB", base64("s3cret") = "czNjcmV0".
        QCOMPARE(*header, "Basic " + QByteArray("VjE6Nzk3MTpBQjFDOkFB:czNjcmV0").toBase64());
        QCOMPARE(QByteArray::fromBase64(header->mid(6)), "VjE6Nzk3MTpBQjFDOkFB:czNjcmV0");
        auto noGroup = tokenAuthorization({u"7971"_s, u" "_s, u"AA"_s, u"s3cret"_s});
        QVERIFY(!noGroup);
        QCOMPARE(noGroup.error().field, u"group"_s);
        QVERIFY(!noGroup.error().message.contains(u"s3cret"_s));
        QCOMPARE(tokenRequestBody(), "grant_type=client_credentials");
    }

    void tokenReplies()
    {
        const QDateTime now(QDate(2026, 12, 3), QTime(10, 0), Qt::UTC);
        auto t = parseTokenReply(
            200, q("{'access_token':'T1RLAQ**','token_type':'bearer','expires_in':604800}"), now);
        QVERIFY(t);
        QCOMPARE(t->accessToken, "T1RLAQ**");
        QCOMPARE(t->expiresAt, now.addDays(7));
        QVERIFY(t->usableAt(now));
        QVERIFY(!t->usableAt(now.addDays(7).addSecs(-60))); // within the safety margin
        auto bad =
            parseTokenReply(401, q("{'error':'invalid_client','error_description':'x'}"), now);
        QVERIFY(!bad);
        QCOMPARE(faultKind(bad.error()), FaultKind::BadCredentials);
        QVERIFY(!parseTokenReply(200, q("{'access_token':'x','expires_in':0}"), now));
        QVERIFY(!parseTokenReply(200, "<html>", now));
    }

    void errorFormats_data()
    {
        QTest::addColumn<int>("call");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("fault");
        QTest::addColumn<int>("kind");
        const auto gateway = [](const char *code) -> QByteArray {
            return QByteArray(q("{'status':'NotProcessed','type':'Validation','errorCode':'")) +
                   code + q("','timeStamp':'2026-12-03T09:12:44-06:00','message':'m'}");
        };
        QTest::newRow("token refused on a call")
            << int(Call::Shop) << 401 << gateway("ERR.2SG.SEC.INVALID_CREDENTIALS")
            << int(FaultKind::TokenRejected) << int(Error::Kind::Supplier);
        QTest::newRow("credentials refused at the token endpoint")
            << int(Call::Token) << 401 << gateway("ERR.2SG.SEC.INVALID_CREDENTIALS")
            << int(FaultKind::BadCredentials) << int(Error::Kind::Supplier);
        QTest::newRow("not authorised")
            << int(Call::GetBooking) << 403 << gateway("ERR.2SG.SEC.NOT_AUTHORIZED")
            << int(FaultKind::NotAuthorized) << int(Error::Kind::Supplier);
        QTest::newRow("invalid request")
            << int(Call::Shop) << 400 << gateway("ERR.2SG.CLIENT.INVALID_REQUEST")
            << int(FaultKind::InvalidRequest) << int(Error::Kind::Supplier);
        QTest::newRow("rate limited, no body")
            << int(Call::Shop) << 429 << QByteArray() << int(FaultKind::RateLimited)
            << int(Error::Kind::Unavailable);
        QTest::newRow("bad gateway, html")
            << int(Call::Shop) << 502 << QByteArray("<html>502</html>")
            << int(FaultKind::Unavailable) << int(Error::Kind::Unavailable);
        QTest::newRow("booking downline timeout in 200")
            << int(Call::CreateBooking) << 200
            << QByteArray(q("{'errors':[{'category':'INTERNAL_SERVER_ERROR','type':'TIMEOUT'}]}"))
            << int(FaultKind::Unavailable) << int(Error::Kind::Unavailable);
        QTest::newRow("OTA errors")
            << int(Call::Shop) << 200
            << QByteArray(q("{'OTA_AirLowFareSearchRS':{'Errors':{'Error':[{'Type':'Application','"
                            "Code':'ERR.SWS.CLIENT.VALIDATION_FAILED','ShortText':'bad'}]}}}"))
            << int(FaultKind::Rejected) << int(Error::Kind::Supplier);
    }
    void errorFormats()
    {
        QFETCH(int, call);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, fault);
        QFETCH(int, kind);
        const Error e = errorFromReply(Call(call), status, body);
        QCOMPARE(int(faultKind(e)), fault);
        QCOMPARE(int(e.kind), kind);
        QVERIFY(!e.message.isEmpty());
        QVERIFY(!e.message.contains(u"sabre/"_s)); // the kind tag stays in the detail
        QCOMPARE(faultKind(Error::supplier(u"x"_s, u"other"_s)), FaultKind::None);
    }

    // Numbers keep their digits: 0.1 and 0.2 make exactly 0.3, and 0.125 dinars stay 125 fils.
    void jsonNumbersStayExact()
    {
        const auto tree =
            JsonTree::parse("{\"a\":0.1,\"b\":0.2,\"k\":0.125,\"n\":-12,\"s\":\"x\\u00e9\\\"y\"}");
        QVERIFY(tree);
        const JsonValue root = tree->root();
        const Money a = *Money::parse(root["a"_L1].decimalText(), u"USD"_s);
        const Money b = *Money::parse(root["b"_L1].decimalText(), u"USD"_s);
        QCOMPARE((a + b).toDecimalString(), u"0.30"_s);
        QCOMPARE(Money::parse(root["k"_L1].decimalText(), u"KWD"_s)->minorUnits(), 125);
        QCOMPARE(root["n"_L1].toInt(), -12);
        QCOMPARE(root["s"_L1].text(), u"x\u00e9\"y"_s);
        QVERIFY(root["missing"_L1]["deeper"_L1].at(3).isUndefined());
    }

    // The reader follows RFC 8259 strictly: a supplier reply that is not JSON is refused, not
    // guessed at.
    void jsonIsStrict_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("valid");
        const std::pair<const char *, bool> cases[] = {
            {"{}", true},
            {"[]", true},
            {"[1,2,3]", true},
            {"{\"a\":[{\"b\":null}]}", true},
            {"  true ", true},
            {"\"s\"", true},
            {"[-0.5e+3]", true},
            {"[[[]]]", true},
            {"{\"a\":1,}", false},
            {"[1,]", false},
            {"[01]", false},
            {"{\"a\" 1}", false},
            {"[1.]", false},
            {"[-]", false},
            {"[1e]", false},
            {"{\"a\":\"\x01\"}", false},
            {"[\"\\x\"]", false},
            {"[1] x", false},
            {"", false},
            {"nul", false},
            {"{\"k\":\"\\u12\"}", false},
            {"[\"open", false},
            {"{\"a\":1", false},
        };
        for (const auto &[text, valid] : cases)
            QTest::newRow(text) << QByteArray(text) << valid;
    }
    void jsonIsStrict()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, valid);
        QCOMPARE(JsonTree::parse(text).has_value(), valid);
    }

    void jsonDepthIsLimited()
    {
        QVERIFY(!JsonTree::parse(QByteArray(100000, '[')));
        QVERIFY(JsonTree::parse(QByteArray(200, '[') + QByteArray(200, ']')));
    }

    void shopRequestFromSearch()
    {
        FlightSearchRequest request;
        request.slices = {{u"del"_s, u"BOM"_s, QDate(2026, 12, 24)},
                          {u"BOM"_s, u"DEL"_s, QDate(2026, 12, 31)}};
        request.passengers = {2, 1, 1};
        request.cabin = Cabin::Business;
        request.maxStops = 1;
        const QJsonObject rq =
            json(shopRequest(request, u"AB1C"_s)).value(u"OTA_AirLowFareSearchRQ"_s).toObject();
        QCOMPARE(rq.value(u"Version"_s).toString(), u"5"_s);
        QCOMPARE(rq.value(u"POS"_s)[u"Source"_s][0][u"PseudoCityCode"_s].toString(), u"AB1C"_s);
        const QJsonArray slices = rq.value(u"OriginDestinationInformation"_s).toArray();
        QCOMPARE(slices.size(), 2);
        QCOMPARE(slices[0][u"OriginLocation"_s][u"LocationCode"_s].toString(), u"DEL"_s);
        QCOMPARE(slices[1][u"DepartureDateTime"_s].toString(), u"2026-12-31T00:00:00"_s);
        const QJsonObject prefs = rq.value(u"TravelPreferences"_s).toObject();
        QCOMPARE(prefs.value(u"MaxStopsQuantity"_s).toInt(), 1);
        QCOMPARE(prefs.value(u"CabinPref"_s)[0][u"Cabin"_s].toString(), u"C"_s);
        const QJsonArray types =
            rq.value(u"TravelerInfoSummary"_s)[u"AirTravelerAvail"_s][0][u"PassengerTypeQuantity"_s]
                .toArray();
        QCOMPARE(types.size(), 3);
        QCOMPARE(types[0][u"Code"_s].toString(), u"ADT"_s);
        QCOMPARE(types[0][u"Quantity"_s].toInt(), 2);
        QCOMPARE(types[1][u"Code"_s].toString(), u"CNN"_s);
        QCOMPARE(types[2][u"Code"_s].toString(), u"INF"_s);
        QCOMPARE(rq.value(u"TravelerInfoSummary"_s)[u"SeatsRequested"_s][0].toInt(), 3);
    }

    void revalidateRequestFromOfferId()
    {
        auto body = revalidateRequest(sampleOfferId(), {1, 0, 1}, u"AB1C"_s);
        QVERIFY(body);
        const QJsonObject rq = json(*body).value(u"OTA_AirLowFareSearchRQ"_s).toObject();
        const QJsonArray slices = rq.value(u"OriginDestinationInformation"_s).toArray();
        QCOMPARE(slices.size(), 1);
        QCOMPARE(slices[0][u"DestinationLocation"_s][u"LocationCode"_s].toString(), u"BOM"_s);
        const QJsonArray flights = slices[0][u"TPA_Extensions"_s][u"Flight"_s].toArray();
        QCOMPARE(flights.size(), 2);
        QCOMPARE(flights[1][u"Number"_s].toInt(), 9601);
        QCOMPARE(flights[1][u"ClassOfService"_s].toString(), u"T"_s);
        QCOMPARE(flights[1][u"DepartureDateTime"_s].toString(), u"2026-12-25T06:05:00"_s);
        QCOMPARE(flights[1][u"Airline"_s][u"Operating"_s].toString(), u"9I"_s);
        QVERIFY(!revalidateRequest(u"duffel_off_123"_s, {1, 0, 0}, u"AB1C"_s));
    }

    void createBookingRequestFromOrder()
    {
        OrderRequest order;
        order.offerId = sampleOfferId();
        order.clientReference = u"7f3a2c9e-41b0"_s;
        order.payment = Money(774371, u"INR"_s);
        OrderPassenger adult;
        adult.type = PassengerType::Adult;
        adult.title = u"ms"_s;
        adult.givenName = u"Asha"_s;
        adult.familyName = u"Rao"_s;
        adult.bornOn = QDate(1988, 4, 12);
        adult.email = u"asha.rao@example.in"_s;
        adult.phone = u"+911140001234"_s;
        adult.passportNumber = u"Z1234567"_s;
        adult.passportCountry = u"IN"_s;
        adult.passportExpiry = QDate(2031, 4, 11);
        OrderPassenger infant;
        infant.type = PassengerType::Infant;
        infant.givenName = u"Vivaan"_s;
        infant.familyName = u"Rao"_s;
        infant.bornOn = QDate(2025, 9, 30);
        infant.gender = Gender::Male;
        order.passengers = {adult, infant};
        auto body = createBookingRequest(order);
        QVERIFY(body);
        const QJsonObject rq = json(*body);
        const QJsonArray flights = rq.value(u"flightDetails"_s)[u"flights"_s].toArray();
        QCOMPARE(flights.size(), 2);
        QCOMPARE(flights[0][u"departureDate"_s].toString(), u"2026-12-24"_s);
        QCOMPARE(flights[0][u"departureTime"_s].toString(), u"22:50"_s);
        QCOMPARE(flights[0][u"bookingClass"_s].toString(), u"T"_s);
        QCOMPARE(rq.value(u"flightDetails"_s)[u"flightPricing"_s][0][u"priceComparisons"_s][0]
                                             [u"desiredAmount"_s]
                                                 .toString(),
                 u"7743.71"_s);
        const QJsonArray travelers = rq.value(u"travelers"_s).toArray();
        QCOMPARE(travelers[0][u"title"_s].toString(), u"Ms"_s);
        QCOMPARE(travelers[0][u"identityDocuments"_s][0][u"documentNumber"_s].toString(),
                 u"Z1234567"_s);
        QCOMPARE(travelers[1][u"gender"_s].toString(), u"INFANT_MALE"_s);
        QCOMPARE(travelers[1][u"infantTravelerIndex"_s].toInt(), 1);
        QCOMPARE(rq.value(u"contactInfo"_s)[u"emails"_s][0].toString(), u"asha.rao@example.in"_s);
        QCOMPARE(rq.value(u"remarks"_s)[0][u"text"_s].toString(), u"TRIPDESK REF 7f3a2c9e-41b0"_s);
        QCOMPARE(rq.value(u"receivedFrom"_s).toString(), u"TripDesk"_s);

        order.passengers[1].bornOn = QDate();
        auto incomplete = createBookingRequest(order);
        QVERIFY(!incomplete);
        QCOMPARE(incomplete.error().field, u"passengers[1].bornOn"_s);
    }

    void bookingManagementRequests()
    {
        QCOMPARE(json(getBookingRequest(u"KQWTRB"_s)),
                 (QJsonObject{{u"confirmationId"_s, u"KQWTRB"_s}}));
        const QJsonObject cancel = json(cancelBookingRequest(u"KQWTRB"_s));
        QCOMPARE(cancel.value(u"confirmationId"_s).toString(), u"KQWTRB"_s);
        QVERIFY(cancel.value(u"retrieveBooking"_s).toBool());
        QVERIFY(cancel.value(u"cancelAll"_s).toBool());
    }

    // Last, since it changes the language: the messages reach the Hindi catalogue.
    void messagesAreTranslated()
    {
        installTranslations(u"hi"_s);
        QVERIFY(errorFromReply(Call::Shop, 429, {}).message.contains(u"एक मिनट बाद"_s));
        const auto noDomain = tokenAuthorization({u"7971"_s, u"AB1C"_s, {}, u"s3cret"_s});
        QVERIFY(!noDomain);
        QCOMPARE(noDomain.error().message, u"Sabre खाते में डोमेन नहीं है; इसे सप्लायर सेटिंग्स में जोड़ें।"_s);
        OrderRequest order;
        order.offerId = sampleOfferId();
        order.passengers.resize(1);
        const auto unnamed = createBookingRequest(order);
        QVERIFY(!unnamed);
        QVERIFY(unnamed.error().message.contains(u"पहला नाम"_s));
    }
};

QTEST_GUILESS_MAIN(TestSabreWire)
#include "test_sabre_wire.moc"
