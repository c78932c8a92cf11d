#pragma once
// Supplier accounts as the settings screen and `tripdesk-cli suppliers` see them: list, add
// (its secret going to the system keychain), enable, disable and remove, each checked once here
// with errors that name their field; and whether the keychain can be reached.

#include "backend/accounts/supplier_accounts.h"

namespace tripdesk {

class SupplierAccountService
{
public:
    SupplierAccountService(SupplierAccounts &accounts, SecretStore &secrets);

    // By name.
    Result<std::vector<SupplierAccount>> list() const;
    // Checks `input` as add() does, all but its secret: what a form or a prompt checks before
    // asking for the secret.
    Result<SupplierAccount> checkBeforeSecret(const SupplierAccountInput &input) const;
    // Checks `input` at once (an Error naming its field); the reply ends once the secret is in
    // the keychain and the account in the local store, or with why neither was saved.
    Result<SupplierAccountReply *> add(const SupplierAccountInput &input, QObject *parent);
    // The account named, or with that id, switched on or off for searches.
    Result<SupplierAccount> setEnabled(const QString &idOrName, bool enabled);
    // Deletes the account and its secret; NotFound at once when there is no such account.
    Result<DoneReply *> remove(const QString &idOrName, QObject *parent);

    // The vendors' own test and production hosts.
    const std::vector<SupplierUrlPreset> &presets() const;
    std::optional<QString> presetUrl(SupplierKind kind, const QString &preset) const;

    // Whether the last call reached the keychain; watch secretStore()'s stateChanged().
    SecretStore::State keychainState() const;
    SecretStore &secretStore() { return m_secrets; }

private:
    SupplierAccounts &m_accounts;
    SecretStore &m_secrets;
};

} // namespace tripdesk
