// The sandbox supplier as the search and booking code see it: prices for all passengers
// (children 75 %, infants 10 %), in the supplier's currency, rising towards departure and with
// distance and cabin; fare brands with their bags and rules; offer ids that name their flights;
// clear errors for bad ids and requests; and asynchronous answers on the caller's thread that
// never reach a caller that has gone.
#include "test_sandbox_support.h"

#include "backend/suppliers/sandbox/fare_model.h"
#include "backend/suppliers/sandbox/sandbox_search.h"

#include <QPointer>
#include <QSet>
#include <QThreadPool>

using namespace tripdesk;
using namespace tripdesk::sandbox;
using namespace sandboxtest;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(tripdesk::Passengers)

namespace {

qint64 cheapest(const std::vector<FlightOffer> &offers)
{
    qint64 best = std::numeric_limits<qint64>::max();
    for (const FlightOffer &o : offers)
        best = std::min(best, o.price.minorUnits());
    return best;
}

} // namespace

class TestSandboxSupplier : public QObject
{
    Q_OBJECT

    FixedClock m_clock{now()};
    std::unique_ptr<SandboxSupplier> m_supplier;

    std::vector<FlightOffer> run(SandboxSupplier &s, const FlightSearchRequest &request)
    {
        auto result = s.searchNow(request);
        return result.ok() ? result.value() : std::vector<FlightOffer>{};
    }

private Q_SLOTS:
    void initTestCase() { m_supplier = supplier(m_clock); }

    void identity()
    {
        QCOMPARE(m_supplier->id(), u"sandbox"_s);
        QVERIFY(!m_supplier->displayName().isEmpty());
        QCOMPARE(m_supplier->currency(), u"USD"_s);
    }

    void passengersArePriced_data()
    {
        QTest::addColumn<Passengers>("passengers");
        QTest::newRow("two adults") << Passengers{2, 0, 0};
        QTest::newRow("family") << Passengers{2, 1, 1};
        QTest::newRow("adult with two children") << Passengers{1, 2, 0};
        QTest::newRow("three adults, two infants") << Passengers{3, 0, 2};
    }
    void passengersArePriced()
    {
        QFETCH(Passengers, passengers);
        const auto single = run(*m_supplier, oneWay(u"DEL"_s, u"BOM"_s));
        const auto group = run(
            *m_supplier, oneWay(u"DEL"_s, u"BOM"_s, travelDate(), 2, Cabin::Economy, passengers));
        QVERIFY(!single.empty() && !group.empty());
        QHash<QString, qint64> adultPrice;
        for (const FlightOffer &o : single)
            adultPrice.insert(o.id, o.price.minorUnits());
        int compared = 0;
        for (const FlightOffer &o : group) {
            // The id names the booking classes: same id, same fare per person.
            if (!adultPrice.contains(o.id))
                continue;
            const qint64 a = adultPrice.value(o.id);
            const qint64 expected = a * passengers.adults +
                                    (a * 75 + 50) / 100 * passengers.children +
                                    (a * 10 + 50) / 100 * passengers.infants;
            QCOMPARE(o.price.minorUnits(), expected);
            ++compared;
        }
        QVERIFY(compared >= 5);

        // Every offer gives its price per passenger type, fare and taxes apart, adding up.
        for (const FlightOffer &o : group) {
            QVERIFY2(o.faresAddUp(), qPrintable(o.id));
            int counted = 0;
            for (const PassengerFare &f : o.fares) {
                counted += f.count;
                QVERIFY(f.taxes.minorUnits() > 0);
                QVERIFY(f.base.minorUnits() >= 0);
                QCOMPARE(f.base.currency(), o.price.currency());
            }
            QCOMPARE(counted, passengers.total());
            QCOMPARE(o.fares.front().type, PassengerType::Adult);
        }
    }

    void currencies_data()
    {
        QTest::addColumn<QString>("currency");
        QTest::addColumn<qint64>("unit"); // minor units per whole unit
        QTest::addColumn<qint64>("low");  // plausible cheapest Delhi-Mumbai fare, whole units
        QTest::addColumn<qint64>("high");
        QTest::newRow("US dollars") << u"USD"_s << qint64(100) << qint64(40) << qint64(300);
        QTest::newRow("Indian rupees") << u"INR"_s << qint64(100) << qint64(3000) << qint64(25000);
        QTest::newRow("Japanese yen, no minor unit")
            << u"JPY"_s << qint64(1) << qint64(6000) << qint64(45000);
        QTest::newRow("Kuwaiti dinars, three digits")
            << u"KWD"_s << qint64(1000) << qint64(12) << qint64(95);
        QTest::newRow("euros") << u"EUR"_s << qint64(100) << qint64(35) << qint64(280);
    }
    void currencies()
    {
        QFETCH(QString, currency);
        QFETCH(qint64, unit);
        QFETCH(qint64, low);
        QFETCH(qint64, high);
        auto s = supplier(m_clock, {}, currency);
        const auto offers = run(*s, oneWay(u"DEL"_s, u"BOM"_s));
        QVERIFY(!offers.empty());
        for (const FlightOffer &o : offers) {
            QCOMPARE(o.price.currency(), currency);
            QCOMPARE(o.price.minorUnits() % unit, qint64(0)); // whole units, as fares are quoted
        }
        const qint64 best = cheapest(offers) / unit;
        QVERIFY2(best >= low && best <= high, qPrintable(QString::number(best)));
    }

    void pricesRiseAsDepartureNears_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::newRow("DEL-BOM") << u"DEL"_s << u"BOM"_s;
        QTest::newRow("LHR-JFK") << u"LHR"_s << u"JFK"_s;
    }
    void pricesRiseAsDepartureNears()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        FixedClock early(QDateTime(travelDate().addDays(-120), QTime(9, 0), Qt::UTC));
        FixedClock late(QDateTime(travelDate().addDays(-2), QTime(9, 0), Qt::UTC));
        auto a = supplier(early);
        auto b = supplier(late);
        const qint64 planned = cheapest(run(*a, oneWay(from, to)));
        const qint64 lastMinute = cheapest(run(*b, oneWay(from, to)));
        QVERIFY2(lastMinute > planned * 13 / 10,
                 qPrintable(u"%1 vs %2"_s.arg(lastMinute).arg(planned)));
    }

    void pricesFollowDistanceAndCabin()
    {
        const qint64 domestic = cheapest(run(*m_supplier, oneWay(u"DEL"_s, u"BOM"_s)));
        const qint64 atlantic = cheapest(run(*m_supplier, oneWay(u"LHR"_s, u"JFK"_s)));
        const qint64 business = cheapest(
            run(*m_supplier, oneWay(u"LHR"_s, u"JFK"_s, travelDate(), 2, Cabin::Business)));
        const qint64 first =
            cheapest(run(*m_supplier, oneWay(u"LHR"_s, u"JFK"_s, travelDate(), 2, Cabin::First)));
        QVERIFY(atlantic > domestic * 3);
        QVERIFY(business > atlantic * 2);
        QVERIFY(first > business);
    }

    void fareBrandsCarryBagsAndRules()
    {
        QSet<QString> brands;
        for (Cabin cabin : {Cabin::Economy, Cabin::Business}) {
            for (const FlightOffer &o :
                 run(*m_supplier, oneWay(u"LHR"_s, u"JFK"_s, travelDate(), 2, cabin))) {
                brands.insert(o.fareBrand);
                QVERIFY(o.baggage.carryOnBags >= 1);
                if (o.fareBrand == u"Basic") {
                    QCOMPARE(o.baggage.checkedBags, 0);
                    QVERIFY(!o.conditions.refundable);
                    QVERIFY(o.conditions.changeable && o.conditions.changePenalty);
                } else if (o.fareBrand == u"Standard") {
                    QVERIFY(o.baggage.checkedBags >= 1);
                    QVERIFY(o.conditions.refundable && o.conditions.refundPenalty);
                } else {
                    QCOMPARE(o.fareBrand, u"Flex"_s);
                    QVERIFY(o.conditions.refundable && !o.conditions.refundPenalty);
                    QVERIFY(o.conditions.changeable && !o.conditions.changePenalty);
                }
                if (cabin == Cabin::Business)
                    QVERIFY(o.baggage.checkedBags >= 2);
                if (o.conditions.changePenalty)
                    QCOMPARE(o.conditions.changePenalty->currency(), u"USD"_s);
                QCOMPARE(o.expiresAt, now().addSecs(30 * 60));
            }
        }
        QVERIFY(brands.contains(u"Basic"_s));
    }

    void offerIdsNameTheirFlights()
    {
        FlightSearchRequest request = oneWay(u"NYC"_s, u"LON"_s);
        request.slices.push_back({u"LON"_s, u"NYC"_s, travelDate().addDays(7)});
        const auto offers = run(*m_supplier, request);
        QVERIFY(!offers.empty());
        for (std::size_t i = 0; i < std::min<std::size_t>(offers.size(), 20); ++i) {
            const FlightOffer &o = offers[i];
            QVERIFY(o.id.startsWith(u"sbx_"));
            auto again = priceNow(*m_supplier, o.id, request.passengers);
            QVERIFY2(again.ok(), qPrintable(o.id));
            QCOMPARE(flightsOf(again.value()), flightsOf(o));
            QCOMPARE(again->price, o.price);
            QCOMPARE(again->id, o.id);
        }
    }

    void unknownOfferIds_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("empty") << QString();
        QTest::newRow("prefix only") << u"sbx_"_s;
        QTest::newRow("another supplier's") << u"off_0000AgZvYPr0qKBvY1"_s;
        QTest::newRow("no flight number") << u"sbx_AI.DEL.20261224.Y"_s;
        QTest::newRow("unknown airline") << u"sbx_ZZ101.DEL.20261224.Y"_s;
        QTest::newRow("wrong origin") << u"sbx_AI101.XXX.20261224.Y"_s;
        QTest::newRow("impossible date") << u"sbx_AI101.DEL.20261399.Y"_s;
        QTest::newRow("unknown class") << u"sbx_AI101.DEL.20261224.9"_s;
        QTest::newRow("too many flights")
            << u"sbx_"_s + QStringList(5, u"AI101.DEL.20261224.Y"_s).join(u'-');
        QTest::newRow("very long") << u"sbx_"_s + QString(5000, u'A');
    }
    void unknownOfferIds()
    {
        QFETCH(QString, id);
        const auto priced = priceNow(*m_supplier, id, Passengers{});
        QVERIFY(!priced.ok());
        QCOMPARE(priced.error().kind, Error::Kind::NotFound);
        QVERIFY(!priced.error().message.isEmpty());
        const auto sold = sellNow(*m_supplier, id, Passengers{});
        QVERIFY(!sold.ok());
    }

    void badRequestsAreErrors()
    {
        FlightSearchRequest empty;
        QCOMPARE(m_supplier->searchNow(empty).error().kind, Error::Kind::InvalidInput);
        const auto lapsOverflow =
            oneWay(u"DEL"_s, u"BOM"_s, travelDate(), 2, Cabin::Economy, Passengers{1, 0, 2});
        QCOMPARE(m_supplier->searchNow(lapsOverflow).error().kind, Error::Kind::InvalidInput);
    }

    void searchSaysHowManyMoreItFound()
    {
        // A week's round trip pairs every way out with every way back: far more than it sends.
        FlightSearchRequest trip = oneWay(u"DEL"_s, u"BOM"_s);
        trip.slices.push_back({u"BOM"_s, u"DEL"_s, travelDate().addDays(7)});
        QObject owner;
        FlightOffersReply *reply = m_supplier->search(trip, &owner);
        await(reply);
        QVERIFY(!reply->hasError());
        // kMaxOffers results, and their dearer brands on the same flights besides.
        const std::vector<FlightOffer> &offers = reply->value().offers;
        QSet<QString> flights;
        for (const FlightOffer &o : offers)
            flights.insert(flightsOf(o));
        QCOMPARE(int(flights.size()), kMaxOffers);
        QVERIFY(int(offers.size()) > kMaxOffers);
        QVERIFY(reply->value().omitted > 0);

        FlightOffersReply *few = m_supplier->search(oneWay(u"DEL"_s, u"BOM"_s), &owner);
        await(few);
        QVERIFY(!few->hasError() && !few->value().offers.empty());
        QCOMPARE(few->value().omitted, 0);
    }

    void searchAnswersOnTheCallersThread()
    {
        QObject owner;
        FlightOffersReply *reply = m_supplier->search(oneWay(u"LHR"_s, u"JFK"_s), &owner);
        QCOMPARE(reply->parent(), &owner);
        QVERIFY(!reply->isFinished()); // never inside the call
        std::size_t count = 0;
        bool onCallersThread = false;
        QObject::connect(reply, &SupplierReply::finished, &owner, [&] {
            onCallersThread = QThread::currentThread() == owner.thread();
            count = reply->hasError() ? 0 : reply->value().offers.size();
        });
        await(reply);
        QVERIFY(!reply->hasError());
        QVERIFY(onCallersThread);
        QVERIFY(count > 10);
    }

    void noAnswerAfterTheReplyIsGone()
    {
        auto *gone = new QObject;
        QPointer<FlightOffersReply> goneReply =
            m_supplier->search(oneWay(u"NYC"_s, u"LON"_s), gone);
        bool goneCalled = false;
        QObject::connect(goneReply, &SupplierReply::finished, [&] { goneCalled = true; });
        delete gone;
        QVERIFY(goneReply.isNull());
        QObject alive;
        FlightOffersReply *aliveReply = m_supplier->search(oneWay(u"DEL"_s, u"BOM"_s), &alive);
        await(aliveReply);
        // Both searches have finished and posted their answers; deliver whatever is pending.
        QThreadPool::globalInstance()->waitForDone();
        QCoreApplication::sendPostedEvents();
        QVERIFY(!goneCalled);
    }

    // Aborting ends the call at once as cancelled, and the search's answer never arrives.
    void abortEndsTheCall()
    {
        QObject owner;
        FlightOffersReply *reply = m_supplier->search(oneWay(u"DEL"_s, u"BOM"_s), &owner);
        QSignalSpy finished(reply, &SupplierReply::finished);
        reply->abort();
        QCOMPARE(finished.size(), 1);
        QVERIFY(reply->hasError());
        QCOMPARE(reply->error().kind, Error::Kind::Cancelled);
        QThreadPool::globalInstance()->waitForDone();
        QCoreApplication::sendPostedEvents();
        QCOMPARE(finished.size(), 1);
        QVERIFY(reply->hasError());
        reply->abort(); // harmless a second time
        QCOMPARE(finished.size(), 1);
    }

    // Each offer says with the search what one more checked bag costs a passenger for the
    // whole trip: the same as the bag services its price check sells, one per journey.
    void offersStateTheirExtraBagPrice()
    {
        FlightSearchRequest request = oneWay(u"DEL"_s, u"BOM"_s);
        request.slices.push_back({u"BOM"_s, u"DEL"_s, travelDate().addDays(7)});
        const auto offers = run(*m_supplier, request);
        QVERIFY(!offers.empty());
        const FlightOffer &offer = offers.front();
        QVERIFY(offer.extraCheckedBag.has_value());
        QObject owner;
        PricedOfferReply *priced = m_supplier->price(offer.id, request.passengers, &owner);
        await(priced);
        QVERIFY2(!priced->hasError(), qPrintable(priced->error().detail));
        Money perPassenger(0, offer.price.currency());
        for (const OfferService &s : priced->value().services) {
            if (s.kind == OfferService::Kind::CheckedBag &&
                s.passengerIds.contains(offer.passengers.front().id)) {
                perPassenger += s.price;
                QVERIFY(s.maxQuantity >= 2); // "with 2 checked bags" can be bought
            }
        }
        QCOMPARE(*offer.extraCheckedBag, perPassenger);
    }

    // Each itinerary comes again in its dearer brands, dearer and more flexible each time, and a
    // price check of a dearer brand keeps it rather than falling back to the cheapest fare.
    void dearerBrandsSellTheSameFlights()
    {
        FlightSearchRequest request = oneWay(u"DEL"_s, u"BOM"_s);
        request.slices.push_back({u"BOM"_s, u"DEL"_s, travelDate().addDays(7)});
        const auto offers = run(*m_supplier, request);
        const FlightOffer &lead = offers.front();
        QCOMPARE(lead.fareBrand, u"Basic"_s);
        std::vector<const FlightOffer *> same;
        for (const FlightOffer &o : offers) {
            if (&o != &lead && flightsOf(o) == flightsOf(lead))
                same.push_back(&o);
        }
        QCOMPARE(same.size(), size_t(2));
        QCOMPARE(same[0]->fareBrand, u"Standard"_s);
        QCOMPARE(same[1]->fareBrand, u"Flex"_s);
        QVERIFY(lead.price < same[0]->price && same[0]->price < same[1]->price);
        QVERIFY(same[0]->baggage.checkedBags > lead.baggage.checkedBags);

        QObject owner;
        PricedOfferReply *priced = m_supplier->price(same[0]->id, request.passengers, &owner);
        await(priced);
        QVERIFY2(!priced->hasError(), qPrintable(priced->error().detail));
        QCOMPARE(priced->value().offer.fareBrand, u"Standard"_s);
        QCOMPARE(priced->value().offer.id, same[0]->id);
        QCOMPARE(priced->value().offer.price, same[0]->price);
    }

    // Pricing and selling while the world is still being generated wait for it without
    // blocking their caller: the call returns at once and answers later.
    void priceAndSellDoNotBlock()
    {
        const auto offers = run(*m_supplier, oneWay(u"DEL"_s, u"BOM"_s));
        QVERIFY(!offers.empty());
        const QString id = offers.front().id;
        SandboxSupplier fresh(reference(), QString(), SandboxOptions{u"USD"_s, kSeed}, m_clock);
        QObject owner;
        PricedOfferReply *priced = fresh.price(id, Passengers{}, &owner);
        DoneReply *sold = fresh.sell(id, Passengers{}, &owner);
        // Both returned before the world they need was built: they did not wait for it.
        QVERIFY(!fresh.isReady());
        QVERIFY(!priced->isFinished());
        QVERIFY(!sold->isFinished());
        await(priced);
        await(sold);
        QVERIFY2(!priced->hasError(), qPrintable(priced->error().detail));
        QCOMPARE(flightsOf(priced->value().offer), flightsOf(offers.front()));
        QVERIFY2(!sold->hasError(), qPrintable(sold->error().detail));
    }

    void firstSearchWaitsForTheWorldToBeGenerated()
    {
        SandboxSupplier fresh(reference(), QString(), SandboxOptions{u"USD"_s, kSeed}, m_clock);
        QVERIFY(!fresh.isReady());
        QObject owner;
        FlightOffersReply *reply = fresh.search(oneWay(u"DEL"_s, u"BOM"_s), &owner);
        await(reply);
        QVERIFY(!reply->hasError());
        const std::vector<FlightOffer> &offers = reply->value().offers;
        QVERIFY(fresh.isReady());
        // The world it generated is the shared one: same seed, same offers.
        const auto shared = run(*m_supplier, oneWay(u"DEL"_s, u"BOM"_s));
        QCOMPARE(offers.size(), shared.size());
        for (std::size_t i = 0; i < offers.size(); ++i) {
            QCOMPARE(offers[i].id, shared[i].id);
            QCOMPARE(offers[i].price, shared[i].price);
        }
    }

    void prepareGeneratesInTheBackground()
    {
        SandboxSupplier fresh(reference(), QString(), SandboxOptions{u"USD"_s, kSeed + 7}, m_clock);
        fresh.prepare();
        QTRY_VERIFY_WITH_TIMEOUT(fresh.isReady(), 120000);
        QCOMPARE(fresh.schedule()->seed(), kSeed + 7);
    }

    // Days to departure count from today where the flight leaves, not in UTC: at 01:30 in Delhi
    // (20:00 UTC the day before) a flight two days out is priced as two days out.
    void todayIsTheOriginsDate_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QDateTime>("at");        // the moment searched at
        QTest::addColumn<QDateTime>("sameDay");   // the same local date at the origin
        QTest::addColumn<QDateTime>("dayBefore"); // the local day before at the origin
        QTest::addColumn<QDate>("date");
        const auto utc = [](int day, int hour, int minute = 0) {
            return QDateTime(QDate(2026, 12, day), QTime(hour, minute), Qt::UTC);
        };
        // East of UTC, just after local midnight: 2026-12-24 01:30 in Delhi.
        QTest::newRow("DEL, after midnight there")
            << u"DEL"_s << u"BOM"_s << utc(23, 20) << utc(24, 10) << utc(23, 18)
            << QDate(2026, 12, 26);
        // West of UTC, in the evening: 2026-12-23 19:00 in Los Angeles, already the 24th in UTC.
        QTest::newRow("LAX, evening there") << u"LAX"_s << u"SFO"_s << utc(24, 3) << utc(23, 16)
                                            << utc(23, 7, 30) << QDate(2026, 12, 25);
    }
    void todayIsTheOriginsDate()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QDateTime, at);
        QFETCH(QDateTime, sameDay);
        QFETCH(QDateTime, dayBefore);
        QFETCH(QDate, date);
        const auto offersAt = [&](const QDateTime &when) {
            FixedClock clock(when);
            auto s = supplier(clock);
            QStringList out;
            for (const FlightOffer &o : run(*s, oneWay(from, to, date, 0)))
                out << o.id + u' ' + o.price.toDecimalString();
            return out;
        };
        const QStringList offers = offersAt(at);
        QVERIFY(!offers.isEmpty());
        QCOMPARE(offers, offersAt(sameDay));
        QVERIFY(offers != offersAt(dayBefore));

        // The price quoted again at that moment is the one the search showed.
        FixedClock clock(at);
        auto s = supplier(clock);
        const auto found = run(*s, oneWay(from, to, date, 0));
        const auto priced = priceNow(*s, found.front().id, Passengers{});
        QVERIFY(priced.ok());
        QCOMPARE(priced->price.minorUnits(), found.front().price.minorUnits());
    }
};

QTEST_GUILESS_MAIN(TestSandboxSupplier)
#include "test_sandbox_supplier.moc"
