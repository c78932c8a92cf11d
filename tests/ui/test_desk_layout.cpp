// How the desk looks with its own style at the smallest screens it supports (1280×800 and
// 1024×768): no text cut off, nothing painted where nothing is. Offscreen, over the real backend.

#include "tests/ui/desk_under_test.h"
#include "ui/facet_panel.h"
#include "ui/results_pane.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace tripdesk;

class TestDeskLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup() { m_desk.close(); }
    void emptyAreaBelowTheResultsIsPlain();

private:
    MainWindow *openAndSearch(QSize size);

    DeskUnderTest m_desk;
};

void TestDeskLayout::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(DeskUnderTest::applyDeskStyle());
    const QString failed = m_desk.build();
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
}

MainWindow *TestDeskLayout::openAndSearch(QSize size)
{
    MainWindow *window = m_desk.open(size);
    if (!window)
        return nullptr;
    const QString failed = m_desk.searchRoundTrip();
    if (!failed.isEmpty()) {
        qWarning("%s", qPrintable(failed));
        return nullptr;
    }
    return window;
}

void TestDeskLayout::emptyAreaBelowTheResultsIsPlain()
{
    QVERIFY(openAndSearch(QSize(1280, 800)));
    FlightSearchScreen *screen = m_desk.screen();
    // Few enough flights to leave room below them.
    screen->facets()->stopsBox(1)->setChecked(true);
    QTableView *view = screen->results()->view();
    const int rows = view->model()->rowCount();
    QVERIFY(rows >= 3);
    const int below = view->rowViewportPosition(rows - 1) + view->rowHeight(rows - 1) + 10;
    QVERIFY2(below < view->viewport()->height(), "no empty area below the rows");
    QVERIFY(view->currentIndex().row() == 0);

    const QImage image = view->viewport()->grab().toImage();
    // The left padding of the third row, which is neither selected nor an alternate row.
    const QColor plainRow = image.pixelColor(2, view->rowViewportPosition(2) + 4);
    const QColor selectedRow = image.pixelColor(2, view->rowViewportPosition(0) + 4);
    QVERIFY(plainRow != selectedRow);
    QCOMPARE(image.pixelColor(2, below).name(), plainRow.name());
    QCOMPARE(image.pixelColor(view->viewport()->width() / 2, image.height() - 3).name(),
             plainRow.name());
}

QTEST_MAIN(TestDeskLayout)
#include "test_desk_layout.moc"
