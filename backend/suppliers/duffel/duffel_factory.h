#pragma once
// How the composition root builds a Duffel supplier from an account: the few things it needs,
// with Duffel's production host as the default base URL.

#include "backend/core/clock.h"
#include "backend/suppliers/flight_supplier.h"

#include <QTimeZone>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace tripdesk {

struct DuffelConnection {
    static QUrl productionUrl(); // https://api.duffel.com (test tokens use the same host)

    QString accountName; // as the user named the account
    QUrl baseUrl = productionUrl();
    QString accessToken;                      // from the keychain or TRIPDESK_DUFFEL_TOKEN
    QNetworkAccessManager *network = nullptr; // the application's one manager, not owned
    const Clock *clock = nullptr;             // not owned
    // The zone of an airport Duffel sent without one: the reference data's lookup.
    std::function<QTimeZone(const QString &airportCode)> zoneFor;
};

// A supplier speaking Duffel's API v2 over `connection`; the network manager and the clock must
// outlive it.
std::unique_ptr<FlightSupplier> makeDuffelSupplier(const DuffelConnection &connection);

} // namespace tripdesk
