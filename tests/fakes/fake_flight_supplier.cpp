#include "tests/fakes/fake_flight_supplier.h"

#include <QTimer>

#include <utility>

namespace tripdesk {

FakeFlightSupplier::FakeFlightSupplier(QString id, QString displayName)
    : m_id(std::move(id))
    , m_displayName(std::move(displayName))
    , m_error(Error::supplier(QStringLiteral("The fake supplier is down."),
                              QStringLiteral("scripted failure")))
{}

FlightOffersReply *FakeFlightSupplier::search(const FlightSearchRequest &request, QObject *parent)
{
    m_requests.push_back(request);
    auto *reply = new FlightOffersReply(parent);
    reply->setAbortHandler([aborted = m_aborted] { ++*aborted; });
    // Handed over rather than copied when the caller set the offers for this answer alone.
    SupplierOffers answer{m_consume ? std::exchange(m_offers, {}) : m_offers, m_omitted};
    switch (m_behaviour) {
    case Behaviour::Never:
        break;
    case Behaviour::Synchronous:
        reply->finish(std::move(answer));
        break;
    case Behaviour::Manual:
        m_pending.emplace_back(reply);
        break;
    case Behaviour::Answer:
        QTimer::singleShot(m_delayMs, reply, [reply, answer = std::move(answer)]() mutable {
            reply->finish(std::move(answer));
        });
        break;
    case Behaviour::Fail:
        QTimer::singleShot(m_delayMs, reply, [reply, error = m_error] { reply->fail(error); });
        break;
    }
    return reply;
}

void FakeFlightSupplier::releasePending()
{
    std::vector<QPointer<FlightOffersReply>> pending = std::move(m_pending);
    m_pending.clear();
    for (const QPointer<FlightOffersReply> &reply : pending) {
        if (reply)
            reply->finish(SupplierOffers{m_offers, m_omitted});
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
