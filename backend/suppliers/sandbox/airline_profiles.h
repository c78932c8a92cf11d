#pragma once
// The curated airlines the sandbox world flies: real IATA codes with their real hubs, alliance,
// business model, fleet and a network size. The generator keeps only the airlines and hubs the
// reference data knows.

#include <QtGlobal>

#include <span>

namespace tripdesk::sandbox {

enum class Alliance : quint8 { None, Star, Oneworld, SkyTeam };
enum class CarrierModel : quint8 { Network, LowCost };

struct AirlineProfile {
    const char *code;
    // Words of the airline's name, '|'-separated; the reference data's name must contain one.
    // Guards against a code that the reference data gives to a different (older) airline.
    const char *nameHints;
    Alliance alliance;
    CarrierModel model;
    int dailyFlights;     // departures a day the network is sized for
    int pricePercent;     // fare level against the world average
    int longHaulPercent;  // share of departures on sectors over 4,500 km
    const char *hubs;     // space-separated IATA codes, main hub first
    const char *wide;     // widebody types, largest first (may be empty)
    const char *narrow;   // narrowbody types, largest first
    const char *regional; // turboprops and regional jets (may be empty)
    bool premiumEconomy;
    bool first;
};

std::span<const AirlineProfile> airlineProfiles();

// Destinations an airline is known for beyond what the size of the two airports suggests
// (space-separated IATA codes; empty for most airlines): links across the southern oceans and
// the Pacific, diaspora routes, joint-venture gateways, island capitals next door. The airline
// flies them whatever the size of the airport, mostly long-haul.
const char *longHaulFocus(const char *airline);

} // namespace tripdesk::sandbox
