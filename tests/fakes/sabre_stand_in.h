#pragma once
// A stand-in for Sabre's REST APIs on QHttpServer, for integration tests and for trying the
// Sabre adapter by hand: the token service (POST /v2/auth/token with the double-base64
// client credentials; tokens that really lapse after a set time), Bargain Finder Max v5,
// Revalidate Itinerary and Booking Management (createBooking, getBooking, cancelBooking, with
// failures inside HTTP 200 bodies as Sabre sends them). It is stateful over a SandboxSupplier
// of its own (with its own temporary data folder): offers are the sandbox's, written in
// Sabre's shapes, bookings take the sandbox's seats and live until cancelled.
//
// Faults on demand, from C++ (addFault) or over HTTP (POST /_faults with a fault's JSON, or
// {"faults": [...]}; DELETE /_faults clears them; POST /_tokens/expire refuses every token
// issued so far; GET /_state counts tokens, bookings and requests):
//   {"kind": "latency" | "status" | "malformed_json" | "truncated" | "hang" |
//             "expired_token" | "invalid_token",
//    "count": 1 (requests it applies to; -1 for all), "path": "/v5/offers/shop" (a part of the
//    path; empty for any), "latencyMs": 0, "status": 503, "retryAfter": seconds,
//    "rateLimitReset": seconds}
// "truncated" and "hang" let the request be carried out and then cut its answer short or
// never send it, as when a connection drops after the server acted.

#include "backend/suppliers/sabre/sabre_auth.h"
#include "backend/suppliers/sandbox/sandbox_supplier.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QPointer>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QUrl>

#include <chrono>
#include <functional>
#include <list>
#include <memory>

class QTcpSocket;
class QJsonObject;

namespace tripdesk {

class ReferenceData;

struct SabreFault {
    enum class Kind { Latency, Status, MalformedJson, Truncated, Hang, ExpiredToken, InvalidToken };
    Kind kind = Kind::Status;
    int count = 1;     // requests it applies to; -1: every one
    QString path;      // applies to paths containing this; empty: any (never the control paths)
    int latencyMs = 0; // the wait before the request is handled
    int status = 503;
    int retryAfterSecs = -1;     // Retry-After, when >= 0
    int rateLimitResetSecs = -1; // X-RateLimit-Reset (seconds from now), Remaining 0

    // A fault from its JSON form; an empty message when it reads.
    static QString fromJson(const QJsonObject &json, SabreFault *out);
};

class SabreStandIn final : public QAbstractHttpServer
{
    Q_OBJECT
public:
    struct Options {
        sabre::SabreAccount account{QStringLiteral("7971"), QStringLiteral("F9CE"),
                                    QStringLiteral("AA"), QStringLiteral("stand-in-secret")};
        std::chrono::milliseconds tokenLifetime{std::chrono::hours(24 * 7)};
        QTimeZone pccZone = QTimeZone::utc(); // in which deadlines are written
        SandboxOptions sandbox;
    };

    SabreStandIn(std::shared_ptr<const ReferenceData> reference, Options options,
                 QObject *parent = nullptr);
    ~SabreStandIn() override;

    // Listens on 127.0.0.1; port 0 lets the system choose. Returns the port, 0 on failure.
    quint16 listen(quint16 port = 0);
    QUrl url() const;
    const Options &options() const { return m_options; }

    void addFault(SabreFault fault);
    void clearFaults();
    // Every token issued so far is refused from now on.
    void expireTokens();

    int tokensIssued() const { return m_tokensIssued; }
    int bookingsCreated() const { return m_bookingsCreated; }
    int requestsTo(const QString &path) const { return m_requests.value(path); }
    SandboxSupplier &sandbox() { return *m_sandbox; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Incoming;
    struct Answer;
    void handle(std::shared_ptr<Incoming> in, std::optional<SabreFault> fault);
    void control(const Incoming &in);
    bool authorised(const Incoming &in);
    void token(const Incoming &in);
    void shop(std::shared_ptr<Incoming> in);
    void revalidate(std::shared_ptr<Incoming> in);
    void createBooking(std::shared_ptr<Incoming> in);
    void getBooking(std::shared_ptr<Incoming> in);
    void cancelBooking(std::shared_ptr<Incoming> in);
    void answer(const Incoming &in, int status, const QByteArray &body,
                const QList<QPair<QByteArray, QByteArray>> &headers = {});
    void answerJson(const Incoming &in, const QJsonObject &body, int status = 200);
    std::optional<SabreFault> takeFault(const QString &path);
    QString newConfirmationId();
    std::function<QTimeZone(const QString &)> zoneOf() const;

    Options m_options;
    std::shared_ptr<const ReferenceData> m_reference;
    SystemClock m_clock;
    QTemporaryDir m_dataDir;
    std::unique_ptr<SandboxSupplier> m_sandbox;
    std::list<SabreFault> m_faults;
    QHash<QByteArray, qint64> m_tokens; // token → expiry, ms since the epoch
    QHash<QString, QString> m_orders;   // confirmation id → sandbox order id
    QHash<QString, QList<int>> m_slicing;
    QHash<QString, int> m_requests;
    int m_tokensIssued = 0;
    int m_bookingsCreated = 0;
    quint16 m_port = 0;
};

} // namespace tripdesk
