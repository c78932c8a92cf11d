#include "backend/flights/flight_types.h"

#include <QStringList>

#include <algorithm>

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

std::optional<Money> FlightOffer::priceWithCheckedBags(int bags, int travellers) const
{
    const int lacking = std::max(0, bags - baggage.checkedBags);
    if (lacking == 0)
        return price;
    if (!extraCheckedBag || extraCheckedBag->currency() != price.currency())
        return std::nullopt;
    return price + *extraCheckedBag * (qint64(lacking) * std::max(1, travellers));
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

QString passengerTypeToString(PassengerType type)
{
    switch (type) {
    case PassengerType::Adult:
        return QStringLiteral("adult");
    case PassengerType::Child:
        return QStringLiteral("child");
    case PassengerType::Infant:
        return QStringLiteral("infant_without_seat");
    }
    return QStringLiteral("adult");
}

std::optional<PassengerType> passengerTypeFromString(QStringView text)
{
    for (PassengerType t : {PassengerType::Adult, PassengerType::Child, PassengerType::Infant}) {
        if (text.compare(passengerTypeToString(t), Qt::CaseInsensitive) == 0)
            return t;
    }
    return std::nullopt;
}

bool FlightOffer::faresAddUp() const
{
    if (fares.empty())
        return false;
    Money sum(0, price.currency());
    for (const PassengerFare &f : fares) {
        auto each = f.base.plus(f.taxes);
        if (!each)
            return false;
        for (int i = 0; i < f.count; ++i) {
            auto next = sum.plus(*each);
            if (!next)
                return false;
            sum = *next;
        }
    }
    return sum == price;
}

QString normalisedCode(QStringView typed)
{
    return typed.trimmed().toString().toUpper();
}

namespace SearchField {

namespace {

QString ofSlice(int slice, QLatin1StringView part)
{
    return QStringLiteral("slices[%1].%2").arg(slice).arg(part);
}

} // namespace

QString slices()
{
    return QStringLiteral("slices");
}

QString origin(int slice)
{
    return ofSlice(slice, QLatin1StringView("origin"));
}

QString destination(int slice)
{
    return ofSlice(slice, QLatin1StringView("destination"));
}

QString date(int slice)
{
    return ofSlice(slice, QLatin1StringView("date"));
}

QString passengers()
{
    return QStringLiteral("passengers");
}

QString maxStops()
{
    return QStringLiteral("maxStops");
}

Parsed parse(QStringView field)
{
    using Part = Parsed::Part;
    if (field == u"slices")
        return {Part::Slices, -1};
    if (field == u"passengers")
        return {Part::Passengers, -1};
    if (field == u"maxStops")
        return {Part::MaxStops, -1};
    static const QLatin1StringView prefix("slices[");
    if (!field.startsWith(prefix))
        return {};
    const qsizetype close = field.indexOf(u']', prefix.size());
    if (close < 0 || close + 1 >= field.size() || field[close + 1] != u'.')
        return {};
    bool ok = false;
    const int slice = field.mid(prefix.size(), close - prefix.size()).toInt(&ok);
    if (!ok || slice < 0)
        return {};
    const QStringView part = field.mid(close + 2);
    if (part == u"origin")
        return {Part::Origin, slice};
    if (part == u"destination")
        return {Part::Destination, slice};
    if (part == u"date")
        return {Part::Date, slice};
    return {};
}

} // namespace SearchField

} // namespace tripdesk
