#pragma once
// Places: autocomplete over airports and cities, and display facts about a code.

#include "backend/reference/place_index.h"

#include <QTimeZone>

namespace tripdesk {

class PlacesService
{
public:
    explicit PlacesService(std::shared_ptr<const ReferenceData> data);

    // Synchronous: about a microsecond; call on every keystroke.
    std::vector<Place> complete(QStringView query, int limit = 10) const;

    // Whether the code names an airport or a metropolitan city.
    bool isKnown(QStringView code) const;
    // "Mumbai (BOM)", "New York (all airports)"; the code itself when unknown.
    QString displayName(QStringView code) const;
    QString airportName(QStringView code) const;
    QString cityName(QStringView code) const;
    QString airlineName(QStringView code) const;
    QTimeZone timeZone(QStringView airportCode) const;

    const ReferenceData &data() const { return *m_data; }

private:
    std::shared_ptr<const ReferenceData> m_data;
    PlaceIndex m_index;
};

} // namespace tripdesk
