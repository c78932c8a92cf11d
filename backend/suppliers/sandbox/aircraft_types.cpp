#include "backend/suppliers/sandbox/aircraft_types.h"

namespace tripdesk::sandbox {

namespace {

using K = AircraftKind;

// Layouts are typical of the type, not of one airline: economy, premium economy, business, first.
constexpr std::array<AircraftType, 34> kTypes{{
    {"AT7", K::Turboprop, 1500, 480, {70, 0, 0, 0}, 72},
    {"DH4", K::Turboprop, 2000, 540, {74, 0, 0, 0}, 78},
    {"CR7", K::RegionalJet, 2500, 760, {56, 0, 9, 0}, 70},
    {"CR9", K::RegionalJet, 2800, 760, {64, 0, 12, 0}, 90},
    {"E70", K::RegionalJet, 3000, 760, {64, 0, 12, 0}, 76},
    {"E75", K::RegionalJet, 3300, 770, {64, 0, 12, 0}, 88},
    {"E90", K::RegionalJet, 3500, 780, {88, 0, 12, 0}, 100},
    {"E95", K::RegionalJet, 3500, 780, {100, 0, 12, 0}, 120},
    {"SU9", K::RegionalJet, 3000, 770, {85, 0, 12, 0}, 98},
    {"221", K::NarrowBody, 5000, 800, {109, 0, 12, 0}, 127},
    {"223", K::NarrowBody, 5500, 800, {133, 0, 12, 0}, 145},
    {"319", K::NarrowBody, 5000, 810, {120, 0, 12, 0}, 144},
    {"320", K::NarrowBody, 5000, 820, {150, 0, 12, 0}, 180},
    {"32N", K::NarrowBody, 5500, 820, {162, 0, 12, 0}, 186},
    {"321", K::NarrowBody, 5000, 820, {170, 0, 16, 0}, 220},
    {"32Q", K::NarrowBody, 6800, 820, {166, 0, 20, 0}, 232},
    {"73G", K::NarrowBody, 4500, 810, {114, 0, 12, 0}, 143},
    {"73H", K::NarrowBody, 5000, 820, {150, 0, 12, 0}, 186},
    {"738", K::NarrowBody, 5000, 820, {150, 0, 12, 0}, 189},
    {"739", K::NarrowBody, 5000, 820, {159, 0, 20, 0}, 215},
    {"7M8", K::NarrowBody, 5800, 820, {156, 0, 16, 0}, 189},
    {"7M9", K::NarrowBody, 5800, 820, {163, 0, 20, 0}, 220},
    {"332", K::WideBody, 12500, 860, {230, 0, 30, 0}, 365},
    {"333", K::WideBody, 10500, 860, {250, 21, 30, 0}, 377},
    {"339", K::WideBody, 12500, 860, {230, 28, 34, 0}, 365},
    {"359", K::WideBody, 15000, 880, {187, 24, 42, 0}, 330},
    {"351", K::WideBody, 15500, 880, {256, 24, 44, 8}, 350},
    {"763", K::WideBody, 10000, 850, {190, 0, 30, 0}, 260},
    {"772", K::WideBody, 12500, 880, {260, 24, 40, 0}, 400},
    {"77W", K::WideBody, 13500, 890, {280, 24, 42, 8}, 420},
    {"788", K::WideBody, 13500, 880, {199, 21, 28, 0}, 335},
    {"789", K::WideBody, 14000, 880, {220, 28, 42, 0}, 375},
    {"78X", K::WideBody, 11500, 880, {250, 24, 44, 0}, 375},
    {"388", K::WideBody, 15000, 900, {350, 44, 76, 14}, 500},
}};

// Booking limits fall and fares rise from the cheapest class to the dearest.
constexpr std::array<FareClass, 7> kEconomy{{
    {'Y', 1000, 3100},
    {'B', 950, 2500},
    {'M', 850, 2050},
    {'H', 700, 1700},
    {'Q', 550, 1400},
    {'V', 400, 1180},
    {'L', 250, 1000},
}};
constexpr std::array<FareClass, 3> kPremium{
    {{'W', 1000, 1600}, {'E', 750, 1250}, {'N', 400, 1000}}};
constexpr std::array<FareClass, 5> kBusiness{{
    {'J', 1000, 2100},
    {'C', 850, 1750},
    {'D', 650, 1450},
    {'I', 450, 1200},
    {'Z', 300, 1000},
}};
constexpr std::array<FareClass, 2> kFirst{{{'F', 1000, 1300}, {'A', 500, 1000}}};

} // namespace

std::span<const AircraftType> aircraftTypes()
{
    return kTypes;
}

int aircraftIndex(QLatin1StringView code)
{
    for (std::size_t i = 0; i < kTypes.size(); ++i) {
        if (code == QLatin1StringView(kTypes[i].code))
            return int(i);
    }
    return -1;
}

std::span<const FareClass> fareClasses(Cabin cabin)
{
    switch (cabin) {
    case Cabin::Economy:
        return kEconomy;
    case Cabin::PremiumEconomy:
        return kPremium;
    case Cabin::Business:
        return kBusiness;
    case Cabin::First:
        return kFirst;
    }
    return kEconomy;
}

bool findFareClass(QChar letter, Cabin *cabin, int *index)
{
    for (Cabin c : {Cabin::Economy, Cabin::PremiumEconomy, Cabin::Business, Cabin::First}) {
        const auto classes = fareClasses(c);
        for (std::size_t i = 0; i < classes.size(); ++i) {
            if (letter == QLatin1Char(classes[i].letter)) {
                *cabin = c;
                *index = int(i);
                return true;
            }
        }
    }
    return false;
}

} // namespace tripdesk::sandbox
