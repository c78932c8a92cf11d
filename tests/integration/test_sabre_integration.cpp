// The real Sabre adapter over the real network stack against the Sabre stand-in: search,
// price, hold, get, cancellation quote and confirmation; a token that lapses between searches;
// wrong credentials; and a search of the sandbox and Sabre together through the aggregator
// while Sabre hangs.

#include "backend/search/search_aggregator.h"
#include "backend/suppliers/sabre/sabre_endpoints.h"
#include "backend/suppliers/sabre/sabre_errors.h"
#include "tests/integration/sabre_integration_support.h"

#include <QElapsedTimer>

using namespace tripdesk;
using namespace tripdesk::test;
using namespace Qt::StringLiterals;

class TestSabreIntegration : public QObject
{
    Q_OBJECT

    SystemClock m_clock;

private Q_SLOTS:
    void initTestCase() { QVERIFY(schedule()); }

    // An offer's whole life: searched, priced, held, read back, quoted and cancelled, with the
    // booking taking and giving back the sandbox's seats.
    void searchPriceHoldGetCancel()
    {
        auto server = standIn();
        QNetworkAccessManager network;
        SabreSupplier sabre(adapterConfig(*server), &network, &m_clock);
        QObject owner;

        auto *search = sabre.search(delBom(), &owner);
        QVERIFY(waitFinished(search));
        QVERIFY2(!search->hasError(), qPrintable(search->error().detail));
        const auto &offers = search->value().offers;
        QVERIFY(!offers.empty());
        QCOMPARE(search->value().malformed, 0);
        for (const FlightOffer &o : offers) {
            QVERIFY(o.id.startsWith(u"sabre1."_s));
            QCOMPARE(o.supplier, u"sabre"_s);
            QCOMPARE(o.itineraries.front().segments.front().origin, u"DEL"_s);
        }

        auto *priced = sabre.price(offers.front().id, Passengers{}, &owner);
        QVERIFY(waitFinished(priced));
        QVERIFY2(!priced->hasError(), qPrintable(priced->error().detail));
        QVERIFY(priced->value().holdable);
        QVERIFY(priced->value().payBy > QDateTime::currentDateTimeUtc());
        QCOMPARE(priced->value().offer.itineraries.front().segments.size(),
                 offers.front().itineraries.front().segments.size());

        OrderRequest request;
        request.kind = OrderRequest::Kind::Hold;
        request.offerId = priced->value().offer.id;
        request.passengers = {traveller(u"Asha"_s, u"Rao"_s)};
        request.clientReference = u"TD-7F3A"_s;
        auto *held = sabre.createOrder(request, &owner);
        QVERIFY(waitFinished(held));
        QVERIFY2(!held->hasError(), qPrintable(held->error().detail));
        const Order order = held->value();
        QCOMPARE(order.status, OrderStatus::Held);
        QCOMPARE(order.id.size(), 6);
        QVERIFY(order.payBy.isValid());
        QCOMPARE(order.clientReference, u"TD-7F3A"_s);
        QCOMPARE(server->bookingsCreated(), 1);

        auto *read = sabre.order(order.id, &owner);
        QVERIFY(waitFinished(read));
        QVERIFY2(!read->hasError(), qPrintable(read->error().detail));
        QCOMPARE(read->value().status, OrderStatus::Held);
        QCOMPARE(read->value().passengers.size(), size_t(1));
        QCOMPARE(read->value().passengers.front().familyName, u"RAO"_s);
        QCOMPARE(read->value().clientReference, u"TD-7F3A"_s);
        QCOMPARE(read->value().total, priced->value().offer.price);
        QCOMPARE(read->value().itineraries.front().segments.front().departure,
                 offers.front().itineraries.front().segments.front().departure);

        auto *quote = sabre.quoteCancellation(order.id, &owner);
        QVERIFY(waitFinished(quote));
        QVERIFY2(!quote->hasError(), qPrintable(quote->error().detail));
        QVERIFY(!quote->value().isConfirmed());
        QCOMPARE(quote->value().refund.minorUnits(), 0); // nothing was paid for a hold

        auto *confirmed = sabre.confirmCancellation(quote->value().id, &owner);
        QVERIFY(waitFinished(confirmed));
        QVERIFY2(!confirmed->hasError(), qPrintable(confirmed->error().detail));
        QVERIFY(confirmed->value().isConfirmed());
        QCOMPARE(confirmed->value().orderId, order.id);

        auto *after = sabre.order(order.id, &owner);
        QVERIFY(waitFinished(after));
        QVERIFY(!after->hasError());
        QCOMPARE(after->value().status, OrderStatus::Cancelled);

        auto *unknown = sabre.order(u"ZZZZZZ"_s, &owner);
        QVERIFY(waitFinished(unknown));
        QCOMPARE(unknown->error().kind, Error::Kind::NotFound); // inside an HTTP 200
        QCOMPARE(server->tokensIssued(), 1);
    }

    // A token that lapses after the adapter last looked: the search is refused once, a new
    // token is fetched and the search sent again.
    void tokenLapsesBetweenSearches()
    {
        SabreStandIn::Options options;
        options.tokenLifetime = std::chrono::milliseconds(1000);
        auto server = standIn(options);
        QNetworkAccessManager network;
        // The adapter's clock stands still, as a desk clock running behind Sabre's would.
        FixedClock behind(QDateTime::currentDateTimeUtc());
        SabreSupplier sabre(adapterConfig(*server), &network, &behind);
        QObject owner;
        auto *first = sabre.search(delBom(), &owner);
        QVERIFY(waitFinished(first));
        QVERIFY(!first->hasError());
        QTest::qWait(1300);
        auto *second = sabre.search(delBom(), &owner);
        QVERIFY(waitFinished(second));
        QVERIFY2(!second->hasError(), qPrintable(second->error().detail));
        QVERIFY(!second->value().offers.empty());
        QCOMPARE(server->tokensIssued(), 2);
        QCOMPARE(server->requestsTo(sabre::endpoints::kShop), 3);
    }

    // Sabre refuses the token in the middle of a search: one refresh, one retry.
    void tokenRefusedDuringSearch()
    {
        auto server = standIn();
        QNetworkAccessManager network;
        SabreSupplier sabre(adapterConfig(*server), &network, &m_clock);
        QObject owner;
        auto *first = sabre.search(delBom(), &owner);
        QVERIFY(waitFinished(first));
        SabreFault expired;
        expired.kind = SabreFault::Kind::ExpiredToken;
        expired.path = sabre::endpoints::kShop;
        expired.latencyMs = 100;
        server->addFault(expired);
        auto *second = sabre.search(delBom(), &owner);
        QVERIFY(waitFinished(second));
        QVERIFY2(!second->hasError(), qPrintable(second->error().detail));
        QCOMPARE(server->tokensIssued(), 2);

        // Every token refused: two tries, then a clear failure.
        server->expireTokens();
        expired.count = -1;
        expired.latencyMs = 0;
        server->addFault(expired);
        auto *third = sabre.search(delBom(), &owner);
        QVERIFY(waitFinished(third));
        QVERIFY(third->hasError());
        QCOMPARE(sabre::faultKind(third->error()), sabre::FaultKind::TokenRejected);
        QCOMPARE(server->tokensIssued(), 3);
    }

    void wrongCredentialsAreRefused()
    {
        auto server = standIn();
        QNetworkAccessManager network;
        SabreSupplierConfig config = adapterConfig(*server);
        config.account.password = u"not-it"_s;
        SabreSupplier sabre(config, &network, &m_clock);
        QObject owner;
        auto *search = sabre.search(delBom(), &owner);
        QVERIFY(waitFinished(search));
        QVERIFY(search->hasError());
        QCOMPARE(sabre::faultKind(search->error()), sabre::FaultKind::BadCredentials);
        QCOMPARE(server->tokensIssued(), 0);
        QCOMPARE(server->requestsTo(sabre::endpoints::kShop), 0);
    }

    // The sandbox and Sabre searched together while Sabre never answers: the sandbox's offers
    // arrive, and Sabre is named as timed out when its deadline passes.
    void aggregatorKeepsTheSandboxWhenSabreHangs()
    {
        auto server = standIn();
        SabreFault hang;
        hang.kind = SabreFault::Kind::Hang;
        hang.path = sabre::endpoints::kShop;
        server->addFault(hang);
        QNetworkAccessManager network;
        SabreSupplier sabre(adapterConfig(*server), &network, &m_clock);
        QTemporaryDir dir;
        SandboxSupplier sandbox(reference(), dir.path(), {}, m_clock);
        sandbox.setSchedule(schedule());
        SearchAggregator aggregator({&sandbox, &sabre}, m_clock, 1500);
        QObject owner;
        QElapsedTimer timer;
        timer.start();
        SearchReply *search = aggregator.search(delBom(), &owner);
        QSignalSpy done(search, &SearchReply::finished);
        QVERIFY(done.wait(10000));
        QVERIFY(timer.elapsed() < 5000);
        QVERIFY(!search->offers().empty());
        QCOMPARE(search->statuses().size(), size_t(2));
        for (const SupplierStatus &s : search->statuses()) {
            if (s.supplier == u"sabre"_s) {
                QCOMPARE(s.state, SupplierStatus::State::TimedOut);
                QCOMPARE(s.displayName, u"Sabre"_s);
                QVERIFY(!s.errorMessage.isEmpty());
            } else {
                QCOMPARE(s.state, SupplierStatus::State::Done);
                QVERIFY(s.offers > 0);
            }
        }
        QCOMPARE(server->requestsTo(sabre::endpoints::kShop), 1);
    }
};

QTEST_GUILESS_MAIN(TestSabreIntegration)
#include "test_sabre_integration.moc"
