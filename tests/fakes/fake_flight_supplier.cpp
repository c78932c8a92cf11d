#include "tests/fakes/fake_flight_supplier.h"

#include <QTimer>

namespace tripdesk {

FakeFlightSupplier::FakeFlightSupplier(QString id, QString displayName)
    : m_id(std::move(id))
    , m_displayName(std::move(displayName))
    , m_error(Error::supplier(QStringLiteral("The fake supplier is down."),
                              QStringLiteral("scripted failure")))
{}

void FakeFlightSupplier::search(const FlightSearchRequest &request, QObject *context,
                                SearchCallback done)
{
    m_requests.push_back(request);
    switch (m_behaviour) {
    case Behaviour::Never:
        return;
    case Behaviour::Synchronous:
        done(m_offers);
        return;
    case Behaviour::Manual:
        m_pending.push_back({context, std::move(done)});
        return;
    case Behaviour::Answer:
        QTimer::singleShot(m_delayMs, context,
                           [offers = m_offers, done = std::move(done)] { done(offers); });
        return;
    case Behaviour::Fail:
        QTimer::singleShot(m_delayMs, context,
                           [error = m_error, done = std::move(done)] { done(error); });
        return;
    }
}

void FakeFlightSupplier::releasePending(bool evenIfContextGone)
{
    std::vector<Pending> pending = std::move(m_pending);
    m_pending.clear();
    for (Pending &p : pending) {
        if (p.context || evenIfContextGone)
            p.done(m_offers);
    }
}

Segment makeSegment(const QString &carrierAndNumber, const QString &from, const QString &to,
                    const QString &departureUtc, const QString &arrivalUtc, Cabin cabin)
{
    Segment s;
    s.carrier = carrierAndNumber.left(2);
    s.flightNumber = carrierAndNumber.mid(2).trimmed();
    s.operatingCarrier = s.carrier;
    s.origin = from;
    s.destination = to;
    s.departure = QDateTime::fromString(departureUtc, Qt::ISODate).toUTC();
    s.arrival = QDateTime::fromString(arrivalUtc, Qt::ISODate).toUTC();
    s.aircraft = QStringLiteral("320");
    s.cabin = cabin;
    s.fareClass = QStringLiteral("Y");
    return s;
}

FlightOffer makeOffer(const QString &id, const QString &supplier, qint64 priceMinor,
                      const QString &currency, std::vector<Itinerary> itineraries)
{
    FlightOffer offer;
    offer.id = id;
    offer.supplier = supplier;
    offer.price = Money(priceMinor, currency);
    offer.itineraries = std::move(itineraries);
    offer.fareBrand = QStringLiteral("Standard");
    return offer;
}

} // namespace tripdesk
