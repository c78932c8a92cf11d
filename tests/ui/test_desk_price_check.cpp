// "Check price" on the desk over the real sandbox: the selected result's fare is asked for again
// and the details say the price is confirmed and whether it can be held; a result with one fare
// shows no option list to choose from.
#include "tests/ui/desk_under_test.h"
#include "ui/fare_options_panel.h"
#include "ui/results_pane.h"

#include <QComboBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>

using namespace tripdesk;

class TestDeskPriceCheck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void checksTheSelectedFaresPrice()
    {
        DeskUnderTest desk;
        const QString built = desk.build();
        QVERIFY2(built.isEmpty(), qPrintable(built));
        QVERIFY(desk.open());
        const QString searched = desk.searchRoundTrip();
        QVERIFY2(searched.isEmpty(), qPrintable(searched));
        FlightSearchScreen *screen = desk.screen();
        screen->results()->selectFirstRowIfNone();
        FareOptionsPanel *panel = screen->fareOptions();
        QVERIFY(panel->isVisible());
        QVERIFY(panel->checkButton()->isEnabled());
        // The sandbox sells these flights in dearer brands too: they are offered to choose
        // from, cheapest first, and the one chosen is checked.
        QVERIFY(panel->optionsBox()->count() > 1);
        QVERIFY(panel->optionsBox()->isVisible());
        panel->optionsBox()->setCurrentIndex(1);
        QVERIFY2(panel->optionsBox()->currentText().contains(QStringLiteral("Standard")),
                 qPrintable(panel->optionsBox()->currentText()));

        QTest::mouseClick(panel->checkButton(), Qt::LeftButton);
        QVERIFY(!panel->checkButton()->isEnabled()); // while the supplier is asked
        QVERIFY(QTest::qWaitFor([panel] { return panel->checkButton()->isEnabled(); }, 30000));
        const QString outcome = panel->outcome();
        // Four weeks ahead: the sandbox holds such fares for a day.
        QVERIFY2(outcome.startsWith(QStringLiteral("The price is confirmed")), qPrintable(outcome));
        QVERIFY2(outcome.contains(QStringLiteral("can be held")), qPrintable(outcome));

        // Choosing another result forgets the check.
        QTableView *view = screen->results()->view();
        view->setCurrentIndex(view->model()->index(1, 0));
        QVERIFY(panel->outcome().isEmpty());
    }
};

QTEST_MAIN(TestDeskPriceCheck)
#include "test_desk_price_check.moc"
