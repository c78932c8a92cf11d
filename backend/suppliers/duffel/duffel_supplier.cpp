// The Duffel supplier's requests, searching (offer request, then pages of offers), pricing,
// seat maps and reading an order; duffel_supplier_orders.cpp creates, pays, finds and cancels.

#include "backend/suppliers/duffel/duffel_supplier.h"

#include "backend/core/logging.h"
#include "backend/suppliers/duffel/duffel_supplier_internal.h"
#include "backend/suppliers/http/http_errors.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QPointer>

namespace tripdesk {

using namespace Qt::StringLiterals;

namespace {

// A search stops paging here even when the server keeps sending cursors.
constexpr int kMaxOfferPages = 50;

} // namespace

struct DuffelSupplier::Search {
    QString offerRequestId;
    QString cursor;
    int pages = 0;
    SupplierOffers result;
};

HttpClient::Settings DuffelSettings::defaultHttpSettings()
{
    HttpClient::Settings http;
    http.retry.retryStatuses = {429, 503, 504};
    return http;
}

DuffelSupplier::DuffelSupplier(QNetworkAccessManager *network, DuffelSettings settings,
                               const Clock &clock)
    : m_settings(std::move(settings))
    , m_clock(clock)
    , m_alive(std::make_shared<int>(0))
{
    m_settings.pageSize = std::clamp(m_settings.pageSize, 1, 200);
    m_settings.orderPageSize = std::clamp(m_settings.orderPageSize, 1, 200);
    m_settings.maxOffers = std::max(1, m_settings.maxOffers);
    m_settings.maxOrderPages = std::max(1, m_settings.maxOrderPages);
    m_client = std::make_unique<HttpClient>(network, displayName(), m_settings.http, &m_clock);
}

DuffelSupplier::~DuffelSupplier() = default;

QString DuffelSupplier::id() const
{
    return duffel::supplierId();
}

QString DuffelSupplier::displayName() const
{
    if (m_settings.accountName.isEmpty())
        return QCoreApplication::translate("DuffelSupplier", "Duffel");
    return QCoreApplication::translate("DuffelSupplier", "Duffel (%1)").arg(m_settings.accountName);
}

FlightSupplierCapabilities DuffelSupplier::capabilities() const
{
    return {true, true, true, true, true};
}

QString DuffelSupplier::warning() const
{
    if (m_settings.accessToken.isEmpty())
        return QCoreApplication::translate("DuffelSupplier",
                                           "The Duffel account “%1” has no access token; add one "
                                           "in the supplier account.")
            .arg(m_settings.accountName);
    return {};
}

SupplierHealth DuffelSupplier::health() const
{
    SupplierHealth health;
    const CircuitBreaker *breaker = m_client->breaker();
    switch (breaker->state()) {
    case CircuitBreaker::State::Closed:
        health.breaker = SupplierHealth::Breaker::Closed;
        break;
    case CircuitBreaker::State::Open:
        health.breaker = SupplierHealth::Breaker::Open;
        health.retryAt = breaker->retryAt();
        break;
    case CircuitBreaker::State::HalfOpen:
        health.breaker = SupplierHealth::Breaker::HalfOpen;
        break;
    }
    health.reason = m_lastFailure;
    if (health.reason.isEmpty() && health.breaker == SupplierHealth::Breaker::Open)
        health.reason = breaker->rejection().message;
    return health;
}

HttpRequest DuffelSupplier::makeRequest(QByteArrayView method, const QString &pathAndQuery,
                                        const QJsonObject &body) const
{
    HttpRequest request;
    request.method = method.toByteArray();
    QString base = m_settings.baseUrl.toString();
    while (base.endsWith(u'/'))
        base.chop(1);
    request.url = QUrl(base + pathAndQuery, QUrl::TolerantMode);
    request.setHeader("Duffel-Version", "v2");
    request.setHeader("Authorization", "Bearer " + m_settings.accessToken.toUtf8());
    request.setHeader("Accept", "application/json");
    if (!body.isEmpty()) {
        request.setHeader("Content-Type", "application/json");
        request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    request.attemptTimeout = m_settings.attemptTimeout;
    request.deadline = m_settings.requestDeadline;
    return request;
}

void DuffelSupplier::send(SupplierReply *outer, HttpRequest request, Then then) const
{
    HttpReply *step = m_client->send(std::move(request), outer);
    // Deleting the step aborts its network request and tells nobody; the outer reply then
    // ends as cancelled by itself.
    outer->setAbortHandler([guard = QPointer<HttpReply>(step)] { delete guard.data(); });
    const std::weak_ptr<int> alive = m_alive;
    QObject::connect(
        step, &SupplierReply::finished, outer, [outer, step, then = std::move(then), alive] {
            step->deleteLater();
            if (outer->isFinished())
                return;
            outer->setAbortHandler({});
            if (alive.expired()) {
                outer->fail(Error::cancelled(
                    QCoreApplication::translate("DuffelSupplier", "The request to Duffel was "
                                                                  "cancelled."),
                    u"duffel supplier destroyed"_s));
                return;
            }
            then(*step);
        });
}

Result<HttpResponse> DuffelSupplier::answer(HttpReply &reply) const
{
    if (reply.hasError()) {
        m_lastFailure = reply.error().message;
        return reply.error();
    }
    HttpResponse response = reply.takeValue();
    if (!response.isSuccess())
        return responseError(response);
    m_lastFailure.clear();
    return response;
}

Error DuffelSupplier::responseError(const HttpResponse &response) const
{
    Error error = duffel::parseError(response.status, response.body);
    if (response.status == 401) {
        error.message =
            QCoreApplication::translate(
                "DuffelSupplier", "Duffel rejected the access token of the account “%1”; check or "
                                  "replace the token in the supplier account.")
                .arg(m_settings.accountName);
    }
    if (response.status >= 500 || response.status == 429)
        m_lastFailure = error.message;
    return error;
}

duffel::ParseContext DuffelSupplier::parseContext() const
{
    return {m_settings.zoneFor, m_clock.nowUtc()};
}

FlightOffersReply *DuffelSupplier::search(const FlightSearchRequest &request, QObject *parent)
{
    auto *reply = new FlightOffersReply(parent);
    auto search = std::make_shared<Search>();
    HttpRequest post =
        makeRequest("POST", duffel::offerRequestPath(false), duffel::offerRequestBody(request));
    // An offer request only searches: sending it again books and charges nothing.
    post.markedIdempotent = true;
    send(reply, std::move(post), [this, reply, search](HttpReply &http) {
        auto response = answer(http);
        if (!response) {
            reply->fail(response.error());
            return;
        }
        auto page = duffel::parseOfferRequest(response->body, parseContext());
        if (!page) {
            reply->fail(page.error());
            return;
        }
        search->offerRequestId = page->offerRequestId;
        // A server that sends the offers inline anyway has sent them all.
        if (!page->offers.empty()) {
            search->result.offers = std::move(page->offers);
            search->result.malformed = page->malformed;
            finishSearch(reply, search);
            return;
        }
        nextOffersPage(reply, search);
    });
    return reply;
}

void DuffelSupplier::nextOffersPage(FlightOffersReply *reply, std::shared_ptr<Search> search) const
{
    const QString path = duffel::offersPath(search->offerRequestId, search->cursor,
                                            m_settings.pageSize, u"total_amount"_s);
    send(reply, makeRequest("GET", path), [this, reply, search](HttpReply &http) {
        auto response = answer(http);
        if (!response) {
            reply->fail(response.error());
            return;
        }
        auto page = duffel::parseOfferList(response->body, parseContext());
        if (!page) {
            reply->fail(page.error());
            return;
        }
        for (const QString &problem : std::as_const(page->problems))
            qCInfo(lcSuppliers).noquote() << "duffel offer dropped:" << problem;
        ++search->pages;
        search->result.malformed += page->malformed;
        auto &offers = search->result.offers;
        offers.insert(offers.end(), std::make_move_iterator(page->offers.begin()),
                      std::make_move_iterator(page->offers.end()));
        const bool repeated = !page->nextCursor.isEmpty() && page->nextCursor == search->cursor;
        if (repeated)
            qCWarning(lcSuppliers) << "duffel sent the same offers cursor twice; paging stopped";
        search->cursor = page->nextCursor;
        // One offer past the cap shows that some were left out.
        const bool more = !search->cursor.isEmpty() && !repeated && search->pages < kMaxOfferPages;
        if (more && int(offers.size()) <= m_settings.maxOffers) {
            nextOffersPage(reply, search);
            return;
        }
        finishSearch(reply, search);
    });
}

void DuffelSupplier::finishSearch(FlightOffersReply *reply, std::shared_ptr<Search> search) const
{
    SupplierOffers &result = search->result;
    if (int(result.offers.size()) > m_settings.maxOffers) {
        result.omitted += int(result.offers.size()) - m_settings.maxOffers;
        result.offers.resize(size_t(m_settings.maxOffers));
    }
    reply->finish(std::move(result));
}

PricedOfferReply *DuffelSupplier::price(const QString &offerId, const Passengers &passengers,
                                        QObject *parent)
{
    auto *reply = new PricedOfferReply(parent);
    if (offerId.isEmpty()) {
        postTo(reply, [reply] { reply->fail(duffel_detail::unknownOffer()); });
        return reply;
    }
    send(reply, makeRequest("GET", duffel::pricedOfferPath(offerId)),
         [this, reply, passengers](HttpReply &http) {
             auto response = answer(http);
             if (!response) {
                 reply->fail(response.error());
                 return;
             }
             auto priced = duffel::parsePricedOffer(response->body, parseContext());
             if (!priced) {
                 reply->fail(priced.error());
                 return;
             }
             const auto &offered = priced->offer.passengers;
             if (!offered.empty() && duffel_detail::mix(offered) != passengers) {
                 reply->fail(Error::invalidInput(
                     QCoreApplication::translate("DuffelSupplier",
                                                 "This Duffel offer is for %1 travellers, not "
                                                 "%2; search again for these travellers.")
                         .arg(int(offered.size()))
                         .arg(passengers.total())));
                 return;
             }
             reply->finish(std::move(priced).value());
         });
    return reply;
}

SeatMapsReply *DuffelSupplier::seatMaps(const QString &offerId, QObject *parent)
{
    auto *reply = new SeatMapsReply(parent);
    if (offerId.isEmpty()) {
        postTo(reply, [reply] { reply->fail(duffel_detail::unknownOffer()); });
        return reply;
    }
    send(reply, makeRequest("GET", duffel::seatMapsPath(offerId)), [this, reply](HttpReply &http) {
        auto response = answer(http);
        if (!response) {
            reply->fail(response.error());
            return;
        }
        reply->finish(duffel::parseSeatMaps(response->body));
    });
    return reply;
}

OrderReply *DuffelSupplier::order(const QString &orderId, QObject *parent)
{
    auto *reply = new OrderReply(parent);
    if (orderId.isEmpty()) {
        postTo(reply, [reply] { reply->fail(duffel_detail::unknownOrder()); });
        return reply;
    }
    send(reply, makeRequest("GET", duffel::orderPath(orderId)), [this, reply](HttpReply &http) {
        auto response = answer(http);
        if (!response) {
            reply->fail(response.error());
            return;
        }
        reply->finish(duffel::parseOrder(response->body, parseContext()));
    });
    return reply;
}

} // namespace tripdesk
