#pragma once
// Private to the Duffel supplier: the errors and small checks its two source files share.

#include "backend/core/error.h"
#include "backend/flights/flight_types.h"

#include <QByteArray>

namespace tripdesk::duffel_detail {

Error unknownOffer();
Error unknownOrder();
// The passenger mix of an offer's passengers.
Passengers mix(const std::vector<OfferPassenger> &passengers);
// errors[0].code of a Duffel error body; empty when there is none.
QString errorCode(const QByteArray &body);

} // namespace tripdesk::duffel_detail
