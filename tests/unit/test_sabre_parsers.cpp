// Sabre's replies in their documented shapes (hand-written, not Sabre's examples) read into the
// flight domain: each golden input under tests/data/sabre has its expected record beside it, and
// the values that matter most are checked here by hand as well, so a golden file that merely
// repeats the parser's output cannot hide a wrong time, amount, brand or penalty.
#include "backend/flights/flight_record_json.h"
#include "backend/suppliers/sabre/sabre_auth.h"
#include "backend/suppliers/sabre/sabre_booking.h"
#include "backend/suppliers/sabre/sabre_errors.h"
#include "backend/suppliers/sabre/sabre_offer_key.h"
#include "backend/suppliers/sabre/sabre_shop.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace tripdesk;
using namespace tripdesk::sabre;
using namespace Qt::StringLiterals;

namespace {

QByteArray input(const QString &name)
{
    QFile f(QStringLiteral(TRIPDESK_SABRE_DATA) + u'/' + name + u".json"_s);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test input %s", qPrintable(name));
    return f.readAll();
}

ReplyContext context()
{
    ReplyContext c;
    c.now = QDateTime(QDate(2026, 12, 3), QTime(10, 0), Qt::UTC);
    c.agencyZone = QTimeZone("Asia/Kolkata");
    c.airportZone = [](const QString &airport) {
        static const QHash<QString, QByteArray> zones = {
            {u"DEL"_s, "Asia/Kolkata"},     {u"BOM"_s, "Asia/Kolkata"},  {u"HYD"_s, "Asia/Kolkata"},
            {u"JFK"_s, "America/New_York"}, {u"LHR"_s, "Europe/London"},
        };
        return QTimeZone(zones.value(airport));
    };
    return c;
}

QDateTime utc(int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC);
}

Money money(const char *decimal, const char *currency)
{
    return *Money::parse(QString::fromLatin1(decimal), QString::fromLatin1(currency));
}

QString faultName(FaultKind k)
{
    static const char *names[] = {
        "none",      "token_rejected", "bad_credentials", "not_authorized", "invalid_request",
        "not_found", "rate_limited",   "unavailable",     "rejected",       "malformed"};
    return QString::fromLatin1(names[int(k)]);
}

QJsonObject errorRecord(const Error &e)
{
    return {{u"error"_s, QJsonObject{{u"fault"_s, faultName(faultKind(e))},
                                     {u"kind"_s, int(e.kind)},
                                     {u"message"_s, e.message},
                                     {u"detail"_s, e.detail}}}};
}

template<typename T, typename F> QJsonObject recordOf(const Result<T> &r, F &&f)
{
    return r ? f(*r) : errorRecord(r.error());
}

// What a call's reply reads into, in the lossless record form.
QJsonObject parse(const QString &call, int status, const QByteArray &body)
{
    const ReplyContext c = context();
    if (call == u"shop"_s) {
        if (status != 200)
            return errorRecord(errorFromReply(Call::Shop, status, body));
        return recordOf(parseShopReply(body, c), [](const SupplierOffers &s) {
            QJsonArray offers;
            for (const FlightOffer &o : s.offers)
                offers.append(offerRecord(o));
            return QJsonObject{{u"offers"_s, offers}, {u"malformed"_s, s.malformed}};
        });
    }
    if (call == u"revalidate"_s)
        return recordOf(parseRevalidateReply(body, c), pricedOfferRecord);
    if (call == u"create"_s)
        return recordOf(parseCreateBookingReply(status, body, c), orderRecord);
    if (call == u"get"_s)
        return recordOf(parseGetBookingReply(status, body, c), orderRecord);
    if (call == u"cancel"_s) {
        return recordOf(
            parseCancelBookingReply(status, body, u"JFKLHR"_s, c), [](const SabreCancellation &x) {
                return QJsonObject{{u"cancellation"_s, cancellationRecord(x.cancellation)},
                                   {u"order"_s, x.order ? QJsonValue(orderRecord(*x.order))
                                                        : QJsonValue(QJsonValue::Null)}};
            });
    }
    if (call == u"token"_s) {
        return recordOf(parseTokenReply(status, body, c.now), [](const SabreToken &t) {
            return QJsonObject{{u"token_bytes"_s, int(t.accessToken.size())},
                               {u"expires_at"_s, t.expiresAt.toString(Qt::ISODate)}};
        });
    }
    qFatal("unknown call %s", qPrintable(call));
}

} // namespace

class TestSabreParsers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void golden_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("call");
        QTest::addColumn<int>("status");
        QTest::newRow("one-way, two brands") << u"shop_jfk_lhr"_s << u"shop"_s << 200;
        QTest::newRow("connection, family, dangling ref")
            << u"shop_del_bom_family"_s << u"shop"_s << 200;
        QTest::newRow("round trip, unknown and missing fields")
            << u"shop_round_trip_kwd"_s << u"shop"_s << 200;
        QTest::newRow("no flights") << u"shop_no_flights"_s << u"shop"_s << 200;
        QTest::newRow("shopping message error") << u"shop_error_location"_s << u"shop"_s << 200;
        QTest::newRow("gateway: expired token")
            << u"gateway_invalid_credentials"_s << u"shop"_s << 401;
        QTest::newRow("gateway: not authorised") << u"gateway_not_authorized"_s << u"shop"_s << 403;
        QTest::newRow("revalidate") << u"revalidate_del_bom"_s << u"revalidate"_s << 200;
        QTest::newRow("create booking") << u"create_booking"_s << u"create"_s << 200;
        QTest::newRow("create booking, errors in 200")
            << u"create_booking_errors_200"_s << u"create"_s << 200;
        QTest::newRow("get booking, ticketed") << u"get_booking_ticketed"_s << u"get"_s << 200;
        QTest::newRow("get booking, not found in 200")
            << u"get_booking_not_found_200"_s << u"get"_s << 200;
        QTest::newRow("cancel booking") << u"cancel_booking"_s << u"cancel"_s << 200;
        QTest::newRow("token") << u"token_ok"_s << u"token"_s << 200;
        QTest::newRow("token: invalid client") << u"token_invalid_client"_s << u"token"_s << 401;
    }
    void golden()
    {
        QFETCH(QString, name);
        QFETCH(QString, call);
        QFETCH(int, status);
        const QJsonObject actual = parse(call, status, input(name));
        const QString expectedPath =
            QStringLiteral(TRIPDESK_SABRE_DATA) + u'/' + name + u".out.json"_s;
        if (qEnvironmentVariableIsSet("TRIPDESK_WRITE_GOLDEN")) {
            QFile out(expectedPath);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(QJsonDocument(actual).toJson(QJsonDocument::Indented));
        }
        QFile f(expectedPath);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(expectedPath));
        const QJsonObject expected = QJsonDocument::fromJson(f.readAll()).object();
        if (actual != expected) {
            qWarning().noquote() << QJsonDocument(actual).toJson(QJsonDocument::Indented);
            QFAIL("the reply does not read into its golden record");
        }
    }

    // Local times with their own offsets, across the leg's date and each day adjustment.
    void shopTimesAcrossDateAdjustments()
    {
        auto r = parseShopReply(input(u"shop_del_bom_family"_s), context());
        QVERIFY(r);
        QCOMPARE(r->offers.size(), size_t(1));
        const auto &segs = r->offers[0].itineraries.at(0).segments;
        QCOMPARE(segs.size(), size_t(2));
        // DEL 22:50+05:30 on the 24th; HYD 01:05+05:30 the next day (arrival dateAdjustment 1).
        QCOMPARE(segs[0].departure, utc(2026, 12, 24, 17, 20));
        QCOMPARE(segs[0].arrival, utc(2026, 12, 24, 19, 35));
        // The connection leaves a day after the leg's date (departureDateAdjustment 1).
        QCOMPARE(segs[1].departure, utc(2026, 12, 25, 0, 35));
        QCOMPARE(segs[1].arrival, utc(2026, 12, 25, 2, 5));
        QCOMPARE(segs[1].carrier, u"AI"_s);
        QCOMPARE(segs[1].operatingCarrier, u"9I"_s);
        QCOMPARE(segs[1].operatingFlightNumber, u"605"_s);
        QCOMPARE(segs[0].originTerminal, u"3"_s);

        auto jfk = parseShopReply(input(u"shop_jfk_lhr"_s), context());
        QVERIFY(jfk);
        const Segment &ba = jfk->offers.at(0).itineraries.at(0).segments.at(0);
        QCOMPARE(ba.departure, utc(2026, 12, 18, 23, 25)); // 18:25-05:00
        QCOMPARE(ba.arrival, utc(2026, 12, 19, 6, 20));    // 06:20+00:00, the next day
        QCOMPARE(ba.durationMinutes(), 415);
    }

    void shopExactAmountsPerPassengerType()
    {
        auto r = parseShopReply(input(u"shop_del_bom_family"_s), context());
        QVERIFY(r);
        const FlightOffer &o = r->offers.at(0);
        QCOMPARE(o.price, money("19409.92", "INR"));
        QCOMPARE(o.fares.size(), size_t(3));
        QCOMPARE(o.fares[0].type, PassengerType::Adult);
        QCOMPARE(o.fares[0].count, 2);
        QCOMPARE(o.fares[0].base, money("5500.00", "INR"));
        QCOMPARE(o.fares[0].taxes, money("1043.21", "INR"));
        QCOMPARE(o.fares[1].type, PassengerType::Child);
        QCOMPARE(o.fares[2].type, PassengerType::Infant);
        QCOMPARE(o.fares[2].perPassenger(), money("1200.50", "INR"));
        QVERIFY(o.faresAddUp());
        QCOMPARE(o.seatsLeft, 3); // the scarcest segment
        QCOMPARE(o.fareBrand, u"Economy Value"_s);
        // Sabre states no expiry for a shopped fare; its last ticketing date is a hold's
        // deadline, read when the offer is revalidated.
        QVERIFY(!o.expiresAt.isValid());

        // Three-decimal dinars, read from the reply's digits: 98.125 − 12.405 is 85.720.
        auto kwd = parseShopReply(input(u"shop_round_trip_kwd"_s), context());
        QVERIFY(kwd);
        QCOMPARE(kwd->offers.size(), size_t(1));
        QCOMPARE(kwd->offers[0].price.minorUnits(), 98125);
        QCOMPARE(kwd->offers[0].fares.at(0).base.minorUnits(), 85720);
        QCOMPARE(kwd->offers[0].itineraries.size(), size_t(2));
        QCOMPARE(kwd->offers[0].itineraries[1].segments.at(0).departure, utc(2026, 12, 30, 15, 30));
    }

    void brandsPenaltiesAndBaggage()
    {
        auto r = parseShopReply(input(u"shop_jfk_lhr"_s), context());
        QVERIFY(r);
        QCOMPARE(r->offers.size(), size_t(2)); // one itinerary sold in two brands
        const FlightOffer &basic = r->offers[0];
        const FlightOffer &standard = r->offers[1];
        QVERIFY(basic.id != standard.id);
        QCOMPARE(basic.fareBrand, u"Economy Basic"_s);
        QCOMPARE(standard.fareBrand, u"Economy Standard"_s);
        QCOMPARE(basic.price, money("508.30", "USD"));
        QVERIFY(basic.conditions.changeable);
        QCOMPARE(basic.conditions.changePenalty, std::optional(money("250", "USD")));
        QVERIFY(basic.conditions.refundKnown);
        QVERIFY(!basic.conditions.refundable);
        QVERIFY(standard.conditions.refundable);
        QCOMPARE(standard.conditions.refundPenalty, std::optional(money("200", "USD")));
        QCOMPARE(standard.conditions.changePenalty, std::optional(money("0", "USD")));
        const Segment &s = standard.itineraries[0].segments[0];
        QCOMPARE(s.fareClass, u"N"_s);
        QCOMPARE(s.fareBasis, u"NLN0S7S1"_s);
        QCOMPARE(s.baggage.size(), size_t(1));
        QCOMPARE(s.baggage[0].checked, 1);
        QCOMPARE(s.baggage[0].carryOn, 1); // a 23 kg cabin allowance is one bag
        QCOMPARE(basic.itineraries[0].segments[0].baggage.at(0).checked, 0);
        QCOMPARE(basic.baggage.checkedBags, 0);
        QCOMPARE(standard.baggage.checkedBags, 1);

        auto family = parseShopReply(input(u"shop_del_bom_family"_s), context());
        QVERIFY(family);
        const auto &bags = family->offers.at(0).itineraries[0].segments[1].baggage;
        QCOMPARE(bags.size(), size_t(3));
        QCOMPARE(bags[0].passenger, PassengerType::Adult);
        QCOMPARE(bags[0].checkedKg, 25);
        QCOMPARE(bags[2].passenger, PassengerType::Infant);
        QCOMPARE(bags[2].checkedKg, 10);
    }

    // A dangling schedule reference and an amount finer than its currency drop their
    // itineraries alone; a sold-out fare is no malformed offer.
    void malformedItinerariesAreDroppedAndCounted()
    {
        auto r = parseShopReply(input(u"shop_del_bom_family"_s), context());
        QVERIFY(r);
        QCOMPARE(r->offers.size(), size_t(1));
        QCOMPARE(r->malformed, 2);
        QByteArray cut = input(u"shop_jfk_lhr"_s);
        cut.replace("\"ref\": 2,", "\"ref\": 9,"); // the Standard fare's component is gone
        auto partly = parseShopReply(cut, context());
        QVERIFY(partly);
        QCOMPARE(partly->offers.size(), size_t(1));
        QCOMPARE(partly->malformed, 1);
        // A day adjustment no flight has (here four thousand days) is garbage, not a date.
        QByteArray far = input(u"shop_del_bom_family"_s);
        far.replace("\"departureDateAdjustment\": 1", "\"departureDateAdjustment\": 4000");
        auto distant = parseShopReply(far, context());
        QVERIFY(distant);
        QCOMPARE(distant->offers.size(), size_t(0));
        QCOMPARE(distant->malformed, 3);
        // Taxes above the passenger's total would make a negative fare.
        QByteArray taxed = input(u"shop_jfk_lhr"_s);
        taxed.replace("\"totalFare\": 508.3, \"totalTaxAmount\": 196.3",
                      "\"totalFare\": 508.3, \"totalTaxAmount\": 608.3");
        auto negative = parseShopReply(taxed, context());
        QVERIFY(negative);
        QCOMPARE(negative->malformed, 1);
        QCOMPARE(negative->offers.size(), size_t(1));
        QCOMPARE(negative->malformed, 1);
    }

    void offerIdsCarryWhatRevalidationNeeds()
    {
        auto r = parseShopReply(input(u"shop_del_bom_family"_s), context());
        QVERIFY(r);
        auto key = OfferKey::decode(r->offers.at(0).id);
        QVERIFY(key);
        QCOMPARE(key->validatingCarrier, u"AI"_s);
        QCOMPARE(key->slices.size(), size_t(1));
        const OfferKeyFlight &second = key->slices[0].at(1);
        QCOMPARE(second.carrier, u"AI"_s);
        QCOMPARE(second.flightNumber, u"9601"_s);
        QCOMPARE(second.operatingCarrier, u"9I"_s);
        QCOMPARE(second.departureLocal, u"2026-12-25T06:05"_s);
        QCOMPARE(second.bookingClass, u"T"_s);
        QCOMPARE(second.brandCode, u"ECOVALUE"_s);
        QCOMPARE(key->passengers.size(), size_t(3));
        QCOMPARE(key->passengers[0].count, 2);
        QCOMPARE(OfferKey::decode(key->encode()).value(), *key);
        QCOMPARE(OfferKey::decode(u"off_0000AgqFZ6VDFkOGgq6VKdh"_s).error().kind,
                 Error::Kind::NotFound);
        QVERIFY(!OfferKey::decode(r->offers.at(0).id.chopped(9)));
    }

    void revalidatedFareCanBeHeldUntilTicketing()
    {
        auto r = parseRevalidateReply(input(u"revalidate_del_bom"_s), context());
        QVERIFY(r);
        QVERIFY(r->holdable);
        QCOMPARE(r->payBy, utc(2026, 12, 20, 7, 0)); // 12:30 IST
        QCOMPARE(r->offer.price, money("7915", "INR"));
        QCOMPARE(r->offer.seatsLeft, 2);
        ReplyContext late = context();
        late.now = utc(2026, 12, 21, 0, 0);
        auto past = parseRevalidateReply(input(u"revalidate_del_bom"_s), late);
        QVERIFY(past);
        QVERIFY(!past->holdable);
        QVERIFY(!past->payBy.isValid());
        auto none = parseRevalidateReply(input(u"shop_no_flights"_s), context());
        QVERIFY(!none);
        QCOMPARE(none.error().kind, Error::Kind::NotFound);
    }

    void bookingsReadIntoOrders()
    {
        auto created = parseCreateBookingReply(200, input(u"create_booking"_s), context());
        QVERIFY(created);
        QCOMPARE(created->id, u"KQWTRB"_s);
        QCOMPARE(created->bookingReference, u"AIQ7LM"_s);
        QCOMPARE(created->status, OrderStatus::Held);
        QCOMPARE(created->payBy, utc(2026, 12, 20, 12, 30));
        QCOMPARE(created->total, money("7743.71", "INR"));
        QCOMPARE(created->clientReference, u"7F3A2C9E-41B0-4C61-9D0E-2B7C5E8A1F44"_s);
        QCOMPARE(created->itineraries.at(0).segments.at(0).departure, utc(2026, 12, 24, 17, 20));
        QCOMPARE(created->passengers.at(1).type, PassengerType::Infant);
        QCOMPARE(created->passengers.at(0).passportNumber, u"Z1234567"_s);

        auto ticketed = parseGetBookingReply(200, input(u"get_booking_ticketed"_s), context());
        QVERIFY(ticketed);
        QCOMPARE(ticketed->status, OrderStatus::Confirmed);
        QCOMPARE(ticketed->ticketNumbers, QStringList{u"1257712345678"_s});
        QCOMPARE(ticketed->conditions.refundPenalty, std::optional(money("200", "USD")));
        QCOMPARE(ticketed->itineraries.at(0).segments.at(0).arrival, utc(2026, 12, 19, 6, 20));

        auto cancelled =
            parseCancelBookingReply(200, input(u"cancel_booking"_s), u"JFKLHR"_s, context());
        QVERIFY(cancelled);
        QCOMPARE(cancelled->cancellation.refund, money("451.80", "USD"));
        QVERIFY(cancelled->cancellation.isConfirmed());
        QCOMPARE(cancelled->order->status, OrderStatus::Cancelled);
    }

    // Booking Management fails inside HTTP 200 replies: the body decides, and nothing the
    // request said (the passport number Sabre echoes in fieldValue) reaches message or detail.
    void bookingErrorsInsideSuccessfulReplies()
    {
        const QByteArray body = input(u"create_booking_errors_200"_s);
        auto r = parseCreateBookingReply(200, body, context());
        QVERIFY(!r);
        QCOMPARE(faultKind(r.error()), FaultKind::Rejected);
        QVERIFY(r.error().message.contains(u"SEGMENT_NOT_CONFIRMED"_s));
        QVERIFY(!r.error().message.contains(u"Z1234567"_s));
        QVERIFY(!r.error().detail.contains(u"Z1234567"_s));
        auto missing = parseGetBookingReply(200, input(u"get_booking_not_found_200"_s), context());
        QVERIFY(!missing);
        QCOMPARE(missing.error().kind, Error::Kind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestSabreParsers)
#include "test_sabre_parsers.moc"
