#include "ui/display_lookup.h"

namespace tripdesk {

QTimeZone DisplayLookup::zone(QStringView airportCode) const
{
    if (timeZone) {
        QTimeZone z = timeZone(airportCode);
        if (z.isValid())
            return z;
    }
    return QTimeZone::utc();
}

QString DisplayLookup::airport(QStringView code) const
{
    const QString name = airportName ? airportName(code) : QString();
    return name.isEmpty() ? code.toString() : name;
}

QString DisplayLookup::city(QStringView code) const
{
    const QString name = cityName ? cityName(code) : QString();
    return name.isEmpty() ? code.toString() : name;
}

QString DisplayLookup::airline(QStringView code) const
{
    const QString name = airlineName ? airlineName(code) : QString();
    return name.isEmpty() ? code.toString() : name;
}

} // namespace tripdesk
