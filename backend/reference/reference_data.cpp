#include "backend/reference/reference_data.h"

#include "backend/core/logging.h"
#include "backend/reference/reference_data_loader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QMutexLocker>

#include <cmath>
#include <numbers>

namespace tripdesk {

namespace {

Result<QByteArray> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::unavailable(
            QCoreApplication::translate("ReferenceData",
                                        "Could not read the airport data file %1. Reinstall "
                                        "TripDesk to restore it.")
                .arg(path),
            file.errorString());
    }
    return file.readAll();
}

} // namespace

QString localNameIn(const std::vector<LocalName> &names, QStringView language)
{
    const qsizetype cut = language.indexOf(QLatin1Char('_'));
    const QStringView primary = cut < 0 ? language : language.first(cut);
    for (const LocalName &n : names) {
        if (n.language == primary)
            return n.name;
    }
    return {};
}

Result<std::shared_ptr<const ReferenceData>> ReferenceData::loadBundled()
{
    return loadFromFiles(QStringLiteral(":/data/airports.tsv"), QStringLiteral(":/data/cities.tsv"),
                         QStringLiteral(":/data/airlines.tsv"), QStringLiteral(":/data/names.tsv"));
}

Result<std::shared_ptr<const ReferenceData>>
ReferenceData::loadFromFiles(const QString &airportsPath, const QString &citiesPath,
                             const QString &airlinesPath, const QString &namesPath)
{
    QElapsedTimer timer;
    timer.start();
    Result<QByteArray> airports = readFile(airportsPath);
    if (!airports.ok())
        return airports.error();
    Result<QByteArray> cities = readFile(citiesPath);
    if (!cities.ok())
        return cities.error();
    Result<QByteArray> airlines = readFile(airlinesPath);
    if (!airlines.ok())
        return airlines.error();
    Result<QByteArray> names =
        namesPath.isEmpty() ? Result<QByteArray>(QByteArray()) : readFile(namesPath);
    if (!names.ok())
        return names.error();
    auto data = loadFromData(*airports, *cities, *airlines, *names);
    if (data.ok()) {
        qCDebug(lcReference) << "loaded" << (*data)->airports().size() << "airports,"
                             << (*data)->cities().size() << "cities," << (*data)->airlines().size()
                             << "airlines in" << timer.nsecsElapsed() / 1000 << "us";
    } else {
        qCWarning(lcReference) << "reference data rejected:" << data.error().detail;
    }
    return data;
}

Result<std::shared_ptr<const ReferenceData>>
ReferenceData::loadFromData(const QByteArray &airportsTsv, const QByteArray &citiesTsv,
                            const QByteArray &airlinesTsv, const QByteArray &namesTsv)
{
    return ReferenceDataLoader::parse(airportsTsv, citiesTsv, airlinesTsv, namesTsv);
}

const Airport *ReferenceData::airport(QStringView code) const
{
    const auto it = m_airportByCode.constFind(codeKey(code));
    return it == m_airportByCode.cend() ? nullptr : &m_airports[size_t(*it)];
}

const MetroCity *ReferenceData::city(QStringView code) const
{
    const auto it = m_cityByCode.constFind(codeKey(code));
    return it == m_cityByCode.cend() ? nullptr : &m_cities[size_t(*it)];
}

const Airline *ReferenceData::airline(QStringView code) const
{
    const auto it = m_airlineByCode.constFind(codeKey(code));
    return it == m_airlineByCode.cend() ? nullptr : &m_airlines[size_t(*it)];
}

QStringList ReferenceData::airportsFor(QStringView code) const
{
    if (const MetroCity *c = city(code))
        return c->airports;
    if (const Airport *a = airport(code))
        return {a->code};
    return {};
}

QString ReferenceData::localCityName(QStringView code, QStringView language) const
{
    if (const MetroCity *c = city(code))
        return localNameIn(c->localNames, language);
    if (const Airport *a = airport(code))
        return localNameIn(a->localNames, language);
    return {};
}

QTimeZone ReferenceData::timeZone(QStringView airportCode) const
{
    const Airport *a = airport(airportCode);
    if (!a) {
        // A metropolitan city's airports share its zone; callers holding "NYC" get New York's.
        const MetroCity *c = city(airportCode);
        a = c ? airport(c->airports.value(0)) : nullptr;
    }
    if (!a)
        return QTimeZone::utc();
    QMutexLocker lock(&m_zonesMutex);
    auto it = m_zones.constFind(a->timeZoneId);
    if (it == m_zones.cend()) {
        QTimeZone zone(a->timeZoneId.toLatin1());
        if (!zone.isValid()) {
            // The generator checks every id against the tz database; this is a system without it.
            qCWarning(lcReference)
                << "unknown time zone" << a->timeZoneId << "for" << a->code << "- using UTC";
            zone = QTimeZone::utc();
        }
        it = m_zones.insert(a->timeZoneId, zone);
    }
    return *it;
}

double ReferenceData::distanceKm(QStringView from, QStringView to) const
{
    const Airport *a = airport(from);
    const Airport *b = airport(to);
    if (!a || !b)
        return -1;
    // Haversine on the mean Earth radius: within 0.5% of the ellipsoid, plenty for block times.
    constexpr double kEarthRadiusKm = 6371.0088;
    constexpr double kRad = std::numbers::pi / 180.0;
    const double lat1 = a->latitude * kRad;
    const double lat2 = b->latitude * kRad;
    const double dLat = lat2 - lat1;
    const double dLon = (b->longitude - a->longitude) * kRad;
    const double h = std::sin(dLat / 2) * std::sin(dLat / 2) +
                     std::cos(lat1) * std::cos(lat2) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * kEarthRadiusKm * std::asin(std::sqrt(std::min(1.0, h)));
}

} // namespace tripdesk
