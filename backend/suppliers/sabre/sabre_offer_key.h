#pragma once
// A Sabre offer's id: what the adapter needs to revalidate or book the offer later, in another
// process, long after the shopping reply's own ids (which number its items within that reply
// only) mean nothing. Sabre prices a journey from its flights and booking classes, so the id
// carries exactly those, with the passenger types priced and the fare brand:
//
//     "sabre1." + base64url(JSON)   with JSON
//     {"v":1, "vc":"AI", "p":[["ADT",2],["INF",1]],
//      "s":[[["AI","2993","AI","","DEL","BOM","2026-12-24T07:30","2026-12-24T09:40",
//             "Y","YLOWIN","Y","ECOVAL"], …], …]}
//
// one array per slice, one per flight: marketing carrier and flight number, operating carrier
// and flight number (empty when the same), origin, destination, local departure and arrival
// (the airports' own wall clocks, as Sabre's booking requests want them), booking class, fare
// basis, cabin code and brand code (empty when none). The prefix names the version; a later
// layout gets a new one and decode() keeps reading this one.

#include "backend/core/result.h"

#include <QString>

#include <vector>

namespace tripdesk::sabre {

struct OfferKeyFlight {
    QString carrier;
    QString flightNumber;
    QString operatingCarrier;      // empty when the same as carrier
    QString operatingFlightNumber; // empty when the same as flightNumber
    QString origin;
    QString destination;
    QString departureLocal; // "2026-12-24T07:30"
    QString arrivalLocal;
    QString bookingClass;
    QString fareBasis;
    QString cabinCode; // Sabre's: Y, S, C, J, F, P
    QString brandCode;
    friend bool operator==(const OfferKeyFlight &, const OfferKeyFlight &) = default;
};

struct OfferKeyPassengers {
    QString code; // ADT, CNN, C06, INF …
    int count = 0;
    friend bool operator==(const OfferKeyPassengers &, const OfferKeyPassengers &) = default;
};

struct OfferKey {
    std::vector<std::vector<OfferKeyFlight>> slices;
    std::vector<OfferKeyPassengers> passengers;
    QString validatingCarrier;
    friend bool operator==(const OfferKey &, const OfferKey &) = default;

    QString encode() const;
    // NotFound, naming no field, for ids that are not a Sabre offer's: a typo, another
    // supplier's id, a cut-off paste.
    static Result<OfferKey> decode(const QString &offerId);
};

} // namespace tripdesk::sabre
