// One offscreen walk through the desk: type a search the way an agent does, see results from the
// real backend (sandbox supplier, fixed clock, a temporary store), sort them, open the details.

#include "backend/core/clock.h"
#include "backend/service/backend.h"
#include "ui/flight_results_model.h"
#include "ui/flight_search_form.h"
#include "ui/flight_search_screen.h"
#include "ui/main_window.h"
#include "ui/offer_details_view.h"
#include "ui/place_line_edit.h"
#include "ui/results_pane.h"
#include "ui/slice_rows_editor.h"
#include "ui/sort_tabs.h"

#include "ui/date_field.h"
#include <QAbstractItemView>
#include <QAccessible>
#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QFile>
#include <QLabel>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace tripdesk;

class TestMainWindowSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void typesASearchAndSeesResults();
    void showsBeforeTheBackendIsReady();
    void saysWhenTheSandboxCannotSell();
};

// A damaged sandbox.sqlite leaves searching working; the status bar says, in words, that the
// sandbox cannot sell and which file is at fault, without widening the window.
void TestMainWindowSearch::saysWhenTheSandboxCannotSell()
{
    QTemporaryDir dir;
    QFile junk(dir.filePath(QStringLiteral("sandbox.sqlite")));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray(4096, 'x'));
    junk.close();
    FixedClock clock(QDateTime(QDate(2026, 11, 26), QTime(9, 0), QTimeZone::utc()));
    auto backend = BackendBuilder().setDataDir(dir.path()).setClock(&clock).build();
    QVERIFY(backend.ok());
    MainWindow window((*backend)->services());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QLabel *warning = window.warningLabel();
    QVERIFY(warning->isVisible());
    QVERIFY2(warning->accessibleName().contains(QStringLiteral("sandbox.sqlite")),
             qPrintable(warning->accessibleName()));
    QCOMPARE(warning->toolTip(), warning->accessibleName());
    QVERIFY(warning->width() <= std::max(380, window.width() / 2 + 20));
}

// The window is on screen before the backend is built: it says it is preparing, and nothing
// that needs the search screen can be triggered until the services are attached.
void TestMainWindowSearch::showsBeforeTheBackendIsReady()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.isAttached());
    QVERIFY(window.searchScreen() == nullptr);
    auto *placeholder = window.findChild<QLabel *>(QStringLiteral("preparing"));
    QVERIFY(placeholder && placeholder->isVisible());
    QVERIFY(placeholder->text().startsWith(QStringLiteral("Preparing")));
    QAction *searchAction = nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_Return))
            searchAction = action;
    }
    QVERIFY(searchAction);
    QVERIFY(!searchAction->isEnabled());
    searchAction->trigger(); // harmless

    QTemporaryDir dir;
    FixedClock clock(QDateTime(QDate(2026, 11, 26), QTime(9, 0), QTimeZone::utc()));
    auto backend = BackendBuilder().setDataDir(dir.path()).setClock(&clock).build();
    QVERIFY(backend.ok());
    window.attach((*backend)->services());
    QVERIFY(window.isAttached());
    QVERIFY(window.searchScreen()->isVisible());
    QVERIFY(searchAction->isEnabled());
    QVERIFY(!window.warningLabel()->isVisible()); // nothing wrong with this data folder
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("preparing")) == nullptr ||
            !window.findChild<QLabel *>(QStringLiteral("preparing"))->isVisible());
}

void TestMainWindowSearch::typesASearchAndSeesResults()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    FixedClock clock(QDateTime(QDate(2026, 11, 26), QTime(9, 0), QTimeZone::utc()));
    SandboxOptions sandbox;
    sandbox.currency = QStringLiteral("INR");
    Result<std::unique_ptr<Backend>> created =
        BackendBuilder().setDataDir(dir.path()).setClock(&clock).setSandbox(sandbox).build();
    QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().message));
    std::unique_ptr<Backend> backend = std::move(created).value();

    MainWindow window(backend->services());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    FlightSearchScreen *screen = window.searchScreen();
    FlightSearchForm *form = screen->form();
    PlaceLineEdit *from = form->sliceRows()->originEdit(0);
    PlaceLineEdit *to = form->sliceRows()->destinationEdit(0);

    // Typing lists Delhi first; Return in the list picks it without searching yet.
    QTest::keyClicks(from, QStringLiteral("del"));
    QVERIFY(!from->completionModel()->places().empty());
    QCOMPARE(from->completionModel()->places().front().code, QStringLiteral("DEL"));
    QAbstractItemView *list = from->placeCompleter()->popup();
    QVERIFY(list->isVisible());
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(from->code(), QStringLiteral("DEL"));
    QCOMPARE(from->text(), QStringLiteral("Delhi (DEL)"));
    QVERIFY(!form->errorLabel()->isVisibleTo(&window));

    // Return again searches; with no destination the form says what is missing.
    QTest::keyClick(from, Qt::Key_Return);
    QVERIFY(form->errorLabel()->isVisibleTo(&window));
    QCOMPARE(form->errorLabel()->text(), QStringLiteral("Choose where you are flying to."));
    QVERIFY(!screen->currentReply());

    QTest::keyClicks(to, QStringLiteral("BOM"));
    form->sliceRows()->dateEdit(0)->setDate(QDate(2026, 12, 24));
    QTest::keyClick(to, Qt::Key_Return);
    QVERIFY2(screen->currentReply(), qPrintable(form->errorLabel()->text()));
    QVERIFY(!form->errorLabel()->isVisibleTo(&window));
    QCOMPARE(to->code(), QStringLiteral("BOM"));

    // The sandbox builds its schedule at the first search, which can take a while.
    FlightResultsModel *model = screen->resultsModel();
    QTRY_VERIFY_WITH_TIMEOUT(!screen->isSearching(), 60000);
    QVERIFY(model->rowCount() > 0);
    for (int row = 0; row < model->rowCount(); ++row) {
        const FlightOffer *offer = model->offerAtRow(row);
        QCOMPARE(offer->itineraries.size(), size_t(1));
        QCOMPARE(offer->itineraries[0].segments.front().origin, QStringLiteral("DEL"));
        QCOMPARE(offer->itineraries[0].segments.back().destination, QStringLiteral("BOM"));
    }
    // The status counts the supplier's fares: each result and its other fare options.
    int fares = 0;
    for (int i = 0; i < model->offerCount(); ++i)
        fares += 1 + int(model->offer(i).options.size());
    QVERIFY2(window.statusLabel()->text().contains(QString::number(fares)),
             qPrintable(window.statusLabel()->text()));
    // A screen reader reads the status itself.
    QAccessibleInterface *status = QAccessible::queryAccessibleInterface(window.statusLabel());
    QVERIFY(status);
    QCOMPARE(status->text(QAccessible::Name), window.statusLabel()->text());

    // Sort by price with the sort tabs.
    SortTabs *tabs = screen->results()->sortTabs();
    QTest::mouseClick(tabs->button(SortOrder::Price), Qt::LeftButton);
    QCOMPARE(model->sortOrder(), SortOrder::Price);
    for (int row = 1; row < model->rowCount(); ++row)
        QVERIFY(model->offerAtRow(row - 1)->price.minorUnits() <=
                model->offerAtRow(row)->price.minorUnits());

    // Return on a row opens its details.
    QTableView *view = screen->results()->view();
    view->setCurrentIndex(model->index(1, 0));
    QTest::keyClick(view, Qt::Key_Return);
    OfferDetailsView *details = screen->details();
    QVERIFY(details->hasOffer());
    const FlightOffer *second = model->offerAtRow(1);
    QCOMPARE(details->offerId(), second->id);
    const QString text = details->toPlainText();
    const Segment &first = second->itineraries[0].segments.front();
    // The carrier stands apart from the number ("H2 91", never "H291").
    QVERIFY2(text.contains(first.carrier + QChar(0x00A0) + first.flightNumber) ||
                 text.contains(first.carrier + u' ' + first.flightNumber),
             qPrintable(text));
    QVERIFY(!text.contains(first.carrier + first.flightNumber));
    QVERIFY(text.contains(QStringLiteral("Baggage")));
    QVERIFY(text.contains(QStringLiteral("Fare conditions")));

    // The search is kept among the recent searches.
    QCOMPARE(form->recentCombo()->count(), 1);
    QVERIFY(form->recentCombo()->itemText(0).startsWith(QStringLiteral("DEL → BOM")));

    // A refused search leaves no results behind that would read as its answer.
    to->clear();
    QTest::keyClicks(to, QStringLiteral("x"));
    to->setCode(QString());
    QTest::keyClick(from, Qt::Key_Return);
    QVERIFY(form->errorLabel()->isVisibleTo(&window));
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(!details->hasOffer());
    QCOMPARE(screen->results()->state(), ResultsPane::State::Failed);
}

QTEST_MAIN(TestMainWindowSearch)
#include "test_main_window_search.moc"
