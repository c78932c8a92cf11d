#pragma once
// A QNetworkAccessManager for adapter unit tests: no sockets, every request answered by a
// script the test queued — at once, after a delay, never (until aborted), with a network error,
// with a body cut short, or with any status, headers and body. It records each request (method,
// URL, headers, body, when it was sent) and counts the replies aborted, so a test sees that an
// abort reached the network.

#include <QElapsedTimer>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QPointer>
#include <QUrl>

#include <optional>

namespace tripdesk {

class FakeNetworkAccessManager final : public QNetworkAccessManager
{
    Q_OBJECT
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    struct Script {
        enum class Kind {
            Answer,   // status, headers and body after delayMs
            Hang,     // no answer ever; ends only when aborted
            Fail,     // a network error (refused, host not found, TLS …) after delayMs
            Truncate, // status and headers, then part of the body, then the connection drops
        };
        Kind kind = Kind::Answer;
        int delayMs = 0;
        int status = 200;
        Headers headers;
        QByteArray body;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        int deliveredBytes = 0; // Truncate: how much of body arrives
        QString urlContains;    // answers only requests whose URL contains it; empty: any

        static Script answer(int status, QByteArray body = {}, Headers headers = {});
        static Script json(int status, QByteArray body, Headers headers = {});
        static Script hang();
        static Script fail(QNetworkReply::NetworkError error);
        static Script truncated(int status, QByteArray body, int deliveredBytes);

        Script after(int ms) const;
        Script forUrl(QString part) const;
    };

    struct Request {
        QByteArray method;
        QUrl url;
        Headers headers;
        QByteArray body;
        qint64 sentAtMs = 0; // on elapsedMs()'s clock

        QByteArray header(QByteArrayView name) const;
        bool hasHeader(QByteArrayView name) const;
    };

    explicit FakeNetworkAccessManager(QObject *parent = nullptr);

    // Queues a script; each answers one request, the first queued that matches it.
    void enqueue(Script script);
    // Answers requests no queued script matches; without one they fail with ProtocolFailure and
    // a warning naming the URL.
    void setFallback(std::optional<Script> script) { m_fallback = std::move(script); }
    int queuedScripts() const { return int(m_scripts.size()); }

    const QList<Request> &requests() const { return m_requests; }
    int abortCount() const { return m_aborts; }
    // Replies handed out that have neither finished nor been aborted.
    int openReplies() const;
    // Milliseconds since this manager was made.
    qint64 elapsedMs() const { return m_clock.elapsed(); }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;

private:
    friend class FakeNetworkReply;
    Script takeScript(const QUrl &url);

    QList<Script> m_scripts;
    std::optional<Script> m_fallback;
    QList<Request> m_requests;
    QList<QPointer<QNetworkReply>> m_replies;
    int m_aborts = 0;
    QElapsedTimer m_clock;
};

} // namespace tripdesk

Q_DECLARE_METATYPE(tripdesk::FakeNetworkAccessManager::Script)
