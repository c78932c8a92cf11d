#include "ui/facet_panel.h"

#include "ui/eliding_check_box.h"
#include "ui/flight_results_model.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tripdesk {

namespace {

qint64 scaleOf(const QString &currency)
{
    qint64 scale = 1;
    for (int i = 0; i < Money::exponent(currency).value_or(0); ++i)
        scale *= 10;
    return scale;
}

QGroupBox *facetGroup(const QString &title, QWidget *parent, QGridLayout **grid)
{
    auto *group = new QGroupBox(title, parent);
    group->setObjectName(QStringLiteral("facetGroup"));
    *grid = new QGridLayout(group);
    // Tight margins leave the option names room beside their prices and counts.
    (*grid)->setContentsMargins(4, 4, 2, 6);
    (*grid)->setHorizontalSpacing(6);
    (*grid)->setVerticalSpacing(2);
    (*grid)->setColumnStretch(0, 1);
    return group;
}

} // namespace

FacetPanel::FacetPanel(FlightResultsModel *model, QWidget *parent)
    : QScrollArea(parent)
    , m_model(model)
    , m_clear(new QPushButton(tr("Clear filters")))
    , m_summary(new QLabel)
    , m_content(new QWidget)
    , m_layout(new QVBoxLayout(m_content))
    , m_stopsGroup(nullptr)
    , m_airlineGroup(nullptr)
    , m_airlineGrid(nullptr)
    , m_priceGroup(nullptr)
    , m_minPrice(new QSpinBox)
    , m_maxPrice(new QSpinBox)
    , m_priceInfo(new QLabel)
    , m_bags(new QComboBox)
{
    setObjectName(QStringLiteral("facetPanel"));
    setAccessibleName(tr("Filters"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    verticalScrollBar()->setAccessibleName(tr("Scroll filters"));
    // The panel is a frame around the filters, not a control: Tab goes to the filters, and a
    // focused filter is scrolled into view.
    setFocusPolicy(Qt::NoFocus);

    QWidget *content = m_content;
    content->setObjectName(QStringLiteral("facetContent"));
    QVBoxLayout *layout = m_layout;
    layout->setContentsMargins(8, 8, 6, 8);
    layout->setSpacing(10);

    auto *header = new QHBoxLayout;
    auto *title = new QLabel(tr("Filters"));
    title->setObjectName(QStringLiteral("paneTitle"));
    header->addWidget(title);
    header->addStretch(1);
    m_clear->setAccessibleName(tr("Clear all filters"));
    m_clear->setToolTip(tr("Clear all filters (Ctrl+Shift+F)"));
    header->addWidget(m_clear);
    layout->addLayout(header);
    m_summary->setObjectName(QStringLiteral("mutedLabel"));
    layout->addWidget(m_summary);

    // Bags change what every price means, so they come before the filters on prices.
    auto *bagsRow = new QHBoxLayout;
    auto *bagsLabel = new QLabel(tr("&Bags"));
    bagsLabel->setBuddy(m_bags);
    m_bags->addItem(tr("Fare only"), 0);
    m_bags->addItem(tr("With 1 checked bag"), 1);
    m_bags->addItem(tr("With 2 checked bags"), 2);
    m_bags->setAccessibleName(tr("Prices include checked bags"));
    m_bags->setToolTip(tr("Show each flight at its cheapest fare with this many checked bags "
                          "for every traveller, the airline's bag charges included"));
    bagsRow->addWidget(bagsLabel);
    bagsRow->addWidget(m_bags, 1);
    layout->addLayout(bagsRow);

    QGridLayout *grid = nullptr;
    m_stopsGroup = facetGroup(tr("Stops"), content, &grid);
    for (int bucket = 0; bucket < kStopsBucketCount; ++bucket) {
        const QString text = bucket == 0   ? tr("Direct")
                             : bucket == 1 ? tr("1 stop")
                                           : tr("2 or more stops");
        Option option = addOption(grid, bucket, text);
        option.value = bucket;
        m_stops.push_back(option);
    }
    layout->addWidget(m_stopsGroup);

    m_airlineGroup = facetGroup(tr("Airlines"), content, &m_airlineGrid);
    layout->addWidget(m_airlineGroup);

    m_priceGroup = new QGroupBox(tr("Price"), content);
    m_priceGroup->setObjectName(QStringLiteral("facetGroup"));
    auto *priceForm = new QFormLayout(m_priceGroup);
    priceForm->setContentsMargins(4, 4, 2, 6);
    m_minPrice->setAccessibleName(tr("Lowest price"));
    m_maxPrice->setAccessibleName(tr("Highest price"));
    for (QSpinBox *box : {m_minPrice, m_maxPrice}) {
        box->setGroupSeparatorShown(true);
        box->setKeyboardTracking(false);
        box->setAccelerated(true);
    }
    priceForm->addRow(tr("From"), m_minPrice);
    priceForm->addRow(tr("To"), m_maxPrice);
    m_priceInfo->setObjectName(QStringLiteral("mutedLabel"));
    m_priceInfo->setWordWrap(true);
    priceForm->addRow(m_priceInfo);
    layout->addWidget(m_priceGroup);
    layout->addStretch(1);
    setWidget(content);
    rebuildWindows(1);

    connect(m_clear, &QPushButton::clicked, m_model, &FlightResultsModel::clearFilter);
    connect(m_bags, &QComboBox::currentIndexChanged, this, [this] {
        PriceView view = m_model->priceView();
        view.checkedBags = m_bags->currentData().toInt();
        m_model->setPriceView(view);
    });
    for (QSpinBox *box : {m_minPrice, m_maxPrice})
        connect(box, &QSpinBox::valueChanged, this, &FacetPanel::applyFromWidgets);
    connect(m_model, &FlightResultsModel::facetsChanged, this, &FacetPanel::refresh);
    connect(m_model, &FlightResultsModel::modelReset, this, &FacetPanel::refresh);
    refresh();
}

void FacetPanel::setTrip(std::vector<TripSlice> slices, bool roundTrip)
{
    m_trip = std::move(slices);
    m_roundTrip = roundTrip;
    nameWindows();
}

QString FacetPanel::windowTitle(int slice, bool arrival) const
{
    const int count = int(m_windows.size());
    if (count <= 1) {
        const QString city =
            m_trip.empty() ? QString()
                           : (arrival ? m_trip.front().destinationCity : m_trip.front().originCity);
        if (city.isEmpty())
            return arrival ? tr("Arrival time") : tr("Departure time");
        return arrival ? tr("Arrival in %1").arg(city) : tr("Departure from %1").arg(city);
    }
    if (m_roundTrip && count == 2) {
        if (slice == 0)
            return arrival ? tr("Outbound arrival") : tr("Outbound departure");
        return arrival ? tr("Return arrival") : tr("Return departure");
    }
    return arrival ? tr("Flight %1 arrival").arg(slice + 1)
                   : tr("Flight %1 departure").arg(slice + 1);
}

void FacetPanel::nameWindows()
{
    for (int s = 0; s < int(m_windows.size()); ++s) {
        const SliceWindowsUi &ui = m_windows[size_t(s)];
        for (bool arrival : {false, true}) {
            QGroupBox *group = arrival ? ui.arrivalGroup : ui.departureGroup;
            const QString title = windowTitle(s, arrival);
            group->setTitle(title);
            // Each in the local time of its own airport.
            const QString city =
                size_t(s) < m_trip.size()
                    ? (arrival ? m_trip[size_t(s)].destinationCity : m_trip[size_t(s)].originCity)
                    : QString();
            group->setToolTip(city.isEmpty() ? QString()
                              : arrival      ? tr("Arrival in %1, its local time").arg(city)
                                             : tr("Departure from %1, its local time").arg(city));
            // Every window box says which slice and which end of it it is about.
            for (const Option &option : arrival ? ui.arrival : ui.departure)
                option.box->setAccessibleName(tr("%1: %2", "time filter's title: a day window")
                                                  .arg(title, option.box->fullText()));
        }
    }
}

void FacetPanel::rebuildWindows(int slices)
{
    for (const SliceWindowsUi &ui : m_windows) {
        delete ui.departureGroup;
        delete ui.arrivalGroup;
    }
    m_windows.clear();
    int at = m_layout->indexOf(m_airlineGroup) + 1;
    for (int s = 0; s < slices; ++s) {
        SliceWindowsUi ui;
        for (bool arrival : {false, true}) {
            QGridLayout *grid = nullptr;
            QGroupBox *group = facetGroup(QString(), m_content, &grid);
            std::vector<Option> &options = arrival ? ui.arrival : ui.departure;
            // The same day windows for departures and arrivals.
            for (int w = 0; w < kDayWindowCount; ++w) {
                const auto window = DayWindow(w);
                Option option = addOption(grid, w,
                                          tr("%1 %2", "day window name, hours")
                                              .arg(FlightFormat::dayWindowName(window),
                                                   FlightFormat::dayWindowHours(window)));
                option.value = w;
                options.push_back(option);
            }
            (arrival ? ui.arrivalGroup : ui.departureGroup) = group;
            m_layout->insertWidget(at++, group);
        }
        m_windows.push_back(std::move(ui));
    }
    nameWindows();
    updateTabOrder();
}

QGroupBox *FacetPanel::windowGroup(int slice, bool arrival) const
{
    if (slice < 0 || slice >= int(m_windows.size()))
        return nullptr;
    const SliceWindowsUi &ui = m_windows[size_t(slice)];
    return arrival ? ui.arrivalGroup : ui.departureGroup;
}

QCheckBox *FacetPanel::windowBox(int slice, bool arrival, int window) const
{
    if (slice < 0 || slice >= int(m_windows.size()) || window < 0 || window >= kDayWindowCount)
        return nullptr;
    const SliceWindowsUi &ui = m_windows[size_t(slice)];
    return (arrival ? ui.arrival : ui.departure)[size_t(window)].box;
}

void FacetPanel::updateTabOrder()
{
    // Top to bottom, whatever order the boxes were made in.
    QWidget *previous = m_clear;
    const auto chain = [&previous](QWidget *next) {
        setTabOrder(previous, next);
        previous = next;
    };
    chain(m_bags);
    for (const Option &option : m_stops)
        chain(option.box);
    for (const Option &option : m_airlines)
        chain(option.box);
    for (const SliceWindowsUi &ui : m_windows) {
        for (const Option &option : ui.departure)
            chain(option.box);
        for (const Option &option : ui.arrival)
            chain(option.box);
    }
    chain(m_minPrice);
    chain(m_maxPrice);
}

QWidget *FacetPanel::firstFocusable() const
{
    std::vector<const std::vector<Option> *> groups{&m_stops, &m_airlines};
    for (const SliceWindowsUi &ui : m_windows) {
        groups.push_back(&ui.departure);
        groups.push_back(&ui.arrival);
    }
    for (const std::vector<Option> *group : groups) {
        for (const Option &option : *group) {
            if (option.box->isEnabled() && option.box->isVisibleTo(this))
                return option.box;
        }
    }
    if (m_minPrice->isEnabled() && m_minPrice->isVisibleTo(this))
        return m_minPrice;
    return nullptr;
}

QCheckBox *FacetPanel::stopsBox(int bucket) const
{
    return bucket >= 0 && bucket < int(m_stops.size()) ? m_stops[size_t(bucket)].box : nullptr;
}

QCheckBox *FacetPanel::airlineBox(const QString &code) const
{
    for (const Option &option : m_airlines) {
        if (option.code == code)
            return option.box;
    }
    return nullptr;
}

FacetPanel::Option FacetPanel::addOption(QGridLayout *grid, int row, const QString &text)
{
    Option option;
    option.box = new ElidingCheckBox(text);
    // A long airline name gives way before the counts do, with an ellipsis.
    option.box->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    option.box->setMinimumWidth(
        option.box->fontMetrics().horizontalAdvance(QStringLiteral("Direct")) + 28);
    option.price = new QLabel;
    option.price->setObjectName(QStringLiteral("facetPrice"));
    option.price->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    option.count = new QLabel;
    option.count->setObjectName(QStringLiteral("facetCount"));
    option.count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    option.count->setMinimumWidth(
        option.count->fontMetrics().horizontalAdvance(QStringLiteral("0000")));
    grid->addWidget(option.box, row, 0);
    grid->addWidget(option.price, row, 1);
    grid->addWidget(option.count, row, 2);
    connect(option.box, &QCheckBox::toggled, this, &FacetPanel::applyFromWidgets);
    return option;
}

QString FacetPanel::compactPrice(qint64 minor) const
{
    // Whole units are enough to compare facets; the list and details show exact amounts.
    const QString currency = m_model->currency();
    const qint64 scale = scaleOf(currency);
    const qint64 major = (minor + scale / 2) / scale;
    const QLocale &locale = m_model->lookup().locale;
    const QString amount = locale.toString(major);
    if (locale.currencySymbol(QLocale::CurrencyIsoCode) == currency)
        return locale.currencySymbol(QLocale::CurrencySymbol) + amount;
    return tr("%1 %2", "currency code, amount").arg(currency, amount);
}

void FacetPanel::updateOption(Option &option, const FacetValue &value, bool checked,
                              bool othersFilter)
{
    {
        const QSignalBlocker blocker(option.box);
        option.box->setChecked(checked);
    }
    option.box->setEnabled(checked || value.count > 0);
    option.count->setText(QString::number(value.count));
    // A label that shows nothing is hidden rather than left empty: an empty label in a group
    // box is read out with the group's title.
    const QString price = value.count > 0 ? compactPrice(value.minPriceMinor) : QString();
    option.price->setText(price);
    option.price->setVisible(!price.isEmpty());
    option.count->setEnabled(value.count > 0);
    // A greyed option says why it is greyed.
    const QString description =
        value.count > 0 ? (value.count == 1 ? tr("1 flight, from %1")
                                            : tr("%n flights, from %1", nullptr, value.count))
                              .arg(price)
        : othersFilter ? tr("No flights with the other filters")
                       : tr("No flights found");
    option.box->setAccessibleDescription(description);
    option.box->setToolTip(
        tr("%1: %2", "facet value: its count").arg(option.box->fullText(), description));
}

void FacetPanel::rebuildAirlines()
{
    for (const Option &option : m_airlines) {
        m_airlineGrid->removeWidget(option.box);
        m_airlineGrid->removeWidget(option.price);
        m_airlineGrid->removeWidget(option.count);
        delete option.box;
        delete option.price;
        delete option.count;
    }
    m_airlines.clear();
    const FacetCounts &facets = m_model->facets();
    int row = 0;
    for (const AirlineFacet &airline : facets.airlines) {
        Option option = addOption(m_airlineGrid, row++, airline.name);
        option.code = airline.code;
        option.box->setAccessibleName(
            tr("%1 (%2)", "airline name (code)").arg(airline.name, airline.code));
        m_airlines.push_back(option);
    }
    updateTabOrder();
}

void FacetPanel::refresh()
{
    m_updating = true;
    const FacetCounts &facets = m_model->facets();
    const ResultsFilter &filter = m_model->filter();

    bool sameAirlines = facets.airlines.size() == m_airlines.size();
    for (size_t i = 0; sameAirlines && i < m_airlines.size(); ++i)
        sameAirlines = m_airlines[i].code == facets.airlines[i].code;
    if (!sameAirlines)
        rebuildAirlines();

    // Whether filters other than the facet's own are on: a value they rule out says so.
    const auto othersFilter = [&filter](auto clearOwn) {
        ResultsFilter others = filter;
        clearOwn(others);
        return !others.isEmpty();
    };
    const bool besideStops = othersFilter([](ResultsFilter &f) { f.stops.clear(); });
    const bool besideAirlines = othersFilter([](ResultsFilter &f) { f.airlines.clear(); });
    for (Option &option : m_stops)
        updateOption(option, facets.stops[size_t(option.value)],
                     filter.stops.contains(option.value), besideStops);
    for (size_t i = 0; i < m_airlines.size(); ++i)
        updateOption(m_airlines[i], facets.airlines[i].value,
                     filter.airlines.contains(m_airlines[i].code), besideAirlines);
    // One departure and one arrival group per slice of the results.
    const int slices = std::max(1, int(facets.slices.size()));
    if (slices != int(m_windows.size()))
        rebuildWindows(slices);
    for (size_t s = 0; s < m_windows.size(); ++s) {
        const SliceWindows &chosen = filter.slices[s];
        const SliceWindowCounts counts =
            s < facets.slices.size() ? facets.slices[s] : SliceWindowCounts();
        for (bool arrival : {false, true}) {
            const bool beside = othersFilter([s, arrival](ResultsFilter &f) {
                (arrival ? f.slices[s].arrival : f.slices[s].departure).clear();
            });
            const QSet<int> &ticked = arrival ? chosen.arrival : chosen.departure;
            for (Option &option : arrival ? m_windows[s].arrival : m_windows[s].departure)
                updateOption(option,
                             (arrival ? counts.arrival : counts.departure)[size_t(option.value)],
                             ticked.contains(option.value), beside);
        }
    }
    // Before a search there is nothing to filter; the summary line says so.
    const bool any = facets.total > 0;
    for (QGroupBox *group : {m_stopsGroup, m_priceGroup})
        group->setVisible(any);
    for (const SliceWindowsUi &ui : m_windows) {
        ui.departureGroup->setVisible(any);
        ui.arrivalGroup->setVisible(any);
    }
    m_airlineGroup->setVisible(any && !m_airlines.empty());

    // The price range: the spin boxes span every offer loaded, in whole units.
    const QString currency = m_model->currency();
    const qint64 scale = scaleOf(currency);
    const bool hasPrices = facets.allPriceLowMinor >= 0;
    const int low = hasPrices ? int(facets.allPriceLowMinor / scale) : 0;
    const int high = hasPrices ? int((facets.allPriceHighMinor + scale - 1) / scale) : 0;
    for (QSpinBox *box : {m_minPrice, m_maxPrice}) {
        const QSignalBlocker blocker(box);
        box->setRange(low, high);
        box->setPrefix(currency.isEmpty()
                           ? QString()
                           : tr("%1 ", "currency code before an amount").arg(currency));
        box->setEnabled(hasPrices);
    }
    {
        const QSignalBlocker b1(m_minPrice);
        const QSignalBlocker b2(m_maxPrice);
        m_minPrice->setValue(filter.minPriceMinor ? int(*filter.minPriceMinor / scale) : low);
        m_maxPrice->setValue(filter.maxPriceMinor ? int((*filter.maxPriceMinor + scale - 1) / scale)
                                                  : high);
    }
    m_priceInfo->setText(facets.priceLowMinor >= 0 ? tr("With the other filters: %1 to %2")
                                                         .arg(compactPrice(facets.priceLowMinor),
                                                              compactPrice(facets.priceHighMinor))
                                                   : QString());
    m_priceInfo->setVisible(!m_priceInfo->text().isEmpty());

    m_summary->setText(facets.total == 0 ? tr("Filters apply once flights are found.")
                                         : (facets.total == 1 ? tr("Showing %1 of 1 flight")
                                                              : tr("Showing %1 of %n flights",
                                                                   nullptr, facets.total))
                                               .arg(facets.visible));
    m_clear->setEnabled(!filter.isEmpty());
    m_updating = false;
}

void FacetPanel::applyFromWidgets()
{
    if (m_updating)
        return;
    ResultsFilter filter;
    for (const Option &option : m_stops) {
        if (option.box->isChecked())
            filter.stops.insert(option.value);
    }
    for (const Option &option : m_airlines) {
        if (option.box->isChecked())
            filter.airlines.insert(option.code);
    }
    for (size_t s = 0; s < m_windows.size() && s < filter.slices.size(); ++s) {
        for (const Option &option : m_windows[s].departure) {
            if (option.box->isChecked())
                filter.slices[s].departure.insert(option.value);
        }
        for (const Option &option : m_windows[s].arrival) {
            if (option.box->isChecked())
                filter.slices[s].arrival.insert(option.value);
        }
    }
    const qint64 scale = scaleOf(m_model->currency());
    if (m_minPrice->value() > m_minPrice->minimum())
        filter.minPriceMinor = qint64(m_minPrice->value()) * scale;
    if (m_maxPrice->value() < m_maxPrice->maximum())
        filter.maxPriceMinor = qint64(m_maxPrice->value()) * scale + (scale - 1);
    m_model->setFilter(filter);
}

} // namespace tripdesk
