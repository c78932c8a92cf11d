#pragma once
// Private to the http module: one HttpClient call from send() to its reply's end, through its
// attempts, waits and retries. It lives as a child of its reply, so it dies with it.

#include "backend/suppliers/http/http_client.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QNetworkReply>
#include <QTimer>

#include <optional>

namespace tripdesk {

class HttpJob : public QObject
{
    Q_OBJECT
public:
    HttpJob(HttpClient *client, HttpRequest request, HttpReply *reply);

    void start();
    // The reply was aborted or deleted: stop everything, tell nobody.
    void stopSilently();
    // The client is going away: stop, and fail the reply from the event loop.
    void clientGone();

private:
    enum class Phase { Idle, Queued, Sending, BackingOff, Done };

    void nextAttempt();
    void dispatch();
    QNetworkReply *sendOnNetwork(QNetworkAccessManager *network);
    void onNetworkFinished();
    void onAttemptTimeout();
    void onDeadline();
    void concludeWithResponse(QNetworkReply *networkReply);
    void concludeWithError(Error error, bool reachedServer, bool retryable);
    void retryOrDeliver(bool retryable, std::optional<std::chrono::milliseconds> serverWait);
    void deliver();
    void dropNetworkReply(bool abort);
    void reportToBreaker(CircuitBreaker::Outcome outcome);
    void logAttempt(const QString &outcome) const;

    QPointer<HttpClient> m_client;
    HttpRequest m_request;
    HttpReply *m_reply;
    QString m_supplierName;
    Phase m_phase = Phase::Idle;
    QDeadlineTimer m_deadline;
    QElapsedTimer m_attemptClock;
    QTimer m_attemptTimer;
    QTimer m_deadlineTimer;
    QTimer m_backoffTimer;
    QPointer<QNetworkReply> m_network;
    std::optional<RateLimiter::Ticket> m_ticket;
    std::optional<CircuitBreaker::Permit> m_permit;
    std::optional<HttpResponse> m_lastResponse;
    std::optional<Error> m_lastError;
    bool m_outcomeUnknown = false;
};

} // namespace tripdesk
