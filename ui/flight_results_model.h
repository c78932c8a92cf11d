#pragma once
// The flight results list: every offer of a search, sorted and filtered through an index array
// held here rather than a QSortFilterProxyModel, because a proxy costs 8–54 ms per sort or filter
// on 10k rows where the index array takes 1–4 ms. Each change of order or filter is reported
// with a single layoutChanged; streamed offers arrive with rowsInserted, then one re-sort.
//
// Rows show one line per slice (outbound, return, further flights of a multi-city trip).

#include "backend/core/exchange_rates.h"
#include "backend/search/ranking.h"
#include "ui/display_lookup.h"
#include "ui/result_row_text.h"
#include "ui/results_filter.h"

#include <QAbstractTableModel>

#include <optional>
#include <vector>

namespace tripdesk {

class FlightResultsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimesColumn,
        RouteColumn,
        DurationColumn,
        StopsColumn,
        AirlinesColumn,
        PriceColumn,
        ColumnCount
    };
    enum Role {
        OfferIndexRole = Qt::UserRole + 1, // index into the loaded offers
        OfferIdRole,
        PriceMinorRole,
        DurationMinutesRole,
        StopsRole,
        DepartureRole, // first departure, UTC
    };

    explicit FlightResultsModel(DisplayLookup lookup, QObject *parent = nullptr);
    ~FlightResultsModel() override;

    // QAbstractItemModel
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // Price, times and duration columns map to the matching sort orders; the others to "best".
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Loading. Offers are addressed by their position in load order, the same index the search
    // reply uses, so offerChanged(index) maps straight through.
    void clear();
    void setOffers(std::vector<FlightOffer> offers);
    void appendOffers(const std::vector<FlightOffer> &offers);
    void replaceOffer(int offerIndex, const FlightOffer &offer);

    int offerCount() const { return int(m_offers.size()); }
    const FlightOffer &offer(int offerIndex) const { return m_offers[size_t(offerIndex)]; }
    // -1 when the row or offer is not shown.
    int offerIndexAtRow(int row) const;
    int rowOfOffer(int offerIndex) const;
    const FlightOffer *offerAtRow(int row) const;
    // The most slices any loaded offer has (drives the row height).
    int maxSlices() const { return m_maxSlices; }

    SortOrder sortOrder() const { return m_sortOrder; }
    Qt::SortOrder sortDirection() const { return m_direction; }
    void setSortOrder(SortOrder order, Qt::SortOrder direction = Qt::AscendingOrder);

    const ResultsFilter &filter() const { return m_filter; }
    void setFilter(const ResultsFilter &filter);
    void clearFilter() { setFilter({}); }
    const FacetCounts &facets() const { return m_facets; }

    // The offer each sort order puts first among the visible ones; -1 when nothing is shown.
    int topOfferFor(SortOrder order) const;
    // The "best" score as ranking.h defines it, over the whole loaded set.
    double bestScore(int offerIndex) const;
    // The currency prices are compared, sorted and filtered in, and how to convert into it.
    // Offers that cannot be converted are listed after the others in price-led orders, and the
    // price filter and the price facets leave them out. A model never told takes the first
    // offer's currency, and converts only that.
    void setPriceBasis(const QString &currency, std::shared_ptr<const ExchangeRates> rates = {});
    QString currency() const { return m_currency; }
    // How many loaded offers are in a currency that cannot be converted to currency().
    int incomparableOffers() const { return m_incomparable; }
    // Prices seen with the checked bags the traveller needs: each result shows, ranks and
    // filters at its cheapest fare option that carries them (ranking.h, PriceView). Results
    // whose bags have no known price are listed after the others in price-led orders.
    void setPriceView(PriceView view);
    PriceView priceView() const { return m_view; }
    int bagsUnpricedOffers() const { return m_bagsUnpriced; }
    // The fare option a result is shown at in the price view (ranking.h, fareOption()).
    int shownOption(int offerIndex) const;
    const DisplayLookup &lookup() const { return m_lookup; }

Q_SIGNALS:
    void facetsChanged();
    void sortOrderChanged(tripdesk::SortOrder order);
    void filterChanged();

private:
    struct Row;
    struct PreparedFilter;

    Row makeRow(const FlightOffer &offer);
    quint16 carrierId(const QString &code);
    void updateBestScores();
    PreparedFilter prepareFilter() const;
    int failures(const Row &row, const PreparedFilter &filter) const; // FailBit mask, 0: shown
    void recomputeVisible(); // filter, facets and sort into m_visible / m_rowOfOffer
    void sortVisible();
    bool lessThan(int a, int b) const;
    void relayout(QAbstractItemModel::LayoutChangeHint hint);
    const ResultRowText &text(int offerIndex) const;

    DisplayLookup m_lookup;
    std::vector<FlightOffer> m_offers;
    std::vector<Row> m_rows;
    std::vector<int> m_visible;    // row -> offer index
    std::vector<int> m_rowOfOffer; // offer index -> row, -1 when filtered out
    mutable std::vector<std::unique_ptr<ResultRowText>> m_text;
    std::vector<QString> m_carrierCodes; // carrier id -> code
    QHash<QString, quint16> m_carrierIds;
    ResultsFilter m_filter;
    FacetCounts m_facets;
    std::array<int, 4> m_top{-1, -1, -1, -1}; // per SortOrder
    SortOrder m_sortOrder = SortOrder::Best;
    Qt::SortOrder m_direction = Qt::AscendingOrder;
    QString m_currency;
    QString m_basisCurrency; // as set; empty: take the first offer's
    std::shared_ptr<const ExchangeRates> m_rates;
    std::optional<RankFactsBuilder> m_ranker; // for m_currency; made at the first row
    int m_incomparable = 0;
    int m_bagsUnpriced = 0;
    PriceView m_view;
    qint64 m_cheapest = 0;
    int m_shortest = 0;
    int m_maxSlices = 1;
};

} // namespace tripdesk
