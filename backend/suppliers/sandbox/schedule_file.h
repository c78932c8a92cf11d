#pragma once
// The sandbox schedule as a file: its tables laid out flat, as they are in memory, so loading is
// one read (or map) and a copy per table instead of a generation of ~0.3 s. The file is a local
// cache of what ScheduleGenerator makes, never the truth: a file that is not exactly what this
// build would have written for the same key (magic, format, key, layout, length, checksum) is
// refused, and the caller builds the schedule afresh.
//
// Layout: a fixed header, then the tables one after the other, each as a 64-bit count and its
// records, padded to 8 bytes. Numbers are in the machine's own byte order and the records in the
// compiler's layout; the header records both, so a file from another platform is refused rather
// than misread.

#include "backend/core/result.h"
#include "backend/suppliers/sandbox/schedule.h"

#include <QByteArrayView>

#include <memory>

namespace tripdesk {
class ReferenceData;
}

namespace tripdesk::sandbox {

// What a schedule was built from: when any of it changes, the schedule is another one.
struct ScheduleKey {
    quint64 seed = 0;
    quint32 generatorVersion = 0;
    quint64 referenceHash = 0; // referenceFingerprint() of the data it was generated over

    // "sandbox-schedule-<16 hex digits>.bin", naming the key and the file format.
    QString fileName() const;
    bool operator==(const ScheduleKey &) const = default;
};

// A hash of everything in the reference data the generator reads (airports, their zones and
// places, airlines). Fast: about a millisecond.
quint64 referenceFingerprint(const ReferenceData &reference);

// A 64-bit checksum of bytes; any one changed 8-byte word changes it.
quint64 scheduleChecksum(QByteArrayView bytes);

class ScheduleFile
{
public:
    // The file's format; bump it when the layout below changes.
    static constexpr quint32 kFormatVersion = 1;

    static QByteArray encode(const Schedule &schedule, const ScheduleKey &key);
    // The schedule the bytes hold, or an error saying why they are not a schedule of `key`.
    static Result<std::shared_ptr<const Schedule>> decode(QByteArrayView bytes,
                                                          const ScheduleKey &key);

    // The tables alone, as they follow the header, with no checksum to vouch for them: the
    // fuzzer's way in. Every index is checked, so any bytes give either an error or a schedule
    // that is safe to read.
    static Result<std::shared_ptr<const Schedule>> decodeTables(QByteArrayView payload,
                                                                quint64 seed);

    // The file at `path`, mapped while it is read.
    static Result<std::shared_ptr<const Schedule>> read(const QString &path,
                                                        const ScheduleKey &key);
    // Writes atomically (QSaveFile): a reader sees the old file or the whole new one.
    static Result<void> write(const QString &path, const Schedule &schedule,
                              const ScheduleKey &key);
};

} // namespace tripdesk::sandbox
