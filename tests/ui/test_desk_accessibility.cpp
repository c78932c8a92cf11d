// What a screen reader and a keyboard user meet in the desk: every control named, nothing read
// that shows nothing, no tab stop on a container. Offscreen, over the real backend (sandbox
// supplier, fixed clock, a temporary store), checked through the accessibility interfaces.

#include "tests/ui/desk_under_test.h"
#include "ui/facet_panel.h"
#include "ui/flight_results_model.h"
#include "ui/flight_search_form.h"
#include "ui/flight_search_screen.h"
#include "ui/main_window.h"
#include "ui/offer_details_view.h"
#include "ui/place_line_edit.h"
#include "ui/results_pane.h"
#include "ui/search_form_controller.h"
#include "ui/slice_rows_editor.h"
#include "ui/sort_tabs.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QRadioButton>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace tripdesk;

namespace {

// The names of the buttons inside a widget, as a screen reader lists them.
QStringList buttonNames(QWidget *widget)
{
    QStringList names;
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
    for (int i = 0; iface && i < iface->childCount(); ++i) {
        QAccessibleInterface *child = iface->child(i);
        if (child &&
            (child->role() == QAccessible::Button || child->role() == QAccessible::PushButton))
            names << child->text(QAccessible::Name);
    }
    return names;
}

// Every interface under `root`, depth first.
void collect(QAccessibleInterface *root, QList<QAccessibleInterface *> &out)
{
    if (!root)
        return;
    out << root;
    for (int i = 0; i < root->childCount(); ++i)
        collect(root->child(i), out);
}

QList<QAccessibleInterface *> tree(QWidget *widget)
{
    QList<QAccessibleInterface *> out;
    collect(QAccessible::queryAccessibleInterface(widget), out);
    return out;
}

} // namespace

class TestDeskAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void clearButtonsSayWhatTheyClear();
    void scrollBarsSayWhatTheyScroll();
    void sortTabsClaimOnlyTheFocusTheyHave();
    void emptyLabelsAreNotReadAndGreyedOptionsSayWhy();
    void everyTabStopIsANamedVisibleControl();
    void timeFiltersGoSliceBySlice();
    void everyControlOnScreenIsNamed();

private:
    // New York to London and back, four and six weeks ahead.
    void searchRoundTrip()
    {
        const QString failed = m_desk.searchRoundTrip();
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }
    // The tab stops that are not a visible, named control; `count` gets how many stops.
    QStringList badTabStops(int *count) const;

    DeskUnderTest m_desk;
    MainWindow *m_window = nullptr;
};

void TestDeskAccessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString failed = m_desk.build();
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
}

void TestDeskAccessibility::init()
{
    m_window = m_desk.open();
    QVERIFY(m_window);
}

void TestDeskAccessibility::cleanup()
{
    m_desk.close();
    m_window = nullptr;
}

void TestDeskAccessibility::clearButtonsSayWhatTheyClear()
{
    SliceRowsEditor *rows = m_window->searchScreen()->form()->sliceRows();
    QTest::keyClicks(rows->originEdit(0), QStringLiteral("NYC"));
    QTest::keyClicks(rows->destinationEdit(0), QStringLiteral("LON"));
    QCOMPARE(buttonNames(rows->originEdit(0)), QStringList{QStringLiteral("Clear From")});
    QCOMPARE(buttonNames(rows->destinationEdit(0)), QStringList{QStringLiteral("Clear To")});

    // The further flights of a multi-city trip say which flight.
    m_window->searchScreen()->formController()->setTripType(
        SearchFormController::TripType::MultiCity);
    QVERIFY(rows->rowCount() >= 2);
    QCOMPARE(buttonNames(rows->originEdit(1)), QStringList{QStringLiteral("Clear flight 2 from")});
    QCOMPARE(buttonNames(rows->destinationEdit(1)),
             QStringList{QStringLiteral("Clear flight 2 to")});
}

void TestDeskAccessibility::scrollBarsSayWhatTheyScroll()
{
    FlightSearchScreen *screen = m_window->searchScreen();
    const auto name = [](QScrollBar *bar) {
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(bar);
        return iface && iface->role() == QAccessible::ScrollBar ? iface->text(QAccessible::Name)
                                                                : QString();
    };
    QCOMPARE(name(screen->facets()->verticalScrollBar()), QStringLiteral("Scroll filters"));
    QCOMPARE(name(screen->results()->view()->verticalScrollBar()),
             QStringLiteral("Scroll flights"));
    QCOMPARE(name(screen->results()->view()->horizontalScrollBar()),
             QStringLiteral("Scroll flights sideways"));
    QCOMPARE(name(screen->details()->verticalScrollBar()), QStringLiteral("Scroll flight details"));
}

void TestDeskAccessibility::sortTabsClaimOnlyTheFocusTheyHave()
{
    FlightSearchScreen *screen = m_window->searchScreen();
    screen->form()->focusOrigin();
    QWidget *tabs = screen->results()->sortTabs();
    QAccessibleInterface *group = QAccessible::queryAccessibleInterface(tabs);
    QVERIFY(group);
    QStringList names;
    QStringList checked;
    const QWidget *focus = QApplication::focusWidget();
    for (int i = 0; i < group->childCount(); ++i) {
        QAccessibleInterface *tab = group->child(i);
        if (!tab || tab->state().invisible)
            continue;
        names << tab->text(QAccessible::Name);
        const QAccessible::State state = tab->state();
        // A tab may say it has focus only if it is the widget that has it.
        if (state.focused)
            QVERIFY2(tab->object() && tab->object() == focus, qPrintable(names.last()));
        if (state.checked)
            checked << names.last();
    }
    QCOMPARE(names, (QStringList{QStringLiteral("Best"), QStringLiteral("Cheapest"),
                                 QStringLiteral("Fastest"), QStringLiteral("Earliest")}));
    QCOMPARE(checked, QStringList{QStringLiteral("Best")});

    // One tab stop for the group: the checked tab; arrows move between them.
    auto *sortTabs = screen->results()->sortTabs();
    for (SortOrder order :
         {SortOrder::Best, SortOrder::Price, SortOrder::Duration, SortOrder::Departure})
        QCOMPARE(bool(sortTabs->button(order)->focusPolicy() & Qt::TabFocus),
                 order == SortOrder::Best);
    screen->resultsModel()->setSortOrder(SortOrder::Duration);
    QVERIFY(sortTabs->button(SortOrder::Duration)->isChecked());
    QVERIFY(sortTabs->button(SortOrder::Duration)->focusPolicy() & Qt::TabFocus);
    QVERIFY(!(sortTabs->button(SortOrder::Best)->focusPolicy() & Qt::TabFocus));
}

void TestDeskAccessibility::emptyLabelsAreNotReadAndGreyedOptionsSayWhy()
{
    searchRoundTrip();
    if (QTest::currentTestFailed())
        return;
    FacetPanel *facets = m_window->searchScreen()->facets();
    const auto check = [facets](const QString &why) {
        const QList<QAccessibleInterface *> all = tree(facets);
        for (QAccessibleInterface *iface : all) {
            auto *label = qobject_cast<QLabel *>(iface->object());
            if (iface->state().invisible || iface->role() != QAccessible::StaticText || !label)
                continue;
            // A label is read as what it shows (its mnemonic marker aside), never as a name
            // borrowed from its group.
            QVERIFY2(!label->text().isEmpty(), qPrintable(iface->text(QAccessible::Name)));
            QCOMPARE(iface->text(QAccessible::Name), QString(label->text()).remove(u'&'));
        }
        int greyed = 0;
        for (QAccessibleInterface *iface : all) {
            if (iface->state().invisible || iface->role() != QAccessible::CheckBox ||
                !iface->state().disabled)
                continue;
            ++greyed;
            QCOMPARE(iface->text(QAccessible::Description), why);
        }
        QVERIFY(greyed > 0);
    };
    // A round trip across the Atlantic has no offer with two stops or more.
    QVERIFY(!facets->stopsBox(2)->isEnabled());
    check(QStringLiteral("No flights found"));

    // With an airline ticked, what the others rule out says so.
    QCheckBox *airline = nullptr;
    for (const AirlineFacet &a : m_window->searchScreen()->resultsModel()->facets().airlines) {
        if (a.value.count > 0 && a.value.count < 10) {
            airline = facets->airlineBox(a.code);
            break;
        }
    }
    QVERIFY(airline);
    airline->setChecked(true);
    QVERIFY(!m_window->searchScreen()->resultsModel()->filter().isEmpty());
    check(QStringLiteral("No flights with the other filters"));
}

QStringList TestDeskAccessibility::badTabStops(int *count) const
{
    QWidget *window = m_window;
    // Tab stops as Tab finds them: widgets that take focus by Tab, shown and enabled.
    const auto isTabStop = [window](QWidget *w) {
        return w != window && (w->focusPolicy() & Qt::TabFocus) && w->isVisibleTo(window) &&
               w->isEnabled() && !w->focusProxy() && w->window() == window;
    };
    const QSet<QAccessible::Role> controls = {
        QAccessible::PushButton,
        QAccessible::Button,
        QAccessible::CheckBox,
        QAccessible::RadioButton,
        QAccessible::ComboBox,
        QAccessible::SpinBox,
        QAccessible::EditableText,
        QAccessible::Table,
        QAccessible::List,
        QAccessible::PageTab,
        QAccessible::Slider,
        QAccessible::ButtonMenu,
        // Text to read with the keyboard: the details, a message to select and copy.
        QAccessible::StaticText,
        QAccessible::Document,
    };
    QWidget *first = m_window->searchScreen()->form()->tripTypeCombo();
    QWidget *w = first;
    QStringList bad;
    int stops = 0;
    int guard = 0;
    do {
        if (isTabStop(w)) {
            ++stops;
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
            if (!iface || iface->text(QAccessible::Name).isEmpty() ||
                !controls.contains(iface->role()))
                bad << QStringLiteral("%1 %2 \"%3\", role %4")
                           .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
                                iface ? iface->text(QAccessible::Name) : QString())
                           .arg(iface ? int(iface->role()) : -1);
        }
        w = w->nextInFocusChain();
    } while (w && w != first && ++guard < 5000);
    if (w != first)
        bad << QStringLiteral("the focus chain does not come back to the first control");
    *count = stops;
    return bad;
}

void TestDeskAccessibility::everyTabStopIsANamedVisibleControl()
{
    int stops = 0;
    // Before a search, with the results pane showing its message.
    QStringList bad = badTabStops(&stops);
    QVERIFY2(bad.isEmpty(), qPrintable(bad.join(u'\n')));
    QVERIFY(stops >= 12);

    // With results, filters and details.
    searchRoundTrip();
    if (QTest::currentTestFailed())
        return;
    bad = badTabStops(&stops);
    QVERIFY2(bad.isEmpty(), qPrintable(bad.join(u'\n')));
    QVERIFY(stops > 25);

    // A multi-city form with its extra rows and buttons.
    m_window->searchScreen()->formController()->setTripType(
        SearchFormController::TripType::MultiCity);
    bad = badTabStops(&stops);
    QVERIFY2(bad.isEmpty(), qPrintable(bad.join(u'\n')));
}

void TestDeskAccessibility::timeFiltersGoSliceBySlice()
{
    searchRoundTrip();
    if (QTest::currentTestFailed())
        return;
    FacetPanel *facets = m_window->searchScreen()->facets();
    FlightResultsModel *model = m_window->searchScreen()->resultsModel();
    QCOMPARE(facets->windowSlices(), 2);
    QCOMPARE(facets->windowGroup(0, false)->title(), QStringLiteral("Outbound departure"));
    QCOMPARE(facets->windowGroup(0, true)->title(), QStringLiteral("Outbound arrival"));
    QCOMPARE(facets->windowGroup(1, false)->title(), QStringLiteral("Return departure"));
    QCOMPARE(facets->windowGroup(1, true)->title(), QStringLiteral("Return arrival"));
    // Each window says where it belongs, since "Morning" alone is said eight times.
    QCheckBox *returnMorning = facets->windowBox(1, false, int(DayWindow::Morning));
    QVERIFY(returnMorning->accessibleName().startsWith(QStringLiteral("Return departure: ")));
    QVERIFY(returnMorning->accessibleName().contains(QStringLiteral("Morning")));

    // Ticking a return window filters on the return, and only there.
    int window = -1;
    for (int w = 0; w < kDayWindowCount && window < 0; ++w) {
        const FacetValue &value = model->facets().slices[1].departure[size_t(w)];
        if (value.count > 0 && value.count < model->facets().total)
            window = w;
    }
    QVERIFY(window >= 0);
    const int expected = model->facets().slices[1].departure[size_t(window)].count;
    facets->windowBox(1, false, window)->setChecked(true);
    QCOMPARE(model->filter().slices[1].departure, QSet<int>{window});
    QVERIFY(model->filter().slices[0].isEmpty());
    QCOMPARE(model->rowCount(), expected);

    // A multi-city search of three flights has three of each.
    SearchFormController *form = m_window->searchScreen()->formController();
    form->setTripType(SearchFormController::TripType::MultiCity);
    while (form->sliceCount() < 3)
        form->addSlice();
    const QString places[][2] = {{QStringLiteral("NYC"), QStringLiteral("LON")},
                                 {QStringLiteral("LON"), QStringLiteral("PAR")},
                                 {QStringLiteral("PAR"), QStringLiteral("NYC")}};
    for (int i = 0; i < 3; ++i) {
        form->setOrigin(i, places[i][0]);
        form->setDestination(i, places[i][1]);
        form->setDate(i, form->today().addDays(28 + 4 * i));
    }
    m_window->searchScreen()->search();
    QVERIFY2(m_window->searchScreen()->currentReply(), qPrintable(form->errorMessage()));
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->searchScreen()->isSearching(), 60000);
    QVERIFY(model->rowCount() > 0);
    QCOMPARE(facets->windowSlices(), 3);
    QCOMPARE(facets->windowGroup(2, false)->title(), QStringLiteral("Flight 3 departure"));
    QCOMPARE(facets->windowGroup(1, true)->title(), QStringLiteral("Flight 2 arrival"));
}

void TestDeskAccessibility::everyControlOnScreenIsNamed()
{
    searchRoundTrip();
    if (QTest::currentTestFailed())
        return;
    const QSet<QAccessible::Role> controls = {
        QAccessible::PushButton,   QAccessible::Button,     QAccessible::CheckBox,
        QAccessible::RadioButton,  QAccessible::ComboBox,   QAccessible::SpinBox,
        QAccessible::EditableText, QAccessible::ScrollBar,  QAccessible::Slider,
        QAccessible::PageTab,      QAccessible::ButtonMenu,
    };
    QStringList unnamed;
    int seen = 0;
    for (QAccessibleInterface *iface : tree(m_window)) {
        if (iface->state().invisible || !controls.contains(iface->role()))
            continue;
        ++seen;
        if (iface->text(QAccessible::Name).trimmed().isEmpty()) {
            QObject *object = iface->object();
            unnamed << QStringLiteral("%1 %2, role %3")
                           .arg(object ? QString::fromLatin1(object->metaObject()->className())
                                       : QStringLiteral("(item)"),
                                object ? object->objectName() : QString())
                           .arg(int(iface->role()));
        }
    }
    QVERIFY(seen > 30);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));
}

QTEST_MAIN(TestDeskAccessibility)
#include "test_desk_accessibility.moc"
