#pragma once
// Helpers shared by the HTTP supplier layer's tests: a client over the fake network manager and
// a wait for a reply's end that cannot hang a test.

#include "backend/suppliers/http/http_client.h"
#include "tests/fakes/fake_network_access_manager.h"

#include <QSignalSpy>
#include <QTest>

namespace tripdesk::test {

inline HttpClient::Settings quickSettings()
{
    HttpClient::Settings settings;
    settings.retry.maxAttempts = 3;
    settings.retry.baseDelay = std::chrono::milliseconds(10);
    settings.retry.maxDelay = std::chrono::milliseconds(40);
    settings.breaker.failureThreshold = 100;
    return settings;
}

inline HttpRequest getRequest(const char *url = "https://api.example.test/air/offers?limit=5")
{
    HttpRequest request;
    request.url = QUrl(QString::fromLatin1(url));
    request.setHeader("Accept", "application/json");
    return request;
}

inline HttpRequest postRequest(const char *url = "https://api.example.test/air/orders")
{
    HttpRequest request;
    request.method = "POST";
    request.url = QUrl(QString::fromLatin1(url));
    request.setHeader("Content-Type", "application/json");
    request.body = R"({"data":{"type":"instant"}})";
    return request;
}

// Waits for `reply` to finish; true when it did within `timeoutMs`.
inline bool waitFinished(SupplierReply *reply, int timeoutMs = 5000)
{
    if (reply->isFinished())
        return true;
    QSignalSpy spy(reply, &SupplierReply::finished);
    return spy.wait(timeoutMs);
}

// A random source that always picks the top of the jitter range, so waits are known.
inline RandomSource topOfRange()
{
    return [] { return 1.0; };
}

} // namespace tripdesk::test
