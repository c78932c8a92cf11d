#pragma once
// Shared by the sandbox order and seat map tests: the supplier's calls waited for as results,
// passengers, requests, and offers with a known number of seats left.

#include "test_sandbox_support.h"

#include <QRegularExpression>

namespace sandboxtest {

// The answer of a reply once it has finished.
template<typename Reply> auto answer(Reply *reply) -> Result<std::decay_t<decltype(reply->value())>>
{
    await(reply);
    if (reply->hasError())
        return reply->error();
    return reply->value();
}

inline Result<PricedOffer> pricedNow(SandboxSupplier &s, const QString &offerId,
                                     const Passengers &passengers)
{
    QObject owner;
    return answer(s.price(offerId, passengers, &owner));
}

inline Result<Order> createNow(SandboxSupplier &s, const OrderRequest &request)
{
    QObject owner;
    return answer(s.createOrder(request, &owner));
}

inline Result<Order> orderNow(SandboxSupplier &s, const QString &id)
{
    QObject owner;
    return answer(s.order(id, &owner));
}

inline Result<Order> findNow(SandboxSupplier &s, const QString &clientReference)
{
    QObject owner;
    return answer(s.findOrder(clientReference, &owner));
}

inline Result<Order> payNow(SandboxSupplier &s, const QString &id, const Money &amount)
{
    QObject owner;
    return answer(s.payOrder(id, amount, &owner));
}

inline Result<OrderCancellation> quoteNow(SandboxSupplier &s, const QString &orderId)
{
    QObject owner;
    return answer(s.quoteCancellation(orderId, &owner));
}

inline Result<OrderCancellation> confirmNow(SandboxSupplier &s, const QString &cancellationId)
{
    QObject owner;
    return answer(s.confirmCancellation(cancellationId, &owner));
}

inline Result<std::vector<SeatMap>> seatMapsNow(SandboxSupplier &s, const QString &offerId)
{
    QObject owner;
    return answer(s.seatMaps(offerId, &owner));
}

inline OrderPassenger person(PassengerType type, const QString &given, const QString &family,
                             QDate bornOn)
{
    OrderPassenger p;
    p.type = type;
    p.title = type == PassengerType::Adult ? QStringLiteral("ms") : QString();
    p.givenName = given;
    p.familyName = family;
    p.bornOn = bornOn;
    p.email = QStringLiteral("traveller@example.com");
    p.phone = QStringLiteral("+442080160509");
    p.passportNumber = QStringLiteral("P1234567");
    p.passportCountry = QStringLiteral("GB");
    p.passportExpiry = QDate(2031, 5, 1);
    p.nationality = QStringLiteral("GB");
    return p;
}

// Passengers of each type for `mix`: adults born 1980, children 2016, infants 2026.
inline std::vector<OrderPassenger> people(const Passengers &mix)
{
    std::vector<OrderPassenger> out;
    for (int i = 0; i < mix.adults; ++i)
        out.push_back(person(PassengerType::Adult, QStringLiteral("Asha"),
                             QStringLiteral("Adult%1").arg(QChar(u'A' + i)), QDate(1980, 5, 1)));
    for (int i = 0; i < mix.children; ++i)
        out.push_back(person(PassengerType::Child, QStringLiteral("Ravi"),
                             QStringLiteral("Child%1").arg(QChar(u'A' + i)), QDate(2016, 3, 9)));
    for (int i = 0; i < mix.infants; ++i)
        out.push_back(person(PassengerType::Infant, QStringLiteral("Mira"),
                             QStringLiteral("Infant%1").arg(QChar(u'A' + i)), QDate(2026, 2, 2)));
    return out;
}

// An order request for a priced offer, paying its price and the services' (from the offer).
inline OrderRequest request(const PricedOffer &priced, const Passengers &mix,
                            OrderRequest::Kind kind = OrderRequest::Kind::Instant,
                            std::vector<SelectedService> services = {},
                            const QString &clientReference = {})
{
    OrderRequest r;
    r.kind = kind;
    r.offerId = priced.offer.id;
    r.passengers = people(mix);
    r.clientReference = clientReference;
    Money payment = priced.offer.price;
    for (const SelectedService &chosen : services) {
        for (const OfferService &s : priced.services) {
            if (s.id == chosen.id)
                payment += s.price * chosen.quantity;
        }
    }
    r.services = std::move(services);
    r.payment = payment;
    return r;
}

// A one-way offer whose fare has between `low` and `high` seats left (an exact count: offers
// report up to nine), on `segments` flights.
inline FlightOffer offerWithSeatsLeft(SandboxSupplier &s, int low, int high, int segments = 1,
                                      Cabin cabin = Cabin::Economy)
{
    const QString pairs[][2] = {{QStringLiteral("DEL"), QStringLiteral("BOM")},
                                {QStringLiteral("LHR"), QStringLiteral("JFK")},
                                {QStringLiteral("FRA"), QStringLiteral("ORD")},
                                {QStringLiteral("SYD"), QStringLiteral("MEL")},
                                {QStringLiteral("IXC"), QStringLiteral("BLR")},
                                {QStringLiteral("ATL"), QStringLiteral("MSN")}};
    for (int day = 0; day < 20; ++day) {
        for (const auto &pair : pairs) {
            auto result =
                s.searchNow(oneWay(pair[0], pair[1], travelDate().addDays(day), 2, cabin));
            if (!result)
                continue;
            for (const FlightOffer &o : result.value()) {
                if (o.seatsLeft >= low && o.seatsLeft <= high &&
                    int(o.itineraries.front().segments.size()) == segments)
                    return o;
            }
        }
    }
    qFatal("no offer with %d-%d seats left", low, high);
}

// The seats left at the offer's fare now; 0 when it no longer sells at that fare.
inline int seatsLeft(SandboxSupplier &s, const QString &id)
{
    auto priced = priceNow(s, id, Passengers{});
    if (!priced)
        return 0;
    return priced->id == id ? priced->seatsLeft : 0;
}

// Seats taken on the offer's first flight in the cabin booked, as its seat map shows them: the
// count, unlike the seats left at a fare, does not depend on which classes are open that day.
inline int seatsTaken(SandboxSupplier &s, const QString &offerId)
{
    auto maps = seatMapsNow(s, offerId);
    if (!maps || maps->empty())
        return -1;
    auto priced = pricedNow(s, offerId, Passengers{});
    const Cabin booked = priced->offer.itineraries.front().segments.front().cabin;
    int taken = 0;
    for (const SeatMapCabin &c : maps->front().cabins) {
        for (const SeatMapRow &row : c.rows) {
            for (const auto &block : row.sections) {
                for (const SeatMapElement &e : block)
                    taken +=
                        c.cabin == booked && e.kind == SeatMapElement::Kind::Seat && !e.available;
            }
        }
    }
    return taken;
}

inline bool isTicketNumber(const QString &text)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{13}$"));
    return digits.match(text).hasMatch();
}

inline bool isBookingReference(const QString &text)
{
    static const QRegularExpression reference(QStringLiteral("^[A-HJ-NP-Z2-9]{6}$"));
    return reference.match(text).hasMatch();
}

} // namespace sandboxtest
