#pragma once
// Formatting shared by the results list and the offer details: prices, durations, local times
// with a day marker, stop counts, cabins, fare brands, aircraft names and time-of-day windows.
// Every string is translated here once, so the list and the details pane always say the same thing.

#include "backend/core/money.h"
#include "backend/flights/flight_types.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>

namespace tripdesk {

// The four parts of the day the time facets offer, in the airport's local time.
enum class DayWindow { Night, Morning, Afternoon, Evening };
constexpr int kDayWindowCount = 4;
DayWindow dayWindowFor(QTime localTime);

class FlightFormat
{
    Q_DECLARE_TR_FUNCTIONS(FlightFormat)

public:
    // "$122.00", "₹1,22,500.00", "¥1,500", "122,00 €": the currency's symbol in every locale,
    // the currency's own number of decimals and the locale's digit grouping (Indian in hi and
    // en_IN). A currency without a widely known symbol shows its code ("AED 450.00").
    static QString price(const Money &amount, const QLocale &locale);
    // "2 h 05 min", "45 min".
    static QString duration(int minutes);
    // "06:00" in the airport's zone (24-hour clock, the travel trade's habit).
    static QString localTime(const QDateTime &utc, const QTimeZone &zone, const QLocale &locale);
    // "Thu 24 Dec" in the airport's zone.
    static QString localDate(const QDateTime &utc, const QTimeZone &zone, const QLocale &locale);
    // Calendar days between the local departure date and the local arrival date.
    static int dayOffset(const QDateTime &departureUtc, const QTimeZone &departureZone,
                         const QDateTime &arrivalUtc, const QTimeZone &arrivalZone);
    // "+1", "+2", "−1"; empty for the same day.
    static QString dayOffsetMarker(int days);
    // "Direct", "1 stop", "2 stops".
    static QString stops(int count);
    static QString cabin(Cabin cabin);
    // A supplier's fare brand in the UI language when it is a common one ("Basic", "Flex",
    // "economy"; case and spaces ignored); any other brand as the supplier wrote it.
    static QString fareBrand(const QString &brand);
    // "H2 291": the carrier code and the number apart, so "H2" + "91" never reads as "H291".
    static QString flightNumber(const QString &carrier, const QString &number);
    // "Airbus A320" for "320"; the code itself when not known.
    static QString aircraft(QStringView code);
    // "Night", "Morning"… and the hours they span, "00:00–05:59".
    static QString dayWindowName(DayWindow window);
    static QString dayWindowHours(DayWindow window);
};

} // namespace tripdesk
