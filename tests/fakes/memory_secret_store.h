#pragma once
// A SecretStore in memory, for the tests of modules that keep secrets: answers from the event
// loop as the keychain does, counts its calls, and can play a keychain that is not there.

#include "backend/accounts/secret_store.h"

#include <QHash>

namespace tripdesk {

class MemorySecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit MemorySecretStore(QObject *parent = nullptr);

    SecretReadReply *read(const QString &key, QObject *parent) override;
    SecretWriteReply *write(const QString &key, const QString &secret, QObject *parent) override;
    SecretWriteReply *remove(const QString &key, QObject *parent) override;

    // While unavailable every call fails as the real store does with no keychain.
    void setAvailable(bool available) { m_available = available; }

    const QHash<QString, QString> &secrets() const { return m_secrets; }
    int calls() const { return m_calls; }

private:
    bool reachable();

    QHash<QString, QString> m_secrets;
    bool m_available = true;
    int m_calls = 0;
};

} // namespace tripdesk
