#include "backend/accounts/secret_store.h"

#include "backend/accounts/accounts_logging.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace tripdesk {

Q_LOGGING_CATEGORY(lcAccounts, "tripdesk.accounts")

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{}

SecretStore::~SecretStore() = default;

void SecretStore::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

Error SecretStore::unavailableError(QString detail)
{
    return Error::unavailable(
        QCoreApplication::translate(
            "SecretStore",
            "The system keychain is not available, so supplier credentials can be neither read "
            "nor saved; start your desktop’s keyring (such as GNOME Keyring or KWallet), unlock "
            "it and try again. TripDesk never keeps credentials anywhere else."),
        std::move(detail));
}

Error SecretStore::accessDeniedError(QString detail)
{
    return Error::unavailable(
        QCoreApplication::translate("SecretStore",
                                    "The system keychain refused access; unlock it, allow "
                                    "TripDesk to use it and try again."),
        std::move(detail));
}

Error SecretStore::notFoundError(const QString &key)
{
    return Error::notFound(
        QCoreApplication::translate("SecretStore",
                                    "The system keychain holds no credential for this account; "
                                    "remove the account and add it again with its credentials."),
        QStringLiteral("no secret under %1").arg(key));
}

namespace {

// What became of one keychain job, decided from QtKeychain's error code alone: its error text
// is kept for the log only.
enum class Outcome { Done, NotFound, NoKeychain, Denied };

Outcome outcomeOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return Outcome::Done;
    case QKeychain::EntryNotFound:
        return Outcome::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Outcome::Denied;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        // With libsecret, "no session bus" and "no Secret Service on it" both come back as
        // OtherError: to the user each means the keychain cannot be used now.
        break;
    }
    return Outcome::NoKeychain;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : KeychainSecretStore(Options{}, parent)
{}

KeychainSecretStore::KeychainSecretStore(Options options, QObject *parent)
    : SecretStore(parent)
    , m_options(std::move(options))
{}

KeychainSecretStore::~KeychainSecretStore() = default;

SecretReadReply *KeychainSecretStore::read(const QString &key, QObject *parent)
{
    auto *reply = new SecretReadReply(parent);
    start(reply, Operation::Read, key, {}, true);
    return reply;
}

SecretWriteReply *KeychainSecretStore::write(const QString &key, const QString &secret,
                                             QObject *parent)
{
    auto *reply = new SecretWriteReply(parent);
    start(reply, Operation::Write, key, secret, true);
    return reply;
}

SecretWriteReply *KeychainSecretStore::remove(const QString &key, QObject *parent)
{
    auto *reply = new SecretWriteReply(parent);
    start(reply, Operation::Remove, key, {}, true);
    return reply;
}

void KeychainSecretStore::start(Reply *reply, Operation operation, const QString &key,
                                const QString &secret, bool mayRetry)
{
    if (key.trimmed().isEmpty()) {
        postTo(reply, [reply] {
            reply->fail(Error::internal(
                QCoreApplication::translate("SecretStore", "A credential was asked for without "
                                                           "saying whose it is."),
                QStringLiteral("empty secret key")));
        });
        return;
    }

    // The job is never deleted while it runs (libsecret calls back into it), so it deletes
    // itself when done and is only connected to the reply: a reply gone or aborted first simply
    // stops listening.
    QKeychain::Job *job = nullptr;
    switch (operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(m_options.service);
        break;
    case Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_options.service);
        write->setTextData(secret);
        job = write;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(m_options.service);
        break;
    }
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);

    QPointer<KeychainSecretStore> self(this);
    QObject::connect(
        job, &QKeychain::Job::finished, reply,
        [self, reply, operation, key, secret, mayRetry](QKeychain::Job *done) {
            const Outcome outcome = outcomeOf(done->error());
            const QString verb = operation == Operation::Read    ? QStringLiteral("read")
                                 : operation == Operation::Write ? QStringLiteral("write")
                                                                 : QStringLiteral("remove");
            const QString detail =
                QStringLiteral("keychain %1 of %2: %3").arg(verb, key, done->errorString());
            if (outcome == Outcome::NoKeychain && mayRetry && self) {
                // The keychain may still be starting (a desktop session just logged in): one
                // more try after a pause, as a person would, before saying it is unavailable.
                qCInfo(lcAccounts) << "keychain not reachable yet, asking again:" << detail;
                const int delay = self->m_options.retryDelayMs;
                QTimer::singleShot(delay, reply, [self, reply, operation, key, secret] {
                    if (self)
                        self->start(reply, operation, key, secret, false);
                    else
                        reply->fail(unavailableError(QStringLiteral("secret store gone")));
                });
                return;
            }
            if (self) {
                self->setState(outcome == Outcome::NoKeychain || outcome == Outcome::Denied
                                   ? State::Unavailable
                                   : State::Available);
            }
            switch (outcome) {
            case Outcome::Done:
                if (operation == Operation::Read) {
                    auto *read = static_cast<SecretReadReply *>(reply);
                    read->finish(static_cast<QKeychain::ReadPasswordJob *>(done)->textData());
                } else {
                    static_cast<SecretWriteReply *>(reply)->finish(Result<void>{});
                }
                return;
            case Outcome::NotFound:
                if (operation == Operation::Remove) // already gone is what was asked for
                    static_cast<SecretWriteReply *>(reply)->finish(Result<void>{});
                else
                    reply->fail(notFoundError(key));
                return;
            case Outcome::Denied:
                qCWarning(lcAccounts) << detail;
                reply->fail(accessDeniedError(detail));
                return;
            case Outcome::NoKeychain:
                qCWarning(lcAccounts) << detail;
                reply->fail(unavailableError(detail));
                return;
            }
        });
    // start() only schedules the job: it runs from the event loop, after this call returns.
    job->start();
}

} // namespace tripdesk
