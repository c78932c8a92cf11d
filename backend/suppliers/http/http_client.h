#pragma once
// What every HTTP supplier adapter shares. An HttpClient, one per supplier and owned by its
// adapter, sends HttpRequests over the application's one injected QNetworkAccessManager and
// returns an HttpReply. Between the two it
//  - retries idempotent calls only, on transport errors, timeouts and the statuses its retry
//    policy names (429/500/502/503/504 unless the adapter narrows them), with jittered
//    exponential backoff, honouring Retry-After and rate-limit reset headers, and never
//    past the call's deadline (retry_policy.h);
//  - refuses calls at once while the supplier's circuit breaker is open (circuit_breaker.h);
//  - spaces requests by the supplier's rate limit and the server's own (rate_limiter.h);
//  - logs each attempt under tripdesk.http with secrets redacted (http_log.h);
//  - turns transport failures into translated errors naming the supplier (http_errors.h).
// Any HTTP status is an answer: the adapter gets the last response, 4xx and 5xx included, since
// it knows its vendor's error format. A call that must not be repeated (creating an order) is
// sent once; if its answer is lost or late the reply says the outcome is unknown, so the adapter
// looks the order up instead of creating it again.
//
// gzip: QNetworkAccessManager asks for and decompresses gzip/deflate by itself, but only when it
// added Accept-Encoding itself; so the client never sets it and drops one an adapter sets.

#include "backend/core/clock.h"
#include "backend/suppliers/http/circuit_breaker.h"
#include "backend/suppliers/http/http_message.h"
#include "backend/suppliers/http/rate_limiter.h"
#include "backend/suppliers/http/retry_policy.h"
#include "backend/suppliers/supplier_reply.h"

#include <QPointer>

class QNetworkAccessManager;

namespace tripdesk {

class HttpJob;

// A call in flight; its value is the server's last response. It fails only when no response
// came: a transport error, a timeout, the breaker open, the rate limit past the deadline, or
// abort(). abort() and deleting the reply abort the network request in flight.
class HttpReply : public ValueReply<HttpResponse>
{
public:
    explicit HttpReply(QObject *parent)
        : ValueReply<HttpResponse>(parent)
    {}

    // The call is not idempotent and failed after it may have reached the server (its answer
    // was lost or late): it may or may not have been carried out. error() is marked as well
    // (isOutcomeUnknown()).
    bool outcomeUnknown() const { return m_outcomeUnknown; }
    // Attempts sent so far.
    int attempts() const { return m_attempts; }

private:
    friend class HttpJob;
    bool m_outcomeUnknown = false;
    int m_attempts = 0;
};

class HttpClient : public QObject
{
    Q_OBJECT
public:
    struct Settings {
        RetryPolicy retry;
        CircuitBreaker::Settings breaker;
        RateLimiter::Settings rateLimit;
    };

    // `network` and `clock` are not owned and must outlive the client; `supplierName` is the
    // display name the user knows the supplier by, used in messages and logs.
    HttpClient(QNetworkAccessManager *network, QString supplierName, Settings settings,
               const Clock *clock, QObject *parent = nullptr);
    ~HttpClient() override;

    // Starts `request`; the reply never finishes inside this call.
    HttpReply *send(HttpRequest request, QObject *parent);

    const QString &supplierName() const { return m_supplierName; }
    const Settings &settings() const { return m_settings; }
    CircuitBreaker *breaker() { return &m_breaker; }
    const CircuitBreaker *breaker() const { return &m_breaker; }
    RateLimiter *rateLimiter() { return &m_limiter; }

    void setRandomSource(RandomSource random) { m_random = std::move(random); }

private:
    friend class HttpJob;

    QPointer<QNetworkAccessManager> m_network;
    QString m_supplierName;
    Settings m_settings;
    const Clock *m_clock;
    CircuitBreaker m_breaker;
    RateLimiter m_limiter;
    RandomSource m_random;
    QList<QPointer<HttpJob>> m_jobs;
};

} // namespace tripdesk
