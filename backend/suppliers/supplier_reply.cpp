#include "backend/suppliers/supplier_reply.h"

#include <QCoreApplication>
#include <QPointer>

namespace tripdesk {

SupplierReply::SupplierReply(QObject *parent)
    : QObject(parent)
{}

SupplierReply::~SupplierReply()
{
    // Deleted while still running: the work is stopped, and nobody is told.
    if (!m_finished && m_abortHandler)
        m_abortHandler();
}

const Error &SupplierReply::error() const
{
    static const Error none;
    return m_error ? *m_error : none;
}

bool SupplierReply::markFinished()
{
    if (m_finished)
        return false;
    m_finished = true;
    return true;
}

void SupplierReply::abort()
{
    if (m_finished)
        return;
    if (auto handler = std::exchange(m_abortHandler, {}))
        handler();
    fail(
        Error::cancelled(QCoreApplication::translate("SupplierReply", "The request was cancelled."),
                         QStringLiteral("aborted")));
}

void SupplierReply::finish()
{
    if (!markFinished())
        return;
    m_abortHandler = {};
    Q_EMIT finished();
}

void SupplierReply::fail(Error error)
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
        SupplierReply::finish();
}

void postTo(SupplierReply *reply, std::function<void()> work)
{
    // Queued on the reply itself: Qt drops the call if the reply is deleted first.
    QMetaObject::invokeMethod(
        reply, [work = std::move(work)] { work(); }, Qt::QueuedConnection);
}

} // namespace tripdesk
