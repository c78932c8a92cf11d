// Supplier accounts over the local store and an in-memory secret store: what a person types is
// checked field by field, the secret goes to the secret store only, and removing an account
// takes its secret with it; with no keychain nothing is saved at all.

#include "backend/accounts/supplier_accounts.h"
#include "tests/fakes/memory_secret_store.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace tripdesk;

namespace {

const QString kToken = u"duffel_test_s3cr3t-token-4f2a"_s;
const QString kPassword = u"sabre-pa55word-9c1e"_s;

SupplierAccountInput duffel(const QString &name = u"Duffel test"_s)
{
    SupplierAccountInput in;
    in.name = name;
    in.supplier = u"duffel"_s;
    in.baseUrl = u"https://api.duffel.com"_s;
    in.secret = kToken;
    return in;
}

SupplierAccountInput sabre(const QString &name = u"Sabre cert"_s)
{
    SupplierAccountInput in;
    in.name = name;
    in.supplier = u"Sabre"_s;
    in.baseUrl = u"https://api.cert.platform.sabre.com/"_s;
    in.user = u"123456"_s;
    in.group = u"ab12"_s;
    in.domain = u"aa"_s;
    in.secret = kPassword;
    return in;
}

// Waits for `reply` to finish; false when it did not within a few seconds.
bool waitFor(Reply *reply)
{
    if (reply->isFinished())
        return true;
    QSignalSpy spy(reply, &Reply::finished);
    return spy.wait(5000);
}

} // namespace

class TestSupplierAccounts : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_store;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<SupplierAccounts> m_accounts;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 26), QTime(9, 0), QTimeZone::utc())};

    SupplierAccount added(const SupplierAccountInput &input)
    {
        auto started = m_accounts->add(input, this);
        if (!started) {
            qWarning() << started.error().field << started.error().message;
            return {};
        }
        std::unique_ptr<SupplierAccountReply> reply(*started);
        if (!waitFor(reply.get()) || reply->hasError()) {
            qWarning() << "add failed:" << reply->error().message;
            return {};
        }
        return reply->value();
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_accounts.reset();
        m_store.reset();
        QFile::remove(m_dir.filePath(u"tripdesk.sqlite"_s));
        auto store =
            Database::open(m_dir.filePath(u"tripdesk.sqlite"_s), {SupplierAccounts::migrations()});
        QVERIFY(store.ok());
        m_store = std::move(store).value();
        m_secrets = std::make_unique<MemorySecretStore>();
        m_accounts = std::make_unique<SupplierAccounts>(*m_store, *m_secrets, m_clock);
    }

    void rejectsEachBadField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expectedField");
        QTest::addColumn<QString>("messagePart");
        QTest::addColumn<bool>("isSabre");

        QTest::newRow("empty name") << u"name"_s << u"   "_s << u"name"_s << u"name"_s << false;
        QTest::newRow("long name")
            << u"name"_s << QString(61, u'x') << u"name"_s << u"60 characters"_s << false;
        QTest::newRow("unknown supplier")
            << u"supplier"_s << u"amadeus"_s << u"supplier"_s << u"duffel or sabre"_s << false;
        QTest::newRow("no url") << u"url"_s << u""_s << u"url"_s << u"base URL"_s << false;
        QTest::newRow("not a url")
            << u"url"_s << u"api duffel"_s << u"url"_s << u"not a web address"_s << false;
        QTest::newRow("ftp") << u"url"_s << u"ftp://api.duffel.com"_s << u"url"_s
                             << u"not a web address"_s << false;
        QTest::newRow("plain http elsewhere")
            << u"url"_s << u"http://api.duffel.com"_s << u"url"_s << u"https://"_s << false;
        QTest::newRow("credentials in url")
            << u"url"_s << u"https://me:pw@api.duffel.com"_s << u"url"_s << u"keychain"_s << false;
        QTest::newRow("query in url")
            << u"url"_s << u"https://api.duffel.com/?x=1"_s << u"url"_s << u"leave out"_s << false;
        QTest::newRow("duffel with user")
            << u"user"_s << u"123456"_s << u"user"_s << u"access token alone"_s << false;
        QTest::newRow("sabre without user")
            << u"user"_s << u""_s << u"user"_s << u"EPR user"_s << true;
        QTest::newRow("sabre without pcc")
            << u"group"_s << u""_s << u"group"_s << u"pseudo city code"_s << true;
        QTest::newRow("sabre pcc with colon")
            << u"group"_s << u"AB:12"_s << u"group"_s << u"only letters"_s << true;
        QTest::newRow("sabre without domain")
            << u"domain"_s << u""_s << u"domain"_s << u"domain"_s << true;
        QTest::newRow("no token") << u"secret"_s << u""_s << u"secret"_s << u"access token"_s
                                  << false;
        QTest::newRow("no password")
            << u"secret"_s << u""_s << u"secret"_s << u"password"_s << true;
        QTest::newRow("two-line secret")
            << u"secret"_s << u"abc\ndef"_s << u"secret"_s << u"single line"_s << false;
    }

    void rejectsEachBadField()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, expectedField);
        QFETCH(QString, messagePart);
        QFETCH(bool, isSabre);
        SupplierAccountInput in = isSabre ? sabre() : duffel();
        if (field == u"name")
            in.name = value;
        else if (field == u"supplier")
            in.supplier = value;
        else if (field == u"url")
            in.baseUrl = value;
        else if (field == u"user")
            in.user = value;
        else if (field == u"group")
            in.group = value;
        else if (field == u"domain")
            in.domain = value;
        else if (field == u"secret")
            in.secret = value;
        const auto checked = m_accounts->validate(in);
        QVERIFY(!checked.ok());
        QCOMPARE(checked.error().kind, Error::Kind::InvalidInput);
        QCOMPARE(checked.error().field, expectedField);
        QVERIFY2(checked.error().message.contains(messagePart, Qt::CaseInsensitive),
                 qPrintable(checked.error().message));
        // A refused add saves nothing anywhere.
        QVERIFY(!m_accounts->add(in, this).ok());
        QTest::qWait(10);
        QCOMPARE(m_secrets->calls(), 0);
        QVERIFY(m_accounts->list()->empty());
    }

    void acceptsLocalHttpAndNormalises()
    {
        SupplierAccountInput in = sabre();
        in.baseUrl = u"http://127.0.0.1:8081/"_s;
        auto checked = m_accounts->validate(in);
        QVERIFY2(checked.ok(), qPrintable(checked.ok() ? QString() : checked.error().message));
        QCOMPARE(checked->baseUrl, u"http://127.0.0.1:8081"_s);
        QCOMPARE(checked->group, u"AB12"_s);
        QCOMPARE(checked->domain, u"AA"_s);
        QCOMPARE(checked->kind, SupplierKind::Sabre);
        in.baseUrl = u"http://localhost:9000/v1/"_s;
        QCOMPARE(m_accounts->validate(in)->baseUrl, u"http://localhost:9000/v1"_s);
    }

    void theSecretCanBeCheckedLast()
    {
        SupplierAccountInput in = duffel();
        in.secret.clear();
        QVERIFY(m_accounts->validate(in, SupplierAccounts::SecretCheck::Later).ok());
        QCOMPARE(m_accounts->validate(in).error().field, u"secret"_s);
        in.name.clear();
        QCOMPARE(m_accounts->validate(in, SupplierAccounts::SecretCheck::Later).error().field,
                 u"name"_s);
    }

    void addKeepsTheSecretOnlyInTheSecretStore()
    {
        const SupplierAccount account = added(sabre());
        QVERIFY(!account.id.isEmpty());
        QCOMPARE(account.baseUrl, u"https://api.cert.platform.sabre.com"_s);
        QCOMPARE(account.createdAt, m_clock.nowUtc());
        QCOMPARE(account.secretKey(), u"supplier/%1/password"_s.arg(account.id));
        QCOMPARE(m_secrets->secrets().value(account.secretKey()), kPassword);

        const auto listed = m_accounts->list();
        QVERIFY(listed.ok());
        QCOMPARE(listed->size(), size_t(1));
        const SupplierAccount &row = listed->front();
        QCOMPARE(row.id, account.id);
        QCOMPARE(row.name, u"Sabre cert"_s);
        QCOMPARE(row.user, u"123456"_s);
        QCOMPARE(row.group, u"AB12"_s);
        QVERIFY(row.enabled);

        // Nowhere in the store's files, WAL included.
        for (const QString &name : QDir(m_dir.path()).entryList(QDir::Files)) {
            QFile f(m_dir.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            QVERIFY2(!bytes.contains(kPassword.toUtf8()), qPrintable(name));
        }

        std::unique_ptr<SecretReadReply> read(m_accounts->readSecret(row, this));
        QVERIFY(waitFor(read.get()));
        QVERIFY(!read->hasError());
        QCOMPARE(read->value(), kPassword);
    }

    void namesAreUniqueWithoutRegardToCase()
    {
        QVERIFY(!added(duffel(u"Duffel live"_s)).id.isEmpty());
        const auto again = m_accounts->add(duffel(u"  duffel   LIVE "_s), this);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().field, u"name"_s);
        QVERIFY(again.error().message.contains(u"already exists"_s));
        QCOMPARE(m_secrets->secrets().size(), 1);
    }

    void enableDisableAndFindByNameOrId()
    {
        const SupplierAccount account = added(duffel());
        auto off = m_accounts->setEnabled(u"DUFFEL TEST"_s, false);
        QVERIFY(off.ok());
        QVERIFY(!off->enabled);
        QVERIFY(!m_accounts->find(account.id)->enabled);
        QVERIFY(m_accounts->setEnabled(account.id, true).ok());
        QVERIFY(m_accounts->list()->front().enabled);
        const auto missing = m_accounts->setEnabled(u"Nobody"_s, true);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, Error::Kind::NotFound);
    }

    void removeTakesTheSecretWithIt()
    {
        const SupplierAccount keep = added(duffel(u"Keep"_s));
        const SupplierAccount gone = added(sabre(u"Gone"_s));
        QCOMPARE(m_secrets->secrets().size(), 2);
        auto started = m_accounts->remove(u"gone"_s, this);
        QVERIFY(started.ok());
        std::unique_ptr<DoneReply> reply(*started);
        QVERIFY(waitFor(reply.get()));
        QVERIFY(!reply->hasError());
        QVERIFY(!m_secrets->secrets().contains(gone.secretKey()));
        QVERIFY(m_secrets->secrets().contains(keep.secretKey()));
        QCOMPARE(m_accounts->list()->size(), size_t(1));
        QCOMPARE(m_accounts->remove(u"gone"_s, this).error().kind, Error::Kind::NotFound);
    }

    void withoutKeychainNothingIsSaved()
    {
        m_secrets->setAvailable(false);
        auto started = m_accounts->add(duffel(), this);
        QVERIFY(started.ok()); // the input is fine; the keychain is what fails
        std::unique_ptr<SupplierAccountReply> reply(*started);
        QVERIFY(waitFor(reply.get()));
        QVERIFY(reply->hasError());
        QCOMPARE(reply->error().kind, Error::Kind::Unavailable);
        QVERIFY(reply->error().message.contains(u"keychain is not available"_s));
        QVERIFY(!reply->error().message.contains(kToken));
        QVERIFY(m_accounts->list()->empty());
        QCOMPARE(m_secrets->state(), SecretStore::State::Unavailable);
    }

    void removalWaitsForTheKeychain()
    {
        const SupplierAccount account = added(duffel());
        m_secrets->setAvailable(false);
        std::unique_ptr<DoneReply> reply(*m_accounts->remove(account.id, this));
        QVERIFY(waitFor(reply.get()));
        QCOMPARE(reply->error().kind, Error::Kind::Unavailable);
        // Still listed, so its secret is never left in the keychain without an owner.
        QCOMPARE(m_accounts->list()->size(), size_t(1));
        QVERIFY(m_secrets->secrets().contains(account.secretKey()));
    }

    void abortedAddLeavesNoSecret()
    {
        std::unique_ptr<SupplierAccountReply> reply(*m_accounts->add(duffel(), this));
        reply->abort();
        QCOMPARE(reply->error().kind, Error::Kind::Cancelled);
        QTest::qWait(20);
        QVERIFY(m_secrets->secrets().isEmpty());
        QVERIFY(m_accounts->list()->empty());
    }

    void presetsAreTheVendorsHosts()
    {
        QCOMPARE(*supplierPresetUrl(SupplierKind::Sabre, u"test"_s),
                 u"https://api.cert.platform.sabre.com"_s);
        QCOMPARE(*supplierPresetUrl(SupplierKind::Sabre, u"Production"_s),
                 u"https://api.platform.sabre.com"_s);
        QCOMPARE(*supplierPresetUrl(SupplierKind::Duffel, u"production"_s),
                 u"https://api.duffel.com"_s);
        QVERIFY(!supplierPresetUrl(SupplierKind::Duffel, u"staging"_s));
        QCOMPARE(supplierKindFromId(u" SABRE "_s), SupplierKind::Sabre);
        QVERIFY(!supplierKindFromId(u"amadeus"_s));
    }
};

QTEST_GUILESS_MAIN(TestSupplierAccounts)
#include "test_supplier_accounts.moc"
