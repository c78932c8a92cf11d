#pragma once
// Reference data: every airport with an IATA code, metropolitan city codes that group airports,
// city names in other languages and scripts, and airlines. Loaded once from the bundled resources
// (resources/data), then read-only and safe to share between threads.

#include "backend/core/result.h"

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <memory>
#include <vector>

namespace tripdesk {

// A city's name in another language or script ("मुंबई" in Hindi).
struct LocalName {
    QString language; // BCP 47 primary tag: "hi", "bn", "ja"
    QString name;     // what a reader of that language sees
    QStringList aliases; // other spellings people type ("मुम्बई", "बंबई"); searched, never shown
};

// The name in `language` ("hi"; a longer tag such as "hi_IN" is cut to its language), or an
// empty string when there is none.
QString localNameIn(const std::vector<LocalName> &names, QStringView language);

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
    QString keywords;   // extra search words, never displayed: former names ("Bombay") …
    // Its city's names in other languages; those of its metropolitan city when it is in the
    // city of that name (LHR has London's, EWR in Newark has none of New York's).
    std::vector<LocalName> localNames;
};

struct MetroCity {
    QString code;         // "NYC"
    QString name;         // "New York"
    QString country;      // "United States"
    QStringList airports; // member airport codes, busiest first
    std::vector<LocalName> localNames;
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
    // Loads from explicit files (tests, tools); no names file when namesPath is empty.
    static Result<std::shared_ptr<const ReferenceData>>
    loadFromFiles(const QString &airportsPath, const QString &citiesPath,
                  const QString &airlinesPath, const QString &namesPath = {});
    // Parses the TSV files' contents (see resources/data/NOTICE.md and scripts/gen_reference.py
    // for the format); the names in other languages are optional. Malformed input gives an
    // InvalidInput error that names the file and line; it never crashes. Tests and tools build
    // small data sets with it.
    static Result<std::shared_ptr<const ReferenceData>>
    loadFromData(const QByteArray &airportsTsv, const QByteArray &citiesTsv,
                 const QByteArray &airlinesTsv, const QByteArray &namesTsv = {});

    const std::vector<Airport> &airports() const { return m_airports; }
    const std::vector<MetroCity> &cities() const { return m_cities; }
    const std::vector<Airline> &airlines() const { return m_airlines; }

    // Lookups by code (case-sensitive upper-case IATA codes); nullptr when unknown.
    const Airport *airport(QStringView code) const;
    const MetroCity *city(QStringView code) const;
    const Airline *airline(QStringView code) const;

    // The airports a searcher means by a code: a metropolitan city's airports, busiest first,
    // or the airport itself. Some city codes are also an airport's code (SHA, HOU, BER, IST …);
    // the city wins, as in a GDS. A caller that knows the traveller picked the airport (a
    // Place of kind Airport) uses the code alone. Empty when the code is neither.
    QStringList airportsFor(QStringView code) const;
    // The city's name in `language` for an airport or metropolitan city code (the city wins, as
    // in airportsFor); empty when it has none.
    QString localCityName(QStringView code, QStringView language) const;
    // The airport's zone (for a metropolitan city code, its busiest airport's); UTC if unknown.
    // Zones are built on first use (building all ~300 of them would cost ~25 ms at start-up)
    // and cached; safe to call from any thread.
    QTimeZone timeZone(QStringView airportCode) const;
    // Great-circle distance in kilometres between two airports; -1 if either is unknown.
    double distanceKm(QStringView from, QStringView to) const;

private:
    // Codes are at most four ASCII characters, so lookups pack them into an integer instead of
    // allocating a QString per call (the schedule generator looks airports up millions of times).
    std::vector<Airport> m_airports;
    std::vector<MetroCity> m_cities;
    std::vector<Airline> m_airlines;
    QHash<quint32, qsizetype> m_airportByCode;
    QHash<quint32, qsizetype> m_cityByCode;
    QHash<quint32, qsizetype> m_airlineByCode;
    mutable QMutex m_zonesMutex;
    mutable QHash<QString, QTimeZone> m_zones; // by IANA id, filled on first use under the mutex

    friend class ReferenceDataLoader;
};

} // namespace tripdesk
