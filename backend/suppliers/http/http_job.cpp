#include "backend/suppliers/http/http_job.h"

#include "backend/suppliers/http/http_errors.h"
#include "backend/suppliers/http/http_log.h"

#include <QCoreApplication>
#include <QMetaEnum>
#include <QNetworkAccessManager>

#include <algorithm>
#include <cstring>

namespace tripdesk {

using namespace std::chrono;

namespace {

// A request body Qt can read only once. Qt's HTTP layer quietly sends a request again when a
// kept-alive connection drops before the answer comes, but only when it can rewind the body;
// with one it cannot rewind it fails the reply with ContentReSendError instead, so a call that
// must not be repeated (an order, a payment) reaches the server at most once.
class SendOnceBody final : public QIODevice
{
public:
    explicit SendOnceBody(QByteArray data)
        : m_data(std::move(data))
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 size() const override { return m_data.size(); }
    qint64 bytesAvailable() const override { return m_data.size() - m_read; }
    bool atEnd() const override { return m_read >= m_data.size(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min(maxSize, qint64(m_data.size()) - m_read);
        if (n <= 0)
            return m_read >= m_data.size() ? -1 : 0;
        std::memcpy(data, m_data.constData() + m_read, size_t(n));
        m_read += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_read = 0;
};

// Connection and proxy failures: no answer came, whatever status a half-read reply carries.
bool isTransportFailure(QNetworkReply::NetworkError code)
{
    return code != QNetworkReply::NoError && code < QNetworkReply::ContentAccessDenied;
}

} // namespace

HttpJob::HttpJob(HttpClient *client, HttpRequest request, HttpReply *reply)
    : QObject(reply)
    , m_client(client)
    , m_request(std::move(request))
    , m_reply(reply)
    , m_supplierName(client->supplierName())
    , m_deadline(m_request.deadline, Qt::PreciseTimer)
{
    // Precise timers: a coarse one may fire up to 5 % early, before the wait a server asked for.
    for (QTimer *timer : {&m_attemptTimer, &m_deadlineTimer, &m_backoffTimer}) {
        timer->setSingleShot(true);
        timer->setTimerType(Qt::PreciseTimer);
    }
    connect(&m_attemptTimer, &QTimer::timeout, this, &HttpJob::onAttemptTimeout);
    connect(&m_deadlineTimer, &QTimer::timeout, this, &HttpJob::onDeadline);
    connect(&m_backoffTimer, &QTimer::timeout, this, &HttpJob::nextAttempt);
}

void HttpJob::start()
{
    if (m_phase != Phase::Idle)
        return;
    m_deadlineTimer.start(std::max<qint64>(0, m_deadline.remainingTime()));
    nextAttempt();
}

void HttpJob::nextAttempt()
{
    if (!m_client->breaker()->wouldAdmit()) {
        if (m_reply->m_attempts == 0) {
            m_lastError = m_client->breaker()->rejection();
            m_lastResponse.reset();
        }
        deliver();
        return;
    }
    m_phase = Phase::Queued;
    const QPointer<HttpJob> self(this);
    m_ticket = m_client->rateLimiter()->acquire([self] {
        if (!self)
            return;
        self->m_ticket.reset();
        self->dispatch();
    });
}

void HttpJob::dispatch()
{
    QNetworkAccessManager *network = m_client->m_network;
    m_permit = m_client->breaker()->admit();
    if (!m_permit || !network) {
        // The breaker opened while this call waited its turn, or the network manager is gone.
        if (m_reply->m_attempts == 0) {
            m_lastError = network
                              ? m_client->breaker()->rejection()
                              : networkError(m_supplierName, QNetworkReply::OperationCanceledError,
                                             QStringLiteral("no network access manager"), false);
            m_lastResponse.reset();
        }
        reportToBreaker(CircuitBreaker::Outcome::Abandoned);
        deliver();
        return;
    }
    ++m_reply->m_attempts;
    m_phase = Phase::Sending;
    m_attemptClock.start();
    m_network = sendOnNetwork(network);
    connect(m_network.data(), &QNetworkReply::finished, this, &HttpJob::onNetworkFinished);
    const auto left = duration_cast<milliseconds>(m_deadline.remainingTimeAsDuration());
    m_attemptTimer.start(std::min(m_request.attemptTimeout, left));
    if (m_network->isFinished()) // a reply that failed before it started (a bad URL)
        QMetaObject::invokeMethod(this, &HttpJob::onNetworkFinished, Qt::QueuedConnection);
}

QNetworkReply *HttpJob::sendOnNetwork(QNetworkAccessManager *network)
{
    QNetworkRequest request(m_request.url);
    for (const auto &[name, value] : m_request.headers) {
        if (name.compare("accept-encoding", Qt::CaseInsensitive) == 0) {
            // With it set here Qt would hand over compressed bytes; Qt asks for gzip by itself.
            qCWarning(lcHttp) << "Accept-Encoding left to the network manager; dropped for"
                              << m_supplierName;
            continue;
        }
        request.setRawHeader(name, value);
    }
    // Prices and availability must come from the supplier, never from a disk cache.
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);

    const QByteArray verb = m_request.method.toUpper();
    if (!m_request.isIdempotent()) {
        // Its length stated and buffering refused, Qt streams the body as it is instead of
        // copying it to a buffer it could rewind.
        request.setHeader(QNetworkRequest::ContentLengthHeader, m_request.body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *body = new SendOnceBody(m_request.body);
        QNetworkReply *reply = verb == "POST"  ? network->post(request, body)
                               : verb == "PUT" ? network->put(request, body)
                                               : network->sendCustomRequest(request, verb, body);
        body->setParent(reply);
        return reply;
    }
    if (verb == "GET")
        return network->get(request);
    if (verb == "HEAD")
        return network->head(request);
    if (verb == "POST")
        return network->post(request, m_request.body);
    if (verb == "PUT")
        return network->put(request, m_request.body);
    if (verb == "DELETE" && m_request.body.isEmpty())
        return network->deleteResource(request);
    return network->sendCustomRequest(request, verb, m_request.body);
}

void HttpJob::onNetworkFinished()
{
    if (m_phase != Phase::Sending || !m_network)
        return;
    m_attemptTimer.stop();
    QNetworkReply *networkReply = m_network;
    const QNetworkReply::NetworkError code = networkReply->error();
    const QVariant status = networkReply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!isTransportFailure(code) && status.isValid()) {
        concludeWithResponse(networkReply);
        return;
    }
    const QString qtDetail = networkReply->errorString();
    dropNetworkReply(false);
    logAttempt(
        QString::fromLatin1(QMetaEnum::fromType<QNetworkReply::NetworkError>().valueToKey(code)));
    // Cancelled by someone else (the network manager going away): says nothing of the server.
    const bool cancelled = code == QNetworkReply::OperationCanceledError;
    reportToBreaker(cancelled ? CircuitBreaker::Outcome::Abandoned
                              : CircuitBreaker::Outcome::Failure);
    const bool reached = mayHaveReachedServer(code);
    concludeWithError(
        networkError(m_supplierName, code, qtDetail, reached && !m_request.isIdempotent()), reached,
        isRetryableNetworkError(code));
}

void HttpJob::concludeWithResponse(QNetworkReply *networkReply)
{
    HttpResponse response;
    response.status = networkReply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.headers = networkReply->rawHeaderPairs();
    response.body = networkReply->readAll();
    response.attempt = m_reply->m_attempts;
    dropNetworkReply(false);
    logAttempt(QString::number(response.status));
    if (response.status >= 400 && !response.body.isEmpty())
        qCDebug(lcHttp).noquote() << "body:" << redactedBody(response.body);
    reportToBreaker(response.status >= 500 ? CircuitBreaker::Outcome::Failure
                                           : CircuitBreaker::Outcome::Success);

    const QDateTime now = m_client->m_clock->nowUtc();
    if (const auto hold = rateLimitHold(response, now))
        m_client->rateLimiter()->holdFor(*hold);
    const bool retryable = m_client->settings().retry.retries(response.status);
    const auto serverWait = retryable ? serverToldWait(response, now) : std::nullopt;
    m_lastResponse = std::move(response);
    m_lastError.reset();
    m_outcomeUnknown = false;
    retryOrDeliver(retryable, serverWait);
}

void HttpJob::concludeWithError(Error error, bool reachedServer, bool retryable)
{
    m_lastError = std::move(error);
    m_lastResponse.reset();
    m_outcomeUnknown = reachedServer && !m_request.isIdempotent();
    retryOrDeliver(retryable, std::nullopt);
}

void HttpJob::onAttemptTimeout()
{
    if (m_phase != Phase::Sending)
        return;
    dropNetworkReply(true);
    logAttempt(QStringLiteral("timed out"));
    reportToBreaker(CircuitBreaker::Outcome::Failure);
    concludeWithError(timeoutError(m_supplierName, !m_request.isIdempotent()), true, true);
}

void HttpJob::onDeadline()
{
    switch (m_phase) {
    case Phase::Done:
        return;
    case Phase::Sending:
        dropNetworkReply(true);
        logAttempt(QStringLiteral("deadline passed"));
        reportToBreaker(CircuitBreaker::Outcome::Failure);
        m_lastError = timeoutError(m_supplierName, !m_request.isIdempotent());
        m_lastResponse.reset();
        m_outcomeUnknown = !m_request.isIdempotent();
        break;
    case Phase::Idle:
    case Phase::Queued:
        // Never sent (or not again): the rate limit held it all this time.
        if (m_reply->m_attempts == 0) {
            m_lastError = rateLimitedError(m_supplierName);
            m_lastResponse.reset();
        }
        break;
    case Phase::BackingOff:
        break;
    }
    deliver();
}

void HttpJob::retryOrDeliver(bool retryable, std::optional<milliseconds> serverWait)
{
    const RetryPolicy &policy = m_client->settings().retry;
    const int attempts = m_reply->m_attempts;
    if (!m_request.isIdempotent() || !retryable || attempts >= policy.maxAttempts) {
        deliver();
        return;
    }
    const double random = m_client->m_random ? m_client->m_random() : 0.5;
    // A wait the server asked for wins over our own guess, longer or shorter.
    const milliseconds wait = serverWait ? *serverWait : backoffDelay(policy, attempts, random);
    if (wait >= m_deadline.remainingTimeAsDuration()) {
        qCInfo(lcHttp).noquote() << "not retried: a wait of" << wait.count()
                                 << "ms would pass the deadline of" << m_supplierName << "call";
        deliver();
        return;
    }
    qCDebug(lcHttp) << "retry in" << wait.count() << "ms" << (serverWait ? "(server asked)" : "");
    m_phase = Phase::BackingOff;
    m_backoffTimer.start(wait);
}

void HttpJob::deliver()
{
    m_phase = Phase::Done;
    m_attemptTimer.stop();
    m_deadlineTimer.stop();
    m_backoffTimer.stop();
    if (m_ticket && m_client)
        m_client->rateLimiter()->cancel(*m_ticket);
    m_ticket.reset();
    HttpReply *reply = m_reply;
    reply->m_outcomeUnknown = m_outcomeUnknown && !m_lastResponse;
    // Last: a receiver of finished() may delete the reply, and this job with it.
    if (m_lastResponse)
        reply->finish(std::move(*m_lastResponse));
    else
        reply->fail(m_lastError.value_or(Error::internal(
            QCoreApplication::translate("HttpErrors", "The request to %1 ended without an answer.")
                .arg(m_supplierName),
            QStringLiteral("no outcome recorded"))));
}

void HttpJob::stopSilently()
{
    if (m_phase == Phase::Done)
        return;
    const Phase was = m_phase;
    m_phase = Phase::Done;
    m_attemptTimer.stop();
    m_deadlineTimer.stop();
    m_backoffTimer.stop();
    if (m_ticket && m_client)
        m_client->rateLimiter()->cancel(*m_ticket);
    m_ticket.reset();
    if (was == Phase::Sending) {
        dropNetworkReply(true);
        logAttempt(QStringLiteral("aborted"));
        reportToBreaker(CircuitBreaker::Outcome::Abandoned);
    }
}

void HttpJob::clientGone()
{
    if (m_phase == Phase::Done)
        return;
    stopSilently();
    const QString name = m_supplierName;
    postTo(m_reply, [reply = m_reply, name] {
        reply->fail(Error::cancelled(
            QCoreApplication::translate("HttpErrors", "The request to %1 was cancelled.").arg(name),
            QStringLiteral("supplier client destroyed")));
    });
}

void HttpJob::dropNetworkReply(bool abort)
{
    QNetworkReply *networkReply = m_network;
    m_network = nullptr;
    if (!networkReply)
        return;
    disconnect(networkReply, nullptr, this, nullptr);
    if (abort && !networkReply->isFinished())
        networkReply->abort();
    networkReply->deleteLater();
}

void HttpJob::reportToBreaker(CircuitBreaker::Outcome outcome)
{
    if (m_permit && m_client)
        m_client->breaker()->report(*m_permit, outcome);
    m_permit.reset();
}

void HttpJob::logAttempt(const QString &outcome) const
{
    const int maxAttempts =
        m_request.isIdempotent() && m_client ? m_client->settings().retry.maxAttempts : 1;
    qCInfo(lcHttp).noquote().nospace()
        << m_supplierName << ": " << QString::fromLatin1(m_request.method) << ' '
        << redactedUrl(m_request.url) << " -> " << outcome << " in " << m_attemptClock.elapsed()
        << " ms (attempt " << m_reply->m_attempts << '/' << maxAttempts << ')';
}

} // namespace tripdesk
