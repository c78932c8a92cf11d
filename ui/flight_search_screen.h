#pragma once
// The flight search screen: the search form on top; below it, side by side, the filter facets,
// the results and the details of the selected offer. It runs a search through
// FlightSearchService, streams the reply's offers into the results model and reports each
// supplier's status for the status bar.

#include "backend/search/ranking.h"
#include "backend/search/search_aggregator.h"

#include <QPointer>
#include <QWidget>

class QSplitter;

namespace tripdesk {

class PlacesService;
class RecentSearchService;
class FlightSearchService;
class FacetPanel;
class FareOptionsPanel;
class FlightResultsModel;
class FlightSearchForm;
class OfferDetailsView;
class ResultsPane;
class SearchFormController;

class FlightSearchScreen : public QWidget
{
    Q_OBJECT

public:
    FlightSearchScreen(FlightSearchService &flights, const PlacesService &places,
                       RecentSearchService &recentSearches, QWidget *parent = nullptr);
    ~FlightSearchScreen() override;

    FlightSearchForm *form() const { return m_form; }
    SearchFormController *formController() const { return m_controller; }
    FlightResultsModel *resultsModel() const { return m_model; }
    ResultsPane *results() const { return m_results; }
    FacetPanel *facets() const { return m_facets; }
    OfferDetailsView *details() const { return m_details; }
    FareOptionsPanel *fareOptions() const { return m_fareOptions; }
    QSplitter *splitter() const { return m_splitter; }
    SearchReply *currentReply() const { return m_reply; }
    bool isSearching() const;
    // Each supplier's state in one line: "Sandbox inventory: 143 offers in 85 ms".
    QString statusText() const;

public Q_SLOTS:
    // Validates the form and searches.
    void search();
    void startSearch(const tripdesk::FlightSearchRequest &request);
    void setSortOrder(tripdesk::SortOrder order);
    void clearFilters();
    void focusNextPane();
    void focusPreviousPane();
    void focusDetails();
    void reloadRecentSearches();

Q_SIGNALS:
    void statusChanged(const QString &text);
    void searchStarted();
    void searchFinished();

private:
    void onOffersAppended(int first, int count);
    void onFinished();
    void showCurrentOffer(int offerIndex);
    // Shows fare option `option` of result `offerIndex` in the details.
    void showOption(int offerIndex, int option);
    void checkPrice(int option);
    QHash<QString, QString> supplierNames() const;
    void cyclePane(int step);

    FlightSearchService &m_flights;
    const PlacesService &m_places;
    RecentSearchService &m_recentSearches;
    SearchFormController *m_controller;
    FlightResultsModel *m_model;
    FlightSearchForm *m_form;
    FacetPanel *m_facets;
    ResultsPane *m_results;
    OfferDetailsView *m_details;
    FareOptionsPanel *m_fareOptions;
    QPointer<SupplierReply> m_priceCheck; // the fare option's price being checked
    QSplitter *m_splitter;
    QPointer<SearchReply> m_reply;
    FlightSearchRequest m_request;
};

} // namespace tripdesk
