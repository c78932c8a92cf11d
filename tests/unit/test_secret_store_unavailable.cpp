// The secret store with no Secret Service to reach (the session bus points at nothing): every
// call fails, after one retry, with the Unavailable error that says what to do; the store's
// state says so; and nothing is written in plain text instead.

#include "backend/accounts/secret_store.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tripdesk;

namespace {

const QString kSecret = u"never-in-plain-text-7d3f"_s;
constexpr int kRetryDelayMs = 300;

bool waitFor(Reply *reply)
{
    if (reply->isFinished())
        return true;
    QSignalSpy spy(reply, &Reply::finished);
    return spy.wait(20000);
}

} // namespace

class TestSecretStoreUnavailable : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    KeychainSecretStore::Options options() const
    {
        KeychainSecretStore::Options o;
        o.retryDelayMs = kRetryDelayMs;
        return o;
    }

    void checkUnavailable(Reply *reply)
    {
        QVERIFY(waitFor(reply));
        QVERIFY(reply->hasError());
        QCOMPARE(reply->error().kind, Error::Kind::Unavailable);
        QVERIFY2(reply->error().message.contains(u"system keychain is not available"_s),
                 qPrintable(reply->error().message));
        QVERIFY(reply->error().message.contains(u"try again"_s));
        QVERIFY(!reply->error().message.contains(kSecret));
        QVERIFY(!reply->error().detail.contains(kSecret));
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Before anything opens the bus or a settings file: a home of our own, and a session
        // bus address where no bus is.
        QVERIFY(m_home.isValid());
        qputenv("HOME", m_home.path().toUtf8());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(u"config"_s).toUtf8());
        qputenv("XDG_DATA_HOME", m_home.filePath(u"data"_s).toUtf8());
        qputenv("DBUS_SESSION_BUS_ADDRESS",
                (u"unix:path="_s + m_home.filePath(u"no-bus-here"_s)).toUtf8());
        for (const char *name : {"XDG_CURRENT_DESKTOP", "DESKTOP_SESSION", "KDE_FULL_SESSION"})
            qunsetenv(name);
    }

    void writeFailsAfterOneRetry()
    {
        KeychainSecretStore store(options());
        QSignalSpy states(&store, &SecretStore::stateChanged);
        QElapsedTimer timer;
        timer.start();
        std::unique_ptr<SecretWriteReply> reply(
            store.write(u"supplier/x/token"_s, kSecret, nullptr));
        QVERIFY(!reply->isFinished());
        checkUnavailable(reply.get());
        // Asked twice: the second time after the pause for a keychain that is still starting.
        QVERIFY2(timer.elapsed() >= kRetryDelayMs, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(store.state(), SecretStore::State::Unavailable);
        QCOMPARE(states.count(), 1);
    }

    void readAndRemoveFailAlike()
    {
        KeychainSecretStore store(options());
        std::unique_ptr<SecretReadReply> read(store.read(u"supplier/x/token"_s, nullptr));
        checkUnavailable(read.get());
        std::unique_ptr<SecretWriteReply> removal(store.remove(u"supplier/x/token"_s, nullptr));
        checkUnavailable(removal.get());
        QCOMPARE(store.state(), SecretStore::State::Unavailable);
    }

    void nothingIsWrittenInPlainText()
    {
        {
            KeychainSecretStore store(options());
            std::unique_ptr<SecretWriteReply> reply(
                store.write(u"supplier/y/password"_s, kSecret, nullptr));
            checkUnavailable(reply.get());
        }
        // QtKeychain's fallback would keep it in the service's settings file.
        QSettings fallback(u"TripDesk"_s);
        QCOMPARE(fallback.allKeys(), QStringList());
        QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(kSecret.toUtf8()), qPrintable(path));
        }
    }
};

QTEST_GUILESS_MAIN(TestSecretStoreUnavailable)
#include "test_secret_store_unavailable.moc"
