#pragma once
// A FlightSupplier whose answers a test scripts: which offers, after how long, a failure, or no
// answer at all. It honours the interface's contract (answers on the context's thread, never
// after the context is gone) unless told to answer synchronously, which suppliers may also do.

#include "backend/suppliers/flight_supplier.h"

#include <QDateTime>
#include <QPointer>

namespace tripdesk {

class FakeFlightSupplier final : public FlightSupplier
{
public:
    enum class Behaviour {
        Answer,      // calls back with offers() after delayMs
        Fail,        // calls back with an Error::Kind::Supplier after delayMs
        Never,       // never calls back (a hung connection)
        Synchronous, // calls back with offers() from inside search()
        Manual,      // holds the callback until releasePending()
    };

    FakeFlightSupplier(QString id, QString displayName);

    QString id() const override { return m_id; }
    QString displayName() const override { return m_displayName; }
    void search(const FlightSearchRequest &request, QObject *context, SearchCallback done) override;

    void setBehaviour(Behaviour behaviour) { m_behaviour = behaviour; }
    void setDelayMs(int ms) { m_delayMs = ms; }
    void setOffers(std::vector<FlightOffer> offers) { m_offers = std::move(offers); }
    void setError(Error error) { m_error = std::move(error); }

    // Answers the searches held in Manual mode with offers(), in order. Like a real supplier it
    // skips searches whose context is gone, unless `evenIfContextGone` (a supplier breaking the
    // interface's contract, which the caller should survive).
    void releasePending(bool evenIfContextGone = false);

    // What the supplier was asked, in order.
    const std::vector<FlightSearchRequest> &requests() const { return m_requests; }

private:
    QString m_id;
    QString m_displayName;
    Behaviour m_behaviour = Behaviour::Answer;
    int m_delayMs = 0;
    std::vector<FlightOffer> m_offers;
    Error m_error;
    std::vector<FlightSearchRequest> m_requests;
    struct Pending {
        QPointer<QObject> context;
        SearchCallback done;
    };
    std::vector<Pending> m_pending;
};

// Builders for test offers. Instants are UTC ("2026-12-24T00:30:00Z").
Segment makeSegment(const QString &carrierAndNumber, const QString &from, const QString &to,
                    const QString &departureUtc, const QString &arrivalUtc,
                    Cabin cabin = Cabin::Economy);
FlightOffer makeOffer(const QString &id, const QString &supplier, qint64 priceMinor,
                      const QString &currency, std::vector<Itinerary> itineraries);

} // namespace tripdesk
