// tripdesk-cli suppliers against a real Secret Service (run by tests/support/with_keyring.sh):
// an account added from standard input or the environment keeps its secret in the keychain and
// nowhere else (not the output, not stderr, not the store's files); a secret given as an option
// is refused; with no keychain nothing is added.

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    bool shows(const QString &text) const
    {
        return out.contains(text.toUtf8()) || err.contains(text.toUtf8());
    }
};

Run runProgram(const QString &program, const QStringList &arguments, const QByteArray &input,
               const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    process.write(input);
    process.closeWriteChannel();
    Run r;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        qWarning() << "did not finish:" << program << arguments;
        return r;
    }
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    return r;
}

QString freshSecret(const QString &prefix)
{
    return prefix + QUuid::createUuid().toString(QUuid::Id128);
}

QStringList filesHolding(const QString &root, const QString &secret)
{
    QStringList found;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.contains(u"/keyrings/"_s)) // the keyring's own, encrypted
            continue;
        QFile f(path);
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(secret.toUtf8()))
            found << path;
    }
    return found;
}

} // namespace

class TestCliSuppliers : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dataDir;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"TRIPDESK_LANG"_s);
        env.remove(u"TRIPDESK_DUFFEL_TOKEN"_s);
        env.remove(u"TRIPDESK_SABRE_SECRET"_s);
        return env;
    }

    Run cli(const QStringList &arguments, const QByteArray &input = {},
            QProcessEnvironment env = {}, const QString &dataDir = {})
    {
        if (env.isEmpty())
            env = environment();
        return runProgram(
            QString::fromUtf8(TRIPDESK_CLI_PATH),
            QStringList{u"suppliers"_s} + arguments +
                QStringList{u"--data-dir"_s, dataDir.isEmpty() ? m_dataDir.path() : dataDir},
            input, env);
    }

    QJsonArray accounts(const QString &dataDir = {})
    {
        const Run r = cli({u"list"_s, u"--json"_s}, {}, {}, dataDir);
        if (r.exitCode != 0)
            qWarning() << r.err;
        return r.json()[u"accounts"].toArray();
    }

    // The secret the keychain holds for `key`, read by another process; empty when none.
    QString keychainHolds(const QString &key)
    {
        const Run r = runProgram(QString::fromUtf8(TRIPDESK_KEYCHAIN_PROBE_PATH), {u"read"_s, key},
                                 {}, environment());
        return r.exitCode == 0 ? QString::fromUtf8(r.out) : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dataDir.isValid());
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "run under tests/support/with_keyring.sh");
    }

    void addFromStdinKeepsTheTokenInTheKeychainOnly()
    {
        const QString token = freshSecret(u"duffel_test_"_s);
        const Run added = cli(
            {u"add"_s, u"--name"_s, u"Duffel test"_s, u"--supplier"_s, u"duffel"_s, u"--json"_s},
            token.toUtf8() + '\n');
        QCOMPARE(added.exitCode, 0);
        QVERIFY2(added.err.isEmpty(), added.err.constData());
        QVERIFY(!added.shows(token));
        const QJsonObject account = added.json();
        QCOMPARE(account[u"url"].toString(), u"https://api.duffel.com"_s);
        const QString id = account[u"id"].toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(keychainHolds(u"supplier/%1/token"_s.arg(id)), token);

        const Run listed = cli({u"list"_s, u"--json"_s});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY(!listed.shows(token));
        const QJsonArray all = listed.json()[u"accounts"].toArray();
        QCOMPARE(all.size(), 1);
        const QJsonObject row = all.first().toObject();
        QCOMPARE(row[u"name"].toString(), u"Duffel test"_s);
        QCOMPARE(row[u"supplier"].toString(), u"duffel"_s);
        QCOMPARE(row[u"enabled"].toBool(), true);
        for (const QString &field : {u"token"_s, u"secret"_s, u"password"_s})
            QVERIFY(!row.contains(field));

        const Run table = cli({u"list"_s});
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.contains("Duffel test"));
        QVERIFY(!table.shows(token));
        // Not in the store, its WAL or anything else beside it, nor in settings files.
        QCOMPARE(filesHolding(m_dataDir.path(), token), QStringList());
        QCOMPARE(filesHolding(QDir::homePath(), token), QStringList());
    }

    void sabreSecretFromTheEnvironment()
    {
        const QString password = freshSecret(u"sabre-"_s);
        QProcessEnvironment env = environment();
        env.insert(u"TRIPDESK_SABRE_SECRET"_s, password);
        const Run added = cli({u"add"_s, u"--name"_s, u"Sabre cert"_s, u"--supplier"_s, u"sabre"_s,
                               u"--preset"_s, u"test"_s, u"--user"_s, u"123456"_s, u"--group"_s,
                               u"ab12"_s, u"--domain"_s, u"AA"_s},
                              {}, env);
        QCOMPARE(added.exitCode, 0);
        QVERIFY(added.out.contains("Sabre cert"));
        QVERIFY(!added.shows(password));
        QJsonObject sabre;
        for (const QJsonValue &v : accounts()) {
            if (v[u"supplier"] == u"sabre"_s)
                sabre = v.toObject();
        }
        QCOMPARE(sabre[u"url"].toString(), u"https://api.cert.platform.sabre.com"_s);
        QCOMPARE(sabre[u"user"].toString(), u"123456"_s);
        QCOMPARE(sabre[u"group"].toString(), u"AB12"_s);
        QCOMPARE(sabre[u"domain"].toString(), u"AA"_s);
        QCOMPARE(keychainHolds(u"supplier/%1/password"_s.arg(sabre[u"id"].toString())), password);
        QCOMPARE(filesHolding(m_dataDir.path(), password), QStringList());
    }

    void secretAsAnArgumentIsRefused_data()
    {
        QTest::addColumn<QStringList>("secretArguments");
        QTest::addColumn<QString>("option");
        QTest::newRow("--token VALUE")
            << QStringList{u"--token"_s, u"argv-s3cret-1"_s} << u"--token"_s;
        QTest::newRow("--secret=VALUE")
            << QStringList{u"--secret=argv-s3cret-2"_s} << u"--secret"_s;
        QTest::newRow("--password VALUE")
            << QStringList{u"--password"_s, u"argv-s3cret-3"_s} << u"--password"_s;
        QTest::newRow("stray word") << QStringList{u"argv-s3cret-4"_s} << QString();
    }

    void secretAsAnArgumentIsRefused()
    {
        QFETCH(QStringList, secretArguments);
        QFETCH(QString, option);
        const QJsonArray before = accounts();
        const Run r =
            cli(QStringList{u"add"_s, u"--name"_s, u"Refused"_s, u"--supplier"_s, u"duffel"_s} +
                    secretArguments,
                "from-stdin-token\n");
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.shows(u"argv-s3cret"_s));
        const QString err = QString::fromUtf8(r.err);
        QCOMPARE(err.count(u'\n'), 1);
        QVERIFY2(err.contains(u"standard input"_s), qPrintable(err));
        if (!option.isEmpty()) {
            QVERIFY2(err.contains(option + u" is refused"_s), qPrintable(err));
            QVERIFY2(err.contains(u"TRIPDESK_DUFFEL_TOKEN"_s), qPrintable(err));
        }
        QCOMPARE(accounts(), before);
    }

    void mistakesAreNamed_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("messagePart");
        const QStringList duffel{u"add"_s, u"--supplier"_s, u"duffel"_s};
        QTest::newRow("taken name")
            << duffel + QStringList{u"--name"_s, u"duffel TEST"_s} << 2 << u"already exists"_s;
        QTest::newRow("plain http")
            << duffel + QStringList{u"--name"_s, u"X"_s, u"--url"_s, u"http://api.duffel.com"_s}
            << 2 << u"https://"_s;
        QTest::newRow("unknown supplier")
            << QStringList{u"add"_s, u"--name"_s, u"X"_s, u"--supplier"_s, u"amadeus"_s} << 2
            << u"duffel or sabre"_s;
        QTest::newRow("sabre needs a host")
            << QStringList{u"add"_s, u"--name"_s, u"X"_s, u"--supplier"_s, u"sabre"_s} << 2
            << u"--preset test"_s;
        QTest::newRow("unknown preset")
            << duffel + QStringList{u"--name"_s, u"X"_s, u"--preset"_s, u"staging"_s} << 2
            << u"test or production"_s;
        QTest::newRow("no such account")
            << QStringList{u"disable"_s, u"Nobody"_s} << 2 << u"Nobody"_s;
    }

    void mistakesAreNamed()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, messagePart);
        const Run r = cli(arguments, "some-token\n");
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(messagePart.toUtf8()), r.err.constData());
        QVERIFY(!r.shows(u"some-token"_s));
    }

    void noSecretGiven()
    {
        const Run r = cli({u"add"_s, u"--name"_s, u"Empty"_s, u"--supplier"_s, u"duffel"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("TRIPDESK_DUFFEL_TOKEN"), r.err.constData());
    }

    void theRestIsCheckedBeforeTheSecretIsAskedFor()
    {
        // Nothing on standard input: the taken name is what is reported, not the missing token.
        const Run r = cli({u"add"_s, u"--name"_s, u"DUFFEL test"_s, u"--supplier"_s, u"duffel"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("already exists"), r.err.constData());
    }

    void enableDisableRemove()
    {
        const QString token = freshSecret(u"duffel_live_"_s);
        const Run added =
            cli({u"add"_s, u"--name"_s, u"Duffel live"_s, u"--supplier"_s, u"duffel"_s,
                 u"--preset"_s, u"production"_s, u"--disabled"_s, u"--json"_s},
                token.toUtf8());
        QCOMPARE(added.exitCode, 0);
        const QString id = added.json()[u"id"].toString();
        QCOMPARE(added.json()[u"enabled"].toBool(), false);
        const auto enabled = [&] {
            for (const QJsonValue &v : accounts()) {
                if (v[u"id"] == id)
                    return v[u"enabled"].toBool();
            }
            return false;
        };
        QCOMPARE(cli({u"enable"_s, u"duffel live"_s}).exitCode, 0);
        QVERIFY(enabled());
        QCOMPARE(cli({u"disable"_s, id}).exitCode, 0);
        QVERIFY(!enabled());

        const Run removed = cli({u"remove"_s, u"Duffel live"_s});
        QCOMPARE(removed.exitCode, 0);
        QVERIFY(removed.out.contains("Duffel live"));
        for (const QJsonValue &v : accounts())
            QVERIFY(v[u"id"] != id);
        QCOMPARE(keychainHolds(u"supplier/%1/token"_s.arg(id)), QString());
    }

    void withoutKeychainNothingIsAdded()
    {
        QTemporaryDir dataDir;
        QTemporaryDir home;
        const QString token = freshSecret(u"duffel_test_"_s);
        QProcessEnvironment env = environment();
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path="_s + home.filePath(u"no-bus"_s));
        env.insert(u"HOME"_s, home.path());
        env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
        env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
        const Run r = cli({u"add"_s, u"--name"_s, u"Duffel test"_s, u"--supplier"_s, u"duffel"_s},
                          token.toUtf8(), env, dataDir.path());
        QCOMPARE(r.exitCode, 1);
        const QString err = QString::fromUtf8(r.err);
        QCOMPARE(err.count(u'\n'), 1);
        QVERIFY2(err.contains(u"system keychain is not available"_s), qPrintable(err));
        QVERIFY(!r.shows(token));
        QCOMPARE(accounts(dataDir.path()), QJsonArray());
        QCOMPARE(filesHolding(dataDir.path(), token), QStringList());
        QCOMPARE(filesHolding(home.path(), token), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestCliSuppliers)
#include "test_cli_suppliers.moc"
