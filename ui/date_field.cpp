#include "ui/date_field.h"

#include "backend/core/typed_date.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QAction>
#include <QCalendarWidget>
#include <QFrame>
#include <QKeyEvent>
#include <QScreen>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace tripdesk {

namespace {

QString displayFormat()
{
    return QStringLiteral("ddd d MMM yyyy");
}

} // namespace

DateField::DateField(Today today, int maxDaysAhead, QWidget *parent)
    : QLineEdit(parent)
    , m_today(std::move(today))
    , m_maxDaysAhead(maxDaysAhead)
{
    setObjectName(QStringLiteral("dateField"));
    setProperty("invalid", false);
    setPlaceholderText(tr("24/12, 24dec, +30…"));
    setToolTip(hint());
    // The button is the mouse's way in; the keyboard has F4, so it takes no tab stop.
    QAction *open =
        addAction(QIcon(QStringLiteral(":/icons/calendar.svg")), QLineEdit::TrailingPosition);
    open->setText(tr("Open the calendar"));
    open->setToolTip(tr("Open the calendar (F4)"));
    connect(open, &QAction::triggered, this, &DateField::openCalendar);
    connect(this, &QLineEdit::textEdited, this, [this] { m_edited = true; });
}

QDate DateField::minimumDate() const
{
    return m_today ? m_today() : QDate::currentDate();
}

QDate DateField::maximumDate() const
{
    return minimumDate().addDays(m_maxDaysAhead);
}

void DateField::setDate(QDate date)
{
    m_edited = false;
    setError({});
    const bool changed = date != m_date;
    m_date = date;
    showDate();
    if (changed)
        Q_EMIT dateChanged(m_date);
}

void DateField::apply(QDate date)
{
    if (date == m_date)
        return;
    m_date = date;
    Q_EMIT dateChanged(m_date);
}

void DateField::showDate()
{
    m_edited = false;
    setText(m_date.isValid() ? locale().toString(m_date, displayFormat()) : QString());
}

bool DateField::commit()
{
    if (!m_edited)
        return true;
    const QString typed = text();
    const QDate today = minimumDate();
    // The field's own text in the form's language reads back even where the month names are
    // not English.
    const QDate shown = locale().toDate(typed.trimmed(), displayFormat());
    const Result<QDate> parsed =
        shown.isValid() ? Result<QDate>(shown) : parseTypedDate(typed, today);
    if (!parsed) {
        setError(parsed.error().message);
        return false;
    }
    const QDate last = maximumDate();
    if (*parsed < today || *parsed > last) {
        const QLocale here = locale();
        setError(tr("%1 is outside the dates on sale; choose one from %2 (today) to %3.")
                     .arg(here.toString(*parsed, displayFormat()),
                          here.toString(today, displayFormat()),
                          here.toString(last, displayFormat())));
        return false;
    }
    setError({});
    apply(*parsed);
    showDate();
    return true;
}

void DateField::setError(const QString &message)
{
    if (message == m_error)
        return;
    m_error = message;
    const bool invalid = !message.isEmpty();
    setProperty("invalid", invalid);
    // The style sheet draws the red frame from the property; re-polish so it takes effect.
    style()->unpolish(this);
    style()->polish(this);
    update();
    setToolTip(invalid ? message : hint());
    setAccessibleDescription(message);
    QAccessibleEvent event(this, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&event);
    Q_EMIT errorChanged(m_error);
}

QString DateField::hint() const
{
    return tr("Type a date such as 24/12, 24dec, +30 or tomorrow. Up and Down change the day, "
              "Page Up and Page Down the month; F4 opens the calendar.");
}

void DateField::step(Unit unit, int amount)
{
    if (!commit())
        return;
    const QDate first = minimumDate();
    const QDate last = maximumDate();
    const QDate from = m_date.isValid() ? m_date : first;
    QDate to;
    switch (unit) {
    case Unit::Day:
        to = from.addDays(amount);
        break;
    case Unit::Month:
        to = from.addMonths(amount); // 31 January + 1 month is 28 or 29 February
        break;
    case Unit::Year:
        to = from.addYears(amount);
        break;
    }
    apply(std::clamp(to, first, last));
    showDate();
    selectAll();
}

void DateField::keyPressEvent(QKeyEvent *event)
{
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    const int key = event->key();
    const auto handled = [event] { event->accept(); };
    if ((key == Qt::Key_F4 && mods == Qt::NoModifier) ||
        (key == Qt::Key_Down && mods == Qt::AltModifier)) {
        openCalendar();
        return handled();
    }
    if ((key == Qt::Key_Up || key == Qt::Key_Down) &&
        (mods == Qt::NoModifier || mods == Qt::ControlModifier)) {
        step(mods == Qt::ControlModifier ? Unit::Year : Unit::Day, key == Qt::Key_Up ? 1 : -1);
        return handled();
    }
    if ((key == Qt::Key_PageUp || key == Qt::Key_PageDown) &&
        (mods == Qt::NoModifier || mods == Qt::ShiftModifier)) {
        step(mods == Qt::ShiftModifier ? Unit::Year : Unit::Month, key == Qt::Key_PageUp ? 1 : -1);
        return handled();
    }
    if (key == Qt::Key_Return || key == Qt::Key_Enter) {
        // A date that reads goes on to the form, where Return searches; one that does not
        // stays here to be corrected.
        if (!commit())
            return handled();
    }
    if (key == Qt::Key_Escape && m_edited) {
        setError({});
        showDate();
        return handled();
    }
    QLineEdit::keyPressEvent(event);
}

void DateField::focusInEvent(QFocusEvent *event)
{
    QLineEdit::focusInEvent(event);
    // Arriving from the keyboard (Tab, a place picked with Return, the calendar closed), the
    // next keys type a new date over the old one; a click places the cursor, and text being
    // corrected keeps it.
    if (event->reason() != Qt::MouseFocusReason && !m_edited)
        selectAll();
}

void DateField::focusOutEvent(QFocusEvent *event)
{
    // Opening the calendar or a context menu is not leaving the field.
    if (event->reason() != Qt::PopupFocusReason)
        commit();
    QLineEdit::focusOutEvent(event);
}

void DateField::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::LocaleChange:
        m_textWidth = -1;
        updateGeometry();
        if (!m_edited)
            showDate();
        break;
    case QEvent::FontChange:
    case QEvent::StyleChange:
        m_textWidth = -1;
        updateGeometry();
        break;
    default:
        break;
    }
    QLineEdit::changeEvent(event);
}

int DateField::textWidth() const
{
    if (m_textWidth < 0) {
        // Every month, with each weekday once: the widest of their names decides.
        const QFontMetrics metrics = fontMetrics();
        const QLocale here = locale();
        m_textWidth = 0;
        for (int month = 1; month <= 12; ++month) {
            for (int day = 22; day <= 28; ++day) {
                m_textWidth = std::max(m_textWidth, metrics.horizontalAdvance(here.toString(
                                                        QDate(2026, month, day), displayFormat())));
            }
        }
    }
    return m_textWidth;
}

QSize DateField::sizeHint() const
{
    // QLineEdit sizes itself for 17 "x"; keep its frame, padding and icon, and fit the dates.
    QSize size = QLineEdit::sizeHint();
    const int seventeen = fontMetrics().horizontalAdvance(QLatin1Char('x')) * 17;
    size.setWidth(std::max(size.width(), size.width() - seventeen + textWidth() + 8));
    return size;
}

QSize DateField::minimumSizeHint() const
{
    return {sizeHint().width(), QLineEdit::minimumSizeHint().height()};
}

QWidget *DateField::calendarPopup() const
{
    return m_popup;
}

void DateField::openCalendar()
{
    // Text that reads becomes the date the calendar opens on; text that does not is kept, and
    // the calendar opens on the date held.
    commit();
    if (!m_popup) {
        m_popup = new QFrame(this, Qt::Popup);
        m_popup->setObjectName(QStringLiteral("datePopup"));
        m_popup->setFrameShape(QFrame::StyledPanel);
        auto *layout = new QVBoxLayout(m_popup);
        layout->setContentsMargins(1, 1, 1, 1);
        m_calendar = new QCalendarWidget(m_popup);
        m_calendar->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
        layout->addWidget(m_calendar);
        connect(m_calendar, &QCalendarWidget::activated, this, &DateField::pickFromCalendar);
        connect(m_calendar, &QCalendarWidget::clicked, this, &DateField::pickFromCalendar);
        m_popup->installEventFilter(this);
        if (auto *view = m_calendar->findChild<QAbstractItemView *>())
            view->installEventFilter(this);
    }
    m_calendar->setAccessibleName(tr("Calendar for %1").arg(accessibleName()));
    m_calendar->setLocale(locale());
    m_calendar->setFirstDayOfWeek(locale().firstDayOfWeek());
    const QDate first = minimumDate();
    const QDate last = maximumDate();
    m_calendar->setDateRange(first, last);
    m_calendar->setSelectedDate(std::clamp(m_date.isValid() ? m_date : first, first, last));

    // Below the field, or above it when the screen ends first.
    m_popup->adjustSize();
    const QSize size = m_popup->size();
    QPoint at = mapToGlobal(QPoint(0, height()));
    if (const QScreen *where = screen()) {
        const QRect area = where->availableGeometry();
        if (at.y() + size.height() > area.bottom())
            at.setY(mapToGlobal(QPoint(0, 0)).y() - size.height());
        at.setX(std::max(area.left(), std::min(at.x(), area.right() - size.width())));
    }
    m_popup->move(at);
    m_popup->show();
    m_calendar->setFocus(Qt::PopupFocusReason);
}

void DateField::pickFromCalendar(QDate date)
{
    if (date < minimumDate() || date > maximumDate())
        return;
    setError({});
    apply(date);
    showDate();
    closeCalendar();
}

void DateField::closeCalendar()
{
    if (m_popup)
        m_popup->hide();
    setFocus(Qt::PopupFocusReason);
}

bool DateField::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress && m_popup && watched != this) {
        const auto *key = static_cast<QKeyEvent *>(event);
        // Escape, or F4 again, leaves the date as it was.
        if (key->key() == Qt::Key_Escape || key->key() == Qt::Key_F4) {
            closeCalendar();
            return true;
        }
    }
    return QLineEdit::eventFilter(watched, event);
}

} // namespace tripdesk
