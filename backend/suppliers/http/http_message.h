#pragma once
// What an HTTP supplier adapter asks for and what it gets back: a request description (method,
// URL, headers, body, whether repeating it is harmless, how long one attempt and the whole call
// may take) and the response the server gave (status, headers, body bytes).

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrl>

#include <chrono>

namespace tripdesk {

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

// The value of header `name` (compared without regard to case), or an empty array; when the
// header occurs more than once, the first.
QByteArray httpHeader(const HttpHeaders &headers, QByteArrayView name);

struct HttpRequest {
    QByteArray method = QByteArrayLiteral("GET");
    QUrl url;
    // Sent as they are. Leave Accept-Encoding out: QNetworkAccessManager decompresses gzip and
    // deflate only when it added that header itself, so one set here would hand back raw bytes.
    HttpHeaders headers;
    QByteArray body;
    // A POST whose repetition cannot do anything twice (a search, a priced-offer look-up, a call
    // carrying an idempotency key the server honours). GET, HEAD and OPTIONS are idempotent
    // anyway; anything else is sent once and never retried.
    bool markedIdempotent = false;
    // How long one attempt may wait for its complete answer.
    std::chrono::milliseconds attemptTimeout{15000};
    // How long the whole call may take from send(), waits and retries included.
    std::chrono::milliseconds deadline{30000};

    bool isIdempotent() const;
    void setHeader(QByteArray name, QByteArray value);
};

struct HttpResponse {
    int status = 0;
    HttpHeaders headers;
    QByteArray body;
    // Which attempt produced this response (1 for the first).
    int attempt = 1;

    QByteArray header(QByteArrayView name) const { return httpHeader(headers, name); }
    bool isSuccess() const { return status >= 200 && status < 300; }
};

} // namespace tripdesk
