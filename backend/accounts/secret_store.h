#pragma once
// The keychain-backed secret store: supplier tokens and passwords are kept by key ("supplier/
// <account id>/token") in the operating system's keychain, and nowhere else. Every call is
// asynchronous and returns a reply. When no keychain can be reached the store says so, with
// an Unavailable error and state(), and never falls back to writing secrets in plain text.

#include "backend/core/reply.h"

#include <QObject>
#include <QString>

namespace tripdesk {

using SecretReadReply = ValueReply<QString>;
using SecretWriteReply = DoneReply;

class SecretStore : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Unknown,     // not asked yet
        Available,   // the last call reached the keychain
        Unavailable, // the last call found no keychain, or one that refused access
    };

    ~SecretStore() override;

    // The secret stored under `key`; a NotFound error when there is none.
    virtual SecretReadReply *read(const QString &key, QObject *parent) = 0;
    // Stores `secret` under `key`, replacing what was there.
    virtual SecretWriteReply *write(const QString &key, const QString &secret, QObject *parent) = 0;
    // Deletes the secret under `key`; a key with nothing stored is not an error.
    virtual SecretWriteReply *remove(const QString &key, QObject *parent) = 0;

    State state() const { return m_state; }

    // The errors every implementation reports, so each failure reads the same to the user.
    static Error unavailableError(QString detail);
    static Error accessDeniedError(QString detail);
    static Error notFoundError(const QString &key);

Q_SIGNALS:
    void stateChanged(tripdesk::SecretStore::State state);

protected:
    explicit SecretStore(QObject *parent);
    void setState(State state);

private:
    State m_state = State::Unknown;
};

// The store over QtKeychain: the Secret Service (GNOME Keyring, KWallet …) on Linux, the
// Keychain on macOS, the Credential Manager on Windows. QtKeychain's plain-text fallback is off.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    struct Options {
        QString service = QStringLiteral("TripDesk"); // the keychain's name for our entries
        // A keychain that is not up yet (a desktop session still starting) is asked once more
        // after this long before the call reports it unavailable.
        int retryDelayMs = 1000;
    };

    explicit KeychainSecretStore(QObject *parent = nullptr);
    explicit KeychainSecretStore(Options options, QObject *parent = nullptr);
    ~KeychainSecretStore() override;

    SecretReadReply *read(const QString &key, QObject *parent) override;
    SecretWriteReply *write(const QString &key, const QString &secret, QObject *parent) override;
    SecretWriteReply *remove(const QString &key, QObject *parent) override;

private:
    enum class Operation { Read, Write, Remove };
    void start(Reply *reply, Operation operation, const QString &key, const QString &secret,
               bool mayRetry);

    Options m_options;
};

} // namespace tripdesk
