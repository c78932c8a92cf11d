#pragma once
// A date field for people who type dates all day: one tab stop showing "Thu 24 Dec 2026" in the
// form's locale. Anything parseTypedDate reads can be typed ("24dec", "24/12", "+30", "fri") and
// is read on Return, Tab or leaving the field; text that is not a date stays as typed, with the
// field marked and the reason in its tooltip and accessible description. Up/Down move a day
// (across month and year ends), Page Up/Down a month, Ctrl+Up/Down or Shift+Page Up/Down a year;
// F4 or Alt+Down opens a calendar (arrows move, Return picks, Escape closes and changes nothing).
// The dates offered run from today at the origin to a fixed number of days after it.

#include <QDate>
#include <QLineEdit>

#include <functional>

class QCalendarWidget;
class QFrame;

namespace tripdesk {

class DateField : public QLineEdit
{
    Q_OBJECT

public:
    // `today` is asked afresh each time: it follows the trip's origin and the clock.
    using Today = std::function<QDate()>;
    DateField(Today today, int maxDaysAhead, QWidget *parent = nullptr);

    QDate date() const { return m_date; }
    // Shows `date` as it is, without a range check: a remembered search's date is shown and the
    // search's own validation says what is wrong with it. Emits dateChanged when it changes.
    void setDate(QDate date);
    QDate minimumDate() const;
    QDate maximumDate() const;

    // Reads typed text into the date. Returns false, keeping the text and marking the field,
    // when the text is not a date in range; true when nothing was typed.
    bool commit();
    // Why the typed text was refused; empty when the field holds a date.
    QString errorMessage() const { return m_error; }
    bool hasError() const { return !m_error.isEmpty(); }

    void openCalendar();
    // The calendar popup, created when first opened.
    QWidget *calendarPopup() const;
    QCalendarWidget *calendar() const { return m_calendar; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void dateChanged(QDate date);
    // The typed text was refused (`message` says why) or the refusal was cleared (empty).
    void errorChanged(const QString &message);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Unit { Day, Month, Year };
    void step(Unit unit, int amount);
    void apply(QDate date);
    void showDate();
    void setError(const QString &message);
    void pickFromCalendar(QDate date);
    void closeCalendar();
    QString hint() const;
    // The widest date in the locale's format, so no date is cut off.
    int textWidth() const;

    Today m_today;
    int m_maxDaysAhead;
    QDate m_date;
    QString m_error;
    bool m_edited = false;
    mutable int m_textWidth = -1;
    QFrame *m_popup = nullptr;
    QCalendarWidget *m_calendar = nullptr;
};

} // namespace tripdesk
