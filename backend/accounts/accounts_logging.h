#pragma once
// The accounts module's log category, "tripdesk.accounts". Never a secret in a log line: keys
// and the keychain's own error text only.

#include <QLoggingCategory>

namespace tripdesk {
Q_DECLARE_LOGGING_CATEGORY(lcAccounts)
}
