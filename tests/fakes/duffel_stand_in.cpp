// The Duffel stand-in's server side: checks every request as Duffel does, applies the fault
// plan, routes to the handlers, writes the answers; offers and offer requests are here, orders,
// payments and cancellations in duffel_stand_in_orders.cpp.

#include "tests/fakes/duffel_stand_in.h"

#include "tests/fakes/duffel_stand_in_shapes.h"

#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QLocale>
#include <QMetaEnum>
#include <QTcpSocket>
#include <QTimer>

namespace tripdesk {

using namespace Qt::StringLiterals;
using namespace duffel_stand_in;

namespace {

QByteArray reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 406:
        return "Not Acceptable";
    case 422:
        return "Unprocessable Entity";
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

QByteArray httpDate(const QDateTime &utc)
{
    return QLocale::c().toString(utc.toUTC(), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s).toLatin1();
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject dataOf(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object().value("data"_L1).toObject();
}

// "cur_12" → 12; -1 when not a cursor this stand-in made.
int cursorIndex(const QString &cursor)
{
    if (cursor.isEmpty())
        return 0;
    bool ok = false;
    const int n = cursor.startsWith("cur_"_L1) ? cursor.mid(4).toInt(&ok) : -1;
    return ok && n >= 0 ? n : -1;
}

} // namespace

QByteArray DuffelStandIn::Incoming::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

DuffelStandIn::DuffelStandIn(std::shared_ptr<const ReferenceData> reference, const Clock &clock,
                             Options options, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_reference(std::move(reference))
    , m_clock(clock)
    , m_options(std::move(options))
{
    const QString dir = m_options.dataDir.isEmpty() ? m_tempDir.path() : m_options.dataDir;
    m_sandbox = std::make_unique<SandboxSupplier>(m_reference, dir, m_options.sandbox, m_clock);
    m_options.maxPageSize = std::clamp(m_options.maxPageSize, 1, 200);
    m_started.start();
}

DuffelStandIn::~DuffelStandIn()
{
    for (const QPointer<QTcpSocket> &socket : std::as_const(m_hung)) {
        if (socket)
            socket->abort();
    }
}

quint16 DuffelStandIn::listenLocal(quint16 port)
{
    return listen(QHostAddress::LocalHost, port);
}

QUrl DuffelStandIn::url() const
{
    const auto ports = const_cast<DuffelStandIn *>(this)->serverPorts();
    return QUrl(u"http://127.0.0.1:%1"_s.arg(ports.isEmpty() ? 0 : ports.front()));
}

void DuffelStandIn::setAccessToken(const QString &token)
{
    if (token != m_options.accessToken)
        m_oldTokens.append(m_options.accessToken);
    m_options.accessToken = token;
}

void DuffelStandIn::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    write(socket, {404, errorBody(u"invalid_request_error"_s, u"not_found"_s, u"Not found"_s), {}},
          false);
}

bool DuffelStandIn::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Incoming in;
    in.method = QByteArray(QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(
                               int(request.method())))
                    .toUpper();
    in.path = request.url().path();
    in.query = request.query();
    in.headers = request.headers();
    in.body = request.body();
    ++m_requests;
    m_times.append(m_started.elapsed());
    m_log.append(
        QString::fromLatin1(in.method) + u' ' +
        request.url().toString(QUrl::FullyEncoded | QUrl::RemoveScheme | QUrl::RemoveAuthority));
    if (in.path.startsWith("/_"_L1)) {
        control(in, socket);
        return true;
    }
    const std::optional<HttpFault> fault = m_faults.take(in.method, in.path);
    const QPointer<QTcpSocket> guard(socket);
    if (fault && fault->kind == HttpFault::Kind::Latency) {
        QTimer::singleShot(fault->delayMs, this,
                           [this, in, guard, fault] { process(in, guard, fault); });
        return true;
    }
    process(in, guard, fault);
    return true;
}

std::optional<DuffelStandIn::Answer> DuffelStandIn::refused(const Incoming &in) const
{
    const QByteArray authorization = in.header("Authorization");
    if (authorization.isEmpty())
        return Answer{401,
                      errorBody(u"authentication_error"_s, u"missing_authorization_header"_s,
                                u"The Authorization header is missing"_s),
                      {}};
    const QString token = QString::fromUtf8(authorization).section(u' ', 1);
    if (!authorization.startsWith("Bearer ") || token != m_options.accessToken) {
        const bool expired = m_oldTokens.contains(token);
        return Answer{401,
                      errorBody(u"authentication_error"_s,
                                expired ? u"expired_access_token"_s : u"invalid_token"_s,
                                expired ? u"The access token has expired"_s
                                        : u"The access token is not valid"_s),
                      {}};
    }
    if (in.header("Duffel-Version") != "v2")
        return Answer{400,
                      errorBody(u"invalid_request_error"_s, u"unsupported_version"_s,
                                u"Send a Duffel-Version header of a supported version (v2)"_s),
                      {}};
    if (!in.header("Accept").contains("application/json"))
        return Answer{406,
                      errorBody(u"invalid_request_error"_s, u"unsupported_format"_s,
                                u"Responses are JSON: send Accept: application/json"_s),
                      {}};
    if (!in.body.isEmpty() && !in.header("Content-Type").startsWith("application/json"))
        return Answer{400,
                      errorBody(u"invalid_request_error"_s, u"unsupported_format"_s,
                                u"Request bodies are JSON: send Content-Type: application/json"_s),
                      {}};
    if (!in.body.isEmpty() && !QJsonDocument::fromJson(in.body).isObject())
        return Answer{400,
                      errorBody(u"invalid_request_error"_s, u"malformed_json"_s,
                                u"The request body is not valid JSON"_s),
                      {}};
    return std::nullopt;
}

void DuffelStandIn::process(const Incoming &in, QPointer<QTcpSocket> socket,
                            std::optional<HttpFault> fault)
{
    if (!socket)
        return;
    const bool deflate = in.header("Accept-Encoding").contains("deflate");
    if (fault) {
        switch (fault->kind) {
        case HttpFault::Kind::Hang:
            m_hung.append(socket);
            return;
        case HttpFault::Kind::Status:
            write(socket,
                  {fault->status,
                   errorBody(u"api_error"_s, u"internal_server_error"_s, u"Injected failure"_s),
                   {}},
                  deflate);
            return;
        case HttpFault::Kind::RateLimited: {
            Answer a{
                429,
                errorBody(u"rate_limit_error"_s, u"rate_limit_exceeded"_s, u"Too many requests"_s),
                {}};
            if (fault->retryAfterSeconds >= 0)
                a.headers.append(qMakePair(QByteArray("retry-after"),
                                           QByteArray::number(fault->retryAfterSeconds)));
            if (fault->resetAfterSeconds >= 0) {
                a.headers.append(qMakePair(QByteArray("ratelimit-remaining"), QByteArray("0")));
                a.headers.append(
                    qMakePair(QByteArray("ratelimit-reset"),
                              httpDate(m_clock.nowUtc().addSecs(fault->resetAfterSeconds))));
            }
            write(socket, a, deflate);
            return;
        }
        case HttpFault::Kind::ExpiredToken:
            write(socket,
                  {401,
                   errorBody(u"authentication_error"_s, u"expired_access_token"_s,
                             u"The access token has expired"_s),
                   {}},
                  deflate);
            return;
        default:
            break;
        }
    }
    if (auto refusal = refused(in)) {
        write(socket, *refusal, deflate);
        return;
    }
    route(in, [this, socket, fault, deflate](Answer answer) {
        if (!socket)
            return;
        const auto kind = fault ? fault->kind : HttpFault::Kind::Latency;
        if (kind == HttpFault::Kind::LoseAnswer) {
            socket->abort();
            return;
        }
        if (kind == HttpFault::Kind::MalformedJson)
            answer.body = R"({"data": {"id": "orq_1", "offers": [{"id": )";
        write(socket, answer, deflate && kind != HttpFault::Kind::Truncated,
              kind == HttpFault::Kind::Truncated ? int(answer.body.size() / 2) : -1);
    });
}

void DuffelStandIn::write(QTcpSocket *socket, const Answer &answer, bool acceptsDeflate, int cutAt)
{
    QByteArray body = answer.body;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(answer.status) + ' ' +
                      reason(answer.status) +
                      "\r\nContent-Type: application/json; charset=utf-8\r\n";
    // Compressed as Duffel's are when the client can read it: qCompress is zlib's stream after a
    // four-byte length, which is what Content-Encoding: deflate means.
    if (acceptsDeflate && body.size() > 512) {
        body = qCompress(body).mid(4);
        head += "Content-Encoding: deflate\r\n";
    }
    head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    head += "x-request-id: FakeDuffel" + QByteArray::number(m_requests) + "\r\n";
    bool rateHeaders = false;
    for (const auto &[name, value] : answer.headers) {
        head += name + ": " + value + "\r\n";
        rateHeaders = rateHeaders || name == "ratelimit-remaining";
    }
    if (!rateHeaders)
        head += "ratelimit-limit: 120\r\nratelimit-remaining: 119\r\nratelimit-reset: " +
                httpDate(m_clock.nowUtc().addSecs(60)) + "\r\n";
    head += "\r\n";
    if (cutAt >= 0) {
        socket->write(head + body.left(cutAt));
        socket->flush();
        socket->disconnectFromHost();
        return;
    }
    socket->write(head + body);
}

void DuffelStandIn::control(const Incoming &in, QTcpSocket *socket)
{
    if (in.path == "/_faults"_L1 && in.method == "POST") {
        QString why;
        const QJsonObject o = QJsonDocument::fromJson(in.body).object();
        if (!m_faults.apply(o, &why)) {
            write(socket, {400, json({{"error"_L1, why}}), {}}, false);
            return;
        }
    } else if (in.path == "/_faults"_L1 && in.method == "DELETE") {
        m_faults.clear();
    } else if (in.path == "/_stats"_L1) {
        write(
            socket,
            {200, json({{"requests"_L1, m_requests}, {"orders_created"_L1, m_ordersCreated}}), {}},
            false);
        return;
    } else if (in.path != "/_faults"_L1) {
        write(socket,
              {404, errorBody(u"invalid_request_error"_s, u"not_found"_s, u"Not found"_s), {}},
              false);
        return;
    }
    QJsonArray faults;
    for (const HttpFault &f : m_faults.faults())
        faults.append(f.toJson());
    write(socket, {200, json({{"faults"_L1, faults}}), {}}, false);
}

void DuffelStandIn::route(const Incoming &in, Done done)
{
    const QStringList parts = in.path.split(u'/', Qt::SkipEmptyParts);
    const bool get = in.method == "GET";
    const bool post = in.method == "POST";
    if (parts.size() >= 2 && parts[0] == "air"_L1) {
        const QString &what = parts[1];
        if (what == "offer_requests"_L1 && parts.size() == 2 && post)
            return createOfferRequest(in, std::move(done));
        if (what == "offers"_L1 && parts.size() == 2 && get)
            return listOffers(in, std::move(done));
        if (what == "offers"_L1 && parts.size() == 3 && get)
            return getOffer(parts[2], in, std::move(done));
        if (what == "seat_maps"_L1 && parts.size() == 2 && get)
            return getSeatMaps(in, std::move(done));
        if (what == "orders"_L1 && parts.size() == 2 && post)
            return createOrder(in, std::move(done));
        if (what == "orders"_L1 && parts.size() == 2 && get)
            return listOrders(in, std::move(done));
        if (what == "orders"_L1 && parts.size() == 3 && get)
            return getOrder(parts[2], std::move(done));
        if (what == "payments"_L1 && parts.size() == 2 && post)
            return createPayment(in, std::move(done));
        if (what == "order_cancellations"_L1 && parts.size() == 2 && post)
            return createCancellation(in, std::move(done));
        if (what == "order_cancellations"_L1 && parts.size() == 3 && get)
            return getCancellation(parts[2], std::move(done));
        if (what == "order_cancellations"_L1 && parts.size() == 5 && post &&
            parts[3] == "actions"_L1 && parts[4] == "confirm"_L1)
            return confirmCancellation(parts[2], std::move(done));
    }
    done({404, errorBody(u"invalid_request_error"_s, u"not_found"_s, u"No such resource"_s), {}});
}

void DuffelStandIn::createOfferRequest(const Incoming &in, Done done)
{
    auto request = searchFromJson(dataOf(in.body));
    if (!request) {
        done({422,
              errorBody(u"validation_error"_s, u"invalid_value"_s, request.error().message,
                        request.error().field),
              {}});
        return;
    }
    const bool inline_ = in.query.queryItemValue(u"return_offers"_s) != "false"_L1;
    whenDone(m_sandbox->search(*request, this), [this, done, inline_,
                                                 search = *request](FlightOffersReply *reply) {
        if (reply->hasError()) {
            const ErrorAnswer e = errorAnswer(reply->error());
            done({e.status, e.body, {}});
            return;
        }
        std::vector<FlightOffer> offers = reply->takeValue().offers;
        std::stable_sort(
            offers.begin(), offers.end(),
            [](const FlightOffer &a, const FlightOffer &b) { return a.price < b.price; });
        const QString requestId = u"orq_%1"_s.arg(m_nextId++, 10, 10, QChar(u'0'));
        OfferRequest &entry = m_offerRequests[requestId];
        entry.request = search;
        QJsonArray inlineOffers;
        for (FlightOffer &offer : offers) {
            const QString id = u"off_%1"_s.arg(m_nextId++, 10, 10, QChar(u'0'));
            if (inline_)
                inlineOffers.append(offerJson(offer, id, *m_reference));
            entry.offerIds.append(id);
            m_offers.insert(id, {offer.id, std::move(offer)});
        }
        QJsonArray slices;
        for (const SliceRequest &s : search.slices)
            slices.append(QJsonObject{{"origin"_L1, s.origin},
                                      {"destination"_L1, s.destination},
                                      {"departure_date"_L1, s.date.toString(Qt::ISODate)}});
        QJsonArray passengers;
        const auto &first =
            offers.empty() ? std::vector<OfferPassenger>{} : offers.front().passengers;
        for (const OfferPassenger &p : first)
            passengers.append(
                QJsonObject{{"id"_L1, p.id}, {"type"_L1, passengerTypeToString(p.type)}});
        QJsonObject data{{"id"_L1, requestId},
                         {"live_mode"_L1, false},
                         {"cabin_class"_L1, cabinToString(search.cabin)},
                         {"created_at"_L1, isoUtc(m_clock.nowUtc())},
                         {"slices"_L1, slices},
                         {"passengers"_L1, passengers}};
        if (inline_)
            data.insert("offers"_L1, inlineOffers);
        done({201, json({{"data"_L1, data}}), {}});
    });
}

void DuffelStandIn::listOffers(const Incoming &in, Done done)
{
    const QString requestId = in.query.queryItemValue(u"offer_request_id"_s);
    const auto found = m_offerRequests.constFind(requestId);
    if (found == m_offerRequests.cend()) {
        done({404,
              errorBody(u"invalid_request_error"_s, u"not_found"_s,
                        u"No offer request with this id"_s),
              {}});
        return;
    }
    const int start = cursorIndex(in.query.queryItemValue(u"after"_s));
    if (start < 0) {
        done({422,
              errorBody(u"validation_error"_s, u"invalid_value"_s, u"Bad cursor"_s, u"after"_s),
              {}});
        return;
    }
    const int asked = in.query.queryItemValue(u"limit"_s).toInt();
    const int limit = std::min(asked > 0 ? std::min(asked, 200) : 50, m_options.maxPageSize);
    const QStringList &ids = found->offerIds;
    QJsonArray data;
    for (int i = start; i < std::min(int(ids.size()), start + limit); ++i) {
        const KnownOffer &known = m_offers[ids[i]];
        data.append(offerJson(known.offer, ids[i], *m_reference));
    }
    const int next = start + limit;
    const QJsonObject meta{
        {"limit"_L1, limit},
        {"after"_L1, next < ids.size() ? QJsonValue(u"cur_%1"_s.arg(next)) : QJsonValue()},
        {"before"_L1,
         start > 0 ? QJsonValue(u"cur_%1"_s.arg(std::max(0, start - limit))) : QJsonValue()}};
    done({200, json({{"data"_L1, data}, {"meta"_L1, meta}}), {}});
}

void DuffelStandIn::getOffer(const QString &offerId, const Incoming &in, Done done)
{
    if (!m_offers.contains(offerId)) {
        done({404,
              errorBody(u"invalid_request_error"_s, u"not_found"_s, u"No offer with this id"_s),
              {}});
        return;
    }
    const KnownOffer known = m_offers.value(offerId);
    Passengers mix{0, 0, 0};
    for (const OfferPassenger &p : known.offer.passengers)
        (p.type == PassengerType::Adult   ? mix.adults
         : p.type == PassengerType::Child ? mix.children
                                          : mix.infants) += 1;
    const bool services = in.query.queryItemValue(u"return_available_services"_s) == "true"_L1;
    whenDone(m_sandbox->price(known.sandboxId, mix, this), [this, done, offerId,
                                                            services](PricedOfferReply *reply) {
        if (reply->hasError()) {
            const ErrorAnswer e = errorAnswer(reply->error());
            done({e.status, e.body, {}});
            return;
        }
        PricedOffer priced = reply->takeValue();
        // Duffel keeps the offer's id; the sandbox's may move with the classes open.
        m_offers[offerId] = {priced.offer.id, priced.offer};
        if (!services)
            priced.services.clear();
        done({200, json({{"data"_L1, pricedOfferJson(priced, offerId, *m_reference)}}), {}});
    });
}

void DuffelStandIn::getSeatMaps(const Incoming &in, Done done)
{
    const QString offerId = in.query.queryItemValue(u"offer_id"_s);
    if (!m_offers.contains(offerId)) {
        done({404,
              errorBody(u"invalid_request_error"_s, u"not_found"_s, u"No offer with this id"_s),
              {}});
        return;
    }
    whenDone(m_sandbox->seatMaps(m_offers.value(offerId).sandboxId, this),
             [done](SeatMapsReply *reply) {
                 if (reply->hasError()) {
                     const ErrorAnswer e = errorAnswer(reply->error());
                     done({e.status, e.body, {}});
                     return;
                 }
                 done({200, json({{"data"_L1, seatMapsJson(reply->value())}}), {}});
             });
}

} // namespace tripdesk
