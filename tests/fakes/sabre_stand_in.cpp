#include "tests/fakes/sabre_stand_in.h"

#include "backend/reference/reference_data.h"
#include "backend/suppliers/sabre/sabre_endpoints.h"
#include "tests/fakes/sabre_stand_in_shapes.h"

#include <QHostAddress>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>

namespace tripdesk {

using namespace Qt::StringLiterals;
namespace endpoints = sabre::endpoints;
using namespace sabre_stand_in;

struct SabreStandIn::Incoming {
    QByteArray method;
    QString path;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QPointer<QTcpSocket> socket;
    std::optional<SabreFault> fault; // truncated or hang: applied to the answer
    QByteArray header(QByteArrayView name) const
    {
        for (const auto &h : headers) {
            if (QByteArrayView(h.first).compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

namespace {

const QHash<QString, SabreFault::Kind> &kindNames()
{
    static const QHash<QString, SabreFault::Kind> names{
        {u"latency"_s, SabreFault::Kind::Latency},
        {u"status"_s, SabreFault::Kind::Status},
        {u"malformed_json"_s, SabreFault::Kind::MalformedJson},
        {u"truncated"_s, SabreFault::Kind::Truncated},
        {u"hang"_s, SabreFault::Kind::Hang},
        {u"expired_token"_s, SabreFault::Kind::ExpiredToken},
        {u"invalid_token"_s, SabreFault::Kind::InvalidToken}};
    return names;
}

QByteArray reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 415:
        return "Unsupported Media Type";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

// The REST gateway's error format.
QJsonObject gatewayError(const QString &type, const QString &code, const QString &message)
{
    return {{u"status"_s, u"NotProcessed"_s},
            {u"type"_s, type},
            {u"errorCode"_s, code},
            {u"timeStamp"_s, utcStamp(QDateTime::currentDateTimeUtc())},
            {u"message"_s, message}};
}

bool isControl(const QString &path)
{
    return path.startsWith(u"/_"_s);
}

// Booking Management's category and type for a sandbox failure.
QJsonObject errorsFor(const Error &e)
{
    switch (e.kind) {
    case Error::Kind::InvalidInput:
        return bookingErrors(u"BAD_REQUEST"_s, u"INVALID_VALUE"_s, e.detail);
    case Error::Kind::NotFound:
        return bookingErrors(u"NOT_FOUND"_s, u"BOOKING_NOT_FOUND"_s, e.detail);
    case Error::Kind::Unavailable:
    case Error::Kind::Supplier:
        return bookingErrors(u"UNABLE_TO_PROCESS"_s, u"SEGMENT_NOT_CONFIRMED"_s, e.detail);
    default:
        return bookingErrors(u"INTERNAL_SERVER_ERROR"_s, u"UNKNOWN"_s, e.detail);
    }
}

} // namespace

QString SabreFault::fromJson(const QJsonObject &json, SabreFault *out)
{
    const QString kind = json[u"kind"_s].toString();
    if (!kindNames().contains(kind))
        return u"unknown fault kind \"%1\"; one of %2"_s.arg(
            kind, QStringList(kindNames().keys()).join(u", "_s));
    SabreFault f;
    f.kind = kindNames().value(kind);
    f.count = json[u"count"_s].toInt(1);
    f.path = json[u"path"_s].toString();
    f.latencyMs = json[u"latencyMs"_s].toInt(0);
    f.status = json[u"status"_s].toInt(503);
    f.retryAfterSecs = json[u"retryAfter"_s].toInt(-1);
    f.rateLimitResetSecs = json[u"rateLimitReset"_s].toInt(-1);
    *out = f;
    return {};
}

SabreStandIn::SabreStandIn(std::shared_ptr<const ReferenceData> reference, Options options,
                           QObject *parent)
    : QAbstractHttpServer(parent)
    , m_options(std::move(options))
    , m_reference(std::move(reference))
{
    m_sandbox = std::make_unique<SandboxSupplier>(m_reference, m_dataDir.path(), m_options.sandbox,
                                                  m_clock);
}

SabreStandIn::~SabreStandIn() = default;

quint16 SabreStandIn::listen(quint16 port)
{
    m_port = QAbstractHttpServer::listen(QHostAddress::LocalHost, port);
    return m_port;
}

QUrl SabreStandIn::url() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_port));
}

void SabreStandIn::addFault(SabreFault fault)
{
    m_faults.push_back(std::move(fault));
}

void SabreStandIn::clearFaults()
{
    m_faults.clear();
}

void SabreStandIn::expireTokens()
{
    m_tokens.clear();
}

std::optional<SabreFault> SabreStandIn::takeFault(const QString &path)
{
    if (isControl(path))
        return std::nullopt;
    for (auto it = m_faults.begin(); it != m_faults.end(); ++it) {
        if (!it->path.isEmpty() && !path.contains(it->path))
            continue;
        SabreFault f = *it;
        if (it->count > 0 && --it->count == 0)
            m_faults.erase(it);
        return f;
    }
    return std::nullopt;
}

bool SabreStandIn::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    auto in = std::make_shared<Incoming>();
    switch (request.method()) {
    case QHttpServerRequest::Method::Get:
        in->method = "GET";
        break;
    case QHttpServerRequest::Method::Post:
        in->method = "POST";
        break;
    case QHttpServerRequest::Method::Delete:
        in->method = "DELETE";
        break;
    default:
        in->method = "OTHER";
        break;
    }
    in->path = request.url().path();
    in->headers = request.headers();
    in->body = request.body();
    in->socket = socket;
    m_requests[in->path] += 1;
    std::optional<SabreFault> fault = takeFault(in->path);
    if (fault && fault->latencyMs > 0) {
        QTimer::singleShot(fault->latencyMs, this, [this, in, fault] { handle(in, fault); });
        return true;
    }
    handle(in, fault);
    return true;
}

void SabreStandIn::missingHandler(const QHttpServerRequest &, QTcpSocket *)
{
    // Every request is handled in handleRequest.
}

void SabreStandIn::handle(std::shared_ptr<Incoming> in, std::optional<SabreFault> fault)
{
    if (fault) {
        switch (fault->kind) {
        case SabreFault::Kind::Latency:
            break;
        case SabreFault::Kind::Status: {
            QList<QPair<QByteArray, QByteArray>> headers;
            if (fault->retryAfterSecs >= 0)
                headers.append(qMakePair(QByteArray("Retry-After"),
                                         QByteArray::number(fault->retryAfterSecs)));
            if (fault->rateLimitResetSecs >= 0) {
                headers.append(qMakePair(QByteArray("X-RateLimit-Remaining"), QByteArray("0")));
                headers.append(qMakePair(QByteArray("X-RateLimit-Reset"),
                                         QByteArray::number(fault->rateLimitResetSecs)));
            }
            const QJsonObject body =
                gatewayError(u"Application"_s,
                             fault->status == 429 ? u"ERR.2SG.RATE_LIMIT_EXCEEDED"_s
                                                  : u"ERR.2SG.PROVIDER_ERROR"_s,
                             u"Injected failure"_s);
            answer(*in, fault->status, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
            return;
        }
        case SabreFault::Kind::MalformedJson:
            answer(*in, 200, "{\"groupedItineraryResponse\": {\"version\": \"5\", ");
            return;
        case SabreFault::Kind::ExpiredToken:
        case SabreFault::Kind::InvalidToken:
            if (in->path != endpoints::kToken) {
                answerJson(*in,
                           gatewayError(u"Validation"_s, u"ERR.2SG.SEC.INVALID_CREDENTIALS"_s,
                                        fault->kind == SabreFault::Kind::ExpiredToken
                                            ? u"Authentication data expired"_s
                                            : u"Authentication data is invalid"_s),
                           401);
                return;
            }
            break;
        case SabreFault::Kind::Truncated:
        case SabreFault::Kind::Hang:
            in->fault = fault;
            break;
        }
    }
    if (isControl(in->path)) {
        control(*in);
        return;
    }
    if (in->method != "POST") {
        answerJson(
            *in,
            gatewayError(u"Validation"_s, u"ERR.2SG.INVALID_REQUEST"_s, u"Method not allowed"_s),
            405);
        return;
    }
    if (in->path == endpoints::kToken) {
        token(*in);
        return;
    }
    if (!authorised(*in))
        return;
    if (!in->header("Content-Type").startsWith("application/json")) {
        answerJson(*in,
                   gatewayError(u"Validation"_s, u"ERR.2SG.INVALID_REQUEST"_s,
                                u"Content-Type must be application/json"_s),
                   415);
        return;
    }
    if (in->path == endpoints::kShop)
        shop(in);
    else if (in->path == endpoints::kRevalidate)
        revalidate(in);
    else if (in->path == endpoints::kCreateBooking)
        createBooking(in);
    else if (in->path == endpoints::kGetBooking)
        getBooking(in);
    else if (in->path == endpoints::kCancelBooking)
        cancelBooking(in);
    else
        answerJson(
            *in, gatewayError(u"Validation"_s, u"ERR.2SG.SERVICE_UNKNOWN"_s, u"No such service"_s),
            404);
}

void SabreStandIn::control(const Incoming &in)
{
    if (in.path == u"/_faults"_s && in.method == "DELETE") {
        clearFaults();
        answerJson(in, {{u"faults"_s, 0}});
        return;
    }
    if (in.path == u"/_faults"_s && in.method == "POST") {
        const QJsonObject json = in.json();
        QJsonArray list = json[u"faults"_s].toArray();
        if (!json.contains(u"faults"_s))
            list.append(json);
        std::vector<SabreFault> faults;
        for (const QJsonValue &v : std::as_const(list)) {
            SabreFault f;
            if (const QString why = SabreFault::fromJson(v.toObject(), &f); !why.isEmpty()) {
                answerJson(in, {{u"error"_s, why}}, 400);
                return;
            }
            faults.push_back(f);
        }
        for (SabreFault &f : faults)
            addFault(std::move(f));
        answerJson(in, {{u"faults"_s, int(m_faults.size())}});
        return;
    }
    if (in.path == u"/_tokens/expire"_s && in.method == "POST") {
        expireTokens();
        answerJson(in, {{u"tokens"_s, 0}});
        return;
    }
    if (in.path == u"/_state"_s) {
        QJsonObject requests;
        for (auto it = m_requests.cbegin(); it != m_requests.cend(); ++it)
            requests.insert(it.key(), it.value());
        answerJson(in, {{u"tokensIssued"_s, m_tokensIssued},
                        {u"bookingsCreated"_s, m_bookingsCreated},
                        {u"faults"_s, int(m_faults.size())},
                        {u"requests"_s, requests}});
        return;
    }
    answerJson(in, {{u"error"_s, u"unknown control path"_s}}, 404);
}

void SabreStandIn::token(const Incoming &in)
{
    const auto expected = sabre::tokenAuthorization(m_options.account);
    if (!expected || in.header("Authorization") != *expected) {
        answerJson(
            in,
            {{u"error"_s, u"invalid_client"_s},
             {u"error_description"_s, u"Credentials are missing or the syntax is not correct"_s}},
            401);
        return;
    }
    if (!in.header("Content-Type").startsWith("application/x-www-form-urlencoded") ||
        in.body != sabre::tokenRequestBody()) {
        answerJson(in,
                   {{u"error"_s, u"unsupported_grant_type"_s},
                    {u"error_description"_s, u"grant_type must be client_credentials"_s}},
                   400);
        return;
    }
    const QByteArray token =
        "T1RLAQ" +
        QUuid::createUuid().toByteArray(QUuid::Id128).toBase64(QByteArray::OmitTrailingEquals);
    const qint64 lifetimeMs = m_options.tokenLifetime.count();
    m_tokens.insert(token, QDateTime::currentMSecsSinceEpoch() + lifetimeMs);
    ++m_tokensIssued;
    answerJson(in, {{u"access_token"_s, QString::fromLatin1(token)},
                    {u"token_type"_s, u"bearer"_s},
                    {u"expires_in"_s, qint64((lifetimeMs + 999) / 1000)}});
}

bool SabreStandIn::authorised(const Incoming &in)
{
    const QByteArray authorization = in.header("Authorization");
    const QByteArray token =
        authorization.startsWith("Bearer ") ? authorization.mid(7).trimmed() : QByteArray();
    const auto it = m_tokens.constFind(token);
    if (it != m_tokens.cend() && QDateTime::currentMSecsSinceEpoch() < *it)
        return true;
    const bool expired = it != m_tokens.cend();
    answerJson(in,
               gatewayError(u"Validation"_s, u"ERR.2SG.SEC.INVALID_CREDENTIALS"_s,
                            expired ? u"Authentication data expired"_s
                                    : u"Authentication data is invalid"_s),
               401);
    return false;
}

void SabreStandIn::answer(const Incoming &in, int status, const QByteArray &body,
                          const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QTcpSocket *socket = in.socket.data();
    if (!socket)
        return;
    if (in.fault && in.fault->kind == SabreFault::Kind::Hang)
        return; // carried out, never answered
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status) + "\r\n";
    head += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
            "\r\n";
    for (const auto &h : headers)
        head += h.first + ": " + h.second + "\r\n";
    head += "\r\n";
    if (in.fault && in.fault->kind == SabreFault::Kind::Truncated) {
        socket->write(head + body.left(body.size() / 2));
        socket->flush();
        socket->disconnectFromHost();
        return;
    }
    socket->write(head + body);
}

void SabreStandIn::answerJson(const Incoming &in, const QJsonObject &body, int status)
{
    answer(in, status, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

namespace {

// Runs `then` with the finished reply, which is deleted afterwards.
template<typename Reply, typename Then> void whenDone(Reply *reply, Then then)
{
    QObject::connect(reply, &SupplierReply::finished, reply, [reply, then] {
        then(*reply);
        reply->deleteLater();
    });
}

} // namespace

std::function<QTimeZone(const QString &)> SabreStandIn::zoneOf() const
{
    return
        [reference = m_reference](const QString &airport) { return reference->timeZone(airport); };
}

void SabreStandIn::shop(std::shared_ptr<Incoming> in)
{
    FlightSearchRequest request;
    if (const QString why = readShop(in->json(), &request); !why.isEmpty()) {
        answerJson(*in, gatewayError(u"Validation"_s, u"ERR.2SG.INVALID_REQUEST"_s, why), 400);
        return;
    }
    whenDone(m_sandbox->search(request, this), [this, in](FlightOffersReply &reply) {
        if (reply.hasError()) {
            answerJson(
                *in, {{u"groupedItineraryResponse"_s,
                       QJsonObject{{u"version"_s, u"5"_s},
                                   {u"messages"_s,
                                    QJsonArray{QJsonObject{{u"severity"_s, u"Error"_s},
                                                           {u"type"_s, u"VALIDATION"_s},
                                                           {u"code"_s, u"INVALID_LOCATION"_s},
                                                           {u"text"_s, reply.error().detail}}}}}}});
            return;
        }
        answerJson(*in, groupedItineraries(
                            reply.value().offers, [](const FlightOffer &o) { return o.expiresAt; },
                            zoneOf(), m_options.pccZone, &m_slicing));
    });
}

void SabreStandIn::revalidate(std::shared_ptr<Incoming> in)
{
    QString offerId;
    Passengers passengers;
    if (const QString why = readRevalidate(in->json(), &offerId, &passengers); !why.isEmpty()) {
        answerJson(*in, gatewayError(u"Validation"_s, u"ERR.2SG.INVALID_REQUEST"_s, why), 400);
        return;
    }
    whenDone(m_sandbox->price(offerId, passengers, this), [this, in](PricedOfferReply &reply) {
        std::vector<FlightOffer> offers;
        QDateTime payBy;
        if (!reply.hasError()) {
            offers.push_back(reply.value().offer);
            if (reply.value().holdable)
                payBy = reply.value().payBy;
        }
        answerJson(*in, groupedItineraries(
                            offers, [payBy](const FlightOffer &) { return payBy; }, zoneOf(),
                            m_options.pccZone, &m_slicing));
    });
}

void SabreStandIn::createBooking(std::shared_ptr<Incoming> in)
{
    OrderRequest request;
    if (const QString why = readCreateBooking(in->json(), m_slicing, &request); !why.isEmpty()) {
        answerJson(*in, bookingErrors(u"BAD_REQUEST"_s, u"MISSING_VALUE"_s, why));
        return;
    }
    whenDone(m_sandbox->createOrder(request, this), [this, in](OrderReply &reply) {
        if (reply.hasError()) {
            answerJson(*in, errorsFor(reply.error()));
            return;
        }
        ++m_bookingsCreated;
        const QString id = newConfirmationId();
        m_orders.insert(id, reply.value().id);
        answerJson(*in, {{u"timestamp"_s, utcStamp(QDateTime::currentDateTimeUtc())},
                         {u"confirmationId"_s, id},
                         {u"booking"_s, booking(reply.value(), id, zoneOf(), m_options.pccZone)}});
    });
}

void SabreStandIn::getBooking(std::shared_ptr<Incoming> in)
{
    const QString id = in->json()[u"confirmationId"_s].toString();
    if (!m_orders.contains(id)) {
        answerJson(*in,
                   bookingErrors(u"NOT_FOUND"_s, u"BOOKING_NOT_FOUND"_s, u"Booking not found"_s));
        return;
    }
    whenDone(m_sandbox->order(m_orders.value(id), this), [this, in, id](OrderReply &reply) {
        if (reply.hasError()) {
            answerJson(*in, errorsFor(reply.error()));
            return;
        }
        QJsonObject b = booking(reply.value(), id, zoneOf(), m_options.pccZone);
        b.insert(u"timestamp"_s, utcStamp(QDateTime::currentDateTimeUtc()));
        answerJson(*in, b);
    });
}

void SabreStandIn::cancelBooking(std::shared_ptr<Incoming> in)
{
    const QString id = in->json()[u"confirmationId"_s].toString();
    if (!m_orders.contains(id)) {
        answerJson(*in,
                   bookingErrors(u"NOT_FOUND"_s, u"BOOKING_NOT_FOUND"_s, u"Booking not found"_s));
        return;
    }
    const QString orderId = m_orders.value(id);
    const auto answerWithBooking = [this, in, id, orderId] {
        whenDone(m_sandbox->order(orderId, this), [this, in, id](OrderReply &reply) {
            if (reply.hasError()) {
                answerJson(*in, errorsFor(reply.error()));
                return;
            }
            answerJson(*in,
                       {{u"timestamp"_s, utcStamp(QDateTime::currentDateTimeUtc())},
                        {u"request"_s, QJsonObject{{u"confirmationId"_s, id},
                                                   {u"retrieveBooking"_s, true},
                                                   {u"cancelAll"_s, true}}},
                        {u"booking"_s, booking(reply.value(), id, zoneOf(), m_options.pccZone)}});
        });
    };
    whenDone(m_sandbox->quoteCancellation(orderId, this),
             [this, in, answerWithBooking](CancellationReply &quote) {
                 if (quote.hasError()) {
                     answerJson(*in, errorsFor(quote.error()));
                     return;
                 }
                 whenDone(m_sandbox->confirmCancellation(quote.value().id, this),
                          [this, in, answerWithBooking](CancellationReply &done) {
                              if (done.hasError()) {
                                  answerJson(*in, errorsFor(done.error()));
                                  return;
                              }
                              answerWithBooking();
                          });
             });
}

QString SabreStandIn::newConfirmationId()
{
    // Six letters, as Sabre's record locators.
    static const QString letters = u"ABCDEFGHJKLMNPQRSTUVWXYZ"_s;
    QString id;
    do {
        const QByteArray random = QUuid::createUuid().toRfc4122();
        id.clear();
        for (int i = 0; i < 6; ++i)
            id += letters.at(quint8(random.at(i)) % letters.size());
    } while (m_orders.contains(id));
    return id;
}

} // namespace tripdesk
