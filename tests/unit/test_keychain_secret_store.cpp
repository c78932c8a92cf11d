// The secret store against a real Secret Service (run by tests/support/with_keyring.sh): what is
// written can be read back, by another store object and by another process, is gone once
// removed, and never lands in the local store's files, settings files or the log.

#include "backend/accounts/secret_store.h"
#include "backend/service/backend.h"
#include "backend/service/supplier_account_service.h"

#include <QDirIterator>
#include <QLoggingCategory>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace tripdesk;

namespace {

bool waitFor(Reply *reply)
{
    if (reply->isFinished())
        return true;
    QSignalSpy spy(reply, &Reply::finished);
    return spy.wait(20000);
}

QString freshKey()
{
    return u"supplier/%1/token"_s.arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
}

struct Probe {
    int exitCode = -1;
    QString out;
};

// The same key through another process.
Probe probe(const QString &verb, const QString &key, const QString &input = {})
{
    QProcess process;
    process.start(QString::fromUtf8(TRIPDESK_KEYCHAIN_PROBE_PATH), {verb, key});
    if (!input.isEmpty())
        process.write(input.toUtf8());
    process.closeWriteChannel();
    Probe p;
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return p;
    }
    p.exitCode = process.exitCode();
    p.out = QString::fromUtf8(process.readAllStandardOutput());
    return p;
}

QStringList g_log;
void keepLog(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_log << message;
}

// Every file under `root` (the keyring's own, encrypted files aside) that holds `secret`.
QStringList filesHolding(const QString &root, const QString &secret)
{
    QStringList found;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.contains(u"/keyrings/"_s))
            continue;
        QFile f(path);
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(secret.toUtf8()))
            found << path;
    }
    return found;
}

} // namespace

class TestKeychainSecretStore : public QObject
{
    Q_OBJECT

    QString write(SecretStore &store, const QString &key, const QString &secret)
    {
        std::unique_ptr<SecretWriteReply> reply(store.write(key, secret, nullptr));
        if (!waitFor(reply.get()))
            return u"timed out"_s;
        return reply->hasError() ? reply->error().message + u" / "_s + reply->error().detail
                                 : QString();
    }

    // The secret, or "!kind" when the read failed.
    QString read(SecretStore &store, const QString &key)
    {
        std::unique_ptr<SecretReadReply> reply(store.read(key, nullptr));
        if (!waitFor(reply.get()))
            return u"!timeout"_s;
        if (reply->hasError()) {
            return reply->error().kind == Error::Kind::NotFound
                       ? u"!notfound"_s
                       : u"!"_s + reply->error().message + reply->error().detail;
        }
        return reply->value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The harness gives a session bus; without one this test has nothing to test.
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "run under tests/support/with_keyring.sh");
    }

    void writeReadRemoveRoundTrip()
    {
        KeychainSecretStore store;
        QSignalSpy states(&store, &SecretStore::stateChanged);
        const QString key = freshKey();
        QCOMPARE(read(store, key), u"!notfound"_s);
        QCOMPARE(store.state(), SecretStore::State::Available);
        QCOMPARE(write(store, key, u"first-s3cret"_s), QString());
        QCOMPARE(read(store, key), u"first-s3cret"_s);
        QCOMPARE(write(store, key, u"second s3cret with ünïcode"_s), QString());
        QCOMPARE(read(store, key), u"second s3cret with ünïcode"_s);

        std::unique_ptr<SecretWriteReply> removal(store.remove(key, nullptr));
        QVERIFY(waitFor(removal.get()));
        QVERIFY(!removal->hasError());
        QCOMPARE(read(store, key), u"!notfound"_s);
        std::unique_ptr<SecretWriteReply> again(store.remove(key, nullptr));
        QVERIFY(waitFor(again.get()));
        QVERIFY2(!again->hasError(), qPrintable(again->error().detail));
        QCOMPARE(states.count(), 1);
    }

    void replyNeverFinishesInsideTheCall()
    {
        KeychainSecretStore store;
        std::unique_ptr<SecretReadReply> reply(store.read(freshKey(), nullptr));
        QVERIFY(!reply->isFinished());
        QVERIFY(waitFor(reply.get()));
    }

    void anotherStoreObjectReadsIt()
    {
        const QString key = freshKey();
        {
            KeychainSecretStore first;
            QCOMPARE(write(first, key, u"shared-s3cret"_s), QString());
        }
        KeychainSecretStore second;
        QCOMPARE(read(second, key), u"shared-s3cret"_s);
        // Another service's entries are apart.
        KeychainSecretStore::Options other;
        other.service = u"TripDeskElsewhere"_s;
        KeychainSecretStore elsewhere(other);
        QCOMPARE(read(elsewhere, key), u"!notfound"_s);
    }

    void anotherProcessReadsIt()
    {
        const QString key = freshKey();
        KeychainSecretStore store;
        QCOMPARE(write(store, key, u"from-this-process"_s), QString());
        const Probe seen = probe(u"read"_s, key);
        QCOMPARE(seen.exitCode, 0);
        QCOMPARE(seen.out, u"from-this-process"_s);

        QCOMPARE(probe(u"write"_s, key, u"from-the-other-process\n"_s).exitCode, 0);
        QCOMPARE(read(store, key), u"from-the-other-process"_s);

        std::unique_ptr<SecretWriteReply> removal(store.remove(key, nullptr));
        QVERIFY(waitFor(removal.get()));
        QCOMPARE(probe(u"read"_s, key).exitCode, 3);
    }

    void accountSecretsStayInTheKeychain()
    {
        const QString token = u"duffel_test_%1"_s.arg(QUuid::createUuid().toString(QUuid::Id128));
        QTemporaryDir dataDir;
        QVERIFY(dataDir.isValid());
        g_log.clear();
        QLoggingCategory::setFilterRules(u"tripdesk.*=true"_s);
        const QtMessageHandler previous = qInstallMessageHandler(keepLog);

        QString id;
        {
            BackendBuilder builder;
            builder.setDataDir(dataDir.path()).setSandboxEnabled(false);
            auto backend = builder.build();
            QVERIFY2(backend.ok(), qPrintable(backend.ok() ? QString() : backend.error().message));
            SupplierAccountService &accounts = (*backend)->supplierAccounts();
            SupplierAccountInput in;
            in.name = u"Duffel test"_s;
            in.supplier = u"duffel"_s;
            in.baseUrl = u"https://api.duffel.com"_s;
            in.secret = token;
            auto started = accounts.add(in, nullptr);
            QVERIFY(started.ok());
            std::unique_ptr<SupplierAccountReply> reply(*started);
            QVERIFY(waitFor(reply.get()));
            QVERIFY2(!reply->hasError(), qPrintable(reply->error().message));
            id = reply->value().id;
            QCOMPARE(accounts.keychainState(), SecretStore::State::Available);
        }
        qInstallMessageHandler(previous);

        // In the keychain, for any process that asks.
        const Probe seen = probe(u"read"_s, u"supplier/%1/token"_s.arg(id));
        QCOMPARE(seen.exitCode, 0);
        QCOMPARE(seen.out, token);
        // Nowhere else: not in the store, its WAL, settings files or the log.
        QVERIFY(QFile::exists(dataDir.filePath(u"tripdesk.sqlite"_s)));
        QCOMPARE(filesHolding(dataDir.path(), token), QStringList());
        QCOMPARE(filesHolding(QDir::homePath(), token), QStringList());
        QVERIFY(!g_log.isEmpty());
        for (const QString &line : std::as_const(g_log))
            QVERIFY2(!line.contains(token), qPrintable(line));

        // Removing the account removes its secret.
        BackendBuilder builder;
        builder.setDataDir(dataDir.path()).setSandboxEnabled(false);
        auto backend = builder.build();
        QVERIFY(backend.ok());
        auto started = (*backend)->supplierAccounts().remove(id, nullptr);
        QVERIFY(started.ok());
        std::unique_ptr<DoneReply> removal(*started);
        QVERIFY(waitFor(removal.get()));
        QVERIFY(!removal->hasError());
        QCOMPARE(probe(u"read"_s, u"supplier/%1/token"_s.arg(id)).exitCode, 3);
        QVERIFY((*backend)->supplierAccounts().list()->empty());
    }
};

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "test_keychain_secret_store.moc"
