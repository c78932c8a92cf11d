#include "backend/service/supplier_account_service.h"

namespace tripdesk {

SupplierAccountService::SupplierAccountService(SupplierAccounts &accounts, SecretStore &secrets)
    : m_accounts(accounts)
    , m_secrets(secrets)
{}

Result<std::vector<SupplierAccount>> SupplierAccountService::list() const
{
    return m_accounts.list();
}

Result<SupplierAccount>
SupplierAccountService::checkBeforeSecret(const SupplierAccountInput &input) const
{
    return m_accounts.validate(input, SupplierAccounts::SecretCheck::Later);
}

Result<SupplierAccountReply *> SupplierAccountService::add(const SupplierAccountInput &input,
                                                           QObject *parent)
{
    return m_accounts.add(input, parent);
}

Result<SupplierAccount> SupplierAccountService::setEnabled(const QString &idOrName, bool enabled)
{
    return m_accounts.setEnabled(idOrName, enabled);
}

Result<DoneReply *> SupplierAccountService::remove(const QString &idOrName, QObject *parent)
{
    return m_accounts.remove(idOrName, parent);
}

const std::vector<SupplierUrlPreset> &SupplierAccountService::presets() const
{
    return supplierUrlPresets();
}

std::optional<QString> SupplierAccountService::presetUrl(SupplierKind kind,
                                                         const QString &preset) const
{
    return supplierPresetUrl(kind, preset);
}

SecretStore::State SupplierAccountService::keychainState() const
{
    return m_secrets.state();
}

} // namespace tripdesk
