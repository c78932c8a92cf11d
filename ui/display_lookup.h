#pragma once
// What the results and details views need to know about codes they display: airport zones and
// names, city names and airline names. A plain set of functions so the item models can be tested
// with hand-made data; fromPlaces() binds them to the backend's PlacesService.

#include <QLocale>
#include <QString>
#include <QTimeZone>

#include <functional>

namespace tripdesk {

class PlacesService;

struct DisplayLookup {
    std::function<QTimeZone(QStringView airportCode)> timeZone;
    std::function<QString(QStringView airportCode)> airportName; // empty when unknown
    std::function<QString(QStringView code)> cityName; // in the locale's language where known
    std::function<QString(QStringView airlineCode)> airlineName; // empty when unknown
    QLocale locale;

    // Safe accessors: fall back to UTC or to the code itself.
    QTimeZone zone(QStringView airportCode) const;
    QString airport(QStringView code) const;
    QString city(QStringView code) const;
    QString airline(QStringView code) const;

    // Binds to the backend; `places` must outlive the lookup.
    static DisplayLookup fromPlaces(const PlacesService &places, const QLocale &locale = {});
};

} // namespace tripdesk
