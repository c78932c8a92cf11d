// A second process at the keychain, for tests: reads, writes or removes one secret through
// KeychainSecretStore, as TripDesk itself would, and prints what happened.
//
//   tripdesk_keychain_probe read KEY      prints the secret; exit 3 when none is stored
//   tripdesk_keychain_probe write KEY     stores standard input (one line)
//   tripdesk_keychain_probe remove KEY
// Exit 1 when the keychain is unavailable, 2 for a usage error.

#include "backend/accounts/secret_store.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3)
        return 2;
    const QString verb = args.at(1);
    const QString key = args.at(2);
    tripdesk::KeychainSecretStore::Options options;
    options.retryDelayMs = 100;
    tripdesk::KeychainSecretStore store(options);
    tripdesk::Reply *reply = nullptr;
    if (verb == u"read") {
        reply = store.read(key, &app);
    } else if (verb == u"write") {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return 2;
        reply = store.write(key, QString::fromUtf8(in.readAll()).trimmed(), &app);
    } else if (verb == u"remove") {
        reply = store.remove(key, &app);
    } else {
        return 2;
    }
    QObject::connect(reply, &tripdesk::Reply::finished, &app, [reply, verb] {
        if (reply->hasError()) {
            const QByteArray message = reply->error().message.toUtf8() + '\n';
            std::fwrite(message.constData(), 1, size_t(message.size()), stderr);
            QCoreApplication::exit(reply->error().kind == tripdesk::Error::Kind::NotFound ? 3 : 1);
            return;
        }
        if (verb == u"read") {
            const QByteArray secret =
                static_cast<tripdesk::SecretReadReply *>(reply)->value().toUtf8();
            std::fwrite(secret.constData(), 1, size_t(secret.size()), stdout);
        }
        QCoreApplication::exit(0);
    });
    return QCoreApplication::exec();
}
