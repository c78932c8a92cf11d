#pragma once
// What can go wrong at each connection of an itinerary, for a traveller deciding between
// offers: a change of airport (landing at Heathrow, leaving from Gatwick), a night spent at the
// connecting airport, and a long wait. A pure function of the itinerary and the airports' zones,
// so every screen and the command line agree on it.
//
// The rules:
// - Change of airport: the next flight leaves from another airport than the one landed at.
// - Overnight: the layover spends at least kOvernightMinutes of the local night (00:00–05:00 at
//   the connecting airport, where it is landed at) waiting, when terminals and transport close.
//   Landing at 23:30 and leaving at 06:15 is overnight; landing at 22:00 and leaving at 00:45
//   is not, although the date changes; nor is 04:00 to 07:00.
// - Long layover: kLongLayoverMinutes (6 hours) or more, overnight or not.

#include "backend/flights/flight_types.h"

#include <QTimeZone>

#include <functional>
#include <vector>

namespace tripdesk {

constexpr int kLongLayoverMinutes = 6 * 60;
constexpr int kOvernightMinutes = 2 * 60;
constexpr int kNightStartHour = 0; // local, at the connecting airport
constexpr int kNightEndHour = 5;

enum class ConnectionRisk { AirportChange, Overnight, LongLayover };

// One connection: between segments[index] and segments[index + 1].
struct Connection {
    int index = 0;
    int layoverMinutes = 0;
    QString arrivalAirport;            // landed at
    QString departureAirport;          // leaves from (another one on an airport change)
    std::vector<ConnectionRisk> risks; // in the order of ConnectionRisk

    bool has(ConnectionRisk risk) const;
};

// Every connection of the itinerary, in order; `zoneOf` gives an airport's time zone.
std::vector<Connection> connectionsOf(const Itinerary &itinerary,
                                      const std::function<QTimeZone(QStringView)> &zoneOf);

// Minutes of the local night (kNightStartHour–kNightEndHour in `zone`) between two instants.
int nightMinutes(const QDateTime &from, const QDateTime &to, const QTimeZone &zone);

} // namespace tripdesk
