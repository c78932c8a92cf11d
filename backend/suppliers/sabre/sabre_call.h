#pragma once
// Private to the Sabre adapter: one authenticated call, from asking the token cache for a
// token to Sabre's answer. Every request carries "Authorization: Bearer <token>"; when Sabre
// refuses the token (HTTP 401, or Booking Management's UNAUTHORIZED inside a 200), the token is
// dropped, one new token fetched and the request sent once more — never a third time, so a
// server that refuses every token cannot hold the call in a loop. A refusal means the request
// was not carried out, so even a booking is safe to repeat then.

#include "backend/suppliers/http/http_client.h"
#include "backend/suppliers/sabre/sabre_errors.h"
#include "backend/suppliers/sabre/sabre_token_cache.h"

#include <functional>
#include <optional>

namespace tripdesk::sabre {

struct SabreAnswer {
    std::optional<HttpResponse> response; // Sabre's answer, any status
    Error error;                          // when no answer came
    bool outcomeUnknown = false;          // a call sent once whose answer was lost
};

class SabreCall : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(SabreAnswer answer)>;

    // Starts `request` for `owner` (which owns the call: deleting or aborting it stops the
    // call, down to the network). `done` runs once, from the event loop, unless stopped.
    static SabreCall *start(HttpClient *client, SabreTokenCache *tokens, HttpRequest request,
                            Call kind, SupplierReply *owner, Done done);
    ~SabreCall() override;

    void stop();
    // Requests sent with a token (1, or 2 after a refused token).
    int attempts() const { return m_attempts; }

private:
    SabreCall(HttpClient *client, SabreTokenCache *tokens, HttpRequest request, Call kind,
              SupplierReply *owner, Done done);
    void askToken();
    void send(const QByteArray &token);
    void onAnswered();
    bool refusesToken(const HttpResponse &response) const;
    void finish(SabreAnswer answer);

    HttpClient *m_client;
    QPointer<SabreTokenCache> m_tokens;
    HttpRequest m_request;
    Call m_kind;
    Done m_done;
    std::optional<SabreTokenCache::Ticket> m_ticket;
    QPointer<HttpReply> m_reply;
    QByteArray m_token;
    int m_attempts = 0;
    bool m_refreshed = false;
    bool m_over = false;
};

} // namespace tripdesk::sabre
