#include "backend/core/logging.h"

Q_LOGGING_CATEGORY(lcCore, "tripdesk.core")
Q_LOGGING_CATEGORY(lcReference, "tripdesk.reference")
Q_LOGGING_CATEGORY(lcSuppliers, "tripdesk.suppliers")
Q_LOGGING_CATEGORY(lcSandbox, "tripdesk.sandbox")
Q_LOGGING_CATEGORY(lcSearch, "tripdesk.search")
Q_LOGGING_CATEGORY(lcStore, "tripdesk.store")
Q_LOGGING_CATEGORY(lcService, "tripdesk.service")
