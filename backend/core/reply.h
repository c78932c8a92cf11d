#pragma once
// A call that waits on the outside world (a supplier, the keychain, a payment gateway) in
// flight, in the manner of QNetworkReply: it ends once with finished(), after
// which error() or the value says how it went. abort() reaches the work the call started (a
// network request, a worker thread) and ends the call at once with a Cancelled error. A reply
// belongs to the parent its caller gave; deleting it aborts the call silently, so an answer that
// comes after its caller is gone reaches nobody.
//
// Contract for implementations: a reply never finishes inside the call that created it (post the
// answer through the event loop), so the caller can connect to finished() first; call finish()
// or fail() once, on the reply's thread.

#include "backend/core/result.h"

#include <QObject>

#include <functional>
#include <optional>

namespace tripdesk {

class Reply : public QObject
{
    Q_OBJECT
public:
    ~Reply() override;

    bool isFinished() const { return m_finished; }
    bool hasError() const { return m_error.has_value(); }
    // The failure; meaningful once finished with hasError().
    const Error &error() const;

    // Stops the call: the work it started is told to stop and finished() is emitted with a
    // Cancelled error. Nothing happens once the reply has finished.
    void abort();

    // What abort() and the destructor call to stop the work behind the reply; set by the
    // implementation when it starts the work.
    void setAbortHandler(std::function<void()> handler) { m_abortHandler = std::move(handler); }

    // Ends the call with success (implementations).
    void finish();
    // Ends the call with `error` (implementations).
    void fail(Error error);

Q_SIGNALS:
    void finished();

protected:
    explicit Reply(QObject *parent);

private:
    bool markFinished();

    bool m_finished = false;
    std::optional<Error> m_error;
    std::function<void()> m_abortHandler;
};

// A reply that carries a value on success. Implementations call finish(Result<T>).
template<typename T> class ValueReply : public Reply
{
public:
    explicit ValueReply(QObject *parent)
        : Reply(parent)
    {}

    // The answer; meaningful once finished without an error.
    const T &value() const { return *m_value; }
    T takeValue() { return std::move(*m_value); }

    void finish(Result<T> result)
    {
        if (isFinished())
            return;
        if (!result) {
            fail(result.error());
            return;
        }
        m_value = std::move(result).value();
        Reply::finish();
    }

private:
    std::optional<T> m_value;
};

// A reply with nothing to carry but success or failure (a sale, a cancellation).
class DoneReply : public Reply
{
    Q_OBJECT
public:
    explicit DoneReply(QObject *parent)
        : Reply(parent)
    {}
    void finish(Result<void> result);
};

// Posts `work` to run on `reply`'s thread from the event loop, unless the reply is gone by then.
void postTo(Reply *reply, std::function<void()> work);

} // namespace tripdesk
