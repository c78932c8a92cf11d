// The aggregator as a user of the results list notices it: offers from every supplier, shown as
// they arrive, one row per set of flights at the cheaper price, a status per supplier (ok,
// failed, timed out, cancelled), and a search that can be stopped or closed at any moment.

#include "backend/search/search_aggregator.h"
#include "tests/fakes/fake_flight_supplier.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tripdesk;

namespace {

FlightSearchRequest delBom()
{
    FlightSearchRequest r;
    r.slices.push_back({u"DEL"_s, u"BOM"_s, QDate(2026, 12, 24)});
    return r;
}

Itinerary direct(const QString &flight, const QString &dep, const QString &arr)
{
    return Itinerary{{makeSegment(flight, u"DEL"_s, u"BOM"_s, dep, arr)}};
}

FlightOffer offer(const QString &id, const QString &supplier, qint64 price, const QString &flight,
                  const QString &dep = u"2026-12-24T04:30:00Z"_s,
                  const QString &arr = u"2026-12-24T06:40:00Z"_s)
{
    return makeOffer(id, supplier, price, u"INR"_s, {direct(flight, dep, arr)});
}

const SupplierStatus &statusOf(const SearchReply *reply, const QString &supplier)
{
    for (const SupplierStatus &s : reply->statuses()) {
        if (s.supplier == supplier)
            return s;
    }
    qFatal("no status for supplier");
}

QStringList offerIds(const SearchReply *reply)
{
    QStringList out;
    for (const FlightOffer &o : reply->offers())
        out << o.supplier + u':' + o.id;
    return out;
}

} // namespace

class TestSearchAggregator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void statusNames()
    {
        QCOMPARE(supplierStateToString(SupplierStatus::State::Pending), u"pending"_s);
        QCOMPARE(supplierStateToString(SupplierStatus::State::Done), u"ok"_s);
        QCOMPARE(supplierStateToString(SupplierStatus::State::Failed), u"failed"_s);
        QCOMPARE(supplierStateToString(SupplierStatus::State::TimedOut), u"timeout"_s);
        QCOMPARE(supplierStateToString(SupplierStatus::State::Cancelled), u"cancelled"_s);
    }

    // Fast, slow, failing and hung suppliers: results stream in, the failures are reported, and
    // the search ends once every supplier has answered or run out of time.
    void mixedSuppliers()
    {
        FakeFlightSupplier fast(u"fast"_s, u"Fast"_s);
        fast.setOffers({offer(u"f1"_s, u"fast"_s, 10000, u"AI101"_s),
                        offer(u"f2"_s, u"fast"_s, 12000, u"AI103"_s)});
        FakeFlightSupplier slow(u"slow"_s, u"Slow"_s);
        slow.setBehaviour(FakeFlightSupplier::Behaviour::Manual);
        slow.setOffers({offer(u"s1"_s, u"slow"_s, 9000, u"UK955"_s)});
        FakeFlightSupplier failing(u"failing"_s, u"Failing"_s);
        failing.setBehaviour(FakeFlightSupplier::Behaviour::Fail);
        FakeFlightSupplier hung(u"hung"_s, u"Hung"_s);
        hung.setBehaviour(FakeFlightSupplier::Behaviour::Never);

        FixedClock clock(QDateTime(QDate(2026, 11, 26), QTime(9, 0), QTimeZone::utc()));
        SearchAggregator aggregator({&fast, &slow, &failing, &hung}, clock, 400);
        QObject owner;
        SearchReply *reply = aggregator.search(delBom(), &owner);
        QCOMPARE(reply->parent(), &owner);
        QCOMPARE(reply->startedAt(), clock.nowUtc());
        QCOMPARE(reply->statuses().size(), size_t(4));
        for (const SupplierStatus &s : reply->statuses())
            QCOMPARE(s.state, SupplierStatus::State::Pending);

        QSignalSpy appended(reply, &SearchReply::offersAppended);
        QSignalSpy supplierDone(reply, &SearchReply::supplierFinished);
        QSignalSpy finished(reply, &SearchReply::finished);

        // The fast supplier's offers show before the slow one has answered.
        QVERIFY(appended.wait());
        QCOMPARE(appended.first(), (QVariantList{0, 2}));
        QCOMPARE(offerIds(reply), (QStringList{u"fast:f1"_s, u"fast:f2"_s}));
        QCOMPARE(statusOf(reply, u"slow"_s).state, SupplierStatus::State::Pending);
        QVERIFY(!reply->isFinished());

        // The slow one answers; the hung one then runs out of time and the search ends.
        slow.releasePending();
        QCOMPARE(appended.size(), 2);
        QCOMPARE(statusOf(reply, u"slow"_s).state, SupplierStatus::State::Done);
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.size(), 1);
        QVERIFY(reply->isFinished());
        QCOMPARE(appended.size(), 2);
        QCOMPARE(appended.at(1), (QVariantList{2, 1}));
        QCOMPARE(offerIds(reply), (QStringList{u"fast:f1"_s, u"fast:f2"_s, u"slow:s1"_s}));
        QCOMPARE(supplierDone.size(), 4);

        const SupplierStatus &f = statusOf(reply, u"fast"_s);
        QCOMPARE(f.state, SupplierStatus::State::Done);
        QCOMPARE(f.offers, 2);
        QCOMPARE(f.displayName, u"Fast"_s);
        const SupplierStatus &s = statusOf(reply, u"slow"_s);
        QCOMPARE(s.state, SupplierStatus::State::Done);
        QCOMPARE(s.offers, 1);
        QVERIFY(s.elapsedMs >= f.elapsedMs);
        const SupplierStatus &x = statusOf(reply, u"failing"_s);
        QCOMPARE(x.state, SupplierStatus::State::Failed);
        QCOMPARE(x.offers, 0);
        QCOMPARE(x.errorMessage, u"The fake supplier is down."_s);
        const SupplierStatus &h = statusOf(reply, u"hung"_s);
        QCOMPARE(h.state, SupplierStatus::State::TimedOut);
        QVERIFY(h.errorMessage.contains(u"Hung"_s));
        // The timeout reached the hung supplier's call; the others finished by themselves.
        QCOMPARE(hung.abortedCalls(), 1);
        QCOMPARE(fast.abortedCalls() + slow.abortedCalls() + failing.abortedCalls(), 0);

        // Every supplier saw the same request.
        for (const FakeFlightSupplier *sup : {&fast, &slow, &failing, &hung}) {
            QCOMPARE(sup->requests().size(), size_t(1));
            QCOMPARE(sup->requests().front(), delBom());
        }
    }

    // The same flights sold by two suppliers show once, at the cheaper price, whichever answers
    // first; the counts per supplier follow.
    void sameFlightsBecomeOneResultWithOptions_data()
    {
        QTest::addColumn<int>("firstPrice");
        QTest::addColumn<int>("secondPrice");
        QTest::addColumn<QString>("winner");
        QTest::newRow("cheaper arrives second") << 12000 << 10000 << u"second"_s;
        QTest::newRow("cheaper arrives first") << 10000 << 12000 << u"first"_s;
        // Equal prices and terms: the supplier registered first keeps it, so the result does not
        // depend on timing.
        QTest::newRow("equal price") << 10000 << 10000 << u"first"_s;
    }
    void sameFlightsBecomeOneResultWithOptions()
    {
        QFETCH(int, firstPrice);
        QFETCH(int, secondPrice);
        QFETCH(QString, winner);

        FakeFlightSupplier first(u"first"_s, u"First"_s);
        first.setOffers({offer(u"a"_s, u"first"_s, firstPrice, u"AI101"_s),
                         offer(u"b"_s, u"first"_s, 15000, u"AI103"_s)});
        FakeFlightSupplier second(u"second"_s, u"Second"_s);
        second.setBehaviour(FakeFlightSupplier::Behaviour::Manual);
        second.setOffers({offer(u"x"_s, u"second"_s, secondPrice, u"AI101"_s),
                          offer(u"y"_s, u"second"_s, 8000, u"6E2001"_s)});
        FixedClock clock(QDateTime(QDate(2026, 11, 26), QTime(9, 0), QTimeZone::utc()));
        SearchAggregator aggregator({&first, &second}, clock, 5000);
        QObject owner;
        SearchReply *reply = aggregator.search(delBom(), &owner);
        QSignalSpy replacedSpy(reply, &SearchReply::offerChanged);
        QSignalSpy appended(reply, &SearchReply::offersAppended);
        QSignalSpy finished(reply, &SearchReply::finished);
        QVERIFY(appended.wait());
        second.releasePending();
        QCOMPARE(finished.size(), 1);

        QCOMPARE(reply->offers().size(), size_t(3)); // AI101 once, AI103, 6E2001
        const FlightOffer &ai101 = reply->offers()[0];
        QCOMPARE(ai101.supplier, winner);
        QCOMPARE(ai101.price.minorUnits(), qint64(std::min(firstPrice, secondPrice)));
        // The other supplier's offer for the same flights is kept as a fare option, not lost.
        QCOMPARE(ai101.options.size(), size_t(1));
        const FlightOffer &other = ai101.options.front();
        QCOMPARE(other.supplier, winner == u"first"_s ? u"second"_s : u"first"_s);
        QCOMPARE(other.price.minorUnits(), qint64(std::max(firstPrice, secondPrice)));
        QVERIFY(other.options.empty());
        // The result changed whether or not the new option leads it.
        QCOMPARE(replacedSpy.size(), 1);
        QCOMPARE(replacedSpy.first().first().toInt(), 0);
        // The second supplier's batch appends only the new flights.
        QCOMPARE(appended.last(), (QVariantList{2, 1}));
        QCOMPARE(statusOf(reply, u"first"_s).offers, 2);
        QCOMPARE(statusOf(reply, u"second"_s).offers, 2);
    }

    // Who keeps a set of flights two suppliers sell: the cheaper in the agency's currency, then
    // the better terms for the traveller, then the supplier registered first, never the ids.
    void duplicateTieBreaks_data()
    {
        QTest::addColumn<qint64>("zuluPrice"); // registered first
        QTest::addColumn<QString>("zuluCurrency");
        QTest::addColumn<bool>("zuluRefundable");
        QTest::addColumn<qint64>("alphaPrice");
        QTest::addColumn<QString>("alphaCurrency");
        QTest::addColumn<bool>("alphaRefundable");
        QTest::addColumn<bool>("withRates");
        QTest::addColumn<QString>("winner");
        QTest::newRow("same terms: the first registered")
            << qint64(10000) << u"INR"_s << false << qint64(10000) << u"INR"_s << false << false
            << u"zulu"_s;
        QTest::newRow("same price: the refundable one")
            << qint64(10000) << u"INR"_s << false << qint64(10000) << u"INR"_s << true << false
            << u"alpha"_s;
        // 1.00 USD is 83.25 INR: 80.00 INR is cheaper.
        QTest::newRow("cheaper once converted") << qint64(100) << u"USD"_s << false << qint64(8000)
                                                << u"INR"_s << false << true << u"alpha"_s;
        QTest::newRow("dearer once converted") << qint64(100) << u"USD"_s << false << qint64(9000)
                                               << u"INR"_s << false << true << u"zulu"_s;
        // Without a rate the prices are not compared as numbers: the agency's currency wins.
        QTest::newRow("no rate: the agency's currency")
            << qint64(100) << u"USD"_s << false << qint64(900000) << u"INR"_s << false << false
            << u"alpha"_s;
    }
    void duplicateTieBreaks()
    {
        QFETCH(qint64, zuluPrice);
        QFETCH(QString, zuluCurrency);
        QFETCH(bool, zuluRefundable);
        QFETCH(qint64, alphaPrice);
        QFETCH(QString, alphaCurrency);
        QFETCH(bool, alphaRefundable);
        QFETCH(bool, withRates);
        QFETCH(QString, winner);
        const auto make = [](const QString &supplier, qint64 price, const QString &currency,
                             bool refundable) {
            FlightOffer o = makeOffer(
                u"o"_s, supplier, price, currency,
                {direct(u"AI101"_s, u"2026-12-24T04:30:00Z"_s, u"2026-12-24T06:40:00Z"_s)});
            o.conditions.refundable = refundable;
            return o;
        };
        FakeFlightSupplier zulu(u"zulu"_s, u"Zulu"_s);
        zulu.setOffers({make(u"zulu"_s, zuluPrice, zuluCurrency, zuluRefundable)});
        FakeFlightSupplier alpha(u"alpha"_s, u"Alpha"_s);
        alpha.setOffers({make(u"alpha"_s, alphaPrice, alphaCurrency, alphaRefundable)});
        FixedClock clock(QDateTime(QDate(2026, 11, 26), QTime(9, 0), QTimeZone::utc()));
        // Either order of answers gives the same winner.
        for (bool alphaFirst : {false, true}) {
            (alphaFirst ? zulu : alpha).setDelayMs(30);
            (alphaFirst ? alpha : zulu).setDelayMs(0);
            SearchAggregator aggregator({&zulu, &alpha}, clock, 5000);
            auto rates = std::make_shared<ExchangeRates>();
            QVERIFY(rates->setRate(u"USD"_s, u"INR"_s, u"83.25").ok());
            aggregator.setPricing(u"INR"_s, withRates ? rates : nullptr);
            QObject owner;
            SearchReply *reply = aggregator.search(delBom(), &owner);
            QSignalSpy finished(reply, &SearchReply::finished);
            QVERIFY(finished.wait(5000));
            QCOMPARE(reply->offers().size(), size_t(1));
            QCOMPARE(reply->offers().front().supplier, winner);
        }
    }

    void duplicatesWithinOneAnswer()
    {
        FakeFlightSupplier one(u"one"_s, u"One"_s);
        one.setOffers({offer(u"dear"_s, u"one"_s, 12000, u"AI101"_s),
                       offer(u"other"_s, u"one"_s, 11000, u"AI103"_s),
                       offer(u"cheap"_s, u"one"_s, 10000, u"AI101"_s)});
        FixedClock clock(QDateTime(QDate(2026, 11, 26), QTime(9, 0), QTimeZone::utc()));
        SearchAggregator aggregator({&one}, clock, 5000);
        QObject owner;
        SearchReply *reply = aggregator.search(delBom(), &owner);
        QSignalSpy replacedSpy(reply, &SearchReply::offerChanged);
        QSignalSpy appended(reply, &SearchReply::offersAppended);
        QSignalSpy finished(reply, &SearchReply::finished);
        QVERIFY(finished.wait(5000));
        QCOMPARE(offerIds(reply), (QStringList{u"one:cheap"_s, u"one:other"_s}));
        // Two fare brands of the same flights: one result, the dearer as its option.
        QCOMPARE(reply->offers().front().options.size(), size_t(1));
        QCOMPARE(reply->offers().front().options.front().id, u"dear"_s);
        // Rows not yet announced are not reported as changed.
        QCOMPARE(replacedSpy.size(), 0);
        QCOMPARE(appended.size(), 1);
        QCOMPARE(appended.first(), (QVariantList{0, 2}));
        QCOMPARE(statusOf(reply, u"one"_s).offers, 3);
    }

    // Offers that would break the results list (no itinerary for the slice asked, an arrival
    // before the departure) are dropped, and the rest still show.
    void malformedOffersAreDropped()
    {
        FakeFlightSupplier sloppy(u"sloppy"_s, u"Sloppy"_s);
        FlightOffer noItinerary = makeOffer(u"n"_s, u"sloppy"_s, 100, u"INR"_s, {});
        FlightOffer backwards = offer(u"b"_s, u"sloppy"_s, 100, u"AI1"_s, u"2026-12-24T08:00:00Z"_s,
                                      u"2026-12-24T06:00:00Z"_s);
        FlightOffer noPrice = offer(u"p"_s, u"sloppy"_s, 100, u"AI2"_s);
        noPrice.price = Money();
        FlightOffer good = offer(u"g"_s, QString(), 100, u"AI3"_s); // supplier id filled in
        sloppy.setOffers({noItinerary, backwards, noPrice, good});
        FixedClock clock(QDateTime(QDate(2026, 11, 26), QTime(9, 0), QTimeZone::utc()));
        SearchAggregator aggregator({&sloppy}, clock, 5000);
        QObject owner;
        SearchReply *reply = aggregator.search(delBom(), &owner);
        QSignalSpy finished(reply, &SearchReply::finished);
        QVERIFY(finished.wait(5000));
        QCOMPARE(offerIds(reply), QStringList{u"sloppy:g"_s});
        QCOMPARE(statusOf(reply, u"sloppy"_s).state, SupplierStatus::State::Done);
        // The status says how many were dropped, so the user can be told.
        QCOMPARE(statusOf(reply, u"sloppy"_s).malformed, 3);
        QCOMPARE(statusOf(reply, u"sloppy"_s).offers, 1);
    }

    // A supplier whose breaker opened after repeated failures is named with it, so the user
    // can tell "resting until 10:05" from "slow".
    void statusCarriesTheBreakersState()
    {
        FakeFlightSupplier down(u"down"_s, u"Down"_s);
        down.setBehaviour(FakeFlightSupplier::Behaviour::Fail);
        const QDateTime retry(QDate(2026, 11, 26), QTime(9, 5), QTimeZone::utc());
        down.setHealth({SupplierHealth::Breaker::Open, retry, u"Down is not answering"_s});
        FakeFlightSupplier up(u"up"_s, u"Up"_s);
        up.setOffers({offer(u"a"_s, u"up"_s, 100, u"AI1"_s)});
        FixedClock clock(QDateTime(QDate(2026, 11, 26), QTime(9, 0), QTimeZone::utc()));
        SearchAggregator aggregator({&down, &up}, clock, 5000);
        QObject owner;
        SearchReply *reply = aggregator.search(delBom(), &owner);
        QSignalSpy finished(reply, &SearchReply::finished);
        QVERIFY(finished.wait(5000));
        QCOMPARE(statusOf(reply, u"down"_s).state, SupplierStatus::State::Failed);
        QCOMPARE(statusOf(reply, u"down"_s).health.breaker, SupplierHealth::Breaker::Open);
        QCOMPARE(statusOf(reply, u"down"_s).health.retryAt, retry);
        QCOMPARE(statusOf(reply, u"up"_s).health.breaker, SupplierHealth::Breaker::Closed);
        QCOMPARE(offerIds(reply), QStringList{u"up:a"_s});
    }

    // --supplier: only the suppliers named are asked, whatever the case they are written in.
    void onlyTheSuppliersAsked()
    {
        FakeFlightSupplier one(u"one"_s, u"One"_s);
        one.setOffers({offer(u"a"_s, u"one"_s, 100, u"AI1"_s)});
        FakeFlightSupplier two(u"two"_s, u"Two"_s);
        two.setOffers({offer(u"b"_s, u"two"_s, 100, u"AI2"_s)});
        FixedClock clock(QDateTime(QDate(2026, 11, 26), QTime(9, 0), QTimeZone::utc()));
        SearchAggregator aggregator({&one, &two}, clock, 5000);
        QObject owner;
        SearchReply *reply = aggregator.search(delBom(), &owner, {u" TWO"_s});
        QSignalSpy finished(reply, &SearchReply::finished);
        QVERIFY(finished.wait(5000));
        QCOMPARE(reply->statuses().size(), size_t(1));
        QCOMPARE(offerIds(reply), QStringList{u"two:b"_s});
        QCOMPARE(one.requests().size(), size_t(0));
    }

    // A supplier that answers from inside search() still reaches listeners connected after
    // search() returned.
    void synchronousSupplier()
    {
        FakeFlightSupplier sync(u"sync"_s, u"Sync"_s);
        sync.setBehaviour(FakeFlightSupplier::Behaviour::Synchronous);
        sync.setOffers({offer(u"a"_s, u"sync"_s, 100, u"AI1"_s)});
        FixedClock clock(QDateTime(QDate(2026, 11, 26), QTime(9, 0), QTimeZone::utc()));
        SearchAggregator aggregator({&sync}, clock, 5000);
        QObject owner;
        SearchReply *reply = aggregator.search(delBom(), &owner);
        QSignalSpy appended(reply, &SearchReply::offersAppended);
        QSignalSpy finished(reply, &SearchReply::finished);
        QVERIFY(finished.wait(5000));
        QCOMPARE(appended.size(), 1);
        QCOMPARE(reply->offers().size(), size_t(1));
    }

    void noSuppliersFinishesEmpty()
    {
        FixedClock clock(QDateTime(QDate(2026, 11, 26), QTime(9, 0), QTimeZone::utc()));
        SearchAggregator aggregator({}, clock, 5000);
        QObject owner;
        SearchReply *reply = aggregator.search(delBom(), &owner);
        QSignalSpy finished(reply, &SearchReply::finished);
        QVERIFY(finished.wait(5000));
        QVERIFY(reply->offers().empty());
        QVERIFY(reply->statuses().empty());
    }

    // Stop: what arrived stays, pending suppliers are cancelled, and late answers are ignored.
    void abortStopsWaiting()
    {
        FakeFlightSupplier fast(u"fast"_s, u"Fast"_s);
        fast.setOffers({offer(u"f1"_s, u"fast"_s, 10000, u"AI101"_s)});
        FakeFlightSupplier late(u"late"_s, u"Late"_s);
        late.setBehaviour(FakeFlightSupplier::Behaviour::Manual);
        late.setOffers({offer(u"l1"_s, u"late"_s, 9000, u"UK955"_s)});
        FixedClock clock(QDateTime(QDate(2026, 11, 26), QTime(9, 0), QTimeZone::utc()));
        SearchAggregator aggregator({&fast, &late}, clock, 5000);
        QObject owner;
        SearchReply *reply = aggregator.search(delBom(), &owner);
        QSignalSpy appended(reply, &SearchReply::offersAppended);
        QSignalSpy finished(reply, &SearchReply::finished);
        QVERIFY(appended.wait());

        reply->abort();
        QCOMPARE(finished.size(), 1);
        QVERIFY(reply->isFinished());
        // The stop reached the supplier still working, not the one that had answered.
        QCOMPARE(late.abortedCalls(), 1);
        QCOMPARE(fast.abortedCalls(), 0);
        QCOMPARE(statusOf(reply, u"fast"_s).state, SupplierStatus::State::Done);
        QCOMPARE(statusOf(reply, u"late"_s).state, SupplierStatus::State::Cancelled);
        reply->abort(); // a second stop changes nothing
        QCOMPARE(finished.size(), 1);

        // The late supplier's answer comes and goes unseen.
        late.releasePending();
        QCOMPARE(offerIds(reply), QStringList{u"fast:f1"_s});
        QCOMPARE(finished.size(), 1);
        QCOMPARE(statusOf(reply, u"late"_s).state, SupplierStatus::State::Cancelled);
    }

    void abortBeforeTheEventLoopRuns()
    {
        FakeFlightSupplier sup(u"sup"_s, u"Sup"_s);
        sup.setOffers({offer(u"a"_s, u"sup"_s, 100, u"AI1"_s)});
        FixedClock clock(QDateTime(QDate(2026, 11, 26), QTime(9, 0), QTimeZone::utc()));
        SearchAggregator aggregator({&sup}, clock, 5000);
        QObject owner;
        SearchReply *reply = aggregator.search(delBom(), &owner);
        QSignalSpy finished(reply, &SearchReply::finished);
        reply->abort();
        QCOMPARE(finished.size(), 1);
        QTest::qWait(50);
        QVERIFY(sup.requests().empty()); // never asked
        QCOMPARE(finished.size(), 1);
        QCOMPARE(statusOf(reply, u"sup"_s).state, SupplierStatus::State::Cancelled);
    }

    // Closing the results (deleting the reply or its owner) while suppliers are still working is
    // harmless: their answers go nowhere.
    void replyDeletedMidSearch()
    {
        FakeFlightSupplier fast(u"fast"_s, u"Fast"_s);
        fast.setOffers({offer(u"f1"_s, u"fast"_s, 10000, u"AI101"_s)});
        FakeFlightSupplier slow(u"slow"_s, u"Slow"_s);
        slow.setBehaviour(FakeFlightSupplier::Behaviour::Manual);
        slow.setOffers({offer(u"s1"_s, u"slow"_s, 9000, u"UK955"_s)});
        FakeFlightSupplier late(u"late"_s, u"Late"_s);
        late.setDelayMs(100);
        FakeFlightSupplier hung(u"hung"_s, u"Hung"_s);
        hung.setBehaviour(FakeFlightSupplier::Behaviour::Never);
        FixedClock clock(QDateTime(QDate(2026, 11, 26), QTime(9, 0), QTimeZone::utc()));
        SearchAggregator aggregator({&fast, &slow, &late, &hung}, clock, 150);

        auto *owner = new QObject;
        QPointer<SearchReply> reply = aggregator.search(delBom(), owner);
        QSignalSpy appended(reply.data(), &SearchReply::offersAppended);
        QVERIFY(appended.wait());
        delete owner;
        QVERIFY(reply.isNull());
        // Every call still running was aborted with it.
        QCOMPARE(slow.abortedCalls(), 1);
        QCOMPARE(late.abortedCalls(), 1);
        QCOMPARE(hung.abortedCalls(), 1);
        QCOMPARE(fast.abortedCalls(), 0);
        slow.releasePending();
        // Let the late answer and the timeout come due: they belonged to the deleted reply.
        QTest::qWait(300);
        QCOMPARE(slow.requests().size(), size_t(1));
        QCOMPARE(late.requests().size(), size_t(1));
    }

    // A listener may delete the reply from inside any of its signals.
    void deletedFromItsOwnSignal_data()
    {
        QTest::addColumn<int>("which"); // 0 offersAppended, 1 supplierFinished, 2 finished
        QTest::newRow("offersAppended") << 0;
        QTest::newRow("supplierFinished") << 1;
        QTest::newRow("finished") << 2;
    }
    void deletedFromItsOwnSignal()
    {
        QFETCH(int, which);
        FakeFlightSupplier a(u"a"_s, u"A"_s);
        a.setBehaviour(FakeFlightSupplier::Behaviour::Synchronous);
        a.setOffers({offer(u"a1"_s, u"a"_s, 100, u"AI1"_s)});
        FakeFlightSupplier b(u"b"_s, u"B"_s);
        b.setBehaviour(FakeFlightSupplier::Behaviour::Synchronous);
        b.setOffers({offer(u"b1"_s, u"b"_s, 50, u"AI1"_s)});
        FixedClock clock(QDateTime(QDate(2026, 11, 26), QTime(9, 0), QTimeZone::utc()));
        SearchAggregator aggregator({&a, &b}, clock, 5000);
        QObject owner;
        QPointer<SearchReply> reply = aggregator.search(delBom(), &owner);
        const auto kill = [&reply] { delete reply.data(); };
        switch (which) {
        case 0:
            QObject::connect(reply, &SearchReply::offersAppended, kill);
            break;
        case 1:
            QObject::connect(reply, &SearchReply::supplierFinished, kill);
            break;
        default:
            QObject::connect(reply, &SearchReply::finished, kill);
            break;
        }
        QTRY_VERIFY(reply.isNull());
        QTest::qWait(20);
    }
};

QTEST_GUILESS_MAIN(TestSearchAggregator)
#include "test_search_aggregator.moc"
