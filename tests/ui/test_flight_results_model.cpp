// The results model: sorting by each order, filters and faceted counts (each facet's counts
// follow the other filters), streamed appends and replaced offers, all under
// QAbstractItemModelTester.

#include "backend/search/ranking.h"
#include "tests/ui/results_model_offers.h"
#include "ui/flight_results_model.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace tripdesk;
using namespace tripdesk::test;
using namespace Qt::StringLiterals;

class TestFlightResultsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sortsByEachOrder_data();
    void sortsByEachOrder();
    void bestOrderMatchesBackendRanking();
    void showsLocalTimesDayMarkersAndStops();
    void facetCountsWithoutFilters();
    void facetCountsFollowTheOtherFilters();
    void timeWindowsUseTheAirportsLocalTime();
    void timeWindowsGoSliceBySlice();
    void streamedRoundTripsRespectTheReturnWindows();
    void priceRange();
    void pricesAreComparedInTheAgencysCurrency();
    void offersThatCannotBeComparedGoLast();
    void streamedOffersJoinInSortedPlace();
    void streamedOffersRespectTheFilter();
    void replacedOfferMoves();
    void clearEmptiesEverything();
    void sortingKeepsTheSelectedOffer();
};

void TestFlightResultsModel::sortsByEachOrder_data()
{
    QTest::addColumn<int>("order");
    QTest::addColumn<QStringList>("expected");
    // Best: price / cheapest + 0.7 × duration / shortest + 0.15 × stops + 0.10 for a red-eye.
    QTest::newRow("best") << int(SortOrder::Best) << split("b,e,a,c,d");
    QTest::newRow("price, ties by duration") << int(SortOrder::Price) << split("c,b,e,a,d");
    QTest::newRow("duration, ties by price") << int(SortOrder::Duration) << split("b,e,a,c,d");
    QTest::newRow("departure") << int(SortOrder::Departure) << split("a,d,e,b,c");
}

void TestFlightResultsModel::sortsByEachOrder()
{
    QFETCH(int, order);
    QFETCH(QStringList, expected);
    FlightResultsModel model(lookup());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setOffers(allOffers());
    model.setSortOrder(SortOrder(order));
    QCOMPARE(ids(model), expected);
    QCOMPARE(model.topOfferFor(SortOrder(order)), model.offerIndexAtRow(0));

    model.setSortOrder(SortOrder(order), Qt::DescendingOrder);
    std::reverse(expected.begin(), expected.end());
    QCOMPARE(ids(model), expected);
}

void TestFlightResultsModel::bestOrderMatchesBackendRanking()
{
    // The list must agree with the CLI's --sort best, which uses backend/search/ranking. A
    // red-eye (01:30 in Delhi) joins the set for the departure-time term.
    const FlightOffer redEye = makeOffer(
        "f", 410000, {{{"6E", "6", "DEL", "BOM", "2026-12-24T20:00:00Z", "2026-12-24T22:10:00Z"}}});
    std::vector<FlightOffer> offers = allOffers();
    offers.push_back(redEye);
    const DisplayLookup l = lookup();
    sortOffers(offers, SortOrder::Best, l.timeZone);
    QStringList expected;
    for (const FlightOffer &o : offers)
        expected << o.id;
    QCOMPARE(expected, split("b,e,f,a,c,d"));
    std::vector<FlightOffer> loaded = allOffers();
    loaded.push_back(redEye);
    FlightResultsModel model(l);
    model.setOffers(loaded);
    model.setSortOrder(SortOrder::Best);
    QCOMPARE(ids(model), expected);

    // Every order, with an offer in dollars converted at the agency's rate: the list and the
    // backend rank the same way, through the same facts.
    auto rates = std::make_shared<ExchangeRates>();
    QVERIFY(rates->setRate(u"USD"_s, u"INR"_s, u"83.25").ok());
    FlightOffer dollars = makeOffer(
        "g", 4500, {{{"AI", "9", "DEL", "BOM", "2026-12-24T10:00:00Z", "2026-12-24T12:00:00Z"}}});
    dollars.price = Money(4500, u"USD"_s);
    loaded.push_back(dollars);
    FlightResultsModel converted(l);
    converted.setPriceBasis(u"INR"_s, rates);
    converted.setOffers(loaded);
    for (SortOrder order :
         {SortOrder::Best, SortOrder::Price, SortOrder::Duration, SortOrder::Departure}) {
        std::vector<FlightOffer> ranked = loaded;
        sortOffers(ranked, order, l.timeZone, u"INR"_s, rates);
        QStringList backend;
        for (const FlightOffer &o : ranked)
            backend << o.id;
        converted.setSortOrder(order);
        QCOMPARE(ids(converted), backend);
    }
}

void TestFlightResultsModel::showsLocalTimesDayMarkersAndStops()
{
    FlightResultsModel model(lookup());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setOffers(allOffers());
    model.setSortOrder(SortOrder::Price);
    // c: leaves Delhi 22:30 local, lands in Mumbai 04:00 local the next day, via Bengaluru.
    QCOMPARE(model.index(0, FlightResultsModel::TimesColumn).data().toString(),
             QStringLiteral("22:30 – 04:00 +1"));
    QCOMPARE(model.index(0, FlightResultsModel::StopsColumn).data().toString(),
             QStringLiteral("1 stop · BLR"));
    // Flight numbers keep the carrier apart from the number ("6E 2", never "6E2").
    QCOMPARE(model.index(0, FlightResultsModel::AirlinesColumn).data().toString(),
             u"IndiGo · 6E\u00A02, 6E\u00A0512"_s);
    QCOMPARE(model.index(0, FlightResultsModel::DurationColumn).data().toString(),
             QStringLiteral("5 h 30 min"));
    QCOMPARE(model.index(0, FlightResultsModel::RouteColumn).data().toString(),
             QStringLiteral("DEL → BOM"));
    QVERIFY(model.index(0, FlightResultsModel::PriceColumn)
                .data()
                .toString()
                .contains(QStringLiteral("3,200")));
    // d flies two airlines over two stops.
    const int rowD = model.rowOfOffer(3);
    QCOMPARE(model.index(rowD, FlightResultsModel::StopsColumn).data().toString(),
             QStringLiteral("2 stops · BLR, HYD"));
    QCOMPARE(model.index(rowD, FlightResultsModel::AirlinesColumn).data().toString(),
             u"Air India, Vistara · AI\u00A0503, UK\u00A0830, UK\u00A0877"_s);
    // Screen readers get a sentence.
    QVERIFY(model.index(0, 0)
                .data(Qt::AccessibleDescriptionRole)
                .toString()
                .contains(QStringLiteral("departs 22:30, arrives 04:00 (+1)")));
}

void TestFlightResultsModel::facetCountsWithoutFilters()
{
    FlightResultsModel model(lookup());
    model.setOffers(allOffers());
    const FacetCounts &f = model.facets();
    QCOMPARE(f.total, 5);
    QCOMPARE(f.visible, 5);
    QCOMPARE(f.stops[0].count, 3);
    QCOMPARE(f.stops[0].minPriceMinor, 410000);
    QCOMPARE(f.stops[1].count, 1);
    QCOMPARE(f.stops[2].count, 1);
    QCOMPARE(f.airlines.size(), size_t(3));
    // Sorted by name: Air India, IndiGo, Vistara.
    QCOMPARE(f.airlines[0].code, QStringLiteral("AI"));
    QCOMPARE(f.airlines[1].code, QStringLiteral("6E"));
    QCOMPARE(f.airlines[2].code, QStringLiteral("UK"));
    QCOMPARE(airline(f, "AI")->value.count, 2);
    QCOMPARE(airline(f, "UK")->value.count, 3);
    QCOMPARE(airline(f, "UK")->value.minPriceMinor, 410000);
    QCOMPARE(airline(f, "6E")->value.count, 1);
    QCOMPARE(f.allPriceLowMinor, 320000);
    QCOMPARE(f.allPriceHighMinor, 700000);
}

void TestFlightResultsModel::facetCountsFollowTheOtherFilters()
{
    FlightResultsModel model(lookup());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setOffers(allOffers());
    model.setSortOrder(SortOrder::Price);
    QSignalSpy layouts(&model, &QAbstractItemModel::layoutChanged);

    ResultsFilter filter;
    filter.airlines = {QStringLiteral("UK")};
    model.setFilter(filter);
    QCOMPARE(layouts.count(), 1); // one layout change per filter change
    QCOMPARE(ids(model), split("b,e,d"));
    const FacetCounts *f = &model.facets();
    QCOMPARE(f->visible, 3);
    // Stops now count Vistara's offers only…
    QCOMPARE(f->stops[0].count, 2);
    QCOMPARE(f->stops[1].count, 0);
    QCOMPARE(f->stops[2].count, 1);
    // …while the airline facet ignores its own filter, so other airlines can be added.
    QCOMPARE(airline(*f, "AI")->value.count, 2);
    QCOMPARE(airline(*f, "6E")->value.count, 1);
    QCOMPARE(airline(*f, "UK")->value.count, 3);

    filter.stops = {int(StopsBucket::Direct)};
    model.setFilter(filter);
    QCOMPARE(ids(model), split("b,e"));
    f = &model.facets();
    // Airlines follow the stops filter: Air India has one direct flight, IndiGo none.
    QCOMPARE(airline(*f, "AI")->value.count, 1);
    QCOMPARE(airline(*f, "AI")->value.minPriceMinor, 540000);
    QCOMPARE(airline(*f, "6E")->value.count, 0);
    QCOMPARE(airline(*f, "UK")->value.count, 2);
    // Stops still follow the airline filter only.
    QCOMPARE(f->stops[0].count, 2);
    QCOMPARE(f->stops[2].count, 1);
    // Departure windows follow both: b leaves in the evening, e in the afternoon.
    QCOMPARE(f->slices[0].departure[int(DayWindow::Evening)].count, 1);
    QCOMPARE(f->slices[0].departure[int(DayWindow::Afternoon)].count, 1);
    QCOMPARE(f->slices[0].departure[int(DayWindow::Morning)].count, 0);

    // Two airlines: an offer passes if it flies either.
    filter.airlines.insert(QStringLiteral("AI"));
    model.setFilter(filter);
    QCOMPARE(ids(model), split("b,e,a"));

    model.clearFilter();
    QCOMPARE(model.rowCount(), 5);
    QVERIFY(model.filter().isEmpty());
}

void TestFlightResultsModel::timeWindowsUseTheAirportsLocalTime()
{
    FlightResultsModel model(lookup());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setOffers(allOffers());
    model.setSortOrder(SortOrder::Departure);
    const FacetCounts &f = model.facets();
    // a leaves at 00:30 UTC, which is 06:00 in Delhi: morning, not night.
    QCOMPARE(f.slices[0].departure[int(DayWindow::Night)].count, 0);
    QCOMPARE(f.slices[0].departure[int(DayWindow::Morning)].count, 2);   // a, d
    QCOMPARE(f.slices[0].departure[int(DayWindow::Afternoon)].count, 1); // e
    QCOMPARE(f.slices[0].departure[int(DayWindow::Evening)].count, 2);   // b, c
    QCOMPARE(f.slices[0].arrival[int(DayWindow::Night)].count, 1);       // c, 04:00
    QCOMPARE(f.slices[0].arrival[int(DayWindow::Morning)].count, 1);
    QCOMPARE(f.slices[0].arrival[int(DayWindow::Afternoon)].count, 2);
    QCOMPARE(f.slices[0].arrival[int(DayWindow::Evening)].count, 1);

    ResultsFilter filter;
    filter.slices[0].departure = {int(DayWindow::Morning)};
    model.setFilter(filter);
    QCOMPARE(ids(model), split("a,d"));
    // The departure facet keeps counting every window; arrivals follow the filter.
    QCOMPARE(model.facets().slices[0].departure[int(DayWindow::Evening)].count, 2);
    QCOMPARE(model.facets().slices[0].arrival[int(DayWindow::Morning)].count, 1);
    QCOMPARE(model.facets().slices[0].arrival[int(DayWindow::Afternoon)].count, 1);

    filter.slices[0].arrival = {int(DayWindow::Afternoon)};
    model.setFilter(filter);
    QCOMPARE(ids(model), split("d"));
}

void TestFlightResultsModel::timeWindowsGoSliceBySlice()
{
    FlightResultsModel model(lookup());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setOffers(roundTrips());
    model.setSortOrder(SortOrder::Price);
    const FacetCounts *f = &model.facets();
    QCOMPARE(f->slices.size(), size_t(2));
    // Outbound, at Delhi.
    QCOMPARE(f->slices[0].departure[int(DayWindow::Morning)].count, 2);   // r1, r3
    QCOMPARE(f->slices[0].departure[int(DayWindow::Afternoon)].count, 1); // r4
    QCOMPARE(f->slices[0].departure[int(DayWindow::Evening)].count, 1);   // r2
    // Return, leaving Mumbai and arriving in Delhi.
    QCOMPARE(f->slices[1].departure[int(DayWindow::Morning)].count, 2); // r2, r3
    QCOMPARE(f->slices[1].departure[int(DayWindow::Evening)].count, 2); // r1, r4
    QCOMPARE(f->slices[1].departure[int(DayWindow::Evening)].minPriceMinor, 700000);
    QCOMPARE(f->slices[1].arrival[int(DayWindow::Night)].count, 1); // r4, 04:00
    QCOMPARE(f->slices[1].arrival[int(DayWindow::Morning)].count, 2);
    QCOMPARE(f->slices[1].arrival[int(DayWindow::Evening)].count, 1);

    // Coming back in the morning.
    QSignalSpy layouts(&model, &QAbstractItemModel::layoutChanged);
    ResultsFilter filter;
    filter.slices[1].departure = {int(DayWindow::Morning)};
    model.setFilter(filter);
    QCOMPARE(layouts.count(), 1);
    QCOMPARE(ids(model), split("r2,r3"));
    f = &model.facets();
    // The outbound windows follow the return filter…
    QCOMPARE(f->slices[0].departure[int(DayWindow::Morning)].count, 1); // r3
    QCOMPARE(f->slices[0].departure[int(DayWindow::Evening)].count, 1); // r2
    QCOMPARE(f->slices[0].departure[int(DayWindow::Afternoon)].count, 0);
    // …while the return's own window still counts every return, to widen the choice.
    QCOMPARE(f->slices[1].departure[int(DayWindow::Evening)].count, 2);
    QCOMPARE(f->slices[1].arrival[int(DayWindow::Night)].count, 0);
    QCOMPARE(f->stops[0].count, 2);
    QCOMPARE(f->stops[1].count, 0);

    // And leaving in the morning too.
    filter.slices[0].departure = {int(DayWindow::Morning)};
    model.setFilter(filter);
    QCOMPARE(ids(model), split("r3"));
    f = &model.facets();
    QCOMPARE(f->slices[1].departure[int(DayWindow::Morning)].count, 1); // r3
    QCOMPARE(f->slices[1].departure[int(DayWindow::Evening)].count, 1); // r1
    QCOMPARE(f->slices[0].departure[int(DayWindow::Evening)].count, 1); // r2
    QVERIFY(!model.filter().isEmpty());

    // An arrival window on the return alone.
    filter = {};
    filter.slices[1].arrival = {int(DayWindow::Night)};
    model.setFilter(filter);
    QCOMPARE(ids(model), split("r4"));

    // A one-way offer has no return to match a return window.
    model.setOffers({offerA(), roundR2()});
    filter = {};
    filter.slices[1].departure = {int(DayWindow::Morning)};
    model.setFilter(filter);
    QCOMPARE(ids(model), split("r2"));
    QCOMPARE(model.facets().slices.size(), size_t(2));
    QCOMPARE(model.facets().slices[0].departure[int(DayWindow::Morning)].count, 0);
    model.clearFilter();
    QCOMPARE(model.rowCount(), 2);
}

void TestFlightResultsModel::streamedRoundTripsRespectTheReturnWindows()
{
    FlightResultsModel model(lookup());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendOffers({roundR1()});
    ResultsFilter filter;
    filter.slices[1].departure = {int(DayWindow::Evening)};
    model.setFilter(filter);
    model.setSortOrder(SortOrder::Price);
    QCOMPARE(ids(model), split("r1"));
    model.appendOffers({roundR2(), roundR3(), roundR4()});
    QCOMPARE(ids(model), split("r4,r1"));
    QCOMPARE(model.facets().slices[1].departure[int(DayWindow::Morning)].count, 2);
    QCOMPARE(model.facets().total, 4);
}

void TestFlightResultsModel::priceRange()
{
    FlightResultsModel model(lookup());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setOffers(allOffers());
    model.setSortOrder(SortOrder::Price);
    ResultsFilter filter;
    filter.minPriceMinor = 400000;
    filter.maxPriceMinor = 550000;
    model.setFilter(filter);
    QCOMPARE(ids(model), split("b,e,a"));
    // The price facet's range ignores the price filter itself.
    QCOMPARE(model.facets().priceLowMinor, 320000);
    QCOMPARE(model.facets().priceHighMinor, 700000);

    filter.stops = {int(StopsBucket::Direct)};
    model.setFilter(filter);
    QCOMPARE(model.facets().priceLowMinor, 410000);
    QCOMPARE(model.facets().priceHighMinor, 540000);
    // Stops count within the price range: c (₹3,200) and d (₹7,000) are outside it.
    QCOMPARE(model.facets().stops[1].count, 0);
    QCOMPARE(model.facets().stops[2].count, 0);
}

// An offer quoted in dollars is sorted and filtered by its rupee value at the agency's rate,
// not by its raw number of cents; the model's currency is the agency's, not the first offer's.
void TestFlightResultsModel::pricesAreComparedInTheAgencysCurrency()
{
    auto rates = std::make_shared<ExchangeRates>();
    QVERIFY(rates->setRate(u"USD"_s, u"INR"_s, u"83.25").ok());
    FlightResultsModel model(lookup());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPriceBasis(u"INR"_s, rates);
    // 45.00 USD is ₹3,746.25: dearer than c (₹3,200), cheaper than b (₹4,100). As a raw number
    // (4500) it would pass for the cheapest by far.
    FlightOffer dollars = offerA();
    dollars.id = u"usd"_s;
    dollars.price = Money(4500, u"USD"_s);
    std::vector<FlightOffer> offers{dollars};
    for (const FlightOffer &o : allOffers())
        offers.push_back(o);
    model.setOffers(offers);
    QCOMPARE(model.currency(), u"INR"_s);
    model.setSortOrder(SortOrder::Price);
    QCOMPARE(ids(model).mid(0, 3), split("c,usd,b"));
    QCOMPARE(model.index(1, 0).data(FlightResultsModel::PriceMinorRole).toLongLong(), 374625);
    ResultsFilter filter;
    filter.maxPriceMinor = 380000;
    model.setFilter(filter);
    QCOMPARE(ids(model), split("c,usd"));
    QCOMPARE(model.incomparableOffers(), 0);
}

void TestFlightResultsModel::offersThatCannotBeComparedGoLast()
{
    FlightResultsModel model(lookup());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPriceBasis(u"INR"_s); // no rates
    FlightOffer euros = offerC();
    euros.id = u"eur"_s;
    euros.price = Money(100, u"EUR"_s);
    std::vector<FlightOffer> offers{euros};
    for (const FlightOffer &o : allOffers())
        offers.push_back(o);
    model.setOffers(offers);
    QCOMPARE(model.incomparableOffers(), 1);
    for (SortOrder order : {SortOrder::Price, SortOrder::Best}) {
        model.setSortOrder(order);
        QCOMPARE(ids(model).constLast(), u"eur"_s);
        model.setSortOrder(order, Qt::DescendingOrder);
        QCOMPARE(ids(model).constLast(), u"eur"_s);
    }
    // Its price is unknown in rupees: no price facet takes it, and a price filter leaves it out.
    QCOMPARE(model.facets().allPriceLowMinor, 320000);
    QVERIFY(model.index(model.rowCount() - 1, 0).data(FlightResultsModel::PriceMinorRole).isNull());
    ResultsFilter filter;
    filter.maxPriceMinor = 10000000;
    model.setFilter(filter);
    QVERIFY(!ids(model).contains(u"eur"_s));
}

void TestFlightResultsModel::streamedOffersJoinInSortedPlace()
{
    FlightResultsModel model(lookup());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSortOrder(SortOrder::Price);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy facets(&model, &FlightResultsModel::facetsChanged);

    model.appendOffers({offerA(), offerD()});
    QCOMPARE(ids(model), split("a,d"));
    const QPersistentModelIndex selectedA = model.index(0, 0);

    model.appendOffers({offerC(), offerB(), offerE()});
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(inserted.last().at(1).toInt(), 2); // appended after the two rows…
    QCOMPARE(inserted.last().at(2).toInt(), 4);
    QCOMPARE(ids(model), split("c,b,e,a,d")); // …then sorted into place
    QCOMPARE(facets.count(), 2);
    QCOMPARE(model.offerCount(), 5);
    // A selected row follows its offer.
    QVERIFY(selectedA.isValid());
    QCOMPARE(selectedA.data(FlightResultsModel::OfferIdRole).toString(), QStringLiteral("a"));
    QCOMPARE(model.facets().stops[0].count, 3);
}

void TestFlightResultsModel::streamedOffersRespectTheFilter()
{
    FlightResultsModel model(lookup());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendOffers({offerA()});
    ResultsFilter filter;
    filter.stops = {int(StopsBucket::Direct)};
    model.setFilter(filter);
    model.setSortOrder(SortOrder::Price);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.appendOffers({offerC(), offerD(), offerB()});
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(ids(model), split("b,a"));
    // Hidden offers still count in the facet that hides them.
    QCOMPARE(model.facets().stops[1].count, 1);
    QCOMPARE(model.facets().stops[2].count, 1);
    QCOMPARE(model.facets().total, 4);
}

void TestFlightResultsModel::replacedOfferMoves()
{
    FlightResultsModel model(lookup());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setOffers(allOffers());
    model.setSortOrder(SortOrder::Price);
    QCOMPARE(ids(model).last(), QStringLiteral("d"));
    FlightOffer cheaperD = offerD();
    cheaperD.price = Money(300000, QStringLiteral("INR"));
    cheaperD.supplier = QStringLiteral("other");
    model.replaceOffer(3, cheaperD);
    QCOMPARE(ids(model), split("d,c,b,e,a"));
    QCOMPARE(model.offerAtRow(0)->supplier, QStringLiteral("other"));
    QCOMPARE(model.facets().allPriceLowMinor, 300000);
    QCOMPARE(model.offerCount(), 5);
}

void TestFlightResultsModel::clearEmptiesEverything()
{
    FlightResultsModel model(lookup());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setOffers(allOffers());
    ResultsFilter filter;
    filter.airlines = {QStringLiteral("AI")};
    model.setFilter(filter);
    QSignalSpy filterChanged(&model, &FlightResultsModel::filterChanged);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.offerCount(), 0);
    QVERIFY(model.filter().isEmpty());
    QCOMPARE(filterChanged.count(), 1);
    QCOMPARE(model.facets().total, 0);
    QVERIFY(model.facets().airlines.empty());
    QCOMPARE(model.topOfferFor(SortOrder::Best), -1);
}

void TestFlightResultsModel::sortingKeepsTheSelectedOffer()
{
    FlightResultsModel model(lookup());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setOffers(allOffers());
    model.setSortOrder(SortOrder::Price);
    const QPersistentModelIndex a = model.index(model.rowOfOffer(0), 2);
    model.setSortOrder(SortOrder::Departure);
    QCOMPARE(a.row(), 0);
    QCOMPARE(a.column(), 2);
    // Filtered out: the index becomes invalid rather than pointing at another offer.
    ResultsFilter filter;
    filter.airlines = {QStringLiteral("UK")};
    model.setFilter(filter);
    QVERIFY(!a.isValid());
}

QTEST_MAIN(TestFlightResultsModel)
#include "test_flight_results_model.moc"
