#pragma once
// The Sabre adapter's only state: its sessionless token (POST /v2/auth/token, client
// credentials). Callers ask for a token and get it from the event loop; while a token is being
// fetched every caller waits for that one request, so N calls at once cost one token request.
// A token is kept until shortly before it lapses (see refreshMargin()), and dropped when Sabre
// rejects it, so the next caller fetches a new one.

#include "backend/core/clock.h"
#include "backend/suppliers/http/http_client.h"
#include "backend/suppliers/sabre/sabre_auth.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <map>

namespace tripdesk::sabre {

class SabreTokenCache : public QObject
{
    Q_OBJECT
public:
    using Ticket = quint64;
    // The bearer token, or why none could be had.
    using Callback = std::function<void(const Result<QByteArray> &token)>;

    // `client` and `clock` must outlive the cache.
    SabreTokenCache(HttpClient *client, QUrl tokenUrl, SabreAccount account, const Clock *clock,
                    QObject *parent = nullptr);
    ~SabreTokenCache() override;

    // Calls `callback` from the event loop (never inside this call) with a usable token,
    // fetching one first when none is held. Returns a ticket for cancel().
    Ticket acquire(Callback callback);
    // The caller no longer waits; when nobody waits any more, a token request in flight is
    // aborted (down to the network).
    void cancel(Ticket ticket);
    // Sabre refused `token`: forget it, unless a newer one has replaced it already (several
    // calls refused at once then cause one refresh, not one each).
    void invalidate(const QByteArray &token);

    bool hasUsableToken() const;
    // Token requests sent so far.
    int requestsSent() const { return m_requestsSent; }

    // How long before its expiry a token stops being used: five minutes, so that no call (whose
    // deadline with retries is well under a minute) starts on a token that lapses before its
    // last attempt, with room for a desk clock a few minutes off Sabre's. For tokens that live
    // less than fifty minutes (test hosts) it is a tenth of their lifetime instead, so they are
    // still used at all. Sabre's production tokens live seven days.
    static qint64 refreshMarginMs(qint64 lifetimeMs);

private:
    void startRequest();
    void onAnswered();
    void deliver(const Result<QByteArray> &token);

    HttpClient *m_client;
    QUrl m_url;
    SabreAccount m_account;
    const Clock *m_clock;
    QByteArray m_token;
    QDateTime m_expiresAt;
    qint64 m_marginMs = 0;
    QPointer<HttpReply> m_request;
    std::map<Ticket, Callback> m_waiting;
    Ticket m_next = 1;
    int m_requestsSent = 0;
};

} // namespace tripdesk::sabre
