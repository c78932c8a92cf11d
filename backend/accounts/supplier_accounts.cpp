#include "backend/accounts/supplier_accounts.h"

#include "backend/accounts/accounts_logging.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

namespace tripdesk {

namespace {

constexpr int kMaxNameLength = 60;
constexpr int kMaxSecretLength = 4096;
constexpr int kMaxSabreFieldLength = 32;

Error invalid(const QString &field, QString message)
{
    return Error::invalidInput(std::move(message)).at(field);
}

// Names compare without regard to case or repeated spaces: "Duffel  live" is "duffel live".
QString nameKey(const QString &name)
{
    return name.simplified().toCaseFolded();
}

bool isLocalHost(const QString &host)
{
    return host == u"localhost" || host == u"127.0.0.1" || host == u"::1";
}

Result<QString> checkUrl(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return invalid(QStringLiteral("url"),
                       QCoreApplication::translate(
                           "SupplierAccounts",
                           "Give the supplier’s base URL, or choose its test or production "
                           "host."));
    }
    const QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != u"https" && scheme != u"http")) {
        return invalid(QStringLiteral("url"),
                       QCoreApplication::translate(
                           "SupplierAccounts",
                           "“%1” is not a web address; write it as https://api.example.com.")
                           .arg(quotedInput(trimmed, 60)));
    }
    if (!url.userInfo().isEmpty()) {
        // Whatever stands before the "@" would be stored in plain text with the URL.
        return invalid(QStringLiteral("url"),
                       QCoreApplication::translate(
                           "SupplierAccounts",
                           "Leave credentials out of the URL; they are kept in the system "
                           "keychain."));
    }
    if (scheme == u"http" && !isLocalHost(url.host())) {
        return invalid(QStringLiteral("url"),
                       QCoreApplication::translate(
                           "SupplierAccounts",
                           "The base URL must start with https://, so that credentials travel "
                           "encrypted; http:// is accepted only for this computer "
                           "(localhost)."));
    }
    if (url.hasQuery() || url.hasFragment()) {
        return invalid(QStringLiteral("url"),
                       QCoreApplication::translate(
                           "SupplierAccounts",
                           "The base URL ends at its host or path; leave out “?…” and “#…”."));
    }
    // Paths are appended to it ("/air/offer_requests"): no slash at its end, not even a lone one.
    QString normal = url.adjusted(QUrl::NormalizePathSegments).toString(QUrl::FullyEncoded);
    while (normal.endsWith(u'/'))
        normal.chop(1);
    return normal;
}

// Sabre's user, PCC and domain become "V1:user:group:domain": a colon or a space would break it.
Result<QString> checkSabreField(const QString &field, const QString &text, QString missing)
{
    const QString value = text.trimmed();
    if (value.isEmpty())
        return invalid(field, std::move(missing));
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9._-]+$"));
    if (value.size() > kMaxSabreFieldLength || !allowed.match(value).hasMatch()) {
        return invalid(
            field, QCoreApplication::translate(
                       "SupplierAccounts", "“%1” may hold only letters, digits, “.”, “-” and “_”.")
                       .arg(quotedInput(value)));
    }
    return value;
}

SupplierAccount accountFrom(const QSqlQuery &q)
{
    SupplierAccount a;
    a.id = q.value(0).toString();
    a.name = q.value(1).toString();
    a.kind = supplierKindFromId(q.value(2).toString()).value_or(SupplierKind::Duffel);
    a.baseUrl = q.value(3).toString();
    a.enabled = q.value(4).toInt() != 0;
    a.user = q.value(5).toString();
    a.group = q.value(6).toString();
    a.domain = q.value(7).toString();
    a.createdAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
    return a;
}

const QString kColumns = QStringLiteral(
    "id, name, supplier, base_url, enabled, user_id, group_code, domain, created_at");

} // namespace

QString supplierKindId(SupplierKind kind)
{
    switch (kind) {
    case SupplierKind::Duffel:
        return QStringLiteral("duffel");
    case SupplierKind::Sabre:
        return QStringLiteral("sabre");
    }
    return {};
}

std::optional<SupplierKind> supplierKindFromId(const QString &id)
{
    const QString key = id.trimmed().toLower();
    if (key == u"duffel")
        return SupplierKind::Duffel;
    if (key == u"sabre")
        return SupplierKind::Sabre;
    return std::nullopt;
}

const std::vector<SupplierUrlPreset> &supplierUrlPresets()
{
    // Duffel has one host: a test token reaches its test mode, a live token the real airlines.
    static const std::vector<SupplierUrlPreset> presets{
        {SupplierKind::Duffel, QStringLiteral("test"), QStringLiteral("https://api.duffel.com")},
        {SupplierKind::Duffel, QStringLiteral("production"),
         QStringLiteral("https://api.duffel.com")},
        {SupplierKind::Sabre, QStringLiteral("test"),
         QStringLiteral("https://api.cert.platform.sabre.com")},
        {SupplierKind::Sabre, QStringLiteral("production"),
         QStringLiteral("https://api.platform.sabre.com")},
    };
    return presets;
}

std::optional<QString> supplierPresetUrl(SupplierKind kind, const QString &preset)
{
    const QString key = preset.trimmed().toLower();
    for (const SupplierUrlPreset &p : supplierUrlPresets()) {
        if (p.kind == kind && p.preset == key)
            return p.url;
    }
    return std::nullopt;
}

QString SupplierAccount::secretField(SupplierKind kind)
{
    return kind == SupplierKind::Duffel ? QStringLiteral("token") : QStringLiteral("password");
}

QString SupplierAccount::secretKey() const
{
    return QStringLiteral("supplier/%1/%2").arg(id, secretField(kind));
}

const MigrationSet &SupplierAccounts::migrations()
{
    static const MigrationSet migrations{
        QStringLiteral("accounts"),
        {
            {1,
             QStringLiteral("supplier accounts"),
             {
                 // Local only: no version, no clock stamp, no outbox. name_key keeps names
                 // unique without regard to case.
                 QStringLiteral("CREATE TABLE supplier_accounts ("
                                " id TEXT PRIMARY KEY, name TEXT NOT NULL,"
                                " name_key TEXT NOT NULL UNIQUE,"
                                " supplier TEXT NOT NULL, base_url TEXT NOT NULL,"
                                " enabled INTEGER NOT NULL DEFAULT 1,"
                                " user_id TEXT NOT NULL DEFAULT '',"
                                " group_code TEXT NOT NULL DEFAULT '',"
                                " domain TEXT NOT NULL DEFAULT '',"
                                " created_at TEXT NOT NULL)"),
             }},
        }};
    return migrations;
}

SupplierAccounts::SupplierAccounts(Database &store, SecretStore &secrets, const Clock &clock)
    : m_store(store)
    , m_secrets(secrets)
    , m_clock(clock)
{}

Result<SupplierAccount> SupplierAccounts::validate(const SupplierAccountInput &input,
                                                   SecretCheck secret) const
{
    SupplierAccount account;
    account.name = input.name.simplified();
    if (account.name.isEmpty())
        return invalid(QStringLiteral("name"),
                       QCoreApplication::translate("SupplierAccounts",
                                                   "Give the account a name, such as “Duffel "
                                                   "live”."));
    if (account.name.size() > kMaxNameLength) {
        return invalid(
            QStringLiteral("name"),
            QCoreApplication::translate("SupplierAccounts",
                                        "The account name is too long; keep it to %1 characters.")
                .arg(kMaxNameLength));
    }
    QSqlQuery taken(m_store.database());
    taken.prepare(QStringLiteral("SELECT 1 FROM supplier_accounts WHERE name_key = ?"));
    taken.addBindValue(nameKey(account.name));
    if (!taken.exec())
        return Database::sqlError(QStringLiteral("account name check"), taken.lastError());
    if (taken.next()) {
        return invalid(
            QStringLiteral("name"),
            QCoreApplication::translate(
                "SupplierAccounts", "An account named “%1” already exists; choose another name.")
                .arg(account.name));
    }

    const auto kind = supplierKindFromId(input.supplier);
    if (!kind) {
        return invalid(QStringLiteral("supplier"),
                       input.supplier.trimmed().isEmpty()
                           ? QCoreApplication::translate("SupplierAccounts",
                                                         "Choose the supplier: duffel or sabre.")
                           : QCoreApplication::translate(
                                 "SupplierAccounts",
                                 "“%1” is not a supplier TripDesk works with; choose duffel or "
                                 "sabre.")
                                 .arg(quotedInput(input.supplier)));
    }
    account.kind = *kind;

    auto url = checkUrl(input.baseUrl);
    if (!url)
        return url.error();
    account.baseUrl = *url;

    if (account.kind == SupplierKind::Sabre) {
        auto user =
            checkSabreField(QStringLiteral("user"), input.user,
                            QCoreApplication::translate("SupplierAccounts",
                                                        "A Sabre account needs its EPR user ID."));
        if (!user)
            return user.error();
        auto group = checkSabreField(
            QStringLiteral("group"), input.group,
            QCoreApplication::translate("SupplierAccounts",
                                        "A Sabre account needs its pseudo city code (PCC), such as "
                                        "“AB12”."));
        if (!group)
            return group.error();
        auto domain = checkSabreField(
            QStringLiteral("domain"), input.domain,
            QCoreApplication::translate("SupplierAccounts",
                                        "A Sabre account needs its domain, such as “AA”."));
        if (!domain)
            return domain.error();
        account.user = *user;
        account.group = group->toUpper();
        account.domain = domain->toUpper();
    } else {
        const std::pair<const char *, const QString *> sabreOnly[] = {
            {"user", &input.user}, {"group", &input.group}, {"domain", &input.domain}};
        for (const auto &[field, value] : sabreOnly) {
            if (!value->trimmed().isEmpty()) {
                return invalid(QString::fromLatin1(field),
                               QCoreApplication::translate(
                                   "SupplierAccounts",
                                   "A Duffel account signs in with its access token alone; "
                                   "leave out the user, PCC and domain."));
            }
        }
    }

    account.enabled = input.enabled;
    if (secret == SecretCheck::Later)
        return account;
    // The secret is checked but never quoted back: it must not reach a message or a log.
    if (input.secret.isEmpty()) {
        return invalid(QStringLiteral("secret"),
                       account.kind == SupplierKind::Duffel
                           ? QCoreApplication::translate("SupplierAccounts",
                                                         "A Duffel account needs its access token.")
                           : QCoreApplication::translate("SupplierAccounts",
                                                         "A Sabre account needs its password."));
    }
    if (input.secret.size() > kMaxSecretLength || input.secret.contains(u'\n') ||
        input.secret.contains(u'\r')) {
        return invalid(
            QStringLiteral("secret"),
            QCoreApplication::translate(
                "SupplierAccounts", "The secret must be a single line of at most %1 characters.")
                .arg(kMaxSecretLength));
    }
    return account;
}

Result<SupplierAccountReply *> SupplierAccounts::add(const SupplierAccountInput &input,
                                                     QObject *parent)
{
    auto checked = validate(input);
    if (!checked)
        return checked.error();
    SupplierAccount account = std::move(checked).value();
    account.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    account.createdAt = m_clock.nowUtc();

    auto *reply = new SupplierAccountReply(parent);
    SecretWriteReply *write = m_secrets.write(account.secretKey(), input.secret, reply);
    const QString key = account.secretKey();
    // Given up on while the secret is being written: the keychain runs its calls in order, so a
    // removal asked for now undoes the write even if that still lands.
    SecretStore &secrets = m_secrets;
    reply->setAbortHandler([&secrets, key] {
        SecretWriteReply *undo = secrets.remove(key, &secrets);
        QObject::connect(undo, &Reply::finished, undo, &QObject::deleteLater);
    });
    QObject::connect(write, &Reply::finished, reply, [this, reply, write, account] {
        write->deleteLater();
        if (reply->isFinished()) // aborted meanwhile: the abort handler undoes the write
            return;
        if (write->hasError()) {
            reply->fail(write->error());
            return;
        }
        if (auto stored = insert(account); !stored) {
            // The account is not there, so neither may its secret be.
            SecretWriteReply *undo = m_secrets.remove(account.secretKey(), &m_secrets);
            QObject::connect(undo, &Reply::finished, undo, &QObject::deleteLater);
            reply->fail(stored.error());
            return;
        }
        qCInfo(lcAccounts) << "added supplier account" << account.id << supplierKindId(account.kind)
                           << account.baseUrl;
        reply->finish(account);
    });
    return reply;
}

Result<void> SupplierAccounts::insert(const SupplierAccount &account)
{
    return m_store.transaction([&]() -> Result<void> {
        QSqlQuery q(m_store.database());
        q.prepare(QStringLiteral("INSERT INTO supplier_accounts(id, name, name_key, supplier,"
                                 " base_url, enabled, user_id, group_code, domain, created_at)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(account.id);
        q.addBindValue(account.name);
        q.addBindValue(nameKey(account.name));
        q.addBindValue(supplierKindId(account.kind));
        q.addBindValue(account.baseUrl);
        q.addBindValue(account.enabled ? 1 : 0);
        // A null QString binds as SQL NULL: Duffel's empty Sabre fields are stored as ''.
        q.addBindValue(account.user.isNull() ? QStringLiteral("") : account.user);
        q.addBindValue(account.group.isNull() ? QStringLiteral("") : account.group);
        q.addBindValue(account.domain.isNull() ? QStringLiteral("") : account.domain);
        q.addBindValue(account.createdAt.toUTC().toString(Qt::ISODateWithMs));
        if (q.exec())
            return {};
        // Another process added the same name while the secret was being saved.
        if (q.lastError().nativeErrorCode() == u"2067" ||
            q.lastError().text().contains(QStringLiteral("UNIQUE"))) {
            return invalid(QStringLiteral("name"),
                           QCoreApplication::translate(
                               "SupplierAccounts",
                               "An account named “%1” already exists; choose another name.")
                               .arg(account.name));
        }
        return Database::sqlError(QStringLiteral("account insert"), q.lastError());
    });
}

Result<std::vector<SupplierAccount>> SupplierAccounts::list() const
{
    QSqlQuery q(m_store.database());
    if (!q.exec(QStringLiteral("SELECT ") + kColumns +
                QStringLiteral(" FROM supplier_accounts ORDER BY name_key")))
        return Database::sqlError(QStringLiteral("account list"), q.lastError());
    std::vector<SupplierAccount> out;
    while (q.next())
        out.push_back(accountFrom(q));
    return out;
}

Result<SupplierAccount> SupplierAccounts::find(const QString &idOrName) const
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT ") + kColumns +
              QStringLiteral(" FROM supplier_accounts WHERE id = ? OR name_key = ? LIMIT 1"));
    q.addBindValue(idOrName.trimmed());
    q.addBindValue(nameKey(idOrName));
    if (!q.exec())
        return Database::sqlError(QStringLiteral("account lookup"), q.lastError());
    if (!q.next()) {
        return Error::notFound(
                   QCoreApplication::translate("SupplierAccounts",
                                               "No supplier account has the name or id “%1”.")
                       .arg(quotedInput(idOrName)))
            .at(QStringLiteral("account"));
    }
    return accountFrom(q);
}

Result<SupplierAccount> SupplierAccounts::setEnabled(const QString &idOrName, bool enabled)
{
    auto found = find(idOrName);
    if (!found)
        return found.error();
    SupplierAccount account = std::move(found).value();
    auto done = m_store.transaction([&]() -> Result<void> {
        QSqlQuery q(m_store.database());
        q.prepare(QStringLiteral("UPDATE supplier_accounts SET enabled = ? WHERE id = ?"));
        q.addBindValue(enabled ? 1 : 0);
        q.addBindValue(account.id);
        if (!q.exec())
            return Database::sqlError(QStringLiteral("account enable"), q.lastError());
        return {};
    });
    if (!done)
        return done.error();
    account.enabled = enabled;
    return account;
}

Result<DoneReply *> SupplierAccounts::remove(const QString &idOrName, QObject *parent)
{
    auto found = find(idOrName);
    if (!found)
        return found.error();
    const SupplierAccount account = std::move(found).value();
    auto *reply = new DoneReply(parent);
    SecretWriteReply *removal = m_secrets.remove(account.secretKey(), reply);
    QObject::connect(removal, &Reply::finished, reply, [this, reply, removal, account] {
        removal->deleteLater();
        if (reply->isFinished())
            return;
        if (removal->hasError()) {
            reply->fail(removal->error());
            return;
        }
        if (auto erased = erase(account.id); !erased) {
            reply->fail(erased.error());
            return;
        }
        qCInfo(lcAccounts) << "removed supplier account" << account.id;
        reply->finish(Result<void>{});
    });
    return reply;
}

Result<void> SupplierAccounts::erase(const QString &id)
{
    return m_store.transaction([&]() -> Result<void> {
        QSqlQuery q(m_store.database());
        q.prepare(QStringLiteral("DELETE FROM supplier_accounts WHERE id = ?"));
        q.addBindValue(id);
        if (!q.exec())
            return Database::sqlError(QStringLiteral("account delete"), q.lastError());
        return {};
    });
}

SecretReadReply *SupplierAccounts::readSecret(const SupplierAccount &account, QObject *parent)
{
    return m_secrets.read(account.secretKey(), parent);
}

} // namespace tripdesk
