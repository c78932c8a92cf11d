#pragma once
// The local store's own tables in tripdesk.sqlite (the change outbox, recent searches), as the
// "store" module's migrations. Other modules sharing the file (booking, accounts …) bring their
// own MigrationSet. Rows shared with the agency carry id (UUID), version and hlc columns, and
// every change to them writes a change_outbox row in the same transaction.

#include "backend/core/database.h"

namespace tripdesk {

const MigrationSet &storeMigrations();

} // namespace tripdesk
