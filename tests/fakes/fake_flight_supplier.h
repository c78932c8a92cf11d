#pragma once
// A FlightSupplier whose answers a test scripts: which offers, after how long, a failure, or no
// answer at all. It honours the interface's contract (the reply finishes from the event loop)
// unless told to answer synchronously, breaking it, which callers should survive. It counts the
// calls aborted, so a test sees that an abort reached the supplier.

#include "backend/suppliers/flight_supplier.h"

#include <QDateTime>
#include <QPointer>

namespace tripdesk {

class FakeFlightSupplier final : public FlightSupplier
{
public:
    enum class Behaviour {
        Answer,      // finishes with offers() after delayMs
        Fail,        // fails with an Error::Kind::Supplier after delayMs
        Never,       // never finishes (a hung connection)
        Synchronous, // finishes with offers() inside search()
        Manual,      // holds the reply until releasePending()
    };

    FakeFlightSupplier(QString id, QString displayName);

    QString id() const override { return m_id; }
    QString displayName() const override { return m_displayName; }
    FlightSupplierCapabilities capabilities() const override { return {}; }
    FlightOffersReply *search(const FlightSearchRequest &request, QObject *parent) override;

    void setBehaviour(Behaviour behaviour) { m_behaviour = behaviour; }
    void setDelayMs(int ms) { m_delayMs = ms; }
    void setOffers(std::vector<FlightOffer> offers) { m_offers = std::move(offers); }
    // The next answer takes the offers instead of copying them (benchmarks set them each round).
    void setConsumeOffers(bool consume) { m_consume = consume; }
    void setOmitted(int omitted) { m_omitted = omitted; }
    // What health() reports, as an HTTP adapter's circuit breaker would.
    void setHealth(SupplierHealth health) { m_health = std::move(health); }
    SupplierHealth health() const override { return m_health; }
    void setError(Error error) { m_error = std::move(error); }

    // Answers the searches held in Manual mode with offers(), in order; replies already deleted
    // are skipped.
    void releasePending();

    // What the supplier was asked, in order.
    const std::vector<FlightSearchRequest> &requests() const { return m_requests; }
    // How many of its calls were aborted (by abort(), a timeout or deleting the reply).
    int abortedCalls() const { return *m_aborted; }

private:
    QString m_id;
    QString m_displayName;
    Behaviour m_behaviour = Behaviour::Answer;
    int m_delayMs = 0;
    std::vector<FlightOffer> m_offers;
    int m_omitted = 0;
    bool m_consume = false;
    SupplierHealth m_health;
    Error m_error;
    std::vector<FlightSearchRequest> m_requests;
    std::vector<QPointer<FlightOffersReply>> m_pending;
    std::shared_ptr<int> m_aborted = std::make_shared<int>(0);
};

// Builders for test offers. Instants are UTC ("2026-12-24T00:30:00Z").
Segment makeSegment(const QString &carrierAndNumber, const QString &from, const QString &to,
                    const QString &departureUtc, const QString &arrivalUtc,
                    Cabin cabin = Cabin::Economy);
FlightOffer makeOffer(const QString &id, const QString &supplier, qint64 priceMinor,
                      const QString &currency, std::vector<Itinerary> itineraries);

} // namespace tripdesk
