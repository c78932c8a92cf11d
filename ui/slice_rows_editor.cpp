#include "ui/slice_rows_editor.h"

#include "backend/service/flight_search_service.h"

#include "ui/date_field.h"
#include "ui/place_line_edit.h"
#include "ui/search_form_controller.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

namespace tripdesk {

namespace {

enum GridColumn { NumberCol, FromCol, SwapCol, ToCol, DateCol, ExtraCol };

} // namespace

SliceRowsEditor::SliceRowsEditor(SearchFormController *controller,
                                 PlaceCompletionModel::Lookup lookup, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_lookup(std::move(lookup))
    , m_grid(new QGridLayout(this))
    , m_fromLabel(new QLabel(tr("Fro&m"), this))
    , m_toLabel(new QLabel(tr("&To"), this))
    , m_dateLabel(new QLabel(tr("&Depart"), this))
    , m_returnLabel(new QLabel(tr("&Return"), this))
    , m_returnDate(makeDateEdit(-1))
    , m_add(new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("Add fli&ght"), this))
{
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(8);
    m_grid->setVerticalSpacing(6);
    for (QLabel *label : {m_fromLabel, m_toLabel, m_dateLabel, m_returnLabel})
        label->setObjectName(QStringLiteral("fieldLabel"));
    m_grid->addWidget(m_fromLabel, 0, FromCol);
    m_grid->addWidget(m_toLabel, 0, ToCol);
    m_grid->addWidget(m_dateLabel, 0, DateCol);
    m_grid->addWidget(m_returnLabel, 0, ExtraCol);
    m_grid->setColumnStretch(FromCol, 3);
    m_grid->setColumnStretch(ToCol, 3);
    m_grid->setColumnStretch(DateCol, 0);
    m_grid->setColumnStretch(ExtraCol, 0);

    m_returnDate->setAccessibleName(tr("Return date"));
    m_returnLabel->setBuddy(m_returnDate);
    m_grid->addWidget(m_returnDate, 1, ExtraCol);
    connect(m_returnDate, &DateField::dateChanged, this, [this](QDate date) {
        if (!m_syncing)
            m_controller->setReturnDate(date);
    });

    m_add->setAccessibleName(tr("Add a flight to the trip"));
    connect(m_add, &QPushButton::clicked, this, [this] {
        commitPlaces();
        m_controller->addSlice();
        if (!m_rows.empty())
            m_rows.back().to->setFocus(Qt::TabFocusReason);
    });

    connect(m_controller, &SearchFormController::changed, this, &SliceRowsEditor::sync);
    sync();
}

PlaceLineEdit *SliceRowsEditor::originEdit(int row) const
{
    return m_rows[size_t(row)].from;
}

PlaceLineEdit *SliceRowsEditor::destinationEdit(int row) const
{
    return m_rows[size_t(row)].to;
}

DateField *SliceRowsEditor::dateEdit(int row) const
{
    return m_rows[size_t(row)].date;
}

DateField *SliceRowsEditor::makeDateEdit(int slice)
{
    // The first day offered is today where the flight departs, the day the search accepts.
    const auto today = [controller = m_controller, slice] {
        if (slice < 0)
            return controller->todayAt(controller->slice(0).destination);
        if (slice < controller->sliceCount())
            return controller->todayAt(controller->slice(slice).origin);
        return controller->today();
    };
    auto *edit = new DateField(today, FlightSearchService::kMaxDaysAhead, this);
    connect(edit, &DateField::errorChanged, this, &SliceRowsEditor::dateErrorChanged);
    return edit;
}

void SliceRowsEditor::addRow()
{
    const int index = int(m_rows.size());
    const int gridRow = index + 1;
    Row row;
    row.number = new QLabel(QString::number(index + 1), this);
    row.number->setObjectName(QStringLiteral("sliceNumber"));
    row.from = new PlaceLineEdit(m_lookup, this);
    row.to = new PlaceLineEdit(m_lookup, this);
    row.swap = new QToolButton(this);
    row.swap->setIcon(QIcon(QStringLiteral(":/icons/swap.svg")));
    row.swap->setAutoRaise(true);
    row.date = makeDateEdit(index);
    row.remove = new QToolButton(this);
    row.remove->setIcon(QIcon(QStringLiteral(":/icons/remove.svg")));
    row.remove->setAutoRaise(true);

    if (index == 0) {
        row.from->setAccessibleName(tr("From"));
        row.to->setAccessibleName(tr("To"));
        row.from->setClearButtonText(tr("Clear From"));
        row.to->setClearButtonText(tr("Clear To"));
        row.date->setAccessibleName(tr("Departure date"));
        m_fromLabel->setBuddy(row.from);
        m_toLabel->setBuddy(row.to);
        m_dateLabel->setBuddy(row.date);
    } else {
        row.from->setAccessibleName(tr("Flight %1 from").arg(index + 1));
        row.to->setAccessibleName(tr("Flight %1 to").arg(index + 1));
        row.from->setClearButtonText(tr("Clear flight %1 from").arg(index + 1));
        row.to->setClearButtonText(tr("Clear flight %1 to").arg(index + 1));
        row.date->setAccessibleName(tr("Flight %1 date").arg(index + 1));
    }
    row.swap->setToolTip(tr("Swap from and to (Ctrl+Shift+S)"));
    row.swap->setAccessibleName(tr("Swap from and to"));
    row.remove->setToolTip(tr("Remove flight %1").arg(index + 1));
    row.remove->setAccessibleName(tr("Remove flight %1").arg(index + 1));

    m_grid->addWidget(row.number, gridRow, NumberCol);
    m_grid->addWidget(row.from, gridRow, FromCol);
    m_grid->addWidget(row.swap, gridRow, SwapCol);
    m_grid->addWidget(row.to, gridRow, ToCol);
    m_grid->addWidget(row.date, gridRow, DateCol);
    if (index > 0)
        m_grid->addWidget(row.remove, gridRow, ExtraCol, Qt::AlignLeft);
    else
        row.remove->hide();

    connect(row.from, &PlaceLineEdit::codeChanged, this, [this, index](const QString &code) {
        if (!m_syncing)
            m_controller->setOrigin(index, code);
    });
    connect(row.to, &PlaceLineEdit::codeChanged, this, [this, index](const QString &code) {
        if (!m_syncing)
            m_controller->setDestination(index, code);
    });
    // Typing "del", Return, "bom", Return, a date: each pick moves on, as an agent types.
    connect(row.from, &PlaceLineEdit::pickedWithKeyboard, row.to,
            [to = row.to] { to->setFocus(Qt::TabFocusReason); });
    connect(row.to, &PlaceLineEdit::pickedWithKeyboard, row.date,
            [date = row.date] { date->setFocus(Qt::TabFocusReason); });
    connect(row.date, &DateField::dateChanged, this, [this, index](QDate date) {
        if (!m_syncing)
            m_controller->setDate(index, date);
    });
    connect(row.swap, &QToolButton::clicked, this, [this, index] {
        commitPlaces();
        m_controller->swapPlaces(index);
    });
    connect(row.remove, &QToolButton::clicked, this, [this, index] {
        commitPlaces();
        m_controller->removeSlice(index);
        const int focusRow = std::min(index, int(m_rows.size()) - 1);
        if (focusRow >= 0)
            m_rows[size_t(focusRow)].from->setFocus(Qt::TabFocusReason);
    });
    m_rows.push_back(row);
}

void SliceRowsEditor::removeLastRow()
{
    Row row = m_rows.back();
    m_rows.pop_back();
    if (row.date->hasError())
        Q_EMIT dateErrorChanged();
    for (QWidget *w : std::initializer_list<QWidget *>{row.number, row.from, row.swap, row.to,
                                                       row.date, row.remove}) {
        m_grid->removeWidget(w);
        w->hide();
        w->deleteLater();
    }
}

void SliceRowsEditor::commitPlaces()
{
    for (const Row &row : m_rows) {
        row.from->commit();
        row.to->commit();
    }
    // A field left with text that matched nothing still goes to the controller, so validation
    // can say which code is unknown.
    const bool wasSyncing = m_syncing;
    m_syncing = true;
    for (size_t i = 0; i < m_rows.size(); ++i) {
        m_controller->setOrigin(int(i), m_rows[i].from->code());
        m_controller->setDestination(int(i), m_rows[i].to->code());
    }
    m_syncing = wasSyncing;
}

DateField *SliceRowsEditor::commitDates()
{
    for (const Row &row : m_rows)
        row.date->commit();
    if (m_controller->tripType() == SearchFormController::TripType::RoundTrip)
        m_returnDate->commit();
    return invalidDateField();
}

DateField *SliceRowsEditor::invalidDateField() const
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].date->hasError())
            return m_rows[i].date;
        if (i == 0 && m_controller->tripType() == SearchFormController::TripType::RoundTrip &&
            m_returnDate->hasError())
            return m_returnDate;
    }
    return nullptr;
}

void SliceRowsEditor::sync()
{
    if (m_syncing)
        return;
    m_syncing = true;
    const int wanted = m_controller->sliceCount();
    while (int(m_rows.size()) < wanted)
        addRow();
    while (int(m_rows.size()) > wanted)
        removeLastRow();

    const bool multi = m_controller->tripType() == SearchFormController::TripType::MultiCity;
    const bool roundTrip = m_controller->tripType() == SearchFormController::TripType::RoundTrip;
    for (size_t i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows[i];
        const SliceRequest &slice = m_controller->slice(int(i));
        // Compare with what was picked, not with text still being typed.
        if (slice.origin != row.from->acceptedCode())
            row.from->setCode(slice.origin);
        if (slice.destination != row.to->acceptedCode())
            row.to->setCode(slice.destination);
        if (row.date->date() != slice.date)
            row.date->setDate(slice.date);
        row.number->setVisible(multi);
        row.remove->setVisible(multi && i > 0 && m_controller->canRemoveSlice());
    }
    m_returnLabel->setVisible(roundTrip);
    m_returnDate->setVisible(roundTrip);
    if (m_returnDate->date() != m_controller->returnDate())
        m_returnDate->setDate(m_controller->returnDate());
    m_dateLabel->setText(multi ? tr("&Date") : tr("&Depart"));

    m_grid->removeWidget(m_add);
    m_grid->addWidget(m_add, int(m_rows.size()) + 1, FromCol, Qt::AlignLeft);
    m_add->setVisible(multi);
    m_add->setEnabled(m_controller->canAddSlice());
    updateTabOrder();
    m_syncing = false;
}

QWidget *SliceRowsEditor::lastInTabOrder() const
{
    if (m_add->isVisible())
        return m_add;
    if (m_returnDate->isVisible())
        return m_returnDate;
    return m_rows.back().date;
}

void SliceRowsEditor::updateTabOrder()
{
    QWidget *previous = nullptr;
    const auto chain = [&previous](QWidget *next) {
        if (previous)
            setTabOrder(previous, next);
        previous = next;
    };
    for (size_t i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows[i];
        chain(row.from);
        chain(row.swap);
        chain(row.to);
        chain(row.date);
        if (i == 0)
            chain(m_returnDate);
        else
            chain(row.remove);
    }
    chain(m_add);
}

} // namespace tripdesk
