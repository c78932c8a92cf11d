#include "tests/fakes/fake_network_access_manager.h"

#include <QMetaEnum>
#include <QTimer>

namespace tripdesk {

// One scripted answer, behaving as Qt's HTTP replies do: metaDataChanged, readyRead, then
// errorOccurred (for an error) and finished, all from the event loop; abort() finishes at once
// with OperationCanceledError.
class FakeNetworkReply final : public QNetworkReply
{
    Q_OBJECT
public:
    FakeNetworkReply(FakeNetworkAccessManager *manager, QNetworkAccessManager::Operation op,
                     const QNetworkRequest &request, FakeNetworkAccessManager::Script script)
        : QNetworkReply(manager)
        , m_manager(manager)
        , m_script(std::move(script))
    {
        setRequest(request);
        setOperation(op);
        setUrl(request.url());
        open(QIODevice::ReadOnly);
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, &FakeNetworkReply::deliver);
        if (m_script.kind != FakeNetworkAccessManager::Script::Kind::Hang)
            m_timer.start(std::max(0, m_script.delayMs));
    }

    void abort() override
    {
        if (isFinished())
            return;
        m_timer.stop();
        if (m_manager)
            ++m_manager->m_aborts;
        setError(OperationCanceledError, QStringLiteral("Operation canceled"));
        setFinished(true);
        Q_EMIT errorOccurred(OperationCanceledError);
        Q_EMIT finished();
    }

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override
    {
        return m_body.size() - m_read + QNetworkReply::bytesAvailable();
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min<qint64>(maxSize, m_body.size() - m_read);
        if (n <= 0)
            return isFinished() ? -1 : 0;
        std::copy_n(m_body.constData() + m_read, n, data);
        m_read += n;
        return n;
    }

private:
    using Kind = FakeNetworkAccessManager::Script::Kind;

    // Qt's own mapping of HTTP statuses to reply errors (QNetworkReplyHttpImpl).
    static NetworkError errorForStatus(int status)
    {
        switch (status) {
        case 400:
            return ProtocolInvalidOperationError;
        case 401:
            return AuthenticationRequiredError;
        case 403:
            return ContentAccessDenied;
        case 404:
            return ContentNotFoundError;
        case 405:
            return ContentOperationNotPermittedError;
        case 407:
            return ProxyAuthenticationRequiredError;
        case 409:
            return ContentConflictError;
        case 410:
            return ContentGoneError;
        case 418:
            return ProtocolInvalidOperationError;
        case 500:
            return InternalServerError;
        case 501:
            return OperationNotImplementedError;
        case 503:
            return ServiceUnavailableError;
        default:
            if (status > 500)
                return UnknownServerError;
            if (status >= 400)
                return UnknownContentError;
            return NoError;
        }
    }

    void deliver()
    {
        if (isFinished())
            return;
        NetworkError error = NoError;
        if (m_script.kind == Kind::Fail) {
            error = m_script.error;
        } else {
            setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_script.status);
            bool hasLength = false;
            for (const auto &[name, value] : std::as_const(m_script.headers)) {
                setRawHeader(name, value);
                hasLength |= name.compare("content-length", Qt::CaseInsensitive) == 0;
            }
            if (!hasLength)
                setRawHeader("Content-Length", QByteArray::number(m_script.body.size()));
            m_body = m_script.kind == Kind::Truncate ? m_script.body.left(m_script.deliveredBytes)
                                                     : m_script.body;
            error = m_script.kind == Kind::Truncate ? RemoteHostClosedError
                                                    : errorForStatus(m_script.status);
            Q_EMIT metaDataChanged();
            if (!m_body.isEmpty())
                Q_EMIT readyRead();
        }
        if (error != NoError) {
            const char *name = QMetaEnum::fromType<NetworkError>().valueToKey(error);
            setError(error, QStringLiteral("Fake network error: %1").arg(QLatin1StringView(name)));
        }
        setFinished(true);
        if (error != NoError)
            Q_EMIT errorOccurred(error);
        Q_EMIT finished();
    }

    QPointer<FakeNetworkAccessManager> m_manager;
    FakeNetworkAccessManager::Script m_script;
    QByteArray m_body;
    qint64 m_read = 0;
    QTimer m_timer;
};

using Script = FakeNetworkAccessManager::Script;

Script Script::answer(int status, QByteArray body, Headers headers)
{
    Script s;
    s.status = status;
    s.body = std::move(body);
    s.headers = std::move(headers);
    return s;
}

Script Script::json(int status, QByteArray body, Headers headers)
{
    headers.prepend({"Content-Type", "application/json"});
    return answer(status, std::move(body), std::move(headers));
}

Script Script::hang()
{
    Script s;
    s.kind = Kind::Hang;
    return s;
}

Script Script::fail(QNetworkReply::NetworkError error)
{
    Script s;
    s.kind = Kind::Fail;
    s.error = error;
    return s;
}

Script Script::truncated(int status, QByteArray body, int deliveredBytes)
{
    Script s = answer(status, std::move(body));
    s.kind = Kind::Truncate;
    s.deliveredBytes = deliveredBytes;
    return s;
}

Script Script::after(int ms) const
{
    Script s = *this;
    s.delayMs = ms;
    return s;
}

Script Script::forUrl(QString part) const
{
    Script s = *this;
    s.urlContains = std::move(part);
    return s;
}

QByteArray FakeNetworkAccessManager::Request::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool FakeNetworkAccessManager::Request::hasHeader(QByteArrayView name) const
{
    return std::any_of(headers.begin(), headers.end(), [name](const auto &pair) {
        return pair.first.compare(name, Qt::CaseInsensitive) == 0;
    });
}

FakeNetworkAccessManager::FakeNetworkAccessManager(QObject *parent)
    : QNetworkAccessManager(parent)
{
    m_clock.start();
}

void FakeNetworkAccessManager::enqueue(Script script)
{
    m_scripts.append(std::move(script));
}

int FakeNetworkAccessManager::openReplies() const
{
    return int(
        std::count_if(m_replies.begin(), m_replies.end(),
                      [](const QPointer<QNetworkReply> &r) { return r && !r->isFinished(); }));
}

Script FakeNetworkAccessManager::takeScript(const QUrl &url)
{
    const QString text = url.toString();
    for (qsizetype i = 0; i < m_scripts.size(); ++i) {
        if (m_scripts[i].urlContains.isEmpty() || text.contains(m_scripts[i].urlContains))
            return m_scripts.takeAt(i);
    }
    if (m_fallback)
        return *m_fallback;
    qWarning("FakeNetworkAccessManager: no scripted reply for %s", qPrintable(text));
    return Script::fail(QNetworkReply::ProtocolFailure);
}

QNetworkReply *FakeNetworkAccessManager::createRequest(Operation op, const QNetworkRequest &request,
                                                       QIODevice *outgoingData)
{
    Request recorded;
    switch (op) {
    case HeadOperation:
        recorded.method = "HEAD";
        break;
    case GetOperation:
        recorded.method = "GET";
        break;
    case PutOperation:
        recorded.method = "PUT";
        break;
    case PostOperation:
        recorded.method = "POST";
        break;
    case DeleteOperation:
        recorded.method = "DELETE";
        break;
    case CustomOperation:
        recorded.method = request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
        break;
    case UnknownOperation:
        recorded.method = "UNKNOWN";
        break;
    }
    recorded.url = request.url();
    for (const QByteArray &name : request.rawHeaderList())
        recorded.headers.append({name, request.rawHeader(name)});
    if (outgoingData)
        recorded.body = outgoingData->readAll();
    recorded.sentAtMs = m_clock.elapsed();
    m_requests.append(recorded);

    auto *reply = new FakeNetworkReply(this, op, request, takeScript(request.url()));
    m_replies.removeIf([](const QPointer<QNetworkReply> &r) { return r.isNull(); });
    m_replies.append(reply);
    return reply;
}

} // namespace tripdesk

#include "fake_network_access_manager.moc"
