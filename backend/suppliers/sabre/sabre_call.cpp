#include "backend/suppliers/sabre/sabre_call.h"

#include "backend/suppliers/sabre/sabre_json.h"

namespace tripdesk::sabre {

SabreCall *SabreCall::start(HttpClient *client, SabreTokenCache *tokens, HttpRequest request,
                            Call kind, SupplierReply *owner, Done done)
{
    auto *call = new SabreCall(client, tokens, std::move(request), kind, owner, std::move(done));
    owner->setAbortHandler([call = QPointer<SabreCall>(call)] {
        if (call)
            call->stop();
    });
    call->askToken();
    return call;
}

SabreCall::SabreCall(HttpClient *client, SabreTokenCache *tokens, HttpRequest request, Call kind,
                     SupplierReply *owner, Done done)
    : QObject(owner)
    , m_client(client)
    , m_tokens(tokens)
    , m_request(std::move(request))
    , m_kind(kind)
    , m_done(std::move(done))
{}

SabreCall::~SabreCall()
{
    stop();
}

void SabreCall::stop()
{
    m_over = true;
    m_done = {};
    if (m_ticket && m_tokens)
        m_tokens->cancel(*m_ticket);
    m_ticket.reset();
    if (HttpReply *reply = m_reply.data()) {
        m_reply = nullptr;
        delete reply; // aborts the request on the network
    }
}

void SabreCall::askToken()
{
    if (!m_tokens) {
        finish({std::nullopt, Error::cancelled({}, QStringLiteral("sabre adapter gone")), false});
        return;
    }
    m_ticket = m_tokens->acquire([this](const Result<QByteArray> &token) {
        m_ticket.reset();
        if (!token) {
            finish({std::nullopt, token.error(), false});
            return;
        }
        send(*token);
    });
}

void SabreCall::send(const QByteArray &token)
{
    m_token = token;
    HttpRequest request = m_request;
    request.setHeader("Authorization", QByteArray("Bearer ") + token);
    ++m_attempts;
    m_reply = m_client->send(std::move(request), this);
    connect(m_reply.data(), &SupplierReply::finished, this, &SabreCall::onAnswered);
}

bool SabreCall::refusesToken(const HttpResponse &response) const
{
    if (response.status == 401)
        return true;
    if (response.isSuccess()) {
        // Booking Management says so inside a 200.
        const auto tree = JsonTree::parse(response.body);
        if (!tree)
            return false;
        const auto failure = bookingErrors(m_kind, tree->root());
        return failure && faultKind(*failure) == FaultKind::TokenRejected;
    }
    return faultKind(errorFromReply(m_kind, response.status, response.body)) ==
           FaultKind::TokenRejected;
}

void SabreCall::onAnswered()
{
    HttpReply *reply = m_reply.data();
    if (!reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    if (reply->hasError()) {
        finish({std::nullopt, reply->error(), reply->outcomeUnknown()});
        return;
    }
    const HttpResponse &response = reply->value();
    if (!m_refreshed && refusesToken(response)) {
        // Once: drop the token, wait for a fresh one (shared with every call refused alike),
        // send again.
        m_refreshed = true;
        if (m_tokens)
            m_tokens->invalidate(m_token);
        askToken();
        return;
    }
    finish({response, {}, false});
}

void SabreCall::finish(SabreAnswer answer)
{
    if (m_over)
        return;
    m_over = true;
    if (auto done = std::exchange(m_done, {}))
        done(std::move(answer));
}

} // namespace tripdesk::sabre
