// What the sandbox makes of an order request before it books: the bags it sells with an offer,
// which offers can be held, field errors that name the passenger's or service's field, no
// orders without a data folder, and no order from a call aborted before it ran.
#include "test_sandbox_orders_support.h"

#include "backend/suppliers/sandbox/offer_services.h"

#include <QTemporaryDir>

using namespace tripdesk;
using namespace tripdesk::sandbox;
using namespace sandboxtest;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(std::function<void(tripdesk::OrderRequest &)>)

namespace {
using Mutation = std::function<void(OrderRequest &)>;
} // namespace

class TestSandboxOrderRequests : public QObject
{
    Q_OBJECT

    FixedClock m_clock{now()};

private Q_SLOTS:
    void init() { m_clock.set(now()); }

    void offersLeavingSoonCannotBeHeld()
    {
        QTemporaryDir dir;
        m_clock.set(QDateTime(travelDate().addDays(-2), QTime(9, 0), Qt::UTC));
        auto s = supplier(m_clock, dir.path());
        const FlightOffer offer = offerWithSeatsLeft(*s, 2, 9);
        auto priced = pricedNow(*s, offer.id, Passengers{});
        QVERIFY(priced.ok());
        QVERIFY(!priced->holdable);
        QVERIFY(!priced->payBy.isValid());
        auto held = createNow(*s, request(*priced, Passengers{}, OrderRequest::Kind::Hold));
        QVERIFY(!held.ok());
        QCOMPARE(held.error().field, u"kind"_s);
        QVERIFY2(held.error().message.contains(u"Pay for it now"_s),
                 qPrintable(held.error().message));
        QCOMPARE(pricedNow(*s, offer.id, Passengers{})->offer.seatsLeft, offer.seatsLeft);
    }

    void holdRules_data()
    {
        QTest::addColumn<int>("hoursToDeparture");
        QTest::addColumn<int>("payByHours"); // -1: cannot be held
        QTest::newRow("a month out") << 30 * 24 << 24;
        QTest::newRow("just over three days") << 72 * 1 + 1 << 24;
        QTest::newRow("exactly three days") << 72 << -1;
        QTest::newRow("tomorrow") << 20 << -1;
    }
    void holdRules()
    {
        QFETCH(int, hoursToDeparture);
        QFETCH(int, payByHours);
        const QDateTime at = now();
        const QDateTime payBy = holdPayBy(at.addSecs(qint64(hoursToDeparture) * 3600), at);
        if (payByHours < 0) {
            QVERIFY(!payBy.isValid());
        } else {
            QCOMPARE(payBy, at.addSecs(qint64(payByHours) * 3600));
            // Never later than two days before departure.
            QVERIFY(payBy <= at.addSecs(qint64(hoursToDeparture - 48) * 3600));
        }
    }

    void bagsAreSoldPerPassengerAndJourney()
    {
        QTemporaryDir dir;
        auto s = supplier(m_clock, dir.path());
        FlightSearchRequest trip = oneWay(u"DEL"_s, u"BOM"_s);
        trip.slices.push_back({u"BOM"_s, u"DEL"_s, travelDate().addDays(7)});
        trip.passengers = Passengers{1, 1, 1};
        const auto offers = s->searchNow(trip);
        QVERIFY(offers.ok() && !offers->empty());
        const FlightOffer &offer = offers->front();
        auto priced = pricedNow(*s, offer.id, trip.passengers);
        QVERIFY(priced.ok());
        // Two passengers with seats, two journeys; the infant travels with the adult's bags.
        QCOMPARE(int(priced->services.size()), 4);
        for (const OfferService &bag : priced->services) {
            QCOMPARE(bag.kind, OfferService::Kind::CheckedBag);
            QCOMPARE(bag.passengerIds.size(), 1);
            QVERIFY(bag.passengerIds.front() != u"pas_3");
            QVERIFY(bag.price.minorUnits() > 0);
            QCOMPARE(bag.price.currency(), u"USD"_s);
            QCOMPARE(bag.maxQuantity, 2);
            QCOMPARE(bag.weightKg, 23);
        }
        QCOMPARE(priced->services[0].segmentIds.size(),
                 qsizetype(offer.itineraries[0].segments.size()));
        QCOMPARE(priced->services[0].segmentIds.front(), offer.itineraries[0].segments[0].id);
        QCOMPARE(priced->services[2].segmentIds.front(), offer.itineraries[1].segments[0].id);
        // Priced by the route and cabin, the same every time.
        QCOMPARE(priced->services[0].price, priced->services[1].price);
        QCOMPARE(pricedNow(*s, offer.id, trip.passengers)->services[0].price,
                 priced->services[0].price);
        // A long-haul bag costs more.
        const auto far = s->searchNow(oneWay(u"LHR"_s, u"JFK"_s));
        QVERIFY(far.ok() && !far->empty());
        auto farPriced = pricedNow(*s, far->front().id, Passengers{});
        QVERIFY(farPriced->services.front().price.minorUnits() >
                priced->services.front().price.minorUnits());

        // Ordered, the bag is on the order and in its total.
        const OfferService &bag = priced->services[1];
        auto order = createNow(*s, request(*priced, trip.passengers, OrderRequest::Kind::Instant,
                                           {SelectedService{bag.id, 1, QString(), QString()}}));
        QVERIFY2(order.ok(), qPrintable(order.ok() ? QString() : order.error().message));
        QCOMPARE(order->total, priced->offer.price + bag.price);
        QCOMPARE(int(order->services.size()), 1);
        QCOMPARE(order->services[0].id, bag.id);
        QCOMPARE(order->services[0].kind, u"baggage"_s);
        QCOMPARE(order->services[0].total, bag.price);
        QCOMPARE(order->services[0].passengerIds, bag.passengerIds);
    }

    void fieldErrorsNameTheField_data()
    {
        QTest::addColumn<Mutation>("mutate");
        QTest::addColumn<QString>("field");
        QTest::newRow("no given name")
            << Mutation([](OrderRequest &r) { r.passengers[1].givenName = u"  "_s; })
            << u"passengers[1].givenName"_s;
        QTest::newRow("no family name")
            << Mutation([](OrderRequest &r) { r.passengers[0].familyName.clear(); })
            << u"passengers[0].familyName"_s;
        QTest::newRow("no date of birth")
            << Mutation([](OrderRequest &r) { r.passengers[2].bornOn = QDate(); })
            << u"passengers[2].bornOn"_s;
        QTest::newRow("a child too old")
            << Mutation([](OrderRequest &r) { r.passengers[2].bornOn = QDate(2010, 1, 1); })
            << u"passengers[2].bornOn"_s;
        QTest::newRow("an adult too young")
            << Mutation([](OrderRequest &r) { r.passengers[1].bornOn = QDate(2020, 1, 1); })
            << u"passengers[1].bornOn"_s;
        QTest::newRow("an id the offer never gave")
            << Mutation([](OrderRequest &r) { r.passengers[1].id = u"pas_9"_s; })
            << u"passengers[1].id"_s;
        QTest::newRow("the id of a passenger of another type")
            << Mutation([](OrderRequest &r) { r.passengers[2].id = u"pas_1"_s; })
            << u"passengers[2].type"_s;
        QTest::newRow("the same id twice") << Mutation([](OrderRequest &r) {
            r.passengers[0].id = u"pas_2"_s;
            r.passengers[1].id = u"pas_2"_s;
        }) << u"passengers[1].id"_s;
        QTest::newRow("no adult") << Mutation([](OrderRequest &r) {
            r.passengers.erase(r.passengers.begin(), r.passengers.begin() + 2);
        }) << u"passengers"_s;
        QTest::newRow("more infants than adults") << Mutation([](OrderRequest &r) {
            r.passengers.push_back(
                person(PassengerType::Infant, u"A"_s, u"B"_s, QDate(2026, 1, 1)));
            r.passengers.push_back(
                person(PassengerType::Infant, u"C"_s, u"D"_s, QDate(2026, 1, 1)));
            r.passengers.push_back(
                person(PassengerType::Infant, u"E"_s, u"F"_s, QDate(2026, 1, 1)));
        }) << u"passengers"_s;
        QTest::newRow("a service not sold") << Mutation([](OrderRequest &r) {
            r.services.push_back({u"lounge.1"_s, 1, QString(), QString()});
        }) << u"services[0].id"_s;
        QTest::newRow("more bags than sold") << Mutation([](OrderRequest &r) {
            r.services.push_back({u"bag.0.pas_1"_s, 3, QString(), QString()});
        }) << u"services[0].quantity"_s;
        QTest::newRow("a bag for someone not on the order") << Mutation([](OrderRequest &r) {
            r.services.push_back({u"bag.0.pas_7"_s, 1, QString(), QString()});
        }) << u"services[0].id"_s;
        QTest::newRow("a child on a lap")
            << Mutation([](OrderRequest &r) { r.passengers[0].infantPassengerId = u"pas_3"_s; })
            << u"passengers[0].infantPassengerId"_s;
        QTest::newRow("an unknown offer")
            << Mutation([](OrderRequest &r) { r.offerId = u"sbx_ZZ1.DEL.20261224.Y"_s; })
            << u"offerId"_s;
    }
    void fieldErrorsNameTheField()
    {
        QFETCH(Mutation, mutate);
        QFETCH(QString, field);
        QTemporaryDir dir;
        auto s = supplier(m_clock, dir.path());
        const FlightOffer offer = offerWithSeatsLeft(*s, 3, 8);
        const Passengers mix{2, 1, 0}; // adult, adult, child
        auto priced = pricedNow(*s, offer.id, mix);
        QVERIFY(priced.ok());
        OrderRequest r = request(*priced, mix);
        {
            // Unchanged, the request books (in a folder of its own).
            QTemporaryDir other;
            auto check = supplier(m_clock, other.path());
            QVERIFY(createNow(*check, r).ok());
        }
        mutate(r);
        auto order = createNow(*s, r);
        QVERIFY(!order.ok());
        QVERIFY2(order.error().field == field,
                 qPrintable(order.error().field + u": "_s + order.error().message));
        QCOMPARE(order.error().kind == Error::Kind::InvalidInput ||
                     order.error().kind == Error::Kind::NotFound,
                 true);
        QVERIFY(!order.error().message.isEmpty());
        QCOMPARE(seatsLeft(*s, offer.id), offer.seatsLeft);
    }

    void noDataFolderMeansNoOrders()
    {
        auto s = supplier(m_clock);
        const FlightOffer offer = offerWithSeatsLeft(*s, 3, 8);
        auto priced = pricedNow(*s, offer.id, Passengers{});
        QVERIFY(priced.ok());
        QVERIFY(!priced->services.empty());
        auto order = createNow(*s, request(*priced, Passengers{}));
        QVERIFY(!order.ok());
        QCOMPARE(order.error().kind, Error::Kind::Unavailable);
        QVERIFY(order.error().message.contains(u"data folder"_s));
        QVERIFY(seatMapsNow(*s, offer.id).ok()); // seat maps need no file
    }

    void anAbortedOrderIsNeverMade()
    {
        QTemporaryDir dir;
        auto s = supplier(m_clock, dir.path());
        const FlightOffer offer = offerWithSeatsLeft(*s, 3, 8);
        auto priced = pricedNow(*s, offer.id, Passengers{});
        QObject owner;
        OrderReply *reply = s->createOrder(
            request(*priced, Passengers{}, OrderRequest::Kind::Instant, {}, u"gone"_s), &owner);
        reply->abort();
        QCOMPARE(reply->error().kind, Error::Kind::Cancelled);
        // Whatever was queued for it has run by the time the next call answers.
        QCOMPARE(findNow(*s, u"gone"_s).error().kind, Error::Kind::NotFound);
        QCOMPARE(seatsLeft(*s, offer.id), offer.seatsLeft);
    }
};

QTEST_GUILESS_MAIN(TestSandboxOrderRequests)
#include "test_sandbox_order_requests.moc"
