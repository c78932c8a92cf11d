#include "ui/flight_search_form.h"

#include "ui/date_field.h"
#include "ui/flight_format.h"
#include "ui/place_line_edit.h"
#include "ui/search_form_controller.h"
#include "ui/slice_rows_editor.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

namespace tripdesk {

namespace {

QLabel *fieldLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("fieldLabel"));
    label->setBuddy(buddy);
    return label;
}

// A label above its field, the way the place and date rows are laid out.
QVBoxLayout *stacked(QLabel *label, QWidget *field)
{
    auto *box = new QVBoxLayout;
    box->setSpacing(2);
    box->addWidget(label);
    box->addWidget(field);
    return box;
}

} // namespace

FlightSearchForm::FlightSearchForm(SearchFormController *controller,
                                   PlaceCompletionModel::Lookup lookup, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_tripType(new QComboBox(this))
    , m_adults(new QSpinBox(this))
    , m_children(new QSpinBox(this))
    , m_infants(new QSpinBox(this))
    , m_cabin(new QComboBox(this))
    , m_stops(new QComboBox(this))
    , m_recent(new QComboBox(this))
    , m_rows(new SliceRowsEditor(controller, std::move(lookup), this))
    , m_search(new QPushButton(QIcon(QStringLiteral(":/icons/search.svg")), tr("Search"), this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("searchForm"));

    m_tripType->addItem(tr("One-way"), int(SearchFormController::TripType::OneWay));
    m_tripType->addItem(tr("Round trip"), int(SearchFormController::TripType::RoundTrip));
    m_tripType->addItem(tr("Multi-city"), int(SearchFormController::TripType::MultiCity));
    m_tripType->setAccessibleName(tr("Trip type"));

    m_adults->setAccessibleName(tr("Adults"));
    m_children->setAccessibleName(tr("Children, 2 to 11 years"));
    m_children->setToolTip(tr("Children aged 2 to 11"));
    m_infants->setAccessibleName(tr("Infants under 2, on an adult’s lap"));
    m_infants->setToolTip(tr("Infants under 2 travel on an adult’s lap: one per adult"));

    for (Cabin cabin : {Cabin::Economy, Cabin::PremiumEconomy, Cabin::Business, Cabin::First})
        m_cabin->addItem(FlightFormat::cabin(cabin), int(cabin));
    m_cabin->setAccessibleName(tr("Cabin"));

    m_stops->addItem(tr("Any number of stops"), 2);
    m_stops->addItem(tr("Direct only"), 0);
    m_stops->addItem(tr("1 stop at most"), 1);
    m_stops->setAccessibleName(tr("Stops"));

    m_recent->setPlaceholderText(tr("Recent searches…"));
    m_recent->setAccessibleName(tr("Recent searches"));
    m_recent->setMinimumContentsLength(28);
    m_recent->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);

    m_search->setObjectName(QStringLiteral("primaryButton"));
    m_search->setAccessibleName(tr("Search flights"));
    m_search->setToolTip(tr("Search flights (Return or Ctrl+Return)"));
    m_search->setMinimumWidth(120);

    m_error->setObjectName(QStringLiteral("formError"));
    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Search form error"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    m_error->hide();

    // The first line: what kind of trip, for whom, in which cabin; recent searches at the end.
    auto *options = new QHBoxLayout;
    options->setSpacing(12);
    options->addLayout(stacked(fieldLabel(tr("Tri&p"), m_tripType, this), m_tripType));
    options->addLayout(stacked(fieldLabel(tr("&Adults"), m_adults, this), m_adults));
    options->addLayout(stacked(fieldLabel(tr("&Children"), m_children, this), m_children));
    options->addLayout(stacked(fieldLabel(tr("&Infants"), m_infants, this), m_infants));
    options->addLayout(stacked(fieldLabel(tr("Ca&bin"), m_cabin, this), m_cabin));
    options->addLayout(stacked(fieldLabel(tr("St&ops"), m_stops, this), m_stops));
    options->addStretch(1);
    options->addLayout(stacked(fieldLabel(tr("R&ecent searches"), m_recent, this), m_recent));

    // The second: the places and dates, with the Search button level with the first row.
    auto *searchColumn = new QVBoxLayout;
    searchColumn->setSpacing(0);
    auto *spacerLabel = new QLabel(QStringLiteral(" "), this);
    spacerLabel->setObjectName(QStringLiteral("fieldLabel"));
    spacerLabel->setAccessibleName(QString());
    searchColumn->addWidget(spacerLabel);
    searchColumn->addSpacing(6);
    searchColumn->addWidget(m_search);
    searchColumn->addStretch(1);
    auto *places = new QHBoxLayout;
    places->setSpacing(12);
    places->addWidget(m_rows, 1);
    places->addLayout(searchColumn);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(8);
    layout->addLayout(options);
    layout->addLayout(places);
    layout->addWidget(m_error);

    connect(m_tripType, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_syncing || index < 0)
            return;
        m_rows->commitPlaces();
        m_controller->setTripType(
            SearchFormController::TripType(m_tripType->itemData(index).toInt()));
    });
    connect(m_adults, &QSpinBox::valueChanged, this, [this](int value) {
        if (!m_syncing)
            m_controller->setAdults(value);
    });
    connect(m_children, &QSpinBox::valueChanged, this, [this](int value) {
        if (!m_syncing)
            m_controller->setChildren(value);
    });
    connect(m_infants, &QSpinBox::valueChanged, this, [this](int value) {
        if (!m_syncing)
            m_controller->setInfants(value);
    });
    connect(m_cabin, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (!m_syncing && index >= 0)
            m_controller->setCabin(Cabin(m_cabin->itemData(index).toInt()));
    });
    connect(m_stops, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (!m_syncing && index >= 0)
            m_controller->setMaxStops(m_stops->itemData(index).toInt());
    });
    connect(m_recent, &QComboBox::activated, this, [this](int index) {
        if (index >= 0 && index < int(m_recentRequests.size()))
            m_controller->loadRequest(m_recentRequests[size_t(index)]);
    });
    connect(m_search, &QPushButton::clicked, this, &FlightSearchForm::submit);
    connect(m_controller, &SearchFormController::changed, this, &FlightSearchForm::sync);
    connect(m_controller, &SearchFormController::errorChanged, this, &FlightSearchForm::showError);
    // A date typed wrong is said as soon as the field is left, where the form's errors go.
    connect(m_rows, &SliceRowsEditor::dateErrorChanged, this, [this] {
        const DateField *bad = m_rows->invalidDateField();
        showError(bad ? bad->errorMessage() : m_controller->errorMessage());
    });

    setTabOrder(m_tripType, m_adults);
    setTabOrder(m_adults, m_children);
    setTabOrder(m_children, m_infants);
    setTabOrder(m_infants, m_cabin);
    setTabOrder(m_cabin, m_stops);
    setTabOrder(m_stops, m_recent);
    setTabOrder(m_recent, m_rows->originEdit(0));
    sync();
}

void FlightSearchForm::sync()
{
    m_syncing = true;
    const int typeIndex = m_tripType->findData(int(m_controller->tripType()));
    m_tripType->setCurrentIndex(typeIndex);
    const Passengers &p = m_controller->passengers();
    m_adults->setRange(1, m_controller->maxAdults());
    m_adults->setValue(p.adults);
    m_children->setRange(0, m_controller->maxChildren());
    m_children->setValue(p.children);
    m_infants->setRange(0, m_controller->maxInfants());
    m_infants->setValue(p.infants);
    m_cabin->setCurrentIndex(m_cabin->findData(int(m_controller->cabin())));
    m_stops->setCurrentIndex(m_stops->findData(m_controller->maxStops()));
    setTabOrder(m_rows->lastInTabOrder(), m_search);
    m_syncing = false;
}

void FlightSearchForm::submit()
{
    m_rows->commitPlaces();
    // The text of a date that did not read is kept for correcting, not searched past.
    if (DateField *bad = m_rows->commitDates()) {
        showError(bad->errorMessage());
        bad->setFocus(Qt::OtherFocusReason);
        Q_EMIT searchRefused(bad->errorMessage());
        return;
    }
    Result<FlightSearchRequest> request = m_controller->validate();
    if (!request) {
        focusErrorField();
        Q_EMIT searchRefused(request.error().message);
        return;
    }
    Q_EMIT searchRequested(request.value());
}

void FlightSearchForm::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setAccessibleDescription(message);
    m_error->setVisible(!message.isEmpty());
    flagField(message.isEmpty() ? nullptr : errorFieldWidget(), message);
    if (!message.isEmpty()) {
        QAccessibleEvent event(m_error, QAccessible::Alert);
        QAccessible::updateAccessibility(&event);
    }
}

void FlightSearchForm::flagField(QWidget *field, const QString &message)
{
    // The message sits beside the field it is about: the field is framed as invalid, and a
    // screen reader reads the message as the field's description.
    const auto mark = [](QWidget *w, bool invalid, const QString &text) {
        w->setProperty("invalid", invalid);
        w->setAccessibleDescription(text);
        w->setToolTip(text);
        w->style()->unpolish(w);
        w->style()->polish(w);
    };
    if (m_flagged && m_flagged != field)
        mark(m_flagged, false, QString());
    m_flagged = field;
    if (field)
        mark(field, true, message);
}

QWidget *FlightSearchForm::errorFieldWidget() const
{
    const int slice = std::clamp(m_controller->errorSlice(), 0, m_controller->sliceCount() - 1);
    switch (m_controller->errorField()) {
    case SearchFormController::Field::Origin:
        return m_rows->originEdit(slice);
    case SearchFormController::Field::Destination:
        return m_rows->destinationEdit(slice);
    case SearchFormController::Field::Date:
        return m_rows->dateEdit(slice);
    case SearchFormController::Field::ReturnDate:
        return m_rows->returnDateEdit();
    case SearchFormController::Field::Passengers:
        return m_adults;
    case SearchFormController::Field::None:
        break;
    }
    return nullptr;
}

void FlightSearchForm::focusErrorField()
{
    if (QWidget *target = errorFieldWidget())
        target->setFocus(Qt::OtherFocusReason);
}

void FlightSearchForm::focusOrigin()
{
    PlaceLineEdit *origin = m_rows->originEdit(0);
    origin->setFocus(Qt::ShortcutFocusReason);
    origin->selectAll();
}

void FlightSearchForm::swapFirstSlice()
{
    m_rows->commitPlaces();
    m_controller->swapPlaces(0);
}

void FlightSearchForm::newSearch()
{
    for (int i = 0; i < m_rows->rowCount(); ++i) {
        m_rows->originEdit(i)->setCode(QString());
        m_rows->destinationEdit(i)->setCode(QString());
    }
    m_controller->reset();
    m_recent->setCurrentIndex(-1);
    focusOrigin();
}

void FlightSearchForm::keyPressEvent(QKeyEvent *event)
{
    // Return anywhere in the form searches; fields that use Return themselves (an open
    // completion list, a combo box's list) accept the key before it gets here.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        event->accept();
        submit();
        return;
    }
    QWidget::keyPressEvent(event);
}

void FlightSearchForm::setRecentSearches(const std::vector<FlightSearchRequest> &requests)
{
    m_recentRequests = requests;
    const QSignalBlocker blocker(m_recent);
    m_recent->clear();
    for (const FlightSearchRequest &request : requests)
        m_recent->addItem(QIcon(QStringLiteral(":/icons/history.svg")),
                          describe(request, locale()));
    m_recent->setCurrentIndex(-1);
    m_recent->setEnabled(!requests.empty());
    // The popup's height is reckoned from the combo's own padding, which its focus frame
    // narrows: without a floor it opens two pixels short when the combo has focus (as it does
    // once clicked), and the last entry hides behind a scroll arrow.
    QAbstractItemView *list = m_recent->view();
    const int rows = std::min(m_recent->count(), m_recent->maxVisibleItems());
    list->setMinimumHeight(rows > 0 ? rows * list->sizeHintForRow(0) + 2 * list->frameWidth() : 0);
}

QString FlightSearchForm::describe(const FlightSearchRequest &request, const QLocale &locale)
{
    if (request.slices.empty())
        return {};
    const QString dayFormat = QStringLiteral("ddd d MMM");
    QString route;
    QString dates;
    const SliceRequest &first = request.slices.front();
    switch (request.kind()) {
    case FlightSearchRequest::Kind::OneWay:
        route = tr("%1 → %2").arg(first.origin, first.destination);
        dates = locale.toString(first.date, dayFormat);
        break;
    case FlightSearchRequest::Kind::RoundTrip:
        route = tr("%1 ⇄ %2", "round trip").arg(first.origin, first.destination);
        dates = tr("%1 – %2", "date range")
                    .arg(locale.toString(first.date, dayFormat),
                         locale.toString(request.slices.back().date, dayFormat));
        break;
    case FlightSearchRequest::Kind::MultiCity: {
        QStringList codes{first.origin};
        for (const SliceRequest &s : request.slices) {
            if (codes.last() != s.origin)
                codes << s.origin;
            codes << s.destination;
        }
        route = codes.join(QStringLiteral(" → "));
        dates = tr("%1 – %2", "date range")
                    .arg(locale.toString(first.date, dayFormat),
                         locale.toString(request.slices.back().date, dayFormat));
        break;
    }
    }
    const int people = request.passengers.total();
    const QString passengers =
        people == 1 ? tr("1 passenger") : tr("%n passengers", nullptr, people);
    return tr("%1 · %2 · %3 · %4", "route · dates · passengers · cabin")
        .arg(route, dates, passengers, FlightFormat::cabin(request.cabin));
}

} // namespace tripdesk
