#include "backend/suppliers/http/http_client.h"

#include "backend/suppliers/http/http_job.h"

#include <QNetworkAccessManager>

#include <algorithm>

namespace tripdesk {

HttpClient::HttpClient(QNetworkAccessManager *network, QString supplierName, Settings settings,
                       const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_supplierName(std::move(supplierName))
    , m_settings(settings)
    , m_clock(clock)
    , m_breaker(m_supplierName, settings.breaker, clock)
    , m_limiter(settings.rateLimit)
    , m_random(systemRandomSource())
{
    m_settings.retry.maxAttempts = std::max(1, m_settings.retry.maxAttempts);
}

HttpClient::~HttpClient()
{
    // Replies belong to their callers and may outlive the client; they end as cancelled.
    for (const QPointer<HttpJob> &job : std::as_const(m_jobs)) {
        if (job)
            job->clientGone();
    }
}

HttpReply *HttpClient::send(HttpRequest request, QObject *parent)
{
    m_jobs.removeIf([](const QPointer<HttpJob> &job) { return job.isNull(); });
    auto *reply = new HttpReply(parent);
    auto *job = new HttpJob(this, std::move(request), reply);
    m_jobs.append(job);
    reply->setAbortHandler([job] { job->stopSilently(); });
    postTo(reply, [job] { job->start(); });
    return reply;
}

} // namespace tripdesk
