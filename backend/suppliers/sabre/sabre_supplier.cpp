#include "backend/suppliers/sabre/sabre_supplier.h"

#include "backend/suppliers/http/http_errors.h"
#include "backend/suppliers/sabre/sabre_booking.h"
#include "backend/suppliers/sabre/sabre_call.h"
#include "backend/suppliers/sabre/sabre_endpoints.h"
#include "backend/suppliers/sabre/sabre_errors.h"
#include "backend/suppliers/sabre/sabre_requests.h"
#include "backend/suppliers/sabre/sabre_shop.h"
#include "backend/suppliers/sabre/sabre_token_cache.h"

#include <QCoreApplication>

namespace tripdesk {

using namespace Qt::StringLiterals;
using sabre::Call;
using sabre::SabreAnswer;
using sabre::SabreCall;

namespace {

constexpr QLatin1StringView kQuotePrefix("sabre-cancel.");

// A brand name, the same in every language.
QString displayNameText()
{
    return u"Sabre"_s;
}

// Sabre's answer, or the failure that stood in for one.
template<typename T, typename Parse> Result<T> read(const SabreAnswer &answer, Parse parse)
{
    if (!answer.response)
        return answer.error;
    return parse(*answer.response);
}

} // namespace

HttpClient::Settings SabreSupplierConfig::defaultHttpSettings()
{
    HttpClient::Settings settings;
    // Sabre's gateway allows an agency a few requests a second; above it, 429s.
    settings.rateLimit.requestsPerSecond = 10;
    settings.rateLimit.burst = 5;
    return settings;
}

struct SabreSupplier::Private {
    SabreSupplierConfig config;
    const Clock *clock;
    HttpClient *client = nullptr;
    sabre::SabreTokenCache *tokens = nullptr;

    sabre::ReplyContext context() const
    {
        sabre::ReplyContext c;
        c.now = clock->nowUtc();
        if (config.agencyZone.isValid())
            c.agencyZone = config.agencyZone;
        c.airportZone = config.airportZone;
        return c;
    }

    QUrl url(QLatin1StringView path) const
    {
        QUrl u = config.baseUrl;
        QString base = u.path();
        while (base.endsWith(u'/'))
            base.chop(1);
        u.setPath(base + path);
        return u;
    }

    HttpRequest post(QLatin1StringView path, QByteArray body, bool idempotent,
                     std::chrono::milliseconds deadline) const
    {
        HttpRequest request;
        request.method = "POST";
        request.url = url(path);
        request.setHeader("Content-Type", "application/json");
        request.setHeader("Accept", "application/json");
        request.body = std::move(body);
        request.markedIdempotent = idempotent;
        request.deadline = deadline;
        request.attemptTimeout = std::min(deadline, std::chrono::milliseconds(25000));
        return request;
    }

    template<typename Reply>
    void send(Reply *reply, HttpRequest request, Call kind, SabreCall::Done done) const
    {
        SabreCall::start(client, tokens, std::move(request), kind, reply, std::move(done));
    }

    template<typename Reply> static Reply *failLater(Reply *reply, Error error)
    {
        postTo(reply, [reply, error] { reply->fail(error); });
        return reply;
    }
};

SabreSupplier::SabreSupplier(SabreSupplierConfig config, QNetworkAccessManager *network,
                             const Clock *clock)
    : d(std::make_unique<Private>())
{
    d->config = std::move(config);
    d->clock = clock;
    m_client = std::make_unique<HttpClient>(network, displayNameText(), d->config.http, clock);
    m_tokens = std::make_unique<sabre::SabreTokenCache>(
        m_client.get(), d->url(sabre::endpoints::kToken), d->config.account, clock);
    d->client = m_client.get();
    d->tokens = m_tokens.get();
}

SabreSupplier::~SabreSupplier()
{
    // The token request ends before the client it runs on.
    m_tokens.reset();
    m_client.reset();
}

QString SabreSupplier::id() const
{
    return sabre::kSupplierId;
}

QString SabreSupplier::displayName() const
{
    return displayNameText();
}

FlightSupplierCapabilities SabreSupplier::capabilities() const
{
    FlightSupplierCapabilities c;
    c.price = true;
    c.seatMap = false; // GetSeats is a separate service this adapter does not speak
    c.order = false;   // no instant orders: tickets are issued from the PCC
    c.hold = true;
    c.cancel = true;
    return c;
}

SupplierHealth SabreSupplier::health() const
{
    SupplierHealth h;
    const CircuitBreaker *breaker = m_client->breaker();
    switch (breaker->state()) {
    case CircuitBreaker::State::Closed:
        h.breaker = SupplierHealth::Breaker::Closed;
        break;
    case CircuitBreaker::State::Open:
        h.breaker = SupplierHealth::Breaker::Open;
        h.retryAt = breaker->retryAt();
        h.reason = breaker->rejection().message;
        break;
    case CircuitBreaker::State::HalfOpen:
        h.breaker = SupplierHealth::Breaker::HalfOpen;
        break;
    }
    return h;
}

void SabreSupplier::prepare()
{
    if (!m_tokens->hasUsableToken() && m_client->breaker()->wouldAdmit())
        m_tokens->acquire([](const Result<QByteArray> &) {});
}

FlightOffersReply *SabreSupplier::search(const FlightSearchRequest &request, QObject *parent)
{
    auto *reply = new FlightOffersReply(parent);
    const Private *p = d.get();
    d->send(reply,
            d->post(sabre::endpoints::kShop, sabre::shopRequest(request, d->config.account.group),
                    true, d->config.searchDeadline),
            Call::Shop, [reply, p](SabreAnswer answer) {
                reply->finish(read<SupplierOffers>(answer, [p](const HttpResponse &r) {
                    if (!r.isSuccess())
                        return Result<SupplierOffers>(
                            sabre::errorFromReply(Call::Shop, r.status, r.body));
                    return sabre::parseShopReply(r.body, p->context());
                }));
            });
    return reply;
}

PricedOfferReply *SabreSupplier::price(const QString &offerId, const Passengers &passengers,
                                       QObject *parent)
{
    auto *reply = new PricedOfferReply(parent);
    auto body = sabre::revalidateRequest(offerId, passengers, d->config.account.group);
    if (!body)
        return Private::failLater(reply, body.error());
    const Private *p = d.get();
    d->send(reply, d->post(sabre::endpoints::kRevalidate, *body, true, d->config.callDeadline),
            Call::Revalidate, [reply, p, offerId](SabreAnswer answer) {
                reply->finish(read<PricedOffer>(answer, [&](const HttpResponse &r) {
                    if (!r.isSuccess())
                        return Result<PricedOffer>(
                            sabre::errorFromReply(Call::Revalidate, r.status, r.body));
                    return sabre::parseRevalidateReply(r.body, p->context(), offerId);
                }));
            });
    return reply;
}

OrderReply *SabreSupplier::createOrder(const OrderRequest &request, QObject *parent)
{
    auto *reply = new OrderReply(parent);
    if (request.kind == OrderRequest::Kind::Instant) {
        return Private::failLater(
            reply, Error::unavailable(QCoreApplication::translate(
                                          "SabreSupplier",
                                          "Sabre bookings are made on hold and ticketed from the "
                                          "agency’s Sabre PCC; hold this offer instead."),
                                      u"sabre: instant orders not supported"_s)
                       .at(u"kind"_s));
    }
    auto body = sabre::createBookingRequest(request);
    if (!body)
        return Private::failLater(reply, body.error());
    const Private *p = d.get();
    const QString reference = request.clientReference;
    // Sent once: a createBooking repeated after a lost answer could book twice.
    d->send(reply, d->post(sabre::endpoints::kCreateBooking, *body, false, d->config.callDeadline),
            Call::CreateBooking, [reply, p, reference](SabreAnswer answer) {
                if (!answer.response && answer.outcomeUnknown) {
                    // Sabre cannot be asked for a booking by our reference: say so, and what the
                    // agent looks for, instead of booking again.
                    Error error = answer.error;
                    error.message =
                        QCoreApplication::translate(
                            "SabreSupplier",
                            "Sabre’s answer was lost, so it is not known whether the booking "
                            "was made. Before booking again, look in the PCC’s queue for a "
                            "booking with the remark “%1”.")
                            .arg(sabre::clientReferenceRemark(reference));
                    reply->fail(error);
                    return;
                }
                reply->finish(read<Order>(answer, [&](const HttpResponse &r) {
                    auto order = sabre::parseCreateBookingReply(r.status, r.body, p->context());
                    if (order && order->clientReference.isEmpty())
                        order->clientReference = reference;
                    return order;
                }));
            });
    return reply;
}

OrderReply *SabreSupplier::payOrder(const QString &, const Money &, QObject *parent)
{
    return Private::failLater(
        new OrderReply(parent),
        Error::unavailable(QCoreApplication::translate(
                               "SabreSupplier",
                               "Sabre bookings are ticketed from the agency’s Sabre PCC; issue "
                               "the ticket there before the booking’s deadline."),
                           u"sabre: ticketing not supported"_s));
}

OrderReply *SabreSupplier::order(const QString &orderId, QObject *parent)
{
    auto *reply = new OrderReply(parent);
    const Private *p = d.get();
    d->send(reply,
            d->post(sabre::endpoints::kGetBooking, sabre::getBookingRequest(orderId), true,
                    d->config.callDeadline),
            Call::GetBooking, [reply, p](SabreAnswer answer) {
                reply->finish(read<Order>(answer, [&](const HttpResponse &r) {
                    return sabre::parseGetBookingReply(r.status, r.body, p->context());
                }));
            });
    return reply;
}

OrderReply *SabreSupplier::findOrder(const QString &clientReference, QObject *parent)
{
    // Booking Management reads a booking by its confirmation id only; Sabre's search by remark
    // is a SOAP service (Trip_SearchRQ) outside these REST APIs.
    return Private::failLater(
        new OrderReply(parent),
        Error::unavailable(QCoreApplication::translate(
                               "SabreSupplier",
                               "Sabre cannot look a booking up by TripDesk’s reference; look in "
                               "the PCC’s queue for a booking with the remark “%1”.")
                               .arg(sabre::clientReferenceRemark(clientReference)),
                           u"sabre: no search by client reference"_s));
}

CancellationReply *SabreSupplier::quoteCancellation(const QString &orderId, QObject *parent)
{
    auto *reply = new CancellationReply(parent);
    const Private *p = d.get();
    d->send(reply,
            d->post(sabre::endpoints::kGetBooking, sabre::getBookingRequest(orderId), true,
                    d->config.callDeadline),
            Call::GetBooking, [reply, p](SabreAnswer answer) {
                auto order = read<Order>(answer, [&](const HttpResponse &r) {
                    return sabre::parseGetBookingReply(r.status, r.body, p->context());
                });
                if (!order) {
                    reply->fail(order.error());
                    return;
                }
                reply->finish(sabreCancellationQuote(*order));
            });
    return reply;
}

CancellationReply *SabreSupplier::confirmCancellation(const QString &cancellationId,
                                                      QObject *parent)
{
    auto *reply = new CancellationReply(parent);
    if (!cancellationId.startsWith(kQuotePrefix) || cancellationId.size() <= kQuotePrefix.size())
        return Private::failLater(
            reply, Error::notFound(QCoreApplication::translate(
                                       "SabreSupplier",
                                       "This is not a Sabre cancellation quote; quote the "
                                       "cancellation again."),
                                   u"sabre: unknown cancellation id"_s));
    const QString confirmationId = cancellationId.mid(kQuotePrefix.size());
    const Private *p = d.get();
    // cancelBooking of a booking already cancelled does nothing more: it may be retried.
    d->send(reply,
            d->post(sabre::endpoints::kCancelBooking, sabre::cancelBookingRequest(confirmationId),
                    true, d->config.callDeadline),
            Call::CancelBooking, [reply, p, confirmationId, cancellationId](SabreAnswer answer) {
                auto done = read<sabre::SabreCancellation>(answer, [&](const HttpResponse &r) {
                    return sabre::parseCancelBookingReply(r.status, r.body, confirmationId,
                                                          p->context());
                });
                if (!done) {
                    reply->fail(done.error());
                    return;
                }
                OrderCancellation c = done->cancellation;
                c.id = cancellationId;
                reply->finish(c);
            });
    return reply;
}

OrderCancellation sabreCancellationQuote(const Order &order)
{
    OrderCancellation c;
    c.id = kQuotePrefix + order.id;
    c.orderId = order.id;
    c.refundTo = u"original_form_of_payment"_s;
    const QString currency = order.total.currency();
    c.refund = Money(0, currency);
    if (order.ticketNumbers.isEmpty() || order.status == OrderStatus::Held ||
        order.status == OrderStatus::Expired) {
        // Nothing was paid for an unticketed booking: cancelling costs and returns nothing.
        c.refundTo.clear();
        return c;
    }
    if (order.conditions.refundKnown && order.conditions.refundable) {
        const Money penalty = order.conditions.refundPenalty.value_or(Money(0, currency));
        if (auto rest = order.total.minus(penalty); rest && rest->minorUnits() > 0)
            c.refund = *rest;
    }
    return c;
}

std::unique_ptr<FlightSupplier>
makeSabreSupplier(SabreSupplierConfig config, QNetworkAccessManager *network, const Clock *clock)
{
    return std::make_unique<SabreSupplier>(std::move(config), network, clock);
}

} // namespace tripdesk
