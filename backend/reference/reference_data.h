#pragma once
// Reference data: every airport with an IATA code, metropolitan city codes that group airports,
// and airlines. Loaded once from the bundled resources (resources/data), then read-only and
// safe to share between threads.

#include "backend/core/result.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <memory>
#include <vector>

namespace tripdesk {

struct Airport {
    QString code;        // IATA, e.g. "BOM"
    QString icao;        // may be empty
    QString name;        // "Chhatrapati Shivaji International Airport"
    QString city;        // "Mumbai"
    QString country;     // "India"
    QString countryCode; // ISO 3166 alpha-2 where known, e.g. "IN"; may be empty
    QString cityCode;    // metropolitan city code this airport belongs to ("NYC"), or empty
    QString timeZoneId;  // IANA id, e.g. "Asia/Kolkata"; always valid for QTimeZone
    double latitude = 0;
    double longitude = 0;
    int importance = 0; // 0..100: how much traffic the airport sees (drives ranking and hubs)
};

struct MetroCity {
    QString code;           // "NYC"
    QString name;           // "New York"
    QString country;        // "United States"
    QStringList airports;   // member airport codes, busiest first
};

struct Airline {
    QString code;    // IATA two-character designator, e.g. "AI"
    QString name;    // "Air India"
    QString country; // "India"
};

class ReferenceData
{
public:
    // Loads the bundled data (Qt resources :/data/...). Fast: a few ms for ~6,000 airports.
    static Result<std::shared_ptr<const ReferenceData>> loadBundled();
    // Loads from explicit files (tests, tools).
    static Result<std::shared_ptr<const ReferenceData>>
    loadFromFiles(const QString &airportsPath, const QString &citiesPath, const QString &airlinesPath);

    const std::vector<Airport> &airports() const { return m_airports; }
    const std::vector<MetroCity> &cities() const { return m_cities; }
    const std::vector<Airline> &airlines() const { return m_airlines; }

    // Lookups by code (case-sensitive upper-case IATA codes); nullptr when unknown.
    const Airport *airport(QStringView code) const;
    const MetroCity *city(QStringView code) const;
    const Airline *airline(QStringView code) const;

    // The airports a searcher means by a code: the airport itself, or a city's airports.
    // Empty when the code is neither.
    QStringList airportsFor(QStringView code) const;
    // The airport's zone; UTC if unknown.
    QTimeZone timeZone(QStringView airportCode) const;
    // Great-circle distance in kilometres between two airports; -1 if either is unknown.
    double distanceKm(QStringView from, QStringView to) const;

private:
    std::vector<Airport> m_airports;
    std::vector<MetroCity> m_cities;
    std::vector<Airline> m_airlines;
    QHash<QString, qsizetype> m_airportByCode;
    QHash<QString, qsizetype> m_cityByCode;
    QHash<QString, qsizetype> m_airlineByCode;
    mutable QHash<QString, QTimeZone> m_zones; // filled at load; read-only afterwards

    friend class ReferenceDataLoader;
};

} // namespace tripdesk
