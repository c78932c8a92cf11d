#pragma once
// Fast UTC offsets for the schedule's airports. Route search converts thousands of local
// departure times a query; asking QTimeZone each time would dominate its cost, so each zone's
// offset transitions over the years the sandbox sells are read once and searched in memory.

#include <QString>
#include <QTimeZone>

#include <utility>
#include <vector>

namespace tripdesk::sandbox {

// Minutes since 1970-01-01T00:00Z (an instant), or local minutes since 1970-01-01T00:00 local.
using Minute = qint32;

class ZoneTable
{
public:
    // The zone's index, adding it on first use (zones are shared by airports).
    int add(const QString &ianaId, const QTimeZone &zone);

    int offsetAtUtc(int zone, Minute utc) const; // minutes east of UTC
    // The instant of a local wall-clock time. A time skipped by a spring-forward change maps
    // to the instant one hour later; an ambiguous autumn time maps to its first occurrence.
    Minute localToUtc(int zone, Minute local) const;
    Minute utcToLocal(int zone, Minute utc) const { return utc + offsetAtUtc(zone, utc); }

    int size() const { return int(m_zones.size()); }
    const QString &ianaId(int zone) const { return m_zones[std::size_t(zone)].id; }

private:
    friend class ScheduleFile; // reads and writes the table as it is (schedule_file.h)
    struct Zone {
        QString id;
        int initialOffset = 0;
        std::vector<std::pair<Minute, int>> transitions; // instant, offset from then on
    };
    std::vector<Zone> m_zones;
};

// Calendar helpers on day numbers (days since 1970-01-01).
inline int floorDiv(qint64 a, int b)
{
    return int(a >= 0 ? a / b : -((-a + b - 1) / b));
}
inline int dayNumber(const QDate &date)
{
    return int(date.toJulianDay() - 2440588);
}
inline QDate dateOfDay(int day)
{
    return QDate::fromJulianDay(qint64(day) + 2440588);
}
// 0 = Monday … 6 = Sunday.
inline int weekdayOfDay(int day)
{
    return ((day % 7) + 7 + 3) % 7;
}

} // namespace tripdesk::sandbox
