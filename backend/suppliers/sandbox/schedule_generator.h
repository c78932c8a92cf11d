#pragma once
// Generates the sandbox world's schedule from the reference data and a seed: hub-and-spoke
// networks of real airlines on real airports, with frequencies from the size of both ends, bank
// structures at hubs, block times from great-circle distance, aircraft by sector length and
// demand, cabins by aircraft and airline, and weekly patterns. The same reference data and seed
// always give the same schedule, on every platform.

#include "backend/suppliers/sandbox/schedule.h"

#include <memory>

namespace tripdesk {
class ReferenceData;
}

namespace tripdesk::sandbox {

class ScheduleGenerator
{
public:
    // Names what generate() makes from given reference data and seed: bump it with any change
    // to the generator, the airline profiles, aircraft types or served airports that changes
    // the schedule, so schedules kept in data folders (schedule_cache.h) are built afresh.
    static constexpr quint32 kVersion = 1;

    static std::shared_ptr<const Schedule> generate(const ReferenceData &reference, quint64 seed);

    // Block time (gate to gate) for a sector: taxi, climb and descent, cruise at the type's
    // speed, and the prevailing westerly wind that makes eastbound flights shorter.
    static int blockMinutes(double distanceKm, double initialBearingDeg, int cruiseKmh);
};

} // namespace tripdesk::sandbox
