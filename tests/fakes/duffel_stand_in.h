#pragma once
// A stand-in for Duffel's API v2 on QHttpServer, for integration tests and for trying the
// adapter by hand. It is stateful over a SandboxSupplier of its own (with its own data folder):
// offer requests search the sandbox and its offers come back as Duffel offers (off_… ids mapped
// to the sandbox's), in cursor-paged lists of a few offers at a time so clients really page;
// orders take seats, holds lapse, cancellations return the seats. It enforces the bearer token,
// the Duffel-Version header and JSON content types as Duffel does, answers in Duffel's errors[]
// shapes, and injects faults on demand (http_fault_plan.h), from C++ or by POST /_faults.
// GET /_stats tells requests served and orders created.

#include "backend/core/clock.h"
#include "backend/suppliers/sandbox/sandbox_supplier.h"
#include "tests/fakes/http_fault_plan.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QTemporaryDir>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>

class QTcpSocket;

namespace tripdesk {

class DuffelStandIn : public QAbstractHttpServer
{
    Q_OBJECT
public:
    struct Options {
        QString accessToken = QStringLiteral("duffel_test_stand_in");
        int maxPageSize = 5; // offers or orders a page at most, whatever the client asks
        QString dataDir;     // the sandbox's sales; empty: a temporary folder of its own
        SandboxOptions sandbox;
    };

    DuffelStandIn(std::shared_ptr<const ReferenceData> reference, const Clock &clock,
                  Options options, QObject *parent = nullptr);
    ~DuffelStandIn() override;

    // Listens on 127.0.0.1 at `port` (0: one the system picks); the port, or 0 on failure.
    quint16 listenLocal(quint16 port = 0);
    QUrl url() const; // "http://127.0.0.1:PORT"

    SandboxSupplier &sandbox() { return *m_sandbox; }
    HttpFaultPlan &faults() { return m_faults; }
    void addFault(HttpFault fault) { m_faults.add(std::move(fault)); }
    // Replaces the accepted token; the old one is then answered as expired.
    void setAccessToken(const QString &token);

    int requestCount() const { return m_requests; }
    int ordersCreated() const { return m_ordersCreated; }
    const QStringList &requestLog() const { return m_log; } // "GET /air/offers?…"
    // When each logged request arrived, in milliseconds since the stand-in was made.
    const QList<qint64> &requestTimesMs() const { return m_times; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Incoming {
        QByteArray method; // "GET"
        QString path;      // "/air/offers"
        QUrlQuery query;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QByteArray header(QByteArrayView name) const;
    };
    struct Answer {
        int status = 200;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
    };
    using Done = std::function<void(Answer)>;
    struct KnownOffer {
        QString sandboxId;
        FlightOffer offer;
    };
    struct OfferRequest {
        QStringList offerIds; // cheapest first
        FlightSearchRequest request;
    };

    void process(const Incoming &in, QPointer<QTcpSocket> socket, std::optional<HttpFault> fault);
    std::optional<Answer> refused(const Incoming &in) const;
    void route(const Incoming &in, Done done);
    void control(const Incoming &in, QTcpSocket *socket);
    void write(QTcpSocket *socket, const Answer &answer, bool acceptsDeflate, int cutAt = -1);

    void createOfferRequest(const Incoming &in, Done done);
    void listOffers(const Incoming &in, Done done);
    void getOffer(const QString &offerId, const Incoming &in, Done done);
    void getSeatMaps(const Incoming &in, Done done);
    void createOrder(const Incoming &in, Done done);
    void listOrders(const Incoming &in, Done done);
    void getOrder(const QString &orderId, Done done);
    void createPayment(const Incoming &in, Done done);
    void createCancellation(const Incoming &in, Done done);
    void confirmCancellation(const QString &cancellationId, Done done);
    void getCancellation(const QString &cancellationId, Done done);

    // Runs `then` with `reply` once the sandbox's call has finished.
    template<typename Reply, typename Then> void whenDone(Reply *reply, Then then);

    std::shared_ptr<const ReferenceData> m_reference;
    const Clock &m_clock;
    Options m_options;
    QTemporaryDir m_tempDir;
    std::unique_ptr<SandboxSupplier> m_sandbox;
    HttpFaultPlan m_faults;
    QStringList m_oldTokens;
    QHash<QString, KnownOffer> m_offers;
    QHash<QString, OfferRequest> m_offerRequests;
    QStringList m_orderIds; // in the order they were created
    QHash<QString, OrderCancellation> m_cancellations;
    QList<QPointer<QTcpSocket>> m_hung;
    int m_nextId = 1;
    int m_requests = 0;
    int m_ordersCreated = 0;
    QStringList m_log;
    QList<qint64> m_times;
    QElapsedTimer m_started;
};

template<typename Reply, typename Then> void DuffelStandIn::whenDone(Reply *reply, Then then)
{
    connect(reply, &SupplierReply::finished, this, [reply, then = std::move(then)]() mutable {
        reply->deleteLater();
        then(reply);
    });
}

} // namespace tripdesk
