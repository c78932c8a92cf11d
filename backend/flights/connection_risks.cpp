#include "backend/flights/connection_risks.h"

#include <algorithm>

namespace tripdesk {

namespace {

// A layover longer than this is not searched night by night (no supplier sells one).
constexpr int kMaxNights = 31;

} // namespace

bool Connection::has(ConnectionRisk risk) const
{
    return std::find(risks.begin(), risks.end(), risk) != risks.end();
}

int nightMinutes(const QDateTime &from, const QDateTime &to, const QTimeZone &zone)
{
    if (!from.isValid() || !to.isValid() || to <= from)
        return 0;
    const QDate first = from.toTimeZone(zone).date();
    const QDate last = to.toTimeZone(zone).date();
    qint64 seconds = 0;
    for (QDate day = first; day <= last && first.daysTo(day) <= kMaxNights; day = day.addDays(1)) {
        // Wall-clock bounds through the zone, so a night shortened by a clock change is
        // counted as it is lived.
        const QDateTime start(day, QTime(kNightStartHour, 0), zone);
        const QDateTime end(day, QTime(kNightEndHour, 0), zone);
        const QDateTime a = std::max(start, from);
        const QDateTime b = std::min(end, to);
        if (a < b)
            seconds += a.secsTo(b);
    }
    return int(seconds / 60);
}

std::vector<Connection> connectionsOf(const Itinerary &itinerary,
                                      const std::function<QTimeZone(QStringView)> &zoneOf)
{
    std::vector<Connection> out;
    for (std::size_t i = 0; i + 1 < itinerary.segments.size(); ++i) {
        const Segment &in = itinerary.segments[i];
        const Segment &next = itinerary.segments[i + 1];
        Connection c;
        c.index = int(i);
        c.layoverMinutes = int(in.arrival.secsTo(next.departure) / 60);
        c.arrivalAirport = in.destination;
        c.departureAirport = next.origin;
        if (in.destination != next.origin)
            c.risks.push_back(ConnectionRisk::AirportChange);
        const QTimeZone zone = zoneOf ? zoneOf(in.destination) : QTimeZone::utc();
        if (nightMinutes(in.arrival, next.departure, zone.isValid() ? zone : QTimeZone::utc()) >=
            kOvernightMinutes)
            c.risks.push_back(ConnectionRisk::Overnight);
        if (c.layoverMinutes >= kLongLayoverMinutes)
            c.risks.push_back(ConnectionRisk::LongLayover);
        out.push_back(std::move(c));
    }
    return out;
}

} // namespace tripdesk
