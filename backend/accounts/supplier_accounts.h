#pragma once
// Supplier accounts: the agency's own logins at Duffel and Sabre that TripDesk searches and
// books through. What is not secret (name, supplier, base URL, on or off, and Sabre's user, PCC
// and domain) is kept in the local store, on this machine only: accounts are never synced, each
// desk has its own logins, so their rows carry no version and write no outbox entry. The token
// or password lives only in the secret store, under "supplier/<account id>/<field>".

#include "backend/accounts/secret_store.h"
#include "backend/core/clock.h"
#include "backend/core/database.h"

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace tripdesk {

enum class SupplierKind { Duffel, Sabre };

// "duffel", "sabre": the names the CLI, the JSON forms and the store use.
QString supplierKindId(SupplierKind kind);
// Without regard to case; nullopt for a supplier TripDesk has no adapter for.
std::optional<SupplierKind> supplierKindFromId(const QString &id);

// A vendor's own hosts, offered so that nobody has to type them.
struct SupplierUrlPreset {
    SupplierKind kind;
    QString preset; // "test", "production"
    QString url;
};
const std::vector<SupplierUrlPreset> &supplierUrlPresets();
std::optional<QString> supplierPresetUrl(SupplierKind kind, const QString &preset);

struct SupplierAccount {
    QString id; // UUID
    QString name;
    SupplierKind kind = SupplierKind::Duffel;
    QString baseUrl; // without a trailing slash
    bool enabled = true;
    // Sabre's EPR user, pseudo city code (its "group") and domain: half of its credential, but
    // not secret. Empty for Duffel.
    QString user;
    QString group;
    QString domain;
    QDateTime createdAt; // UTC

    // The secret's field for `kind`: Duffel's "token", Sabre's "password".
    static QString secretField(SupplierKind kind);
    // Where the account's secret is kept: "supplier/<id>/<field>".
    QString secretKey() const;
};

// What a person gives to add an account, as typed; SupplierAccounts checks and normalises it.
struct SupplierAccountInput {
    QString name;
    QString supplier; // "duffel", "sabre"
    QString baseUrl;
    QString user;   // Sabre only
    QString group;  // Sabre only: the PCC
    QString domain; // Sabre only
    QString secret; // Duffel's access token or Sabre's password
    bool enabled = true;
};

using SupplierAccountReply = ValueReply<SupplierAccount>;

class SupplierAccounts
{
public:
    // The module's tables, opened with the local store's own.
    static const MigrationSet &migrations();

    // Borrowed; they outlive this object, and every reply it hands out must go before it.
    SupplierAccounts(Database &store, SecretStore &secrets, const Clock &clock);

    // The account `input` would become (no id yet), or an InvalidInput Error naming its field:
    // "name", "supplier", "url", "user", "group", "domain" or "secret".
    // With SecretCheck::Later the secret is not looked at, so that the rest can be checked
    // before anyone is asked to type it.
    enum class SecretCheck { Required, Later };
    Result<SupplierAccount> validate(const SupplierAccountInput &input,
                                     SecretCheck secret = SecretCheck::Required) const;

    // Validates at once; then saves the secret in the keychain and, once it is there, the
    // account, which the reply carries. When the keychain is unavailable nothing is saved.
    Result<SupplierAccountReply *> add(const SupplierAccountInput &input, QObject *parent);
    // Every account, by name.
    Result<std::vector<SupplierAccount>> list() const;
    // By id, or by name without regard to case; NotFound when there is none.
    Result<SupplierAccount> find(const QString &idOrName) const;
    Result<SupplierAccount> setEnabled(const QString &idOrName, bool enabled);
    // Deletes the account's secret from the keychain, then the account; while the keychain is
    // unavailable the account stays, so no secret is ever left behind unowned.
    Result<DoneReply *> remove(const QString &idOrName, QObject *parent);
    // The account's secret, for the adapter that signs in with it.
    SecretReadReply *readSecret(const SupplierAccount &account, QObject *parent);

private:
    Result<void> insert(const SupplierAccount &account);
    Result<void> erase(const QString &id);

    Database &m_store;
    SecretStore &m_secrets;
    const Clock &m_clock;
};

} // namespace tripdesk
