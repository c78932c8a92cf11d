#include "backend/flights/flight_types.h"

#include <QStringList>

namespace tripdesk {

QString cabinToString(Cabin cabin)
{
    switch (cabin) {
    case Cabin::Economy:
        return QStringLiteral("economy");
    case Cabin::PremiumEconomy:
        return QStringLiteral("premium_economy");
    case Cabin::Business:
        return QStringLiteral("business");
    case Cabin::First:
        return QStringLiteral("first");
    }
    return QStringLiteral("economy");
}

std::optional<Cabin> cabinFromString(QStringView text)
{
    for (Cabin c : {Cabin::Economy, Cabin::PremiumEconomy, Cabin::Business, Cabin::First}) {
        if (text.compare(cabinToString(c), Qt::CaseInsensitive) == 0)
            return c;
    }
    return std::nullopt;
}

FlightSearchRequest::Kind FlightSearchRequest::kind() const
{
    if (slices.size() == 2 && slices[0].origin == slices[1].destination &&
        slices[0].destination == slices[1].origin)
        return Kind::RoundTrip;
    return slices.size() <= 1 ? Kind::OneWay : Kind::MultiCity;
}

int Itinerary::durationMinutes() const
{
    if (segments.empty())
        return 0;
    return int(segments.front().departure.secsTo(segments.back().arrival) / 60);
}

QDateTime Itinerary::departure() const
{
    return segments.empty() ? QDateTime() : segments.front().departure;
}

QDateTime Itinerary::arrival() const
{
    return segments.empty() ? QDateTime() : segments.back().arrival;
}

int FlightOffer::totalDurationMinutes() const
{
    int total = 0;
    for (const auto &it : itineraries)
        total += it.durationMinutes();
    return total;
}

int FlightOffer::maxStops() const
{
    int stops = 0;
    for (const auto &it : itineraries)
        stops = std::max(stops, it.stops());
    return stops;
}

QStringList FlightOffer::carriers() const
{
    QStringList out;
    for (const auto &it : itineraries) {
        for (const auto &s : it.segments) {
            if (!out.contains(s.carrier))
                out << s.carrier;
        }
    }
    return out;
}

} // namespace tripdesk
