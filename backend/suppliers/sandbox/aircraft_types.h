#pragma once
// The sandbox's aircraft types (IATA codes) with the seats each cabin has, and the booking classes
// each cabin sells, nested from the dearest to the cheapest.

#include "backend/flights/flight_types.h"

#include <QLatin1StringView>

#include <array>
#include <span>

namespace tripdesk::sandbox {

enum class AircraftKind : quint8 { Turboprop, RegionalJet, NarrowBody, WideBody };

// Seats per cabin, indexed by int(Cabin): economy, premium economy, business, first.
using CabinSeats = std::array<quint16, 4>;

struct AircraftType {
    const char *code; // IATA type code, e.g. "320"
    AircraftKind kind;
    int rangeKm;            // longest sector it is scheduled on
    int cruiseKmh;          // average speed over a sector, for block times
    CabinSeats fullService; // a network carrier's layout; zero where the type has no such cabin
    int singleClass;        // a low-cost carrier's all-economy layout
};

std::span<const AircraftType> aircraftTypes();
// Index into aircraftTypes(), or -1.
int aircraftIndex(QLatin1StringView code);

// One booking class of a cabin. Classes are nested: a class may sell while the cabin's seats sold
// stay below its limit, so the cheap classes close first as a flight fills.
struct FareClass {
    char letter;
    int limitPerMille; // booking limit as a share of the cabin's seats
    int farePerMille;  // fare relative to the cabin's cheapest class
};

// The cabin's classes, dearest first (economy: Y B M H Q V L).
std::span<const FareClass> fareClasses(Cabin cabin);
// The cabin a class letter belongs to, and its index in fareClasses(); false if unknown.
bool findFareClass(QChar letter, Cabin *cabin, int *index);

} // namespace tripdesk::sandbox
