#pragma once
// How the composition root makes the Sabre flight supplier for one account: the host, the
// account's credentials and zone, the application's network manager and clock, and the
// reference data's airport zones. The supplier itself is sabre_supplier.h.

#include "backend/core/clock.h"
#include "backend/suppliers/flight_supplier.h"
#include "backend/suppliers/http/http_client.h"
#include "backend/suppliers/sabre/sabre_auth.h"

#include <QTimeZone>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace tripdesk {

struct SabreSupplierConfig {
    // The account's host, https://api.cert.platform.sabre.com or https://api.platform.sabre.com
    // (or a stand-in); the services' paths are appended (sabre_endpoints.h).
    QUrl baseUrl;
    sabre::SabreAccount account; // user (EPR), group (PCC), domain, password
    // The PCC's zone, in which Sabre states ticketing deadlines; invalid: the earliest zone
    // there is (so no deadline is shown later than it is).
    QTimeZone agencyZone;
    // An airport's zone (reference data), for Booking Management's local flight times.
    std::function<QTimeZone(const QString &airport)> airportZone;
    HttpClient::Settings http = defaultHttpSettings();
    // How long a search may take, retries included; an aggregator may give up sooner.
    std::chrono::milliseconds searchDeadline{40000};
    std::chrono::milliseconds callDeadline{30000};

    static HttpClient::Settings defaultHttpSettings();
};

// What the composition root calls: the supplier for one Sabre account.
std::unique_ptr<FlightSupplier>
makeSabreSupplier(SabreSupplierConfig config, QNetworkAccessManager *network, const Clock *clock);

} // namespace tripdesk
