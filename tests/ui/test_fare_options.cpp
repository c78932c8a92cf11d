// Fare options as an agent meets them: a result that several suppliers or fare brands sell shows
// its cheapest option and lists the others; "with 1 checked bag" re-prices every result at the
// option that carries the bag cheapest; a result whose bag price is unknown goes last; and a
// price check says what changed and whether the fare can be held.
#include "tests/ui/results_model_offers.h"
#include "ui/fare_options_panel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QPushButton>
#include <QTest>

using namespace tripdesk;
using namespace tripdesk::test;
using namespace Qt::StringLiterals;

namespace {

QStringList shownIds(const FlightResultsModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.offerAtRow(row)->id;
    return ids;
}

// b (₹4,100, no bag, bag price unknown) with a Flex option from another supplier (₹4,900, one
// bag); c (₹3,200, no bag, ₹600 a bag); a (₹5,400, one bag included).
std::vector<FlightOffer> offersWithOptions()
{
    FlightOffer a = offerA();
    a.baggage.checkedBags = 1;
    FlightOffer b = offerB();
    b.baggage.checkedBags = 0;
    FlightOffer flex = offerB();
    flex.id = u"b-flex"_s;
    flex.supplier = u"duffel"_s;
    flex.fareBrand = u"Flex"_s;
    flex.price = Money(490000, u"INR"_s);
    flex.baggage.checkedBags = 1;
    flex.conditions.refundable = true;
    b.options.push_back(flex);
    FlightOffer c = offerC();
    c.baggage.checkedBags = 0;
    c.extraCheckedBag = Money(60000, u"INR"_s);
    return {a, b, c};
}

} // namespace

class TestFareOptions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void checkedBagsRepriceTheResults()
    {
        FlightResultsModel model(lookup());
        QAbstractItemModelTester tester(&model);
        model.setPriceBasis(u"INR"_s);
        model.setOffers(offersWithOptions());
        model.setSortOrder(SortOrder::Price);
        QCOMPARE(shownIds(model), (QStringList{u"c"_s, u"b"_s, u"a"_s}));
        QCOMPARE(model.shownOption(1), -1); // b at its own fare
        QCOMPARE(model.bagsUnpricedOffers(), 0);

        // Two travellers, one bag each: c 3,200 + 2 × 600 = 4,400; b through its Flex option
        // 4,900; a 5,400 as it stands.
        model.setPriceView({1, 2});
        QCOMPARE(shownIds(model), (QStringList{u"c"_s, u"b"_s, u"a"_s}));
        QCOMPARE(model.data(model.index(0, FlightResultsModel::PriceColumn)).toString(),
                 u"₹4,400.00"_s);
        QCOMPARE(model.shownOption(1), 0);
        QCOMPARE(model.data(model.index(1, FlightResultsModel::PriceColumn)).toString(),
                 u"₹4,900.00"_s);
        const QString summary = model.data(model.index(1, 0), Qt::ToolTipRole).toString();
        QVERIFY2(summary.contains(u"with 1 checked bag"_s), qPrintable(summary));
        QVERIFY2(summary.contains(u"2 fare options"_s), qPrintable(summary));

        // Without b's Flex option its bag has no known price: it is listed last and counted.
        std::vector<FlightOffer> bare = offersWithOptions();
        bare[1].options.clear();
        model.setOffers(bare);
        QCOMPARE(shownIds(model), (QStringList{u"c"_s, u"a"_s, u"b"_s}));
        QCOMPARE(model.bagsUnpricedOffers(), 1);
        QCOMPARE(model.incomparableOffers(), 0);
        QCOMPARE(model.data(model.index(2, FlightResultsModel::PriceColumn)).toString(),
                 u"₹4,100.00 + bags"_s);
        // Back to fares alone: the order and prices return.
        model.setPriceView({0, 2});
        QCOMPARE(shownIds(model), (QStringList{u"c"_s, u"b"_s, u"a"_s}));
        QCOMPARE(model.bagsUnpricedOffers(), 0);
    }

    void theOptionsAreListedCheapestFirst()
    {
        FareOptionsPanel panel(lookup());
        const FlightOffer b = offersWithOptions()[1];
        panel.setResult(b, -1, {{u"sandbox"_s, u"Sandbox inventory"_s}, {u"duffel"_s, u"Duffel"_s}});
        QComboBox *box = panel.optionsBox();
        QCOMPARE(box->count(), 2);
        QVERIFY(box->isEnabled());
        QCOMPARE(box->itemText(0),
                 u"₹4,100.00 · Sandbox inventory · no checked bag · no changes or refunds"_s);
        QCOMPARE(box->itemText(1), u"₹4,900.00 · Flex · Duffel · 1 checked bag · refundable"_s);
        QCOMPARE(panel.chosenOption(), -1);
        box->setCurrentIndex(1);
        QCOMPARE(panel.chosenOption(), 0);
        QVERIFY(!box->accessibleName().isEmpty());
        QVERIFY(!panel.checkButton()->accessibleName().isEmpty());
    }

    void aPriceCheckSaysWhatChanged()
    {
        const FlightOffer before = offerB();
        PricedOffer same;
        same.offer = before;
        same.holdable = false;
        QCOMPARE(FareOptionsPanel::priceCheckText(before, same, lookup().locale),
                 u"The price is confirmed: ₹4,100.00. It must be paid when booked."_s);

        PricedOffer dearer;
        dearer.offer = before;
        dearer.offer.price = Money(450000, u"INR"_s);
        dearer.offer.baggage.checkedBags = 1;
        dearer.holdable = true;
        dearer.payBy = QDateTime(QDate(2026, 12, 3), QTime(9, 0), QTimeZone::utc());
        const QString text = FareOptionsPanel::priceCheckText(before, dearer, lookup().locale);
        QVERIFY2(text.startsWith(u"The price is now ₹4,500.00 (it was ₹4,100.00)."_s),
                 qPrintable(text));
        QVERIFY2(text.contains(u"Bags now: 1 checked bag."_s), qPrintable(text));
        // In the agent's own time (the tests run in UTC).
        QVERIFY2(text.contains(u"until Thu 3 Dec 09:00"_s), qPrintable(text));

        FareOptionsPanel panel(lookup());
        panel.setResult(before, -1, {});
        panel.showPriceCheck(before, Error::notFound(u"This offer has expired; search again."_s));
        QCOMPARE(panel.outcome(), u"This offer has expired; search again."_s);
        QVERIFY(panel.checkButton()->isEnabled());
    }
};

QTEST_MAIN(TestFareOptions)
#include "test_fare_options.moc"
