// Duffel's replies in, the domain out: golden files (tests/data/duffel/<name>.json against
// <name>.out.json in the record form), then the values a traveller would notice checked by hand:
// prices, times in UTC, flight numbers, dropped offers, seat availability, order status.

#include "backend/flights/flight_record_json.h"
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

// The reference data's zones, as the adapter passes them: only Dubai is known here.
duffel::ParseContext context()
{
    duffel::ParseContext c;
    c.zoneFor = [](const QString &code) {
        return code == "DXB"_L1 ? QTimeZone("Asia/Dubai") : QTimeZone();
    };
    return c;
}

QJsonObject pageRecord(const duffel::OfferPage &page)
{
    QJsonArray offers;
    for (const FlightOffer &o : page.offers)
        offers.append(offerRecord(o));
    return {{u"offer_request_id"_s, page.offerRequestId},
            {u"offers"_s, offers},
            {u"next_cursor"_s, page.nextCursor},
            {u"previous_cursor"_s, page.previousCursor},
            {u"malformed"_s, page.malformed},
            {u"problems"_s, QJsonArray::fromStringList(page.problems)}};
}

// The parser named by `kind` applied to `body`, as a record; an error as {"error": detail}.
QJsonObject parsed(const QString &kind, const QByteArray &body)
{
    const auto failure = [](const Error &e) { return QJsonObject{{u"error"_s, e.detail}}; };
    if (kind == "offer_request"_L1) {
        auto r = duffel::parseOfferRequest(body, context());
        return r ? pageRecord(*r) : failure(r.error());
    }
    if (kind == "offers"_L1) {
        auto r = duffel::parseOfferList(body, context());
        return r ? pageRecord(*r) : failure(r.error());
    }
    if (kind == "priced"_L1) {
        auto r = duffel::parsePricedOffer(body, context());
        return r ? pricedOfferRecord(*r) : failure(r.error());
    }
    if (kind == "seat_maps"_L1) {
        auto r = duffel::parseSeatMaps(body);
        if (!r)
            return failure(r.error());
        QJsonArray maps;
        for (const SeatMap &m : *r)
            maps.append(seatMapRecord(m));
        return {{u"seat_maps"_s, maps}};
    }
    if (kind == "order"_L1) {
        auto r = duffel::parseOrder(body, context());
        return r ? orderRecord(*r) : failure(r.error());
    }
    if (kind == "cancellation"_L1) {
        auto r = duffel::parseOrderCancellation(body);
        return r ? cancellationRecord(*r) : failure(r.error());
    }
    qFatal("unknown parser %s", qPrintable(kind));
}

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
}

} // namespace

class TestDuffelParsers : public QObject
{
    Q_OBJECT

private slots:
    void golden_data();
    void golden();
    void sampleOfferByHand();
    void pageOfThreeByHand();
    void offerWithoutZoneIsDropped();
    void implausibleOfferIsDropped_data();
    void implausibleOfferIsDropped();
    void localTimesAcrossClockChanges();
    void pricedOfferByHand();
    void instantPaymentMeansNoHold();
    void seatMapsByHand();
    void ordersByHand();
    void lapsedHoldIsExpired();
    void cancellationsAndPayments();
    void malformedDocumentsAreErrors_data();
    void malformedDocumentsAreErrors();
};

void TestDuffelParsers::golden_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("name");
    const std::pair<const char *, const char *> cases[] = {
        {"offer_request", "offer-request-create-response"},
        {"offers", "offers-list-response"},
        {"offers", "offers-page-three"},
        {"offers", "offers-unplaceable"},
        {"priced", "priced-offer-response"},
        {"priced", "priced-offer-services"},
        {"seat_maps", "seat-maps-response"},
        {"order", "order-create-instant-response"},
        {"order", "order-get-response"},
        {"order", "order-held-response"},
        {"cancellation", "order-cancellation-create-response"},
        {"cancellation", "order-cancellation-confirm-response"},
        {"cancellation", "order-cancellation-quote-response"},
        {"cancellation", "order-cancellation-no-refund-response"},
    };
    for (const auto &[kind, name] : cases)
        QTest::newRow(name) << QString::fromLatin1(kind) << QString::fromLatin1(name);
}

void TestDuffelParsers::golden()
{
    QFETCH(QString, kind);
    QFETCH(QString, name);
    const QJsonObject actual = parsed(kind, readData(name + u".json"_s));
    const QJsonObject expected = QJsonDocument::fromJson(readData(name + u".out.json"_s)).object();
    QVERIFY(!expected.isEmpty());
    if (actual != expected) {
        // Left beside the test binary, so a difference can be read with diff.
        QFile out(name + u".actual.json"_s);
        if (out.open(QIODevice::WriteOnly))
            out.write(QJsonDocument(actual).toJson());
        QFAIL(qPrintable(u"%1 differs from %2.out.json; see %3"_s.arg(name, name, out.fileName())));
    }
}

void TestDuffelParsers::sampleOfferByHand()
{
    auto page = duffel::parseOfferRequest(readData(u"offer-request-create-response.json"_s), {});
    QVERIFY(page.ok());
    QCOMPARE(page->offers.size(), size_t(1));
    const FlightOffer &offer = page->offers.front();
    QCOMPARE(offer.supplier, u"duffel"_s);
    QCOMPARE(offer.price, Money(4500, u"GBP"_s));
    const Segment &s = offer.itineraries.at(0).segments.at(0);
    QCOMPARE(s.carrier + s.flightNumber, u"BA1234"_s);
    QCOMPARE(s.operatingCarrier + s.operatingFlightNumber, u"BA4321"_s);
    // 16:38:02 at Heathrow in June is BST; 16:38:02 at JFK is EDT.
    QCOMPARE(s.departure, utc("2020-06-13T15:38:02Z"));
    QCOMPARE(s.arrival, utc("2020-06-13T20:38:02Z"));
    QCOMPARE(s.departure.timeSpec(), Qt::UTC);
    QCOMPARE(s.originTerminal, u"B"_s);
    QCOMPARE(s.aircraft, u"380"_s);
    QCOMPARE(offer.fareBrand, u"Basic"_s);
    QCOMPARE(offer.expiresAt, utc("2020-01-17T10:42:14.545Z"));
    // Base and tax do not add up to the total, so no per-passenger split is invented.
    QVERIFY(offer.fares.empty());
    QVERIFY(offer.conditions.refundable);
    QCOMPARE(offer.conditions.refundPenalty, Money(10000, u"GBP"_s));
}

void TestDuffelParsers::pageOfThreeByHand()
{
    auto page = duffel::parseOfferList(readData(u"offers-page-three.json"_s), context());
    QVERIFY(page.ok());
    QCOMPARE(page->offers.size(), size_t(2));
    QCOMPARE(page->malformed, 1);
    QCOMPARE(page->nextCursor, u"cursor_page_2"_s);
    const FlightOffer &a = page->offers[0];
    QCOMPARE(a.price, Money(1284000, u"INR"_s));
    QCOMPARE(a.itineraries.size(), size_t(2));
    QCOMPARE(a.maxStops(), 1);
    // 06:00 in Delhi (+05:30).
    QCOMPARE(a.itineraries[0].segments[0].departure, utc("2026-12-24T00:30:00Z"));
    // Arrives after midnight local time, still 31 December in UTC.
    QCOMPARE(a.itineraries[1].segments[1].arrival, utc("2026-12-31T19:10:00Z"));
    QCOMPARE(a.itineraries[1].segments[1].operatingCarrier, u"UK"_s);
    QCOMPARE(a.itineraries[1].segments[1].operatingFlightNumber, u"981"_s);
    QVERIFY(a.itineraries[0].segments[0].operatingFlightNumber.isEmpty());
    // The last segment has no checked bag, so the offer has none.
    QCOMPARE(a.baggage.checkedBags, 0);
    QCOMPARE(a.baggage.carryOnBags, 1);
    QCOMPARE(a.fares.size(), size_t(1));
    QCOMPARE(a.fares[0].count, 2);
    QCOMPARE(a.fares[0].perPassenger(), Money(642000, u"INR"_s));
    QVERIFY(a.faresAddUp());
    QCOMPARE(a.conditions.refundPenalty, Money(300000, u"INR"_s));
    QVERIFY(!a.conditions.changeable && a.conditions.changeKnown);

    const FlightOffer &b = page->offers[1];
    QCOMPARE(b.price, Money(38999, u"EUR"_s));
    // Dubai's zone came from the lookup: 22:15 at +04:00.
    QCOMPARE(b.itineraries[0].segments[0].departure, utc("2026-12-24T18:15:00Z"));
    QCOMPARE(b.itineraries[0].segments[0].durationMinutes(), 205);
    QVERIFY(!b.conditions.refundKnown && !b.conditions.changeKnown);
    QVERIFY(!b.expiresAt.isValid());
    QCOMPARE(b.passengers.size(), size_t(2));
    QCOMPARE(b.passengers[0].type, PassengerType::Adult);
    QCOMPARE(b.passengers[1].type, PassengerType::Child); // named by age 7
    QVERIFY(page->problems.at(0).contains(u"off_C003"_s));
}

void TestDuffelParsers::offerWithoutZoneIsDropped()
{
    const QByteArray body = readData(u"offers-unplaceable.json"_s);
    auto page = duffel::parseOfferList(body, context());
    QVERIFY(page.ok());
    QVERIFY(page->offers.empty());
    QCOMPARE(page->malformed, 1);
    // The same airport known to the lookup: the offer is kept.
    duffel::ParseContext knowing;
    knowing.zoneFor = [](const QString &code) {
        return code == "ZZZ"_L1 ? QTimeZone("Asia/Dubai") : QTimeZone();
    };
    auto kept = duffel::parseOfferList(body, knowing);
    QVERIFY(kept.ok());
    QCOMPARE(kept->offers.size(), size_t(1));
    QCOMPARE(kept->malformed, 0);
}

void TestDuffelParsers::implausibleOfferIsDropped_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("why");
    QTest::newRow("year 1") << QByteArray("2026-12-24T06:00:00")
                            << QByteArray("0001-12-24T06:00:00") << u"departing_at"_s;
    QTest::newRow("arrives before it leaves")
        << QByteArray("2026-12-24T08:10:00") << QByteArray("2026-12-24T05:10:00")
        << u"arriving_at"_s;
    QTest::newRow("hour 24") << QByteArray("2026-12-24T06:00:00")
                             << QByteArray("2026-12-24T24:00:00") << u"departing_at"_s;
    QTest::newRow("amount as a number")
        << QByteArray("\"total_amount\": \"12840.00\"") << QByteArray("\"total_amount\": 12840")
        << u"total_amount"_s;
    QTest::newRow("negative total")
        << QByteArray("\"total_amount\": \"12840.00\"")
        << QByteArray("\"total_amount\": \"-12840.00\"") << u"total_amount"_s;
    QTest::newRow("no flight number") << QByteArray("\"marketing_carrier_flight_number\": \"887\"")
                                      << QByteArray("\"marketing_carrier_flight_number\": null")
                                      << u"marketing_carrier_flight_number"_s;
}

void TestDuffelParsers::implausibleOfferIsDropped()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, why);
    QByteArray body = readData(u"offers-page-three.json"_s);
    QVERIFY(body.contains(from));
    body.replace(from, to);
    auto page = duffel::parseOfferList(body, context());
    QVERIFY(page.ok());
    // Offer A goes with the malformed C; B stays.
    QCOMPARE(page->offers.size(), size_t(1));
    QCOMPARE(page->offers[0].id, u"off_B002"_s);
    QCOMPARE(page->malformed, 2);
    QVERIFY2(page->problems.at(0).startsWith(u"off_A001"_s), qPrintable(page->problems.at(0)));
    QVERIFY2(page->problems.at(0).endsWith(why), qPrintable(page->problems.at(0)));
}

void TestDuffelParsers::localTimesAcrossClockChanges()
{
    QByteArray body = readData(u"offers-list-response.json"_s);
    // The night London springs forward (no 01:30 on the clock), and the night it falls back.
    body.replace("\"departing_at\": \"2020-06-13T16:38:02\"",
                 "\"departing_at\": \"2026-03-29T01:30:00\"");
    body.replace("\"arriving_at\": \"2020-06-13T16:38:02\"",
                 "\"arriving_at\": \"2026-10-25T01:30:00\"");
    auto page = duffel::parseOfferList(body, {});
    QVERIFY(page.ok());
    QCOMPARE(page->malformed, 0);
    const Segment &s = page->offers.at(0).itineraries.at(0).segments.at(0);
    QCOMPARE(s.departure, utc("2026-03-29T01:30:00Z"));
    // JFK in late October is still on daylight time (-04:00).
    QCOMPARE(s.arrival, utc("2026-10-25T05:30:00Z"));
}

void TestDuffelParsers::pricedOfferByHand()
{
    auto priced = duffel::parsePricedOffer(readData(u"priced-offer-services.json"_s), {});
    QVERIFY(priced.ok());
    // The service whose price reads "lots" is not offered.
    QCOMPARE(priced->services.size(), size_t(3));
    const OfferService &bag = priced->services[0];
    QCOMPARE(bag.kind, OfferService::Kind::CheckedBag);
    QCOMPARE(bag.weightKg, 23);
    QCOMPARE(bag.price, Money(180000, u"INR"_s));
    QCOMPARE(bag.maxQuantity, 2);
    QCOMPARE(bag.segmentIds, QStringList({u"seg_A21"_s, u"seg_A22"_s}));
    QCOMPARE(priced->services[1].kind, OfferService::Kind::CarryOnBag);
    QCOMPARE(priced->services[2].kind, OfferService::Kind::Other);
    QVERIFY(priced->holdable);
    QCOMPARE(priced->payBy, utc("2026-12-21T18:30:00Z"));
    QCOMPARE(priced->priceGuaranteedUntil, utc("2026-12-20T18:30:00Z"));
    QCOMPARE(priced->offer.conditions.changePenalty, Money(75000, u"INR"_s));
}

void TestDuffelParsers::instantPaymentMeansNoHold()
{
    QByteArray body = readData(u"priced-offer-services.json"_s);
    body.replace("\"requires_instant_payment\": false", "\"requires_instant_payment\": true");
    auto priced = duffel::parsePricedOffer(body, {});
    QVERIFY(priced.ok());
    QVERIFY(!priced->holdable);
    QVERIFY(!priced->payBy.isValid());
}

void TestDuffelParsers::seatMapsByHand()
{
    auto maps = duffel::parseSeatMaps(readData(u"seat-maps-response.json"_s));
    QVERIFY(maps.ok());
    // The map without a segment id is left out.
    QCOMPARE(maps->size(), size_t(2));
    const SeatMapCabin &economy = maps->at(0).cabins.at(0);
    QCOMPARE(economy.aisles, 2);
    QCOMPARE(economy.firstWingRow, 1);
    const SeatMapRow &front = economy.rows.at(0);
    QCOMPARE(front.number, 1);
    QVERIFY(front.sections[0][0].available);  // 1A has a (free) service
    QVERIFY(!front.sections[0][1].available); // 1B has none
    QCOMPARE(front.sections[0][0].prices.at(0).price, Money(0, u"GBP"_s));
    QCOMPARE(front.sections[2][0].prices.size(), size_t(2));
    const SeatMapElement &exitSeat = economy.rows.at(2).sections[0][0];
    QCOMPARE(exitSeat.designator, u"14A"_s);
    QCOMPARE(exitSeat.prices.at(0).price, Money(3020, u"GBP"_s));
    QCOMPARE(exitSeat.disclosures.size(), 1);
    // 14B's only price cannot be read, so it cannot be chosen.
    QVERIFY(!economy.rows.at(2).sections[0][1].available);
    QCOMPARE(maps->at(0).cabins.at(1).deck, 1);
}

void TestDuffelParsers::ordersByHand()
{
    auto held = duffel::parseOrder(readData(u"order-held-response.json"_s), {});
    QVERIFY(held.ok());
    QCOMPARE(held->status, OrderStatus::Held);
    QCOMPARE(held->clientReference, u"bk_7f3a-attempt-1"_s);
    QCOMPARE(held->payBy, utc("2026-12-21T18:30:00Z"));
    QCOMPARE(held->total, Money(742000, u"INR"_s));
    QCOMPARE(held->passengers.at(0).passportNumber, u"P1234567"_s);
    QCOMPARE(held->passengers.at(1).type, PassengerType::Infant);
    QVERIFY(held->ticketNumbers.isEmpty());

    auto got = duffel::parseOrder(readData(u"order-get-response.json"_s), {});
    QVERIFY(got.ok());
    QCOMPARE(got->bookingReference, u"RZPNX8"_s);
    QCOMPARE(got->ticketNumbers, QStringList{u"1252106312810"_s});
    QCOMPARE(got->status, OrderStatus::Cancelled);

    // Neither cancelled nor awaiting payment: confirmed. A document of another type is no ticket.
    QByteArray body = readData(u"order-get-response.json"_s);
    body.replace("\"cancelled_at\": \"2020-04-11T15:48:11.642Z\"", "\"cancelled_at\": null");
    body.replace("\"awaiting_payment\": true", "\"awaiting_payment\": false");
    body.replace("\"type\": \"electronic_ticket\"",
                 "\"type\": \"electronic_miscellaneous_document\"");
    auto paid = duffel::parseOrder(body, {});
    QVERIFY(paid.ok());
    QCOMPARE(paid->status, OrderStatus::Confirmed);
    QVERIFY(paid->ticketNumbers.isEmpty());
    QVERIFY(!paid->payBy.isValid());
}

void TestDuffelParsers::lapsedHoldIsExpired()
{
    const QByteArray body = readData(u"order-held-response.json"_s);
    duffel::ParseContext c;
    c.now = utc("2026-12-21T18:30:01Z");
    auto lapsed = duffel::parseOrder(body, c);
    QVERIFY(lapsed.ok());
    QCOMPARE(lapsed->status, OrderStatus::Expired);
    c.now = utc("2026-12-21T18:29:00Z");
    QCOMPARE(duffel::parseOrder(body, c)->status, OrderStatus::Held);
}

void TestDuffelParsers::cancellationsAndPayments()
{
    auto quote =
        duffel::parseOrderCancellation(readData(u"order-cancellation-quote-response.json"_s));
    QVERIFY(quote.ok());
    QVERIFY(!quote->isConfirmed());
    QCOMPARE(quote->refund, Money(592000, u"INR"_s));
    auto confirmed =
        duffel::parseOrderCancellation(readData(u"order-cancellation-confirm-response.json"_s));
    QVERIFY(confirmed.ok());
    QVERIFY(confirmed->isConfirmed());
    QCOMPARE(confirmed->confirmedAt, utc("2020-01-17T11:51:43.114Z"));

    auto payment = duffel::parsePayment(readData(u"payment-create-response.json"_s));
    QVERIFY(payment.ok());
    QCOMPARE(payment->id, u"pay_00009hthhsUZ8W4LxQgkjo"_s);
    QCOMPARE(payment->amount, Money(3020, u"GBP"_s));
    QCOMPARE(payment->type, u"balance"_s);
    QCOMPARE(payment->createdAt, utc("2020-04-11T15:48:11.642Z"));
}

void TestDuffelParsers::malformedDocumentsAreErrors_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << u"offers"_s << QByteArray();
    QTest::newRow("truncated") << u"offers"_s << readData(u"offers-list-response.json"_s).left(900);
    QTest::newRow("not an object") << u"offer_request"_s << QByteArray("[1,2]");
    QTest::newRow("no data") << u"offers"_s << QByteArray(R"({"meta":{}})");
    QTest::newRow("offer request without id")
        << u"offer_request"_s << QByteArray(R"({"data":{"offers":[]}})");
    QTest::newRow("priced offer bad total")
        << u"priced"_s << QByteArray(R"({"data":{"id":"off_1"}})");
    QTest::newRow("seat maps not a list") << u"seat_maps"_s << QByteArray(R"({"data":{}})");
    QTest::newRow("order without id")
        << u"order"_s << QByteArray(R"({"data":{"total_amount":"1.00"}})");
    QTest::newRow("cancellation bad refund")
        << u"cancellation"_s
        << QByteArray(R"({"data":{"id":"ore_1","order_id":"ord_1","refund_amount":"1,00",)"
                      R"("refund_currency":"GBP"}})");
}

void TestDuffelParsers::malformedDocumentsAreErrors()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, body);
    const QJsonObject result = parsed(kind, body);
    QVERIFY2(result.contains(u"error"_s), QJsonDocument(result).toJson().constData());
    QVERIFY(!result.value(u"error"_s).toString().isEmpty());
}

QTEST_GUILESS_MAIN(TestDuffelParsers)
#include "test_duffel_parsers.moc"
