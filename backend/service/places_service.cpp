#include "backend/service/places_service.h"

#include "backend/flights/flight_types.h"

#include <QCoreApplication>

namespace tripdesk {

namespace {

// Reference lookups are by upper-case code; people type "bom" as often as "BOM".
QString normalised(QStringView code)
{
    return normalisedCode(code);
}

} // namespace

PlacesService::PlacesService(std::shared_ptr<const ReferenceData> data)
    : m_data(std::move(data))
    , m_index(m_data)
{}

std::vector<Place> PlacesService::complete(QStringView query, int limit) const
{
    if (limit <= 0)
        return {};
    return m_index.complete(query, limit);
}

bool PlacesService::isKnown(QStringView code) const
{
    const QString c = normalised(code);
    return m_data->airport(c) != nullptr || m_data->city(c) != nullptr;
}

QString PlacesService::displayName(QStringView code) const
{
    const QString c = normalised(code);
    if (const Airport *a = m_data->airport(c)) {
        return QCoreApplication::translate("Places", "%1 (%2)", "city (airport code)")
            .arg(a->city.isEmpty() ? a->name : a->city, c);
    }
    if (const MetroCity *city = m_data->city(c))
        return QCoreApplication::translate("Places", "%1 (all airports)").arg(city->name);
    return code.toString();
}

QString PlacesService::airportName(QStringView code) const
{
    const QString c = normalised(code);
    if (const Airport *a = m_data->airport(c))
        return a->name;
    if (const MetroCity *city = m_data->city(c))
        return city->name;
    return code.toString();
}

QString PlacesService::cityName(QStringView code) const
{
    const QString c = normalised(code);
    if (const Airport *a = m_data->airport(c))
        return a->city;
    if (const MetroCity *city = m_data->city(c))
        return city->name;
    return code.toString();
}

QString PlacesService::airlineName(QStringView code) const
{
    if (const Airline *a = m_data->airline(normalised(code)))
        return a->name;
    return code.toString();
}

QTimeZone PlacesService::timeZone(QStringView airportCode) const
{
    const QString c = normalised(airportCode);
    if (m_data->airport(c) == nullptr) {
        // A city's zone is its main airport's: what "today" means when departing from NYC.
        if (const MetroCity *city = m_data->city(c); city && !city->airports.isEmpty())
            return m_data->timeZone(city->airports.front());
    }
    return m_data->timeZone(c);
}

} // namespace tripdesk
