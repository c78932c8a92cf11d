#pragma once
// Supplier calls answer with the backend's reply objects (backend/core/reply.h): finished(),
// error(), a value, and abort() that reaches the network. SupplierReply is the name the
// supplier interfaces use for the base class.

#include "backend/core/reply.h"

namespace tripdesk {

using SupplierReply = Reply;

} // namespace tripdesk
