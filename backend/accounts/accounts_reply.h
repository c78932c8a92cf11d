#pragma once
// A call to the keychain (or to something that waits on it, such as adding a supplier account)
// in flight, in the manner of the supplier replies: it ends once with finished(), after which
// error() or the value says how it went. abort() ends the call at once with a Cancelled error;
// deleting the reply ends it silently, so an answer that comes after its caller is gone reaches
// nobody.
//
// Contract for implementations: a reply never finishes inside the call that created it (post
// the answer with postTo), so the caller can connect to finished() first; finish or fail once.

#include "backend/core/result.h"

#include <QObject>

#include <functional>
#include <optional>

namespace tripdesk {

class AccountsReply : public QObject
{
    Q_OBJECT
public:
    ~AccountsReply() override;

    bool isFinished() const { return m_finished; }
    bool hasError() const { return m_error.has_value(); }
    // The failure; meaningful once finished with hasError().
    const Error &error() const;

    // Stops waiting: finished() is emitted with a Cancelled error. Work already handed to the
    // keychain may still complete there. Nothing happens once the reply has finished.
    void abort();

    // What abort() and the destructor call to stop the work behind the reply (implementations).
    void setAbortHandler(std::function<void()> handler) { m_abortHandler = std::move(handler); }
    // Ends the call with success (implementations).
    void finish();
    // Ends the call with `error` (implementations).
    void fail(Error error);

Q_SIGNALS:
    void finished();

protected:
    explicit AccountsReply(QObject *parent);

private:
    bool m_finished = false;
    std::optional<Error> m_error;
    std::function<void()> m_abortHandler;
};

// A reply that carries a value on success.
template<typename T> class AccountsValueReply : public AccountsReply
{
public:
    explicit AccountsValueReply(QObject *parent)
        : AccountsReply(parent)
    {}

    // The answer; meaningful once finished without an error.
    const T &value() const { return *m_value; }

    void finish(Result<T> result)
    {
        if (isFinished())
            return;
        if (!result) {
            fail(result.error());
            return;
        }
        m_value = std::move(result).value();
        AccountsReply::finish();
    }

private:
    std::optional<T> m_value;
};

// A reply with nothing to carry but success or failure.
class AccountsDoneReply : public AccountsReply
{
    Q_OBJECT
public:
    explicit AccountsDoneReply(QObject *parent)
        : AccountsReply(parent)
    {}
    void finish(Result<void> result);
};

// Posts `work` to run from the event loop on `reply`'s thread, unless the reply is gone by then.
void postTo(AccountsReply *reply, std::function<void()> work);

} // namespace tripdesk
