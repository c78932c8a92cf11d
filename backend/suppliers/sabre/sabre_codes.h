#pragma once
// Sabre's one-letter cabin codes, read and written the same way by the parsers, the request
// builders and the stand-in.

#include "backend/flights/flight_types.h"

namespace tripdesk::sabre {

// Y, S, C, F: what a request asks for.
QString cabinCode(Cabin cabin);
// Any code Sabre answers with: F/P first, C/J business, S/W premium economy, else economy.
Cabin cabinFromCode(QStringView code);

} // namespace tripdesk::sabre
