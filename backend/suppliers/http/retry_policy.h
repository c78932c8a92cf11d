#pragma once
// When and how soon an HTTP call is tried again: which answers are worth another attempt, the
// exponential backoff with full jitter, and the waits a server tells its clients (Retry-After,
// the RateLimit-Reset / X-RateLimit-Reset family with their Remaining counterparts).

#include "backend/suppliers/http/http_message.h"

#include <QDateTime>
#include <QTimeZone>

#include <chrono>
#include <functional>
#include <optional>
#include <vector>

namespace tripdesk {

// A uniform number in [0, 1); injected so that tests see the jitter they chose.
using RandomSource = std::function<double()>;
RandomSource systemRandomSource();
// A reproducible source for tools and tests that want variety without chance.
RandomSource seededRandomSource(quint64 seed);

struct RetryPolicy {
    // Attempts in all, the first included; 1 turns retrying off.
    int maxAttempts = 3;
    // The ceiling of the first retry's wait; it doubles with each retry up to maxDelay.
    std::chrono::milliseconds baseDelay{250};
    std::chrono::milliseconds maxDelay{8000};
    // The statuses worth another attempt: those that say "not now" rather than "not this", 429
    // and the transient 5xx family. A supplier that asks not to be retried on some of them
    // (Duffel, on 500 and 502) narrows the list.
    std::vector<int> retryStatuses{429, 500, 502, 503, 504};

    bool retries(int status) const;
};

// The wait before retry number `retry` (1 for the first retry): "full jitter", a uniform pick in
// [0, min(maxDelay, baseDelay · 2^(retry−1))], so that clients that failed together do not all
// come back together.
std::chrono::milliseconds backoffDelay(const RetryPolicy &policy, int retry, double random01);

// An HTTP-date in any of the three forms RFC 9110 allows (IMF-fixdate, RFC 850, asctime), as a
// UTC instant; invalid when `text` is none of them.
QDateTime parseHttpDate(QByteArrayView text);

// Retry-After: delta seconds or an HTTP-date, as a wait from `nowUtc` (never negative).
std::optional<std::chrono::milliseconds> parseRetryAfter(QByteArrayView value,
                                                         const QDateTime &nowUtc);

// A rate-limit reset header as servers send it: an HTTP-date (Duffel), seconds since the epoch
// (any number past 10⁹) or seconds from now, as a wait from `nowUtc` (never negative).
std::optional<std::chrono::milliseconds> parseRateLimitReset(QByteArrayView value,
                                                             const QDateTime &nowUtc);

// The wait the server asked for before the next request, when it asked: Retry-After first, then,
// when the response is a 429 or says no requests remain, the rate-limit reset.
std::optional<std::chrono::milliseconds> serverToldWait(const HttpResponse &response,
                                                        const QDateTime &nowUtc);

// How long every request to this server must hold off after `response`: the reset time when the
// rate-limit window is used up (remaining 0), or the server's wait on a 429/503.
std::optional<std::chrono::milliseconds> rateLimitHold(const HttpResponse &response,
                                                       const QDateTime &nowUtc);

} // namespace tripdesk
