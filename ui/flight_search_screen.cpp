#include "ui/flight_search_screen.h"

#include "backend/service/flight_search_service.h"
#include "backend/service/places_service.h"
#include "backend/service/recent_search_service.h"
#include "ui/facet_panel.h"
#include "ui/fare_options_panel.h"
#include "ui/flight_results_model.h"
#include "ui/flight_search_form.h"
#include "ui/offer_details_view.h"
#include "ui/results_pane.h"
#include "ui/search_form_controller.h"

#include <QApplication>
#include <QFrame>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace tripdesk {

FlightSearchScreen::FlightSearchScreen(FlightSearchService &flightService,
                                       const PlacesService &placesService,
                                       RecentSearchService &recentSearches, QWidget *parent)
    : QWidget(parent)
    , m_flights(flightService)
    , m_places(placesService)
    , m_recentSearches(recentSearches)
{
    setObjectName(QStringLiteral("flightSearchScreen"));
    FlightSearchService *flights = &m_flights;
    const PlacesService *places = &m_places;
    const DisplayLookup lookup = DisplayLookup::fromPlaces(*places, locale());

    const auto todayAt = [flights](QStringView origin) { return flights->todayAt(origin); };
    m_controller = new SearchFormController(
        todayAt({}),
        [flights](const FlightSearchRequest &request) { return flights->validate(request); }, this);
    m_controller->setTodayProvider(todayAt);
    m_model = new FlightResultsModel(lookup, this);
    m_model->setPriceBasis(flights->currency(), flights->rates());
    m_form = new FlightSearchForm(
        m_controller,
        [places](QStringView query, int limit) { return places->complete(query, limit); }, this);
    m_facets = new FacetPanel(m_model, this);
    m_results = new ResultsPane(m_model, this);
    m_details = new OfferDetailsView(lookup, this);
    m_fareOptions = new FareOptionsPanel(lookup, this);

    auto *detailsFrame = new QWidget(this);
    detailsFrame->setObjectName(QStringLiteral("detailsPane"));
    auto *detailsLayout = new QVBoxLayout(detailsFrame);
    detailsLayout->setContentsMargins(12, 8, 8, 8);
    detailsLayout->addWidget(m_details, 1);
    detailsLayout->addWidget(m_fareOptions);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("resultsSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_facets);
    m_splitter->addWidget(m_results);
    m_splitter->addWidget(detailsFrame);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setStretchFactor(2, 1);
    m_facets->setMinimumWidth(240);
    // The details wrap well; the results' columns do not.
    detailsFrame->setMinimumWidth(280);
    // Sized for the smallest screen the desk supports (1024 wide): wider windows give the extra
    // room to the results and the details, two parts to one.
    m_splitter->setSizes({240, 500, 280});

    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setObjectName(QStringLiteral("formSeparator"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_form);
    layout->addWidget(line);
    layout->addWidget(m_splitter, 1);

    connect(m_form, &FlightSearchForm::searchRequested, this, &FlightSearchScreen::startSearch);
    // Results left from the previous search would read as answers to the refused one.
    connect(m_form, &FlightSearchForm::searchRefused, this, [this](const QString &message) {
        if (m_reply) {
            disconnect(m_reply, nullptr, this, nullptr);
            m_reply->abort();
            m_reply->deleteLater();
            m_reply = nullptr;
            Q_EMIT searchFinished();
        }
        m_model->clear();
        m_details->showNothing();
        m_results->setState(ResultsPane::State::Failed, message);
        Q_EMIT statusChanged(message);
    });
    connect(m_results, &ResultsPane::currentOfferChanged, this,
            &FlightSearchScreen::showCurrentOffer);
    connect(m_results, &ResultsPane::offerActivated, this, [this](int offerIndex) {
        showCurrentOffer(offerIndex);
        focusDetails();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this] { showCurrentOffer(m_results->currentOfferIndex()); });
    connect(m_fareOptions, &FareOptionsPanel::optionChosen, this,
            [this](int option) { showOption(m_results->currentOfferIndex(), option); });
    connect(m_fareOptions, &FareOptionsPanel::priceCheckRequested, this,
            &FlightSearchScreen::checkPrice);
}

FlightSearchScreen::~FlightSearchScreen()
{
    // The reply is our child; stop listening before it is destroyed with us.
    if (m_reply)
        disconnect(m_reply, nullptr, this, nullptr);
}

bool FlightSearchScreen::isSearching() const
{
    return m_reply && !m_reply->isFinished();
}

void FlightSearchScreen::search()
{
    m_form->submit();
}

void FlightSearchScreen::startSearch(const FlightSearchRequest &request)
{
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    m_request = request;
    m_model->clear();
    // Bags are counted for every traveller with a seat.
    m_model->setPriceView({m_model->priceView().checkedBags, request.passengers.seated()});
    m_details->showNothing();

    Result<SearchReply *> started = m_flights.search(request, this);
    if (!started) {
        m_results->setState(ResultsPane::State::Failed, started.error().message);
        Q_EMIT statusChanged(started.error().message);
        return;
    }
    m_reply = started.value();
    const PlacesService &places = m_places;
    std::vector<FacetPanel::TripSlice> trip;
    for (const SliceRequest &slice : request.slices)
        trip.push_back({places.cityName(slice.origin), places.cityName(slice.destination)});
    m_facets->setTrip(std::move(trip), request.kind() == FlightSearchRequest::Kind::RoundTrip);

    connect(m_reply, &SearchReply::offersAppended, this, &FlightSearchScreen::onOffersAppended);
    connect(m_reply, &SearchReply::offerChanged, this, [this](int index) {
        if (m_reply && index >= 0 && size_t(index) < m_reply->offers().size())
            m_model->replaceOffer(index, m_reply->offers()[size_t(index)]);
    });
    connect(m_reply, &SearchReply::supplierFinished, this,
            [this] { Q_EMIT statusChanged(statusText()); });
    connect(m_reply, &SearchReply::finished, this, &FlightSearchScreen::onFinished);

    m_results->setState(ResultsPane::State::Searching);
    Q_EMIT searchStarted();
    Q_EMIT statusChanged(statusText());
    // A supplier may answer before we connected; pick up what is already there.
    if (!m_reply->offers().empty())
        onOffersAppended(0, int(m_reply->offers().size()));
    if (m_reply->isFinished())
        onFinished();
    reloadRecentSearches();
}

void FlightSearchScreen::onOffersAppended(int first, int count)
{
    if (!m_reply || count <= 0)
        return;
    const std::vector<FlightOffer> &all = m_reply->offers();
    const auto begin = all.begin() + std::min<ptrdiff_t>(first, ptrdiff_t(all.size()));
    const auto end = all.begin() + std::min<ptrdiff_t>(first + count, ptrdiff_t(all.size()));
    m_model->appendOffers(std::vector<FlightOffer>(begin, end));
    m_results->selectFirstRowIfNone();
}

void FlightSearchScreen::onFinished()
{
    m_results->setState(ResultsPane::State::Done);
    m_results->selectFirstRowIfNone();
    Q_EMIT statusChanged(statusText());
    Q_EMIT searchFinished();
}

QString FlightSearchScreen::statusText() const
{
    if (!m_reply)
        return {};
    QStringList parts;
    for (const SupplierStatus &status : m_reply->statuses()) {
        const QString name = status.displayName.isEmpty() ? status.supplier : status.displayName;
        switch (status.state) {
        case SupplierStatus::State::Pending:
            parts << tr("%1: searching…").arg(name);
            break;
        case SupplierStatus::State::Done: {
            // Fares, not results: each result's other fare options count too.
            QString part =
                (status.offers == 1 ? tr("%1: 1 fare in %2 ms")
                                    : tr("%1: %n fares in %2 ms", nullptr, status.offers))
                    .arg(name)
                    .arg(status.elapsedMs);
            // The supplier kept the best of every kind and left the rest out: say so.
            if (status.omitted > 0)
                part += tr("; %n more not shown, narrow the search to see them", nullptr,
                           status.omitted);
            if (status.malformed > 0)
                part += tr("; %n unreadable offers left out", nullptr, status.malformed);
            parts << part;
            break;
        }
        case SupplierStatus::State::Failed:
        case SupplierStatus::State::TimedOut: {
            QString part = status.state == SupplierStatus::State::TimedOut
                               ? tr("%1: no answer in time").arg(name)
                               : tr("%1: failed — %2").arg(name, status.errorMessage);
            // A supplier resting after repeated failures is asked again only after a pause.
            if (status.health.breaker == SupplierHealth::Breaker::Open &&
                status.health.retryAt.isValid())
                part = tr("%1; paused after repeated failures until %2")
                           .arg(part, locale().toString(status.health.retryAt.toLocalTime().time(),
                                                        QLocale::ShortFormat));
            parts << part;
            break;
        }
        case SupplierStatus::State::Cancelled:
            parts << tr("%1: cancelled").arg(name);
            break;
        }
    }
    if (const int unpriced = m_model->bagsUnpricedOffers(); unpriced > 0) {
        parts << tr("%n offers are listed last: their airlines' bag charges are not known", nullptr,
                    unpriced);
    }
    if (const int apart = m_model->incomparableOffers(); apart > 0) {
        parts << tr("%n offers in other currencies are listed last: no exchange rate to %1",
                    nullptr, apart)
                     .arg(m_model->currency());
    }
    return parts.join(QStringLiteral("   ·   "));
}

QHash<QString, QString> FlightSearchScreen::supplierNames() const
{
    QHash<QString, QString> names;
    if (m_reply) {
        for (const SupplierStatus &status : m_reply->statuses())
            names.insert(status.supplier, status.displayName);
    }
    return names;
}

void FlightSearchScreen::showCurrentOffer(int offerIndex)
{
    // A price check under way is for the offer that was shown.
    delete m_priceCheck.data();
    if (offerIndex < 0 || offerIndex >= m_model->offerCount()) {
        m_details->showNothing();
        m_fareOptions->clear();
        return;
    }
    const int option = m_model->shownOption(offerIndex);
    m_fareOptions->setResult(m_model->offer(offerIndex), option, supplierNames());
    showOption(offerIndex, option);
}

void FlightSearchScreen::showOption(int offerIndex, int option)
{
    if (offerIndex < 0 || offerIndex >= m_model->offerCount())
        return;
    delete m_priceCheck.data();
    const FlightOffer &result = m_model->offer(offerIndex);
    const QHash<QString, QString> names = supplierNames();
    QStringList lines;
    if (!result.options.empty()) {
        for (int i = -1; i < int(result.options.size()); ++i) {
            const FlightOffer &o = fareOption(result, i);
            lines << FareOptionsPanel::optionText(o, names.value(o.supplier), locale());
        }
    }
    const FlightOffer &shown = fareOption(result, option);
    m_details->showOffer(shown, m_request, names.value(shown.supplier), lines);
}

void FlightSearchScreen::checkPrice(int option)
{
    const int offerIndex = m_results->currentOfferIndex();
    if (offerIndex < 0 || offerIndex >= m_model->offerCount())
        return;
    delete m_priceCheck.data();
    const FlightOffer before = fareOption(m_model->offer(offerIndex), option);
    PricedOfferReply *reply = m_flights.price(before, m_request.passengers, this);
    m_priceCheck = reply;
    m_fareOptions->setChecking();
    connect(reply, &SupplierReply::finished, this, [this, reply, before] {
        reply->deleteLater();
        if (reply->hasError() && reply->error().kind == Error::Kind::Cancelled)
            return;
        m_fareOptions->showPriceCheck(before, reply->hasError()
                                                  ? Result<PricedOffer>(reply->error())
                                                  : Result<PricedOffer>(reply->value()));
    });
}

void FlightSearchScreen::setSortOrder(SortOrder order)
{
    m_model->setSortOrder(order);
}

void FlightSearchScreen::clearFilters()
{
    m_model->clearFilter();
}

void FlightSearchScreen::focusDetails()
{
    m_details->setFocus(Qt::ShortcutFocusReason);
}

void FlightSearchScreen::focusNextPane()
{
    cyclePane(1);
}

void FlightSearchScreen::focusPreviousPane()
{
    cyclePane(-1);
}

void FlightSearchScreen::cyclePane(int step)
{
    // F6 moves between the form, the filters, the results and the details, like the panes
    // of a desktop mail client.
    QWidget *panes[] = {m_form, m_facets, m_results, m_details};
    constexpr int count = 4;
    int current = -1;
    QWidget *focus = QApplication::focusWidget();
    for (int i = 0; i < count && focus; ++i) {
        if (focus == panes[i] || panes[i]->isAncestorOf(focus))
            current = i;
    }
    // A pane with nothing to focus (the filters before a search) is passed over.
    int next = current < 0 ? 0 : (current + step + count) % count;
    if (next == 1 && !m_facets->firstFocusable())
        next = (next + (step < 0 ? -1 : 1) + count) % count;
    switch (next) {
    case 0:
        m_form->focusOrigin();
        break;
    case 1:
        m_facets->firstFocusable()->setFocus(Qt::ShortcutFocusReason);
        break;
    case 2:
        m_results->focusTarget()->setFocus(Qt::ShortcutFocusReason);
        break;
    default:
        focusDetails();
        break;
    }
}

void FlightSearchScreen::reloadRecentSearches()
{
    Result<std::vector<RecentSearch>> recent = m_recentSearches.list(10);
    if (!recent)
        return;
    std::vector<FlightSearchRequest> requests;
    for (const RecentSearch &entry : recent.value())
        requests.push_back(entry.request);
    m_form->setRecentSearches(requests);
}

} // namespace tripdesk
