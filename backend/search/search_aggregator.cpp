#include "backend/search/search_aggregator.h"

#include "backend/core/logging.h"
#include "backend/search/ranking.h"

#include <QCoreApplication>

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>
#include <algorithm>

namespace tripdesk {

QString supplierStateToString(SupplierStatus::State state)
{
    switch (state) {
    case SupplierStatus::State::Pending:
        return QStringLiteral("pending");
    case SupplierStatus::State::Done:
        return QStringLiteral("ok");
    case SupplierStatus::State::Failed:
        return QStringLiteral("failed");
    case SupplierStatus::State::TimedOut:
        return QStringLiteral("timeout");
    case SupplierStatus::State::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("pending");
}

struct SearchReply::Private {
    std::vector<FlightSupplier *> suppliers; // parallel to m_statuses
    QString currency;
    std::shared_ptr<const ExchangeRates> rates;
    std::vector<QTimer *> timers; // children of the reply, parallel to m_statuses
    // The suppliers' own replies, children of this one (deleting it aborts them); null once
    // answered. Parallel to m_statuses.
    std::vector<QPointer<FlightOffersReply>> calls;
    QElapsedTimer elapsed;
    QDateTime startedAt;
    int pending = 0;
    int timeoutMs = 0;
};

namespace {

// Offers a supplier should never have produced (no itineraries for the slices asked, an empty
// itinerary, no price) would break every consumer that indexes into them; they are dropped and
// logged instead of shown.
bool isUsable(const FlightOffer &offer, const FlightSearchRequest &request)
{
    if (offer.itineraries.size() != request.slices.size() || !offer.price.isValid())
        return false;
    for (const Itinerary &it : offer.itineraries) {
        if (it.segments.empty())
            return false;
        for (const Segment &s : it.segments) {
            if (!s.departure.isValid() || !s.arrival.isValid() || s.arrival < s.departure)
                return false;
        }
    }
    return true;
}

} // namespace

// Whether `candidate` should lead `current` among the fare options for the same flights. The
// cheaper wins, compared in the agency's currency through its rates. At an equal price, or when
// the two cannot be compared (no rate), what the traveller gets decides: a refundable fare, then a
// changeable one, then more checked bags; then the offer in the agency's own currency; and last
// the supplier registered first, so the outcome never depends on which answered first.
bool SearchReply::beats(const FlightOffer &candidate, size_t candidateSupplier,
                        const FlightOffer &current, size_t currentSupplier) const
{
    std::optional<int> byPrice;
    if (candidate.price.currency() == current.price.currency())
        byPrice = candidate.price.compare(current.price);
    else if (d->rates && !d->currency.isEmpty())
        byPrice = d->rates->compare(candidate.price, current.price, d->currency);
    if (byPrice && *byPrice != 0)
        return *byPrice < 0;
    const FareConditions &a = candidate.conditions;
    const FareConditions &b = current.conditions;
    if (a.refundable != b.refundable)
        return a.refundable;
    if (a.changeable != b.changeable)
        return a.changeable;
    if (candidate.baggage.checkedBags != current.baggage.checkedBags)
        return candidate.baggage.checkedBags > current.baggage.checkedBags;
    if (!byPrice) {
        const bool ours = candidate.price.currency() == d->currency;
        if (ours != (current.price.currency() == d->currency))
            return ours;
    }
    return candidateSupplier < currentSupplier;
}

SearchReply::SearchReply(FlightSearchRequest request, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
    , d(std::make_unique<Private>())
{}

SearchReply::~SearchReply() = default;

QDateTime SearchReply::startedAt() const
{
    return d->startedAt;
}

void SearchReply::abort()
{
    if (m_finished)
        return;
    QPointer<SearchReply> guard(this);
    for (size_t i = 0; i < m_statuses.size(); ++i) {
        SupplierStatus &status = m_statuses[i];
        if (status.state != SupplierStatus::State::Pending)
            continue;
        status.state = SupplierStatus::State::Cancelled;
        status.elapsedMs = d->elapsed.isValid() ? d->elapsed.elapsed() : 0;
        if (i < d->timers.size())
            d->timers[i]->stop();
        abortCall(i);
        --d->pending;
        Q_EMIT supplierFinished(int(i));
        if (!guard)
            return;
    }
    m_finished = true;
    Q_EMIT finished();
}

SearchAggregator::SearchAggregator(std::vector<FlightSupplier *> suppliers, const Clock &clock,
                                   int supplierTimeoutMs)
    : m_suppliers(std::move(suppliers))
    , m_clock(clock)
    , m_timeoutMs(supplierTimeoutMs)
{}

void SearchAggregator::setPricing(const QString &currency,
                                  std::shared_ptr<const ExchangeRates> rates)
{
    m_currency = Money::normalizedCurrency(currency);
    m_rates = std::move(rates);
}

void SearchAggregator::prepare()
{
    for (FlightSupplier *supplier : m_suppliers)
        supplier->prepare();
}

SearchReply *SearchAggregator::search(const FlightSearchRequest &request, QObject *parent,
                                      const QStringList &only)
{
    auto *reply = new SearchReply(request, parent);
    for (FlightSupplier *supplier : m_suppliers) {
        const bool wanted =
            only.isEmpty() || std::any_of(only.begin(), only.end(), [&](const QString &id) {
                return id.trimmed().compare(supplier->id(), Qt::CaseInsensitive) == 0;
            });
        if (wanted)
            reply->d->suppliers.push_back(supplier);
    }
    reply->d->currency = m_currency;
    reply->d->rates = m_rates;
    reply->d->timeoutMs = m_timeoutMs;
    reply->d->startedAt = m_clock.nowUtc();
    reply->d->pending = int(reply->d->suppliers.size());
    reply->m_statuses.reserve(reply->d->suppliers.size());
    for (FlightSupplier *supplier : reply->d->suppliers) {
        SupplierStatus status;
        status.supplier = supplier->id();
        status.displayName = supplier->displayName();
        reply->m_statuses.push_back(std::move(status));
    }
    // The fan-out runs from the event loop, so the caller connects to the reply's signals
    // before anything can be emitted, even when a supplier answers synchronously.
    QMetaObject::invokeMethod(
        reply, [reply] { reply->fanOut(); }, Qt::QueuedConnection);
    return reply;
}

void SearchReply::fanOut()
{
    if (m_finished)
        return; // aborted before the event loop came round
    d->elapsed.start();
    if (m_statuses.empty()) {
        m_finished = true;
        Q_EMIT finished();
        return;
    }
    QPointer<SearchReply> guard(this);
    d->timers.reserve(m_statuses.size());
    for (size_t i = 0; i < m_statuses.size(); ++i) {
        auto *timer = new QTimer(this);
        timer->setSingleShot(true);
        timer->setInterval(d->timeoutMs);
        connect(timer, &QTimer::timeout, this, [this, i] { onTimeout(i); });
        d->timers.push_back(timer);
    }
    d->calls.resize(m_statuses.size());
    for (size_t i = 0; i < m_statuses.size(); ++i) {
        if (m_statuses[i].state != SupplierStatus::State::Pending)
            continue; // aborted from a slot while an earlier supplier answered
        d->timers[i]->start();
        qCDebug(lcSearch) << "asking" << m_statuses[i].supplier;
        FlightOffersReply *call = d->suppliers[i]->search(m_request, this);
        d->calls[i] = call;
        connect(call, &SupplierReply::finished, this, [this, i] { onAnswer(i); });
        // A supplier breaking the contract by answering inside search() is still heard.
        if (call->isFinished()) {
            onAnswer(i);
            if (!guard)
                return;
        }
    }
}

void SearchReply::abortCall(size_t index)
{
    if (index >= d->calls.size())
        return;
    // Taken first: the call's finished() comes back to onAnswer(), which must find it gone.
    if (QPointer<FlightOffersReply> call = std::exchange(d->calls[index], nullptr)) {
        call->abort();
        call->deleteLater();
    }
}

void SearchReply::onTimeout(size_t index)
{
    SupplierStatus &status = m_statuses[index];
    if (status.state != SupplierStatus::State::Pending)
        return;
    status.state = SupplierStatus::State::TimedOut;
    status.elapsedMs = d->elapsed.elapsed();
    // Seconds, rounded up: "within 0 s" would read as if it had never been given a chance.
    status.errorMessage =
        QCoreApplication::translate("Search", "%1 did not answer within %2 s; try again later.")
            .arg(status.displayName)
            .arg((d->timeoutMs + 999) / 1000);
    qCWarning(lcSearch) << status.supplier << "timed out after" << status.elapsedMs << "ms";
    abortCall(index);
    settle(index);
}

void SearchReply::onAnswer(size_t index)
{
    QPointer<FlightOffersReply> call = std::exchange(d->calls[index], nullptr);
    if (!call)
        return; // timed out or aborted: its answer no longer counts
    call->deleteLater();
    SupplierStatus &status = m_statuses[index];
    if (status.state != SupplierStatus::State::Pending)
        return;
    d->timers[index]->stop();
    status.elapsedMs = d->elapsed.elapsed();
    if (call->hasError()) {
        status.state = SupplierStatus::State::Failed;
        status.errorMessage = call->error().message;
        qCWarning(lcSearch) << status.supplier << "failed:" << call->error().detail;
        settle(index);
        return;
    }
    SupplierOffers answer = call->takeValue();
    status.state = SupplierStatus::State::Done;
    status.omitted = answer.omitted;
    qCDebug(lcSearch) << status.supplier << "answered" << answer.offers.size() << "offers in"
                      << status.elapsedMs << "ms";
    QPointer<SearchReply> guard(this);
    merge(index, std::move(answer.offers), answer.malformed);
    if (!guard)
        return;
    settle(index);
}

void SearchReply::merge(size_t index, std::vector<FlightOffer> incoming, int malformed)
{
    const QString &supplierId = m_statuses[index].supplier;
    const int first = int(m_offers.size());
    // Sized once per answer rather than grown an offer at a time.
    m_indexByFlights.reserve(m_indexByFlights.size() + qsizetype(incoming.size()));
    m_offers.reserve(m_offers.size() + incoming.size());
    std::vector<int> changed; // indices below `first` whose result changed
    int dropped = 0;
    for (FlightOffer &offer : incoming) {
        if (offer.supplier.isEmpty())
            offer.supplier = supplierId;
        offer.options.clear(); // a supplier's offers carry no options of their own
        if (!isUsable(offer, m_request)) {
            ++dropped;
            continue;
        }
        ++m_statuses[index].offers;
        const QString key = flightsKey(offer);
        const auto found = m_indexByFlights.constFind(key);
        if (found == m_indexByFlights.cend()) {
            m_indexByFlights.insert(key, int(m_offers.size()));
            m_offers.push_back(std::move(offer));
            continue;
        }
        // The same flights again: one result, one more fare option. The option that beats the
        // others leads (its price, brand and supplier are the result's).
        FlightOffer &current = m_offers[size_t(*found)];
        if (beats(offer, index, current, supplierIndex(current.supplier))) {
            offer.options = std::move(current.options);
            current.options.clear();
            offer.options.push_back(std::move(current));
            current = std::move(offer);
        } else {
            current.options.push_back(std::move(offer));
        }
        if (*found < first && std::find(changed.begin(), changed.end(), *found) == changed.end())
            changed.push_back(*found);
    }
    m_statuses[index].malformed = malformed + dropped;
    if (dropped > 0)
        qCWarning(lcSearch) << supplierId << "sent" << dropped << "malformed offers; dropped";

    QPointer<SearchReply> guard(this);
    for (int i : changed) {
        Q_EMIT offerChanged(i);
        if (!guard)
            return;
    }
    const int count = int(m_offers.size()) - first;
    if (count > 0)
        Q_EMIT offersAppended(first, count);
}

size_t SearchReply::supplierIndex(const QString &supplierId) const
{
    for (size_t s = 0; s < m_statuses.size(); ++s) {
        if (m_statuses[s].supplier == supplierId)
            return s;
    }
    return m_statuses.size();
}

void SearchReply::settle(size_t index)
{
    m_statuses[index].health = d->suppliers[index]->health();
    --d->pending;
    QPointer<SearchReply> guard(this);
    Q_EMIT supplierFinished(int(index));
    if (!guard || m_finished)
        return;
    if (d->pending == 0) {
        m_finished = true;
        Q_EMIT finished();
    }
}

} // namespace tripdesk
