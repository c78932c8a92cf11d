#pragma once
// Faults an HTTP stand-in injects on demand, for the next N requests or for every request to a
// path: latency, a status (429 with Retry-After or a rate-limit reset, 500/502/503/504), an
// expired token, malformed JSON, a body cut short, a connection that never answers, and an answer
// lost after the request was carried out. Set from C++ or as JSON through a control endpoint:
//   {"fault": "status", "status": 503, "count": 2, "path": "/air/offers"}
//   {"fault": "latency", "delay_ms": 300}            {"clear": true}
//   {"fault": "expired_token", "path": "/air/offers", "skip": 1, "count": 1}
// Kinds: latency, status, rate_limited (429; retry_after or reset_after seconds), expired_token,
// malformed_json, truncated, hang, lose_answer.

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace tripdesk {

struct HttpFault {
    enum class Kind {
        Latency,       // answers normally, after delayMs
        Status,        // answers `status` with a server error body, not carrying the request out
        RateLimited,   // 429 with retry-after and/or the rate-limit reset
        ExpiredToken,  // 401 as for a token that is no longer valid
        MalformedJson, // carries the request out, answers with a body that is not JSON
        Truncated,     // carries the request out, sends part of the body, drops the connection
        Hang,          // never answers, does not carry the request out
        LoseAnswer,    // carries the request out, then drops the connection without answering
    };
    Kind kind = Kind::Status;
    int status = 503;
    int delayMs = 0;
    int retryAfterSeconds = -1; // RateLimited: Retry-After; -1 leaves it out
    int resetAfterSeconds = -1; // RateLimited: ratelimit-reset this far ahead; -1 leaves it out
    int count = 1;              // requests it applies to; -1 for every one until cleared
    int skip = 0;               // matching requests let through first (a fault mid-way)
    QString path;               // applies to paths starting with it; empty: any
    QByteArray method;          // applies to this method only; empty: any

    // Whether the stand-in carries the request out before the fault shows.
    bool carriesOut() const;

    static std::optional<HttpFault> fromJson(const QJsonObject &o, QString *why);
    QJsonObject toJson() const;
};

class HttpFaultPlan
{
public:
    void add(HttpFault fault) { m_faults.append(std::move(fault)); }
    void clear() { m_faults.clear(); }
    bool isEmpty() const { return m_faults.isEmpty(); }
    const QList<HttpFault> &faults() const { return m_faults; }

    // The first fault for this request, used up by one; nothing when none applies.
    std::optional<HttpFault> take(const QByteArray &method, const QString &path);

    // Applies a control request's JSON ({"clear": true}, one fault, or {"faults": [...]}).
    bool apply(const QJsonObject &control, QString *why);

private:
    QList<HttpFault> m_faults;
};

} // namespace tripdesk
