// The desk's date field as an agent uses it, offscreen: typed dates, arrow keys across month and
// year ends, the calendar on F4 and Alt+Down, one tab stop, refused text kept and flagged, and
// no day before today at the origin. Focus itself is not asserted; the focus chain is.

#include "backend/service/flight_search_service.h"
#include "ui/date_field.h"
#include "ui/flight_search_form.h"
#include "ui/place_line_edit.h"
#include "ui/search_form_controller.h"
#include "ui/slice_rows_editor.h"

#include <QAbstractItemView>
#include <QCalendarWidget>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace tripdesk;

namespace {

const QDate kToday(2026, 6, 1);
const QLocale kLocale(QLocale::English, QLocale::UnitedKingdom);

// The next widget Tab reaches after `from`, read from the focus chain as QWidget does.
QWidget *nextTabStop(QWidget *from, QWidget *window)
{
    for (QWidget *w = from->nextInFocusChain(); w != from; w = w->nextInFocusChain()) {
        if ((w->focusPolicy() & Qt::TabFocus) && w->isEnabled() && w->isVisibleTo(window) &&
            !w->focusProxy())
            return w;
    }
    return nullptr;
}

// A field between two line edits, as in the form.
struct Fixture {
    explicit Fixture(int maxDaysAhead = FlightSearchService::kMaxDaysAhead)
    {
        window.setLocale(kLocale);
        auto *layout = new QVBoxLayout(&window);
        before = new QLineEdit(&window);
        field = new DateField([] { return kToday; }, maxDaysAhead, &window);
        field->setAccessibleName(u"Departure date"_s);
        after = new QLineEdit(&window);
        layout->addWidget(before);
        layout->addWidget(field);
        layout->addWidget(after);
        QWidget::setTabOrder(before, field);
        QWidget::setTabOrder(field, after);
        window.show();
    }
    void type(const QString &text)
    {
        field->selectAll();
        QTest::keyClicks(field, text);
    }
    QWidget window;
    QLineEdit *before = nullptr;
    DateField *field = nullptr;
    QLineEdit *after = nullptr;
};

} // namespace

class TestDateField : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void typedDateIsReadOnReturn_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("24dec") << u"24dec"_s << QDate(2026, 12, 24);
        QTest::newRow("24/12") << u"24/12"_s << QDate(2026, 12, 24);
        QTest::newRow("+30") << u"+30"_s << QDate(2026, 7, 1);
        QTest::newRow("tomorrow") << u"tomorrow"_s << QDate(2026, 6, 2);
        QTest::newRow("fri") << u"fri"_s << QDate(2026, 6, 5);
        QTest::newRow("the field's own text") << u"Sat 5 Sep 2026"_s << QDate(2026, 9, 5);
    }
    void typedDateIsReadOnReturn()
    {
        QFETCH(QString, typed);
        QFETCH(QDate, expected);
        Fixture f;
        f.field->setDate(QDate(2026, 8, 1));
        QSignalSpy changed(f.field, &DateField::dateChanged);
        f.type(typed);
        QCOMPARE(f.field->date(), QDate(2026, 8, 1)); // nothing is read while typing
        QTest::keyClick(f.field, Qt::Key_Return);
        QCOMPARE(f.field->date(), expected);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toDate(), expected);
        QCOMPARE(f.field->text(), kLocale.toString(expected, u"ddd d MMM yyyy"_s));
        QVERIFY(!f.field->hasError());
    }

    void leavingTheFieldReadsIt()
    {
        Fixture f;
        f.field->setDate(QDate(2026, 8, 1));
        f.type(u"24dec"_s);
        QFocusEvent out(QEvent::FocusOut, Qt::TabFocusReason);
        QCoreApplication::sendEvent(f.field, &out);
        QCOMPARE(f.field->date(), QDate(2026, 12, 24));
        QCOMPARE(f.field->text(), u"Thu 24 Dec 2026"_s);
    }

    void steps_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("modifiers");
        QTest::addColumn<QDate>("expected");
        const int none = Qt::NoModifier;
        QTest::newRow("Up at 31 January")
            << QDate(2027, 1, 31) << int(Qt::Key_Up) << none << QDate(2027, 2, 1);
        QTest::newRow("Down at 1 January")
            << QDate(2027, 1, 1) << int(Qt::Key_Down) << none << QDate(2026, 12, 31);
        QTest::newRow("Up at 31 December")
            << QDate(2026, 12, 31) << int(Qt::Key_Up) << none << QDate(2027, 1, 1);
        QTest::newRow("Up on the keypad") << QDate(2026, 6, 30) << int(Qt::Key_Up)
                                          << int(Qt::KeypadModifier) << QDate(2026, 7, 1);
        QTest::newRow("Page Up at 31 January: end of February")
            << QDate(2027, 1, 31) << int(Qt::Key_PageUp) << none << QDate(2027, 2, 28);
        QTest::newRow("Page Down")
            << QDate(2026, 12, 15) << int(Qt::Key_PageDown) << none << QDate(2026, 11, 15);
        QTest::newRow("Ctrl+Up") << QDate(2026, 12, 15) << int(Qt::Key_Up)
                                 << int(Qt::ControlModifier) << QDate(2027, 12, 15);
        QTest::newRow("Ctrl+Down") << QDate(2027, 12, 15) << int(Qt::Key_Down)
                                   << int(Qt::ControlModifier) << QDate(2026, 12, 15);
        QTest::newRow("Shift+Page Up at 29 February")
            << QDate(2028, 2, 29) << int(Qt::Key_PageUp) << int(Qt::ShiftModifier)
            << QDate(2029, 2, 28);
        QTest::newRow("Shift+Page Down") << QDate(2027, 7, 4) << int(Qt::Key_PageDown)
                                         << int(Qt::ShiftModifier) << QDate(2026, 7, 4);
    }
    void steps()
    {
        QFETCH(QDate, from);
        QFETCH(int, key);
        QFETCH(int, modifiers);
        QFETCH(QDate, expected);
        Fixture f(1200); // room for year steps either way
        f.field->setDate(from);
        QSignalSpy changed(f.field, &DateField::dateChanged);
        QTest::keyClick(f.field, Qt::Key(key), Qt::KeyboardModifiers(modifiers));
        QCOMPARE(f.field->date(), expected);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(f.field->text(), kLocale.toString(expected, u"ddd d MMM yyyy"_s));
    }

    void stepsStopAtTheRange()
    {
        Fixture f;
        const QDate last = kToday.addDays(FlightSearchService::kMaxDaysAhead);
        QCOMPARE(f.field->minimumDate(), kToday);
        QCOMPARE(f.field->maximumDate(), last);
        f.field->setDate(kToday);
        QTest::keyClick(f.field, Qt::Key_Down);
        QCOMPARE(f.field->date(), kToday);
        QTest::keyClick(f.field, Qt::Key_PageUp, Qt::ShiftModifier);
        QCOMPARE(f.field->date(), last);
        QTest::keyClick(f.field, Qt::Key_Up);
        QCOMPARE(f.field->date(), last);
    }

    // Arriving from the keyboard (a place picked with Return, an error shown), typing replaces
    // the date shown; a click only places the cursor.
    void arrivingByKeyboardSelectsTheDate()
    {
        Fixture f;
        f.field->setDate(QDate(2026, 12, 24));
        f.field->deselect();
        QFocusEvent fromKeyboard(QEvent::FocusIn, Qt::OtherFocusReason);
        QCoreApplication::sendEvent(f.field, &fromKeyboard);
        QCOMPARE(f.field->selectedText(), f.field->text());
        f.field->deselect();
        QFocusEvent click(QEvent::FocusIn, Qt::MouseFocusReason);
        QCoreApplication::sendEvent(f.field, &click);
        QVERIFY(!f.field->hasSelectedText());
    }

    // Typed text is edited as text: Home and End move the cursor, not the date.
    void homeAndEndEditText()
    {
        Fixture f;
        f.field->setDate(QDate(2026, 12, 24));
        f.field->setCursorPosition(0);
        QTest::keyClick(f.field, Qt::Key_End);
        QCOMPARE(f.field->cursorPosition(), int(f.field->text().size()));
        QTest::keyClick(f.field, Qt::Key_Home);
        QCOMPARE(f.field->cursorPosition(), 0);
        QCOMPARE(f.field->date(), QDate(2026, 12, 24));
    }

    void calendarOpens_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("modifiers");
        QTest::newRow("F4") << int(Qt::Key_F4) << int(Qt::NoModifier);
        QTest::newRow("Alt+Down") << int(Qt::Key_Down) << int(Qt::AltModifier);
    }
    void calendarOpens()
    {
        QFETCH(int, key);
        QFETCH(int, modifiers);
        Fixture f;
        f.field->setDate(QDate(2026, 12, 24));
        QVERIFY(!f.field->calendarPopup() || !f.field->calendarPopup()->isVisible());
        QTest::keyClick(f.field, Qt::Key(key), Qt::KeyboardModifiers(modifiers));
        QVERIFY(f.field->calendarPopup());
        QVERIFY(f.field->calendarPopup()->isVisible());
        QCOMPARE(f.field->calendar()->selectedDate(), QDate(2026, 12, 24));
        QCOMPARE(f.field->calendar()->minimumDate(), kToday);
        QCOMPARE(f.field->calendar()->maximumDate(),
                 kToday.addDays(FlightSearchService::kMaxDaysAhead));
        QCOMPARE(f.field->date(), QDate(2026, 12, 24)); // opening changes nothing
    }

    void calendarPicksWithReturnAndEscapeRestores()
    {
        Fixture f;
        f.field->setDate(QDate(2026, 12, 24));
        QTest::keyClick(f.field, Qt::Key_F4);
        auto *view = f.field->calendar()->findChild<QAbstractItemView *>();
        QVERIFY(view);
        QTest::keyClick(view, Qt::Key_Right);
        QTest::keyClick(view, Qt::Key_Escape);
        QVERIFY(!f.field->calendarPopup()->isVisible());
        QCOMPARE(f.field->date(), QDate(2026, 12, 24));

        QTest::keyClick(f.field, Qt::Key_F4);
        QCOMPARE(f.field->calendar()->selectedDate(), QDate(2026, 12, 24));
        QTest::keyClick(view, Qt::Key_Right);
        QTest::keyClick(view, Qt::Key_Down);
        QTest::keyClick(view, Qt::Key_Return);
        QVERIFY(!f.field->calendarPopup()->isVisible());
        QCOMPARE(f.field->date(), QDate(2027, 1, 1));
        QCOMPARE(f.field->text(), u"Fri 1 Jan 2027"_s);
    }

    void oneTabStop()
    {
        Fixture f;
        f.field->setDate(QDate(2026, 12, 24));
        QCOMPARE(nextTabStop(f.before, &f.window), f.field);
        QCOMPARE(nextTabStop(f.field, &f.window), f.after);
        int focusable = 0;
        for (QWidget *w : f.field->findChildren<QWidget *>()) {
            if (w->focusPolicy() & Qt::TabFocus)
                ++focusable;
        }
        QCOMPARE(focusable, 0); // the calendar button is the mouse's, F4 the keyboard's
        QVERIFY(f.field->focusPolicy() & Qt::TabFocus);
    }

    void unparsableTextIsKeptAndFlagged_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("mention");
        QTest::newRow("impossible") << u"31/02"_s << u"February has no day 31"_s;
        QTest::newRow("not a date") << u"xmas"_s << u"“xmas” is not a date"_s;
        QTest::newRow("before today")
            << u"31/05/2026"_s << u"from Mon 1 Jun 2026 (today) to Fri 28 May 2027"_s;
        QTest::newRow("too far ahead") << u"+400"_s << u"outside the dates on sale"_s;
    }
    void unparsableTextIsKeptAndFlagged()
    {
        QFETCH(QString, typed);
        QFETCH(QString, mention);
        Fixture f;
        f.field->setDate(QDate(2026, 8, 1));
        QSignalSpy changed(f.field, &DateField::dateChanged);
        QSignalSpy refused(f.field, &DateField::errorChanged);
        f.type(typed);
        QTest::keyClick(f.field, Qt::Key_Return);
        QCOMPARE(f.field->text(), typed);
        QCOMPARE(f.field->date(), QDate(2026, 8, 1));
        QCOMPARE(changed.size(), 0);
        QVERIFY(f.field->hasError());
        QVERIFY2(f.field->errorMessage().contains(mention), qPrintable(f.field->errorMessage()));
        QCOMPARE(f.field->property("invalid").toBool(), true);
        QCOMPARE(f.field->accessibleDescription(), f.field->errorMessage());
        QCOMPARE(f.field->toolTip(), f.field->errorMessage());
        QCOMPARE(refused.size(), 1);

        // Leaving the field keeps the text too; a date that reads clears the mark.
        QFocusEvent out(QEvent::FocusOut, Qt::TabFocusReason);
        QCoreApplication::sendEvent(f.field, &out);
        QCOMPARE(f.field->text(), typed);
        f.type(u"24dec"_s);
        QTest::keyClick(f.field, Qt::Key_Return);
        QCOMPARE(f.field->date(), QDate(2026, 12, 24));
        QVERIFY(!f.field->hasError());
        QCOMPARE(f.field->property("invalid").toBool(), false);
        QVERIFY(f.field->accessibleDescription().isEmpty());
        QCOMPARE(refused.size(), 2);
    }

    void escapeDropsWhatWasTyped()
    {
        Fixture f;
        f.field->setDate(QDate(2026, 8, 1));
        f.type(u"31/02"_s);
        QTest::keyClick(f.field, Qt::Key_Return);
        QVERIFY(f.field->hasError());
        QTest::keyClick(f.field, Qt::Key_Escape);
        QVERIFY(!f.field->hasError());
        QCOMPARE(f.field->text(), u"Sat 1 Aug 2026"_s);
    }

    // In the form: one tab stop per date, the first day today where the flight departs, and a
    // search refused while a date does not read.
    void inTheSearchForm()
    {
        SearchFormController controller(kToday);
        // New York is a day behind Delhi for the test's purposes.
        controller.setTodayProvider(
            [](QStringView origin) { return origin == u"DEL" ? kToday.addDays(1) : kToday; });
        FlightSearchForm form(&controller, [](QStringView, int) { return std::vector<Place>{}; });
        form.setLocale(kLocale);
        form.show();
        controller.setTripType(SearchFormController::TripType::RoundTrip);
        SliceRowsEditor *rows = form.sliceRows();
        DateField *depart = rows->dateEdit(0);
        DateField *back = rows->returnDateEdit();
        QCOMPARE(depart->accessibleName(), u"Departure date"_s);
        QCOMPARE(back->accessibleName(), u"Return date"_s);
        QCOMPARE(nextTabStop(rows->destinationEdit(0), &form), depart);
        QCOMPARE(nextTabStop(depart, &form), back);

        QCOMPARE(depart->minimumDate(), kToday);
        controller.setOrigin(0, u"DEL"_s);
        controller.setDestination(0, u"JFK"_s);
        QCOMPARE(depart->minimumDate(), kToday.addDays(1));
        QCOMPARE(back->minimumDate(), kToday);

        // A typed date reaches the controller.
        depart->selectAll();
        QTest::keyClicks(depart, u"24dec"_s);
        QFocusEvent out(QEvent::FocusOut, Qt::TabFocusReason);
        QCoreApplication::sendEvent(depart, &out);
        QCOMPARE(controller.slice(0).date, QDate(2026, 12, 24));

        // Text that is not a date is said at once and stops the search, even unread.
        QSignalSpy requested(&form, &FlightSearchForm::searchRequested);
        QSignalSpy refused(&form, &FlightSearchForm::searchRefused);
        back->selectAll();
        QTest::keyClicks(back, u"xmas"_s);
        form.submit();
        QCOMPARE(requested.size(), 0);
        QCOMPARE(refused.size(), 1);
        QVERIFY2(refused.at(0).at(0).toString().contains(u"“xmas” is not a date"_s),
                 qPrintable(refused.at(0).at(0).toString()));
        QCOMPARE(form.errorLabel()->text(), back->errorMessage());
        QCOMPARE(back->text(), u"xmas"_s);
    }
};

QTEST_MAIN(TestDateField)
#include "test_date_field.moc"
