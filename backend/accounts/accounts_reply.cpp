#include "backend/accounts/accounts_reply.h"

#include <QCoreApplication>

namespace tripdesk {

AccountsReply::AccountsReply(QObject *parent)
    : QObject(parent)
{}

AccountsReply::~AccountsReply()
{
    // Deleted while still running: the work is told to stop, and nobody is told.
    if (!m_finished && m_abortHandler)
        m_abortHandler();
}

const Error &AccountsReply::error() const
{
    static const Error none;
    return m_error ? *m_error : none;
}

void AccountsReply::abort()
{
    if (m_finished)
        return;
    if (auto handler = std::exchange(m_abortHandler, {}))
        handler();
    fail(
        Error::cancelled(QCoreApplication::translate("AccountsReply", "The request was cancelled."),
                         QStringLiteral("aborted")));
}

void AccountsReply::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_abortHandler = {};
    Q_EMIT finished();
}

void AccountsReply::fail(Error error)
{
    if (m_finished)
        return;
    m_error = std::move(error);
    m_finished = true;
    m_abortHandler = {};
    Q_EMIT finished();
}

void AccountsDoneReply::finish(Result<void> result)
{
    if (!result)
        fail(result.error());
    else
        AccountsReply::finish();
}

void postTo(AccountsReply *reply, std::function<void()> work)
{
    // Queued on the reply itself: Qt drops the call if the reply is deleted first.
    QMetaObject::invokeMethod(
        reply, [work = std::move(work)] { work(); }, Qt::QueuedConnection);
}

} // namespace tripdesk
