// Timetabling for the schedule generator: aircraft and cabins for a route, departure times
// (banks at network carriers' hubs, rotations for low-cost carriers), and weekly patterns.

#include "backend/suppliers/sandbox/generator_internal.h"
#include "backend/suppliers/sandbox/schedule_generator.h"

#include <algorithm>
#include <cmath>

namespace tripdesk::sandbox::detail {

namespace {

constexpr int kBankCount = 7;
constexpr int kFirstBank = 390; // 06:30 local
constexpr int kBankSpacing = 140;

int mod1440(int m)
{
    return ((m % 1440) + 1440) % 1440;
}

// The aircraft an airline would put on the route: widebodies for long or dense long-ish
// sectors, turboprops and regional jets for short thin ones, narrowbodies otherwise; within a
// family the bigger types go to the denser routes.
int chooseAircraft(const GenCarrier &c, const PlannedRoute &r)
{
    const auto types = aircraftTypes();
    const auto pick = [&](const std::vector<int> &list, auto accept) {
        std::vector<int> fit;
        for (int t : list) {
            if (types[std::size_t(t)].rangeKm >= r.distanceKm && accept(types[std::size_t(t)]))
                fit.push_back(t);
        }
        if (fit.empty())
            return -1;
        const std::size_t i = r.demand >= 0.6   ? 0
                              : r.demand >= 0.3 ? fit.size() / 2
                                                : fit.size() - 1;
        return fit[i];
    };
    const auto any = [](const AircraftType &) { return true; };
    const bool network = c.profile->model == CarrierModel::Network;
    if (r.distanceKm > 4800 || (network && r.distanceKm > 3000 && r.demand > 0.5)) {
        if (const int t = pick(c.wide, any); t >= 0)
            return t;
    }
    if (!c.regional.empty() && r.distanceKm < 900 && r.demand < 0.28) {
        const bool turboprop = r.distanceKm < 600;
        const int t = pick(c.regional, [turboprop](const AircraftType &a) {
            return (a.kind == AircraftKind::Turboprop) == turboprop;
        });
        if (t >= 0)
            return t;
    }
    for (const auto *list : {&c.narrow, &c.wide, &c.regional}) {
        if (const int t = pick(*list, any); t >= 0)
            return t;
    }
    return -1;
}

CabinSeats cabinSeats(const GenCarrier &c, const AircraftType &type)
{
    if (c.profile->model == CarrierModel::LowCost)
        return {quint16(type.singleClass), 0, 0, 0};
    CabinSeats s = type.fullService;
    const int premium = int(Cabin::PremiumEconomy);
    const int first = int(Cabin::First);
    if (!c.profile->premiumEconomy) {
        s[0] = quint16(s[0] + s[premium]);
        s[premium] = 0;
    }
    if (!c.profile->first) {
        s[int(Cabin::Business)] = quint16(s[int(Cabin::Business)] + s[first]);
        s[first] = 0;
    }
    return s;
}

// How unwelcome a departure and an arrival (local minutes) are: night departures for short
// flights, and arrivals in the small hours when many airports are closed.
double timePenalty(int departureLocal, int arrivalLocal, bool longHaul)
{
    const int d = mod1440(departureLocal);
    const int a = mod1440(arrivalLocal);
    double p = 0;
    if (d < 300)
        p += longHaul ? 1.5 : 8;
    else if (d < 360)
        p += 1;
    else if (d >= 1410)
        p += longHaul ? 0.3 : 2;
    if (a >= 60 && a < 300)
        p += longHaul ? 2.5 : 5;
    else if (a < 60 || a >= 1410)
        p += 0.8;
    return p;
}

struct Times {
    int out;  // local departure at the hub
    int back; // local departure at the spoke
};

// `rotation` (0..1) shifts where in the day a route's flights fall, so routes flown once or
// twice a day do not all leave in the same bank.
Times chooseTimes(const World &w, const GenCarrier &c, const PlannedRoute &r, int k, int count,
                  double rotation, int blockOut, int blockBack, Rng &rng)
{
    const int hubOffset = w.gen[std::size_t(r.hub)].stdOffset;
    const int spokeOffset = w.gen[std::size_t(r.spoke)].stdOffset;
    const bool longHaul = r.distanceKm > 4000;
    if (c.profile->model == CarrierModel::LowCost) {
        // Rotations: out from the base through the day, back after a short turnaround.
        const int slot = int(960 * std::fmod((k + rotation) / count, 1.0));
        const int out = 360 + slot + rng.between(-20, 20);
        const int arrivalAtSpoke = out - hubOffset + blockOut + spokeOffset;
        return {mod1440(out), mod1440(arrivalAtSpoke + rng.between(35, 55))};
    }
    // Banks: departures leave the hub just after a wave of arrivals, so spokes connect.
    const int hubShift = int(mixHash({quint64(r.hub), 0xBA4Eu}) % 31);
    const int ideal = int(kBankCount * std::fmod((k + rotation) / count, 1.0));
    const int sameBankShift = (k / kBankCount) * 10;
    const int jitterOut = rng.between(10, 35) + sameBankShift;
    const int jitterBack = rng.between(25, 55) + sameBankShift;
    Times best{0, 0};
    double bestOut = 1e9;
    double bestBack = 1e9;
    for (int b = 0; b < kBankCount; ++b) {
        const int bank = kFirstBank + hubShift + b * kBankSpacing;
        const double spread = 0.35 * std::abs(b - ideal);
        const int out = bank + jitterOut;
        const double costOut =
            timePenalty(out, out - hubOffset + blockOut + spokeOffset, longHaul) + spread;
        if (costOut < bestOut) {
            bestOut = costOut;
            best.out = mod1440(out);
        }
        const int arrivalAtHub = bank - jitterBack;
        const int back = arrivalAtHub - hubOffset - blockBack + spokeOffset;
        const double costBack = timePenalty(back, arrivalAtHub, longHaul) + spread;
        if (costBack < bestBack) {
            bestBack = costBack;
            best.back = mod1440(back);
        }
    }
    return best;
}

quint8 partialMask(int days, Rng &rng)
{
    const int start = rng.below(7);
    quint8 mask = 0;
    for (int i = 0; i < days; ++i)
        mask = quint8(mask | (1u << ((start + i * 7 / days) % 7)));
    return mask;
}

} // namespace

void timetableRoute(const World &w, const GenCarrier &c, const PlannedRoute &r, Rng &rng,
                    int *nextNumber, std::vector<Leg> *legs)
{
    const int aircraft = chooseAircraft(c, r);
    if (aircraft < 0)
        return;
    const AircraftType &type = aircraftTypes()[std::size_t(aircraft)];
    const ScheduleAirport &hub = w.airports[std::size_t(r.hub)];
    const ScheduleAirport &spoke = w.airports[std::size_t(r.spoke)];
    const CabinSeats seats = cabinSeats(c, type);
    const int blockOut = ScheduleGenerator::blockMinutes(
        r.distanceKm, initialBearingDeg(hub, spoke), type.cruiseKmh);
    const int blockBack = ScheduleGenerator::blockMinutes(
        r.distanceKm, initialBearingDeg(spoke, hub), type.cruiseKmh);
    const int daily = r.weeklyFlights / 7;
    const int extraDays = r.weeklyFlights % 7;
    const int count = daily + (extraDays > 0 ? 1 : 0);
    const double rotation = rng.unit();
    for (int k = 0; k < count; ++k) {
        if (*nextNumber > 9998)
            return; // four-digit flight numbers are all taken
        quint8 mask = 0x7f;
        if (k >= daily)
            mask = partialMask(extraDays, rng);
        else if (daily >= 3 && k == daily - 1 && rng.chance(0.3))
            mask = 0x7f & ~(1u << 5); // the last rotation of the day does not fly on Saturdays
        const Times t = chooseTimes(w, c, r, k, count, rotation, blockOut, blockBack, rng);
        Leg out;
        out.from = r.hub;
        out.to = r.spoke;
        out.carrier = quint16(c.carrier);
        out.number = quint16((*nextNumber)++);
        out.departureMinute = quint16(t.out);
        out.blockMinutes = quint16(blockOut);
        out.distanceKm = quint16(std::lround(r.distanceKm));
        out.dayMask = mask;
        out.aircraft = quint8(aircraft);
        out.seats = seats;
        Leg back = out;
        back.from = r.spoke;
        back.to = r.hub;
        back.number = quint16((*nextNumber)++);
        back.departureMinute = quint16(t.back);
        back.blockMinutes = quint16(blockBack);
        legs->push_back(out);
        legs->push_back(back);
    }
}

} // namespace tripdesk::sandbox::detail
