#include "backend/core/reply.h"

#include <QCoreApplication>
#include <QPointer>

namespace tripdesk {

Reply::Reply(QObject *parent)
    : QObject(parent)
{}

Reply::~Reply()
{
    // Deleted while still running: the work is stopped, and nobody is told.
    if (!m_finished && m_abortHandler)
        m_abortHandler();
}

const Error &Reply::error() const
{
    static const Error none;
    return m_error ? *m_error : none;
}

bool Reply::markFinished()
{
    if (m_finished)
        return false;
    m_finished = true;
    return true;
}

void Reply::abort()
{
    if (m_finished)
        return;
    if (auto handler = std::exchange(m_abortHandler, {}))
        handler();
    fail(Error::cancelled(QCoreApplication::translate("Reply", "The request was cancelled."),
                          QStringLiteral("aborted")));
}

void Reply::finish()
{
    if (!markFinished())
        return;
    m_abortHandler = {};
    Q_EMIT finished();
}

void Reply::fail(Error error)
{
    if (m_finished)
        return;
    m_error = std::move(error);
    markFinished();
    m_abortHandler = {};
    Q_EMIT finished();
}

void DoneReply::finish(Result<void> result)
{
    if (!result)
        fail(result.error());
    else
        Reply::finish();
}

void postTo(Reply *reply, std::function<void()> work)
{
    // Queued on the reply itself: Qt drops the call if the reply is deleted first.
    QMetaObject::invokeMethod(
        reply, [work = std::move(work)] { work(); }, Qt::QueuedConnection);
}

} // namespace tripdesk
