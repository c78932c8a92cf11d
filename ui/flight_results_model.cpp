#include "ui/flight_results_model.h"

#include "ui/flight_results_rows.h"

#include <QColor>
#include <QFont>

#include <algorithm>
#include <limits>

namespace tripdesk {

FlightResultsModel::FlightResultsModel(DisplayLookup lookup, QObject *parent)
    : QAbstractTableModel(parent)
    , m_lookup(std::move(lookup))
{}

FlightResultsModel::~FlightResultsModel() = default;

int FlightResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int FlightResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FlightResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int offerIndex = m_visible[size_t(index.row())];
    const Row &row = m_rows[size_t(offerIndex)];
    switch (role) {
    case Qt::DisplayRole:
        return text(offerIndex).column(index.column());
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        return text(offerIndex).summary;
    case Qt::TextAlignmentRole:
        return index.column() == PriceColumn ? int(Qt::AlignRight | Qt::AlignVCenter)
                                             : int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (index.column() == PriceColumn || index.column() == TimesColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == StopsColumn && row.stops == 0)
            return QColor(0x1b, 0x7a, 0x3d);
        return {};
    case OfferIndexRole:
        return offerIndex;
    case OfferIdRole:
        return m_offers[size_t(offerIndex)].id;
    case PriceMinorRole:
        return row.comparable ? QVariant(row.price) : QVariant();
    case DurationMinutesRole:
        return row.durationMinutes;
    case StopsRole:
        return row.stops;
    case DepartureRole:
        return QDateTime::fromSecsSinceEpoch(row.departure, Qt::UTC);
    default:
        return {};
    }
}

QVariant FlightResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return section == PriceColumn ? int(Qt::AlignRight | Qt::AlignVCenter)
                                      : int(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (Column(section)) {
    case TimesColumn:
        return tr("Depart – arrive");
    case RouteColumn:
        return tr("Route");
    case DurationColumn:
        return tr("Duration");
    case StopsColumn:
        return tr("Stops");
    case AirlinesColumn:
        return tr("Airlines");
    case PriceColumn:
        return tr("Price");
    case ColumnCount:
        break;
    }
    return {};
}

void FlightResultsModel::sort(int column, Qt::SortOrder order)
{
    switch (column) {
    case PriceColumn:
        setSortOrder(SortOrder::Price, order);
        break;
    case TimesColumn:
        setSortOrder(SortOrder::Departure, order);
        break;
    case DurationColumn:
        setSortOrder(SortOrder::Duration, order);
        break;
    default:
        setSortOrder(SortOrder::Best, order);
        break;
    }
}

void FlightResultsModel::clear()
{
    const bool hadFilter = !m_filter.isEmpty();
    beginResetModel();
    m_offers.clear();
    m_rows.clear();
    m_visible.clear();
    m_rowOfOffer.clear();
    m_text.clear();
    m_carrierCodes.clear();
    m_carrierIds.clear();
    m_filter = {};
    m_currency = m_basisCurrency;
    m_ranker.reset();
    m_incomparable = 0;
    m_bagsUnpriced = 0;
    m_cheapest = 0;
    m_shortest = 0;
    m_maxSlices = 1;
    recomputeVisible();
    endResetModel();
    if (hadFilter)
        Q_EMIT filterChanged();
    Q_EMIT facetsChanged();
}

void FlightResultsModel::setPriceBasis(const QString &currency,
                                       std::shared_ptr<const ExchangeRates> rates)
{
    m_basisCurrency = Money::normalizedCurrency(currency);
    m_rates = std::move(rates);
    // The loaded offers are priced again in the new basis.
    std::vector<FlightOffer> offers = std::move(m_offers);
    const ResultsFilter filter = m_filter;
    clear();
    if (!offers.empty()) {
        setOffers(std::move(offers));
        setFilter(filter);
    }
}

void FlightResultsModel::setPriceView(PriceView view)
{
    if (view == m_view)
        return;
    m_view = view;
    std::vector<FlightOffer> offers = std::move(m_offers);
    const ResultsFilter filter = m_filter;
    clear();
    if (!offers.empty()) {
        setOffers(std::move(offers));
        setFilter(filter);
    }
}

int FlightResultsModel::shownOption(int offerIndex) const
{
    return offerIndex >= 0 && size_t(offerIndex) < m_rows.size() ? m_rows[size_t(offerIndex)].option
                                                                 : -1;
}

void FlightResultsModel::setOffers(std::vector<FlightOffer> offers)
{
    clear();
    beginResetModel();
    m_offers = std::move(offers);
    if (m_currency.isEmpty() && !m_offers.empty())
        m_currency = m_offers.front().price.currency();
    m_rows.reserve(m_offers.size());
    for (const FlightOffer &offer : m_offers) {
        m_rows.push_back(makeRow(offer));
        m_maxSlices = std::max(m_maxSlices, int(offer.itineraries.size()));
    }
    m_text.resize(m_offers.size());
    updateBestScores();
    recomputeVisible();
    endResetModel();
    Q_EMIT facetsChanged();
}

void FlightResultsModel::appendOffers(const std::vector<FlightOffer> &offers)
{
    if (offers.empty())
        return;
    const size_t first = m_offers.size();
    if (m_currency.isEmpty())
        m_currency = offers.front().price.currency();
    m_offers.insert(m_offers.end(), offers.begin(), offers.end());
    for (const FlightOffer &offer : offers) {
        m_rows.push_back(makeRow(offer));
        m_maxSlices = std::max(m_maxSlices, int(offer.itineraries.size()));
    }
    m_text.resize(m_offers.size());
    m_rowOfOffer.resize(m_offers.size(), -1);
    updateBestScores();

    // The new offers that pass the filters join at the end first, then one re-sort moves them
    // into place, so views keep their selection and scroll position.
    std::vector<int> shown;
    const PreparedFilter prepared = prepareFilter();
    for (size_t i = first; i < m_offers.size(); ++i) {
        if (failures(m_rows[i], prepared) == 0)
            shown.push_back(int(i));
    }
    if (!shown.empty()) {
        const int start = int(m_visible.size());
        beginInsertRows({}, start, start + int(shown.size()) - 1);
        for (int offerIndex : shown) {
            m_rowOfOffer[size_t(offerIndex)] = int(m_visible.size());
            m_visible.push_back(offerIndex);
        }
        endInsertRows();
    }
    relayout(QAbstractItemModel::VerticalSortHint);
}

void FlightResultsModel::replaceOffer(int offerIndex, const FlightOffer &offer)
{
    if (offerIndex < 0 || offerIndex >= offerCount())
        return;
    m_offers[size_t(offerIndex)] = offer;
    // The old row leaves the counts of what could not be priced; makeRow() counts the new one.
    const Row &old = m_rows[size_t(offerIndex)];
    if (old.bagsUnpriced)
        --m_bagsUnpriced;
    else if (!old.comparable)
        --m_incomparable;
    m_rows[size_t(offerIndex)] = makeRow(offer);
    m_text[size_t(offerIndex)].reset();
    m_maxSlices = std::max(m_maxSlices, int(offer.itineraries.size()));
    updateBestScores();
    relayout(QAbstractItemModel::NoLayoutChangeHint);
    const int row = m_rowOfOffer[size_t(offerIndex)];
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int FlightResultsModel::offerIndexAtRow(int row) const
{
    return row >= 0 && row < int(m_visible.size()) ? m_visible[size_t(row)] : -1;
}

int FlightResultsModel::rowOfOffer(int offerIndex) const
{
    return offerIndex >= 0 && offerIndex < offerCount() ? m_rowOfOffer[size_t(offerIndex)] : -1;
}

const FlightOffer *FlightResultsModel::offerAtRow(int row) const
{
    const int offerIndex = offerIndexAtRow(row);
    return offerIndex < 0 ? nullptr : &m_offers[size_t(offerIndex)];
}

void FlightResultsModel::setSortOrder(SortOrder order, Qt::SortOrder direction)
{
    if (order == m_sortOrder && direction == m_direction)
        return;
    m_sortOrder = order;
    m_direction = direction;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList from = persistentIndexList();
    std::vector<int> offers;
    offers.reserve(size_t(from.size()));
    for (const QModelIndex &index : from)
        offers.push_back(m_visible[size_t(index.row())]);
    sortVisible();
    QModelIndexList to;
    to.reserve(from.size());
    for (qsizetype i = 0; i < from.size(); ++i)
        to << createIndex(m_rowOfOffer[size_t(offers[size_t(i)])], from[i].column());
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    Q_EMIT sortOrderChanged(order);
}

void FlightResultsModel::setFilter(const ResultsFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    relayout(QAbstractItemModel::NoLayoutChangeHint);
    Q_EMIT filterChanged();
}

int FlightResultsModel::topOfferFor(SortOrder order) const
{
    return m_top[size_t(order)];
}

double FlightResultsModel::bestScore(int offerIndex) const
{
    return m_rows[size_t(offerIndex)].best;
}

FlightResultsModel::Row FlightResultsModel::makeRow(const FlightOffer &offer)
{
    if (!m_ranker)
        m_ranker.emplace([lookup = m_lookup](QStringView code) { return lookup.zone(code); },
                         m_currency, m_rates, m_view);
    Row row;
    // Incomparable offers go after every other in price order, whatever the direction asked
    // for the rest; see sortVisible().
    static_cast<RankFacts &>(row) = m_ranker->facts(offer);
    if (row.bagsUnpriced)
        ++m_bagsUnpriced;
    else if (!row.comparable)
        ++m_incomparable;
    int maxStops = 0;
    for (const Itinerary &itinerary : offer.itineraries)
        maxStops = std::max(maxStops, itinerary.stops());
    row.stopsBucket = quint8(std::min(maxStops, 2));
    row.departureWindow.fill(kNoWindow);
    row.arrivalWindow.fill(kNoWindow);
    row.slices = std::min(int(offer.itineraries.size()), kMaxFilterSlices);
    const auto localTime = [this](const QString &airport, const QDateTime &utc) {
        const qint64 secs = utc.toSecsSinceEpoch() + m_ranker->offsetAt(airport, utc);
        return QTime::fromMSecsSinceStartOfDay(int(((secs % 86400) + 86400) % 86400) * 1000);
    };
    for (int s = 0; s < row.slices; ++s) {
        const Itinerary &itinerary = offer.itineraries[size_t(s)];
        if (itinerary.segments.empty())
            continue;
        const Segment &out = itinerary.segments.front();
        const Segment &in = itinerary.segments.back();
        row.departureWindow[size_t(s)] = qint8(dayWindowFor(localTime(out.origin, out.departure)));
        row.arrivalWindow[size_t(s)] = qint8(dayWindowFor(localTime(in.destination, in.arrival)));
    }
    for (const QString &code : offer.carriers())
        row.carriers.push_back(carrierId(code));
    return row;
}

quint16 FlightResultsModel::carrierId(const QString &code)
{
    const auto it = m_carrierIds.constFind(code);
    if (it != m_carrierIds.cend())
        return it.value();
    const auto id = quint16(m_carrierCodes.size());
    m_carrierCodes.push_back(code);
    m_carrierIds.insert(code, id);
    return id;
}

void FlightResultsModel::updateBestScores()
{
    // The blend documented in backend/search/ranking.h, normalised over the whole loaded set so
    // a row's score does not move when the user filters.
    qint64 cheapest = std::numeric_limits<qint64>::max();
    int shortest = std::numeric_limits<int>::max();
    for (const Row &row : m_rows) {
        if (row.comparable)
            cheapest = std::min(cheapest, row.price);
        shortest = std::min(shortest, row.durationMinutes);
    }
    m_cheapest = m_rows.empty() || cheapest <= 0 ? 1 : cheapest;
    m_shortest = m_rows.empty() || shortest <= 0 ? 1 : shortest;
    const RankContext context{m_cheapest, m_shortest};
    for (Row &row : m_rows)
        scoreBest(row, context);
}

bool FlightResultsModel::lessThan(int a, int b) const
{
    const FlightOffer &oa = m_offers[size_t(a)];
    const FlightOffer &ob = m_offers[size_t(b)];
    return rankBefore(m_sortOrder, m_rows[size_t(a)], oa.id, oa.supplier, m_rows[size_t(b)], ob.id,
                      ob.supplier);
}

void FlightResultsModel::sortVisible()
{
    const bool priceLed = m_sortOrder == SortOrder::Best || m_sortOrder == SortOrder::Price;
    const bool ascending = m_direction == Qt::AscendingOrder;
    std::sort(m_visible.begin(), m_visible.end(), [this, priceLed, ascending](int a, int b) {
        // An offer whose price cannot be compared has no place in a price-led order: such
        // offers come last in either direction.
        const bool ca = m_rows[size_t(a)].comparable;
        const bool cb = m_rows[size_t(b)].comparable;
        if (priceLed && ca != cb)
            return ca;
        return ascending ? lessThan(a, b) : lessThan(b, a);
    });
    for (size_t row = 0; row < m_visible.size(); ++row)
        m_rowOfOffer[size_t(m_visible[row])] = int(row);
}

void FlightResultsModel::relayout(QAbstractItemModel::LayoutChangeHint hint)
{
    Q_EMIT layoutAboutToBeChanged({}, hint);
    const QModelIndexList from = persistentIndexList();
    std::vector<int> offers;
    offers.reserve(size_t(from.size()));
    for (const QModelIndex &index : from)
        offers.push_back(m_visible[size_t(index.row())]);
    recomputeVisible();
    QModelIndexList to;
    to.reserve(from.size());
    for (qsizetype i = 0; i < from.size(); ++i) {
        const int row = m_rowOfOffer[size_t(offers[size_t(i)])];
        to << (row < 0 ? QModelIndex() : createIndex(row, from[i].column()));
    }
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged({}, hint);
    Q_EMIT facetsChanged();
}

const ResultRowText &FlightResultsModel::text(int offerIndex) const
{
    std::unique_ptr<ResultRowText> &cached = m_text[size_t(offerIndex)];
    if (!cached) {
        const FlightOffer &offer = m_offers[size_t(offerIndex)];
        const Row &row = m_rows[size_t(offerIndex)];
        ShownPrice shown;
        shown.checkedBags = m_view.checkedBags;
        shown.bagsUnpriced = row.bagsUnpriced;
        shown.fareOptions = int(offer.options.size()) + 1;
        if (!row.bagsUnpriced) {
            const FlightOffer &option = fareOption(offer, row.option);
            shown.amount = m_view.checkedBags > 0
                               ? option.priceWithCheckedBags(m_view.checkedBags, m_view.travellers)
                               : std::optional<Money>(option.price);
        }
        cached = std::make_unique<ResultRowText>(ResultRowText::build(offer, m_lookup, shown));
    }
    return *cached;
}

} // namespace tripdesk
