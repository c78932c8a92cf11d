#pragma once
// The search aggregator: fans a request out to every enabled supplier, merges their offers as
// they arrive into results (the same flights from several suppliers or in several fare brands
// become one result with its fare options, FlightOffer::options, the best leading), and reports
// a status per supplier. Partial results stream through SearchReply's signals.

#include "backend/core/clock.h"
#include "backend/core/exchange_rates.h"
#include "backend/suppliers/flight_supplier.h"

#include <QObject>

#include <memory>
#include <utility>
#include <vector>

namespace tripdesk {

struct SupplierStatus {
    enum class State { Pending, Done, Failed, TimedOut, Cancelled };
    QString supplier;    // id
    QString displayName; // translated
    State state = State::Pending;
    int offers = 0;        // offers this supplier contributed, leading a result or as an option
    int omitted = 0;       // offers the supplier found but did not send (it kept the best)
    int malformed = 0;     // offers it sent that could not be read or used, dropped
    qint64 elapsedMs = 0;  // from fan-out to its answer
    QString errorMessage;  // user message when Failed/TimedOut
    SupplierHealth health; // its connection once it settled: the circuit breaker's state
};
QString
supplierStateToString(SupplierStatus::State state); // "pending","ok","failed","timeout","cancelled"

class SearchReply : public QObject
{
    Q_OBJECT
public:
    ~SearchReply() override;

    const FlightSearchRequest &request() const { return m_request; }
    // Results so far, in arrival order (rank them with sortOffers or a model); each leads its
    // fare options.
    const std::vector<FlightOffer> &offers() const { return m_offers; }
    // The results, moved out, for a caller that is done with a finished search (the CLI);
    // offers() is empty afterwards.
    std::vector<FlightOffer> takeOffers() { return std::exchange(m_offers, {}); }
    const std::vector<SupplierStatus> &statuses() const { return m_statuses; }
    bool isFinished() const { return m_finished; }
    // When the search was started (UTC), by the aggregator's clock.
    QDateTime startedAt() const;

    // Stops the search: every pending supplier's call is aborted (down to its network request or
    // worker), its status becomes Cancelled, and finished() is emitted.
    void abort();

Q_SIGNALS:
    // Offers [first, first + count) were appended to offers().
    void offersAppended(int first, int count);
    // The result at `index` gained a fare option; the new one may lead it now.
    void offerChanged(int index);
    void supplierFinished(int statusIndex);
    void finished();

private:
    friend class SearchAggregator;
    explicit SearchReply(FlightSearchRequest request, QObject *parent);
    void fanOut();
    void onAnswer(size_t index);
    void abortCall(size_t index);
    void onTimeout(size_t index);
    void merge(size_t index, std::vector<FlightOffer> incoming, int malformed);
    size_t supplierIndex(const QString &supplierId) const;
    bool beats(const FlightOffer &candidate, size_t candidateSupplier, const FlightOffer &current,
               size_t currentSupplier) const;
    void settle(size_t index);

    FlightSearchRequest m_request;
    std::vector<FlightOffer> m_offers;
    std::vector<SupplierStatus> m_statuses;
    QHash<QString, int> m_indexByFlights;
    bool m_finished = false;
    struct Private;
    std::unique_ptr<Private> d;
};

class SearchAggregator
{
public:
    // Suppliers are borrowed; they must outlive the aggregator.
    SearchAggregator(std::vector<FlightSupplier *> suppliers, const Clock &clock,
                     int supplierTimeoutMs = 30000);

    const std::vector<FlightSupplier *> &suppliers() const { return m_suppliers; }
    // Lets every supplier prepare for the first search in the background.
    void prepare();

    // How duplicates in different currencies are compared: in `currency`, through `rates`.
    // Without rates, only offers in one currency are compared by price.
    void setPricing(const QString &currency, std::shared_ptr<const ExchangeRates> rates);

    // Starts a search; the reply is owned by `parent` (deleting it cancels the search). With
    // `only` (supplier ids, any case), just those suppliers are asked.
    SearchReply *search(const FlightSearchRequest &request, QObject *parent,
                        const QStringList &only = {});

private:
    std::vector<FlightSupplier *> m_suppliers;
    const Clock &m_clock;
    int m_timeoutMs;
    QString m_currency;
    std::shared_ptr<const ExchangeRates> m_rates;
};

} // namespace tripdesk
