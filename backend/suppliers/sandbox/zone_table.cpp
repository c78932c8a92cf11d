#include "backend/suppliers/sandbox/zone_table.h"

#include <algorithm>

namespace tripdesk::sandbox {

namespace {

// The years the sandbox sells: wide enough for any test clock and a year of bookings ahead.
const QDateTime kFrom(QDate(2015, 1, 1), QTime(0, 0), Qt::UTC);
const QDateTime kTo(QDate(2045, 12, 31), QTime(0, 0), Qt::UTC);

} // namespace

int ZoneTable::add(const QString &ianaId, const QTimeZone &zone)
{
    for (std::size_t i = 0; i < m_zones.size(); ++i) {
        if (m_zones[i].id == ianaId)
            return int(i);
    }
    Zone z;
    z.id = ianaId;
    z.initialOffset = zone.offsetFromUtc(kFrom) / 60;
    if (zone.hasTransitions()) {
        const auto transitions = zone.transitions(kFrom, kTo);
        z.transitions.reserve(std::size_t(transitions.size()));
        for (const auto &t : transitions) {
            z.transitions.emplace_back(Minute(t.atUtc.toSecsSinceEpoch() / 60),
                                       t.offsetFromUtc / 60);
        }
    }
    m_zones.push_back(std::move(z));
    return int(m_zones.size()) - 1;
}

int ZoneTable::offsetAtUtc(int zone, Minute utc) const
{
    const Zone &z = m_zones[std::size_t(zone)];
    if (z.transitions.empty() || utc < z.transitions.front().first)
        return z.initialOffset;
    const auto it = std::upper_bound(z.transitions.begin(), z.transitions.end(), utc,
                                     [](Minute v, const auto &t) { return v < t.first; });
    return std::prev(it)->second;
}

Minute ZoneTable::localToUtc(int zone, Minute local) const
{
    // Try the offset before and after the local time; keep the one that maps back to it.
    const int before = offsetAtUtc(zone, local - 1440);
    const int after = offsetAtUtc(zone, local + 1440);
    if (before == after)
        return local - before;
    const Minute first = local - std::max(before, after);
    if (offsetAtUtc(zone, first) == std::max(before, after))
        return first;
    const Minute second = local - std::min(before, after);
    if (offsetAtUtc(zone, second) == std::min(before, after))
        return second;
    // Skipped by a spring-forward change: the wall clock jumped over it.
    return local - before;
}

} // namespace tripdesk::sandbox
