// How the desk looks with its own style at the smallest screens it supports (1280×800 and
// 1024×768): no text cut off, nothing painted where nothing is. Offscreen, over the real backend.

#include "tests/ui/desk_under_test.h"
#include "ui/facet_panel.h"
#include "ui/flight_results_model.h"
#include "ui/flight_search_form.h"
#include "ui/results_pane.h"
#include "ui/sort_tabs.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QRadioButton>
#include <QScreen>
#include <QScrollBar>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTableView>
#include <QTest>

#include <algorithm>

using namespace tripdesk;
using namespace Qt::StringLiterals;

class TestDeskLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup() { m_desk.close(); }
    void emptyAreaBelowTheResultsIsPlain();
    void recentSearchesShowWholeEntries();
    void sortTabsShowTheirWholeText_data();
    void sortTabsShowTheirWholeText();
    void sortTabsElideOnlyTheirValue();
    void filterNamesAreWholeOrElided_data();
    void filterNamesAreWholeOrElided();
    void columnsFitAndAirlinesAreReadable_data();
    void columnsFitAndAirlinesAreReadable();

private:
    MainWindow *openAndSearch(QSize size);

    DeskUnderTest m_desk;
};

void TestDeskLayout::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // The desk shows English with American formats where the system's locale is C.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
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
    // Few enough flights to leave room below them: the four cheapest.
    FlightResultsModel *model = screen->resultsModel();
    std::vector<qint64> prices;
    for (int row = 0; row < model->rowCount(); ++row)
        prices.push_back(
            model->index(row, 0).data(FlightResultsModel::PriceMinorRole).toLongLong());
    std::sort(prices.begin(), prices.end());
    QVERIFY(prices.size() >= 4);
    ResultsFilter filter;
    filter.maxPriceMinor = prices[3];
    model->setFilter(filter);
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

void TestDeskLayout::recentSearchesShowWholeEntries()
{
    MainWindow *window = m_desk.open(QSize(1280, 800));
    QVERIFY(window);
    FlightSearchForm *form = m_desk.screen()->form();
    std::vector<FlightSearchRequest> recent;
    for (const char *to : {"LON", "PAR", "ROM"}) {
        FlightSearchRequest request;
        SliceRequest slice;
        slice.origin = QStringLiteral("NYC");
        slice.destination = QString::fromLatin1(to);
        slice.date = QDate(2026, 12, 30);
        request.slices.push_back(slice);
        // Round trips: the longest entries.
        SliceRequest back;
        back.origin = slice.destination;
        back.destination = slice.origin;
        back.date = QDate(2027, 1, 13);
        request.slices.push_back(back);
        // Newest first, one more after each search, as the desk lists them.
        recent.insert(recent.begin(), request);
        form->setRecentSearches(recent);
    }
    QComboBox *combo = form->recentCombo();
    QCOMPARE(combo->count(), 3);
    // Opened the way an agent opens it, by clicking or Alt+E: the combo has focus, and with it
    // the style sheet's focus frame.
    QApplication::setActiveWindow(window);
    combo->setFocus(Qt::MouseFocusReason);
    combo->showPopup();
    QAbstractItemView *list = combo->view();
    QTRY_VERIFY(list->isVisible());
    const QRect shown = list->viewport()->rect();
    for (int row = 0; row < combo->count(); ++row) {
        const QRect entry = list->visualRect(combo->model()->index(row, 0));
        QVERIFY2(entry.top() >= shown.top() && entry.bottom() <= shown.bottom(),
                 qPrintable(QStringLiteral("entry %1 at %2 to %3 in a list %4 high")
                                .arg(row)
                                .arg(entry.top())
                                .arg(entry.bottom())
                                .arg(shown.height())));
    }
    // Nothing to scroll to, so no scroll arrow over the last entry.
    QCOMPARE(list->verticalScrollBar()->maximum(), 0);
    // The list's window is on screen, whole.
    const QRect popup(list->window()->mapToGlobal(QPoint(0, 0)), list->window()->size());
    QVERIFY(window->screen()->geometry().contains(popup));
    combo->hidePopup();
}

namespace {

void screenSizes()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1280x800") << QSize(1280, 800);
    QTest::newRow("1024x768") << QSize(1024, 768);
}

const SortOrder kOrders[] = {SortOrder::Best, SortOrder::Price, SortOrder::Duration,
                             SortOrder::Departure};

} // namespace

void TestDeskLayout::sortTabsShowTheirWholeText_data()
{
    screenSizes();
}

void TestDeskLayout::sortTabsShowTheirWholeText()
{
    QFETCH(QSize, size);
    MainWindow *window = openAndSearch(size);
    QVERIFY(window);
    QVERIFY(window->width() <= size.width());
    ResultsPane *pane = m_desk.screen()->results();
    SortTabs *tabs = pane->sortTabs();
    const QRect paneRect = pane->rect();
    for (SortOrder order : kOrders) {
        QRadioButton *tab = tabs->button(order);
        const QString name = tab->accessibleName();
        // "Cheapest · $1,056.00" shows as "Cheapest" over "$1,056.00", nothing elided.
        QVERIFY2(name.contains(u" · "), qPrintable(name));
        // Laid out on the next turn of the event loop.
        QTRY_COMPARE(tab->text(), name.section(u" · "_s, 0, 0) + u'\n' + name.section(u" · "_s, 1));
        QVERIFY(tab->width() >= tab->sizeHint().width());
        const QRect inPane(tab->mapTo(pane, QPoint(0, 0)), tab->size());
        QVERIFY2(paneRect.contains(inPane), qPrintable(name));
    }
}

void TestDeskLayout::sortTabsElideOnlyTheirValue()
{
    QVERIFY(openAndSearch(QSize(1024, 768)));
    SortTabs *tabs = m_desk.screen()->results()->sortTabs();
    QRadioButton *fastest = tabs->button(SortOrder::Duration);
    const QString whole = fastest->accessibleName();
    // Squeezed well below what the four need, the tabs keep their names and elide the values.
    tabs->setFixedWidth(tabs->minimumSizeHint().width());
    QTRY_VERIFY(fastest->width() < fastest->sizeHint().width());
    const QString shown = fastest->text();
    QVERIFY2(shown.startsWith(QStringLiteral("Fastest\n")), qPrintable(shown));
    QVERIFY2(shown.endsWith(QChar(0x2026)), qPrintable(shown));
    // What is cut off is still there for the mouse and for a screen reader.
    QCOMPARE(fastest->accessibleName(), whole);
    QVERIFY2(fastest->toolTip().contains(whole), qPrintable(fastest->toolTip()));
}

void TestDeskLayout::filterNamesAreWholeOrElided_data()
{
    screenSizes();
}

void TestDeskLayout::filterNamesAreWholeOrElided()
{
    QFETCH(QSize, size);
    QVERIFY(openAndSearch(size));
    FacetPanel *facets = m_desk.screen()->facets();
    QTest::qWait(0);
    int boxes = 0;
    for (QCheckBox *box : facets->findChildren<QCheckBox *>()) {
        if (!box->isVisibleTo(facets))
            continue;
        ++boxes;
        // What the box shows fits in it: whole, or cut with an ellipsis, never mid-letter.
        QStyleOptionButton option;
        option.initFrom(box);
        option.text = box->text();
        const QSize needed = box->style()->sizeFromContents(
            QStyle::CT_CheckBox, &option,
            box->fontMetrics().size(Qt::TextShowMnemonic, box->text()), box);
        QVERIFY2(needed.width() <= box->width(),
                 qPrintable(QStringLiteral("\"%1\" needs %2 pixels, has %3")
                                .arg(box->text())
                                .arg(needed.width())
                                .arg(box->width())));
        if (box->text().endsWith(QChar(0x2026))) {
            // The whole name is still there to hover and to hear.
            const QString start = box->text().chopped(1);
            QVERIFY2(box->toolTip().startsWith(start), qPrintable(box->toolTip()));
            QVERIFY2(box->accessibleName().contains(start), qPrintable(box->accessibleName()));
        }
    }
    QVERIFY(boxes > 10);
    // The stops and the day windows, with their hours, read whole.
    for (int bucket = 0; bucket < 3; ++bucket)
        QVERIFY2(!facets->stopsBox(bucket)->text().endsWith(QChar(0x2026)),
                 qPrintable(facets->stopsBox(bucket)->text()));
    for (int slice = 0; slice < facets->windowSlices(); ++slice) {
        for (int window = 0; window < kDayWindowCount; ++window) {
            for (bool arrival : {false, true}) {
                const QString text = facets->windowBox(slice, arrival, window)->text();
                QVERIFY2(!text.endsWith(QChar(0x2026)), qPrintable(text));
            }
        }
    }
}

void TestDeskLayout::columnsFitAndAirlinesAreReadable_data()
{
    screenSizes();
}

void TestDeskLayout::columnsFitAndAirlinesAreReadable()
{
    QFETCH(QSize, size);
    QVERIFY(openAndSearch(size));
    QTableView *view = m_desk.screen()->results()->view();
    QAbstractItemModel *model = view->model();
    QTRY_COMPARE(view->horizontalScrollBar()->maximum(), 0);
    int total = 0;
    for (int column = 0; column < model->columnCount(); ++column)
        total += view->isColumnHidden(column) ? 0 : view->columnWidth(column);
    QVERIFY(total <= view->viewport()->width());

    // Times, duration and price are never cut.
    const QAbstractItemView *base = view;
    for (int column : {FlightResultsModel::TimesColumn, FlightResultsModel::DurationColumn,
                       FlightResultsModel::PriceColumn}) {
        QVERIFY(!view->isColumnHidden(column));
        QVERIFY(view->columnWidth(column) >= base->sizeHintForColumn(column));
    }
    // The first airline of each flight reads whole when its name is of ordinary length
    // ("American Airlines"); a longer one is elided, and the row's tooltip names it.
    const int airlines = view->columnWidth(FlightResultsModel::AirlinesColumn);
    const QFontMetrics fm = view->fontMetrics();
    int checked = 0;
    for (int row = 0; row < std::min(model->rowCount(), 40); ++row) {
        const QModelIndex cell = model->index(row, FlightResultsModel::AirlinesColumn);
        const QString first = cell.data()
                                  .toString()
                                  .section(u'\n', 0, 0)
                                  .section(u" · "_s, 0, 0)
                                  .section(u", "_s, 0, 0);
        QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(first));
        if (first.size() > 17)
            continue;
        ++checked;
        QVERIFY2(fm.horizontalAdvance(first) + 12 <= airlines,
                 qPrintable(QStringLiteral("%1 in %2 pixels").arg(first).arg(airlines)));
    }
    QVERIFY(checked > 0);
}

QTEST_MAIN(TestDeskLayout)
#include "test_desk_layout.moc"
