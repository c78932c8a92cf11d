#include "tests/fakes/memory_secret_store.h"

#include <QPointer>

namespace tripdesk {

MemorySecretStore::MemorySecretStore(QObject *parent)
    : SecretStore(parent)
{}

bool MemorySecretStore::reachable()
{
    ++m_calls;
    setState(m_available ? State::Available : State::Unavailable);
    return m_available;
}

SecretReadReply *MemorySecretStore::read(const QString &key, QObject *parent)
{
    auto *reply = new SecretReadReply(parent);
    QPointer<MemorySecretStore> self(this);
    postTo(reply, [self, reply, key] {
        if (!self || !self->reachable()) {
            reply->fail(unavailableError(QStringLiteral("memory store unavailable")));
            return;
        }
        const auto it = self->m_secrets.constFind(key);
        if (it == self->m_secrets.cend())
            reply->fail(notFoundError(key));
        else
            reply->finish(*it);
    });
    return reply;
}

SecretWriteReply *MemorySecretStore::write(const QString &key, const QString &secret,
                                           QObject *parent)
{
    auto *reply = new SecretWriteReply(parent);
    QPointer<MemorySecretStore> self(this);
    postTo(reply, [self, reply, key, secret] {
        if (!self || !self->reachable()) {
            reply->fail(unavailableError(QStringLiteral("memory store unavailable")));
            return;
        }
        self->m_secrets.insert(key, secret);
        reply->finish(Result<void>{});
    });
    return reply;
}

SecretWriteReply *MemorySecretStore::remove(const QString &key, QObject *parent)
{
    auto *reply = new SecretWriteReply(parent);
    QPointer<MemorySecretStore> self(this);
    postTo(reply, [self, reply, key] {
        if (!self || !self->reachable()) {
            reply->fail(unavailableError(QStringLiteral("memory store unavailable")));
            return;
        }
        self->m_secrets.remove(key);
        reply->finish(Result<void>{});
    });
    return reply;
}

} // namespace tripdesk
