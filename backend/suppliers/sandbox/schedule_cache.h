#pragma once
// The generated schedule kept in the data folder between processes, so a command-line search
// pays for reading a file instead of generating the world (~0.3 s). The file is named by what the
// schedule was built from (seed, generator version, reference data; schedule_file.h): when any of
// it changes, another file is built and the old ones are removed. Two processes that find no
// file both build it and both write it; each write replaces the file whole, so either one wins
// and no reader sees a half-written file. A file that is damaged or not ours is rebuilt.

#include "backend/suppliers/sandbox/schedule_file.h"

#include <functional>

namespace tripdesk::sandbox {

struct CachedSchedule {
    std::shared_ptr<const Schedule> schedule;
    bool fromFile = false; // read from the data folder rather than built
};

// The key of the schedule ScheduleGenerator makes from `reference` and `seed`.
ScheduleKey scheduleKey(const ReferenceData &reference, quint64 seed);

// The schedule of `key` from `dataDir`, or `build()`'s (then saved there for next time). An
// empty `dataDir` always builds. Failing to save is logged, never an error.
CachedSchedule loadOrBuildSchedule(const QString &dataDir, const ScheduleKey &key,
                                   const std::function<std::shared_ptr<const Schedule>()> &build);

// The same for the generated world: what SandboxSupplier uses.
std::shared_ptr<const Schedule> cachedSchedule(const ReferenceData &reference, quint64 seed,
                                               const QString &dataDir);

} // namespace tripdesk::sandbox
