// Kept apart from display_lookup.cpp so code that never binds to the backend (the item models and
// their tests) does not pull the backend's symbols into its link.
#include "backend/flights/flight_types.h"
#include "backend/service/places_service.h"
#include "ui/display_lookup.h"

namespace tripdesk {

DisplayLookup DisplayLookup::fromPlaces(const PlacesService &places, const QLocale &locale)
{
    DisplayLookup lookup;
    const PlacesService *p = &places;
    // A reader of Hindi sees "मुंबई" where the data names the city in Hindi, else the English name.
    const QString language = QLocale::languageToCode(locale.language());
    lookup.timeZone = [p](QStringView code) { return p->timeZone(code); };
    lookup.airportName = [p](QStringView code) { return p->airportName(code); };
    lookup.cityName = [p, language](QStringView code) {
        const QString local = p->data().localCityName(normalisedCode(code), language);
        return local.isEmpty() ? p->cityName(code) : local;
    };
    lookup.airlineName = [p](QStringView code) { return p->airlineName(code); };
    lookup.locale = locale;
    return lookup;
}

} // namespace tripdesk
