#pragma once
// The Duffel flight supplier: Duffel's API v2 over the shared HTTP client (retries for
// idempotent calls, the circuit breaker, the rate limiter, redacted logs), with the pure wire
// functions of duffel_wire.h around each request. A search creates an offer request without its
// offers and reads them in pages of GET /air/offers, following meta.after up to a cap; pricing
// fetches the offer with its available services; orders are sent once and, when the answer is
// lost, looked up by the client reference kept in the order's metadata before anything is
// reported. Every step of a call of several requests is abortable down to the network.
// Build one through duffel_factory.h.

#include "backend/core/clock.h"
#include "backend/suppliers/duffel/duffel_wire.h"
#include "backend/suppliers/flight_supplier.h"
#include "backend/suppliers/http/http_client.h"

#include <QTimeZone>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace tripdesk {

struct DuffelSettings {
    QString accountName; // as the user named the account; named in messages about the token
    QUrl baseUrl;        // "https://api.duffel.com", or a stand-in
    QString accessToken; // never logged
    // The zone of an airport whose time zone Duffel left out (the reference data).
    std::function<QTimeZone(const QString &airportCode)> zoneFor;
    HttpClient::Settings http = defaultHttpSettings();

    int pageSize = 200;  // offers per GET /air/offers page (Duffel allows 1–200)
    int maxOffers = 600; // offers kept from one search; those past it are counted as omitted
    int orderPageSize = 50;
    int maxOrderPages = 20; // pages of orders read when looking an order up
    // One attempt, and the whole of one request with its retries; orders wait on airlines.
    std::chrono::milliseconds attemptTimeout{20000};
    std::chrono::milliseconds requestDeadline{40000};
    std::chrono::milliseconds orderAttemptTimeout{90000};

    // The client's defaults, but for the statuses Duffel asks not to retry: a 500 or a 502 is
    // reported with its request id instead (429, 503 and 504 are still tried again).
    static HttpClient::Settings defaultHttpSettings();
};

class DuffelSupplier final : public FlightSupplier
{
public:
    // `network` and `clock` are not owned and must outlive the supplier.
    DuffelSupplier(QNetworkAccessManager *network, DuffelSettings settings, const Clock &clock);
    ~DuffelSupplier() override;
    DuffelSupplier(const DuffelSupplier &) = delete;
    DuffelSupplier &operator=(const DuffelSupplier &) = delete;

    QString id() const override; // "duffel"
    QString displayName() const override;
    FlightSupplierCapabilities capabilities() const override;
    QString warning() const override;
    SupplierHealth health() const override;

    FlightOffersReply *search(const FlightSearchRequest &request, QObject *parent) override;
    // A Duffel offer is made for the passengers of its search: asked for others, it fails.
    PricedOfferReply *price(const QString &offerId, const Passengers &passengers,
                            QObject *parent) override;
    SeatMapsReply *seatMaps(const QString &offerId, QObject *parent) override;
    OrderReply *createOrder(const OrderRequest &request, QObject *parent) override;
    OrderReply *payOrder(const QString &orderId, const Money &amount, QObject *parent) override;
    OrderReply *order(const QString &orderId, QObject *parent) override;
    OrderReply *findOrder(const QString &clientReference, QObject *parent) override;
    CancellationReply *quoteCancellation(const QString &orderId, QObject *parent) override;
    CancellationReply *confirmCancellation(const QString &cancellationId, QObject *parent) override;

    HttpClient *httpClient() { return m_client.get(); }
    const DuffelSettings &settings() const { return m_settings; }

private:
    struct Search;
    struct Lookup;
    using Then = std::function<void(HttpReply &)>;

    HttpRequest makeRequest(QByteArrayView method, const QString &pathAndQuery,
                            const QJsonObject &body = {}) const;
    // Sends one step of `outer`'s call: aborting or deleting `outer` aborts it on the network;
    // `then` runs when it ends, unless `outer` has finished by then.
    void send(SupplierReply *outer, HttpRequest request, Then then) const;
    // The response when it is a success, else the error to report (transport or Duffel's).
    Result<HttpResponse> answer(HttpReply &reply) const;
    Error responseError(const HttpResponse &response) const;
    Error notLatin1Id(const QString &what) const;
    duffel::ParseContext parseContext() const;

    void nextOffersPage(FlightOffersReply *reply, std::shared_ptr<Search> search) const;
    void finishSearch(FlightOffersReply *reply, std::shared_ptr<Search> search) const;
    // Looks for the order carrying `lookup`'s reference, page by page; finishes `reply` with it,
    // or with `lookup`'s fallback when it is not there.
    void nextOrdersPage(OrderReply *reply, std::shared_ptr<Lookup> lookup) const;
    void readPaidOrder(OrderReply *reply, const QString &orderId, const Money &amount,
                       bool paymentAnswered) const;

    DuffelSettings m_settings;
    const Clock &m_clock;
    std::unique_ptr<HttpClient> m_client;
    // Gone with the supplier: a step that ends after it ends its call as cancelled.
    std::shared_ptr<int> m_alive;
    mutable QString m_lastFailure; // for health(): the last transport failure, 5xx or 429
};

} // namespace tripdesk
