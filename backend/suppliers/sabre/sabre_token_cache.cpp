#include "backend/suppliers/sabre/sabre_token_cache.h"

#include <QTimer>

#include <algorithm>

namespace tripdesk::sabre {

namespace {
constexpr qint64 kMarginMs = 5 * 60 * 1000;
}

SabreTokenCache::SabreTokenCache(HttpClient *client, QUrl tokenUrl, SabreAccount account,
                                 const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_url(std::move(tokenUrl))
    , m_account(std::move(account))
    , m_clock(clock)
{}

SabreTokenCache::~SabreTokenCache()
{
    if (m_request)
        delete m_request.data();
}

qint64 SabreTokenCache::refreshMarginMs(qint64 lifetimeMs)
{
    return std::clamp(lifetimeMs / 10, qint64(0), kMarginMs);
}

bool SabreTokenCache::hasUsableToken() const
{
    return !m_token.isEmpty() && m_expiresAt.isValid() &&
           m_clock->nowUtc().msecsTo(m_expiresAt) > m_marginMs;
}

SabreTokenCache::Ticket SabreTokenCache::acquire(Callback callback)
{
    const Ticket ticket = m_next++;
    m_waiting.emplace(ticket, std::move(callback));
    if (hasUsableToken()) {
        const QByteArray token = m_token;
        QMetaObject::invokeMethod(
            this,
            [this, ticket, token] {
                auto it = m_waiting.find(ticket);
                if (it == m_waiting.end())
                    return; // cancelled, or served by a refresh meanwhile
                Callback cb = std::move(it->second);
                m_waiting.erase(it);
                cb(token);
            },
            Qt::QueuedConnection);
    } else if (!m_request) {
        startRequest();
    }
    return ticket;
}

void SabreTokenCache::cancel(Ticket ticket)
{
    m_waiting.erase(ticket);
    if (m_waiting.empty() && m_request) {
        // Nobody needs the token any more: the request stops, down to the network.
        HttpReply *request = m_request.data();
        m_request = nullptr;
        delete request;
    }
}

void SabreTokenCache::invalidate(const QByteArray &token)
{
    if (!token.isEmpty() && token == m_token) {
        m_token.clear();
        m_expiresAt = QDateTime();
    }
}

void SabreTokenCache::startRequest()
{
    auto authorization = tokenAuthorization(m_account);
    if (!authorization) {
        // The account is incomplete; no request is sent. Answered from the event loop.
        const Error error = authorization.error();
        QMetaObject::invokeMethod(
            this, [this, error] { deliver(error); }, Qt::QueuedConnection);
        return;
    }
    HttpRequest request;
    request.method = "POST";
    request.url = m_url;
    request.setHeader("Authorization", *authorization);
    request.setHeader("Content-Type", "application/x-www-form-urlencoded");
    request.setHeader("Accept", "application/json");
    request.body = tokenRequestBody();
    // Asking for a token twice does nothing twice: it may be retried like a read.
    request.markedIdempotent = true;
    request.attemptTimeout = std::chrono::milliseconds(10000);
    request.deadline = std::chrono::milliseconds(20000);
    ++m_requestsSent;
    m_request = m_client->send(std::move(request), this);
    connect(m_request.data(), &SupplierReply::finished, this, &SabreTokenCache::onAnswered);
}

void SabreTokenCache::onAnswered()
{
    HttpReply *reply = m_request.data();
    if (!reply)
        return;
    m_request = nullptr;
    reply->deleteLater();
    if (reply->hasError()) {
        deliver(reply->error());
        return;
    }
    const QDateTime now = m_clock->nowUtc();
    auto token = parseTokenReply(reply->value().status, reply->value().body, now);
    if (!token) {
        deliver(token.error());
        return;
    }
    m_token = token->accessToken;
    m_expiresAt = token->expiresAt;
    m_marginMs = refreshMarginMs(now.msecsTo(m_expiresAt));
    deliver(m_token);
}

void SabreTokenCache::deliver(const Result<QByteArray> &token)
{
    // Callbacks may ask again (a retry after a refusal): serve the present waiters only.
    std::map<Ticket, Callback> waiting;
    waiting.swap(m_waiting);
    for (auto &[ticket, callback] : waiting)
        callback(token);
}

} // namespace tripdesk::sabre
