#pragma once
// The Sabre flight supplier over Sabre's REST APIs: Bargain Finder Max v5 to search, Revalidate
// Itinerary to price, Booking Management (createBooking, getBooking, cancelBooking) for
// bookings. The wire formats are sabre_wire's (sabre_requests.h, sabre_shop.h,
// sabre_booking.h); the transport is an HttpClient of its own (retries for searches and reads
// only, its circuit breaker, rate limiter and redacted logging); the only state it keeps is its
// token (sabre_token_cache.h).
//
// What Sabre's REST APIs allow, and so capabilities():
//  - Bookings are made unticketed (held): Booking Management books and prices the PNR, and the
//    last ticketing date from revalidation is its deadline. Tickets are issued from the
//    agency's PCC (its ticketing queue or Sabre's ticketing service, which needs the agency's
//    own form of payment and is not part of this adapter), so payOrder() and instant orders
//    are refused with a message saying so: hold is supported, order (instant) is not.
//  - A cancellation has no quote call in Sabre: quoteCancellation() reads the booking
//    (getBooking) and derives the refund from its fare rules and penalties; confirming it is
//    cancelBooking.
//  - Seat maps (Sabre's separate GetSeats service) are not offered.
//  - Sabre cannot find a booking by TripDesk's reference over REST, so when a createBooking's
//    answer is lost the adapter does not book again and does not guess: it reports that the
//    outcome is unknown and that the PNR carrying the reference remark must be looked for in
//    the PCC (findOrder() says the same).

#include "backend/core/clock.h"
#include "backend/suppliers/flight_supplier.h"
#include "backend/suppliers/http/http_client.h"
#include "backend/suppliers/sabre/sabre_supplier_factory.h"

#include <memory>

namespace tripdesk {

namespace sabre {
class SabreTokenCache;
}

class SabreSupplier final : public FlightSupplier
{
public:
    // `network` and `clock` are not owned and must outlive the supplier.
    SabreSupplier(SabreSupplierConfig config, QNetworkAccessManager *network, const Clock *clock);
    ~SabreSupplier() override;
    SabreSupplier(const SabreSupplier &) = delete;
    SabreSupplier &operator=(const SabreSupplier &) = delete;

    QString id() const override; // "sabre"
    QString displayName() const override;
    FlightSupplierCapabilities capabilities() const override;
    SupplierHealth health() const override;
    // Fetches a token in the background, so the first search does not wait for it.
    void prepare() override;

    FlightOffersReply *search(const FlightSearchRequest &request, QObject *parent) override;
    PricedOfferReply *price(const QString &offerId, const Passengers &passengers,
                            QObject *parent) override;
    OrderReply *createOrder(const OrderRequest &request, QObject *parent) override;
    OrderReply *payOrder(const QString &orderId, const Money &amount, QObject *parent) override;
    OrderReply *order(const QString &orderId, QObject *parent) override;
    OrderReply *findOrder(const QString &clientReference, QObject *parent) override;
    CancellationReply *quoteCancellation(const QString &orderId, QObject *parent) override;
    CancellationReply *confirmCancellation(const QString &cancellationId, QObject *parent) override;

    HttpClient *httpClient() const { return m_client.get(); }
    sabre::SabreTokenCache *tokens() const { return m_tokens.get(); }

private:
    struct Private;
    std::unique_ptr<HttpClient> m_client;
    std::unique_ptr<sabre::SabreTokenCache> m_tokens;
    std::unique_ptr<Private> d;
};

// What cancelling `order` would refund, derived from the booking since Sabre quotes no
// cancellations: nothing for a booking never ticketed (nothing was paid); for a ticketed one,
// its total less the refund penalty when its fare rules allow a refund, else nothing. The
// quote's id names the booking, so confirming it needs nothing kept.
OrderCancellation sabreCancellationQuote(const Order &order);

} // namespace tripdesk
