#pragma once
// Private to the service module: the HTTP supplier adapters the builder can make from an
// endpoint the environment (or, later, a supplier account) names.

#include "backend/core/clock.h"
#include "backend/service/backend.h"
#include "backend/suppliers/flight_supplier.h"

#include <QTimeZone>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace tripdesk {

using AirportZones = std::function<QTimeZone(const QString &airport)>;

// The supplier for `endpoint`, or an InvalidInput error naming the variable that is missing or
// wrong (TRIPDESK_DUFFEL_TOKEN …) or the kind no adapter speaks.
Result<std::unique_ptr<FlightSupplier>>
makeEndpointSupplier(const BackendBuilder::SupplierEndpoint &endpoint,
                     QNetworkAccessManager *network, const Clock *clock, AirportZones zones);

} // namespace tripdesk
