#include "ui/results_pane.h"

#include "ui/flight_format.h"
#include "ui/flight_results_model.h"
#include "ui/sort_tabs.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace tripdesk {

ResultsPane::ResultsPane(FlightResultsModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_tabs(new SortTabs(this))
    , m_count(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_message(new QLabel(this))
    , m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("resultsPane"));
    m_count->setObjectName(QStringLiteral("mutedLabel"));
    m_message->setObjectName(QStringLiteral("placeholder"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setMargin(24);

    m_view->setObjectName(QStringLiteral("resultsView"));
    m_view->setAccessibleName(tr("Flights"));
    m_view->verticalScrollBar()->setAccessibleName(tr("Scroll flights"));
    m_view->horizontalScrollBar()->setAccessibleName(tr("Scroll flights sideways"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->installEventFilter(this);
    m_view->viewport()->installEventFilter(this);

    m_stack->addWidget(m_message);
    m_stack->addWidget(m_view);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_tabs);
    top->addStretch(1);
    top->addWidget(m_count);
    top->addSpacing(8);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);

    connect(m_tabs, &SortTabs::picked, this,
            [this](SortOrder order) { m_model->setSortOrder(order); });
    connect(m_model, &FlightResultsModel::sortOrderChanged, this, [this](SortOrder order) {
        m_tabs->setCurrent(order);
        m_view->scrollToTop();
    });
    connect(header, &QHeaderView::sectionClicked, this, [this](int column) {
        if (column == FlightResultsModel::PriceColumn ||
            column == FlightResultsModel::TimesColumn ||
            column == FlightResultsModel::DurationColumn)
            m_model->sort(column);
    });
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        Q_EMIT offerActivated(m_model->offerIndexAtRow(index.row()));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { refresh(); });
    connect(m_model, &FlightResultsModel::facetsChanged, this, &ResultsPane::refresh);
    // When a filter hides the selected offer, show the new top one rather than nothing.
    connect(m_model, &FlightResultsModel::filterChanged, this, &ResultsPane::selectFirstRowIfNone);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ResultsPane::refresh);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ResultsPane::refresh);
    // Widths follow the flights loaded, not each sort or filter, so columns do not jump.
    connect(m_model, &QAbstractItemModel::modelReset, this, &ResultsPane::fitColumns);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ResultsPane::fitColumns);
    refresh();
}

void ResultsPane::setState(State state, const QString &message)
{
    m_state = state;
    m_failure = message;
    refresh();
}

void ResultsPane::selectFirstRowIfNone()
{
    if (m_model->rowCount() == 0 || m_view->currentIndex().isValid())
        return;
    m_view->setCurrentIndex(m_model->index(0, 0));
}

int ResultsPane::currentOfferIndex() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->offerIndexAtRow(current.row()) : -1;
}

QWidget *ResultsPane::focusTarget() const
{
    return m_stack->currentWidget() == m_view ? static_cast<QWidget *>(m_view)
                                              : m_tabs->focusTarget();
}

bool ResultsPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    // Return opens the details; the view's own handling would only emit activated(), which
    // some styles also emit on a single click.
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            key->modifiers() == Qt::NoModifier) {
            const int offer = currentOfferIndex();
            if (offer >= 0)
                Q_EMIT offerActivated(offer);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ResultsPane::refresh()
{
    updateTabs();
    updateRowHeight();
    const FacetCounts &facets = m_model->facets();
    m_count->setText(
        facets.total == 0 ? QString()
        : facets.visible == facets.total
            ? (facets.total == 1 ? tr("1 flight") : tr("%n flights", nullptr, facets.total))
            : (facets.total == 1 ? tr("%1 of 1 flight")
                                 : tr("%1 of %n flights", nullptr, facets.total))
                  .arg(facets.visible));

    QString message;
    if (m_model->rowCount() == 0) {
        switch (m_state) {
        case State::Idle:
            message = tr("Choose where from, where to and a date, then press Return to search.");
            break;
        case State::Searching:
            message = tr("Searching for flights…");
            break;
        case State::Done:
            message =
                facets.total == 0
                    ? tr("No flights found. Try other dates, a nearby airport or allow more stops.")
                    : tr("No flights match the filters. Clear the filters (Ctrl+Shift+F) to see "
                         "every flight found.");
            break;
        case State::Failed:
            message = m_failure;
            break;
        }
    }
    m_message->setText(message);
    m_stack->setCurrentWidget(message.isEmpty() ? static_cast<QWidget *>(m_view)
                                                : static_cast<QWidget *>(m_message));

    const int current = currentOfferIndex();
    if (current != m_lastCurrent) {
        m_lastCurrent = current;
        Q_EMIT currentOfferChanged(current);
    }
}

void ResultsPane::updateTabs()
{
    const QLocale &locale = m_model->lookup().locale;
    const auto topText = [this, &locale](SortOrder order) -> QString {
        const int offerIndex = m_model->topOfferFor(order);
        if (offerIndex < 0)
            return {};
        const FlightOffer &offer = m_model->offer(offerIndex);
        switch (order) {
        case SortOrder::Best:
        case SortOrder::Price:
            return FlightFormat::price(offer.price, locale);
        case SortOrder::Duration:
            return FlightFormat::duration(offer.totalDurationMinutes());
        case SortOrder::Departure:
            if (offer.itineraries.empty() || offer.itineraries.front().segments.empty())
                return {};
            return FlightFormat::localTime(
                offer.itineraries.front().departure(),
                m_model->lookup().zone(offer.itineraries.front().segments.front().origin), locale);
        }
        return {};
    };
    for (SortOrder order :
         {SortOrder::Best, SortOrder::Price, SortOrder::Duration, SortOrder::Departure})
        m_tabs->setTopValue(order, topText(order));
    m_tabs->setCurrent(m_model->sortOrder());
}

void ResultsPane::fitColumns()
{
    // Times, duration and price are short and are shown whole. Stops and airlines share what
    // is left, airlines the larger part, and elide when they must (a row's tooltip is the whole
    // flight as a sentence). When even that leaves an airline's name unreadable, as on a
    // 1024-pixel screen, the route gives way: its airports are in the details and the Stops
    // column still names the connections.
    using M = FlightResultsModel;
    QHeaderView *header = m_view->horizontalHeader();
    // QTableView's own override is protected; the view's widest visible cell through its base.
    const QAbstractItemView *view = m_view;
    const auto need = [view, header](int column) {
        return std::max(view->sizeHintForColumn(column), header->sectionSizeHint(column));
    };
    const QFontMetrics fm = m_view->fontMetrics();
    const int padding =
        header->sectionSizeHint(M::StopsColumn) -
        fm.horizontalAdvance(m_model->headerData(M::StopsColumn, Qt::Horizontal).toString());
    const int stopsNeed = need(M::StopsColumn);
    const int airlinesNeed = need(M::AirlinesColumn);
    // Enough for "2 stops" and for an airline's name of a dozen letters or so.
    const int stopsLeast =
        std::min(stopsNeed, padding + fm.horizontalAdvance(FlightFormat::stops(2)));
    const int airlinesLeast = std::min(airlinesNeed, padding + 14 * fm.averageCharWidth());

    int fixed = 0;
    for (int column : {M::TimesColumn, M::DurationColumn, M::PriceColumn}) {
        const int width = need(column);
        m_view->setColumnWidth(column, width);
        fixed += width;
    }
    const int available = m_view->viewport()->width();
    const int route = need(M::RouteColumn);
    const bool showRoute = fixed + route + stopsLeast + airlinesLeast <= available;
    m_view->setColumnHidden(M::RouteColumn, !showRoute);
    if (showRoute) {
        m_view->setColumnWidth(M::RouteColumn, route);
        fixed += route;
    }
    const int rest = available - fixed;
    int stops = stopsNeed;
    if (stopsNeed + airlinesNeed > rest)
        stops = std::clamp(std::min(rest - airlinesLeast, rest * 2 / 5), stopsLeast, stopsNeed);
    const int airlines = std::max(airlinesLeast, rest - stops);
    m_view->setColumnWidth(M::StopsColumn, stops);
    m_view->setColumnWidth(M::AirlinesColumn, airlines);
}

void ResultsPane::updateRowHeight()
{
    const int lines = std::max(1, m_model->maxSlices());
    const int height = lines * m_view->fontMetrics().lineSpacing() + 14;
    if (m_view->verticalHeader()->defaultSectionSize() != height) {
        m_view->verticalHeader()->setMinimumSectionSize(height);
        m_view->verticalHeader()->setDefaultSectionSize(height);
    }
}

} // namespace tripdesk
