#include "backend/suppliers/sandbox/schedule_cache.h"

#include "backend/core/logging.h"
#include "backend/suppliers/sandbox/schedule_generator.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>

namespace tripdesk::sandbox {

namespace {

// Files of other keys are schedules nobody will read again; they are a few megabytes each.
void removeOthers(const QDir &dir, const QString &keep)
{
    const QStringList names =
        dir.entryList({QStringLiteral("sandbox-schedule-*.bin")}, QDir::Files | QDir::Hidden);
    for (const QString &name : names) {
        if (name != keep && QFile::remove(dir.filePath(name)))
            qCInfo(lcSandbox) << "removed the outdated sandbox schedule" << name;
    }
}

} // namespace

ScheduleKey scheduleKey(const ReferenceData &reference, quint64 seed)
{
    return ScheduleKey{seed, ScheduleGenerator::kVersion, referenceFingerprint(reference)};
}

CachedSchedule loadOrBuildSchedule(const QString &dataDir, const ScheduleKey &key,
                                   const std::function<std::shared_ptr<const Schedule>()> &build)
{
    if (dataDir.isEmpty())
        return {build(), false};
    const QDir dir(dataDir);
    const QString path = dir.filePath(key.fileName());
    if (QFile::exists(path)) {
        QElapsedTimer timer;
        timer.start();
        auto loaded = ScheduleFile::read(path, key);
        if (loaded) {
            qCInfo(lcSandbox) << "loaded the sandbox schedule from" << path << "in"
                              << timer.elapsed() << "ms";
            return {std::move(loaded).value(), true};
        }
        qCWarning(lcSandbox) << "rebuilding the sandbox schedule;" << path
                             << "is unusable:" << loaded.error().detail;
    }
    CachedSchedule out{build(), false};
    if (!out.schedule)
        return out;
    if (auto saved = ScheduleFile::write(path, *out.schedule, key); !saved) {
        qCWarning(lcSandbox) << "the sandbox schedule is not kept for next time:"
                             << saved.error().detail;
        return out;
    }
    removeOthers(dir, key.fileName());
    return out;
}

std::shared_ptr<const Schedule> cachedSchedule(const ReferenceData &reference, quint64 seed,
                                               const QString &dataDir)
{
    return loadOrBuildSchedule(dataDir, scheduleKey(reference, seed),
                               [&] { return ScheduleGenerator::generate(reference, seed); })
        .schedule;
}

} // namespace tripdesk::sandbox
