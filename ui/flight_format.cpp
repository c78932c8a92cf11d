#include "ui/flight_format.h"

#include <QHash>

namespace tripdesk {

DayWindow dayWindowFor(QTime localTime)
{
    const int hour = localTime.hour();
    if (hour < 6)
        return DayWindow::Night;
    if (hour < 12)
        return DayWindow::Morning;
    if (hour < 18)
        return DayWindow::Afternoon;
    return DayWindow::Evening;
}

namespace {} // namespace

QString FlightFormat::price(const Money &amount, const QLocale &locale)
{
    return amount.toDisplayString(locale);
}

QString FlightFormat::duration(int minutes)
{
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString FlightFormat::localTime(const QDateTime &utc, const QTimeZone &zone, const QLocale &locale)
{
    return locale.toString(utc.toTimeZone(zone).time(), QStringLiteral("HH:mm"));
}

QString FlightFormat::localDate(const QDateTime &utc, const QTimeZone &zone, const QLocale &locale)
{
    return locale.toString(utc.toTimeZone(zone).date(), QStringLiteral("ddd d MMM"));
}

int FlightFormat::dayOffset(const QDateTime &departureUtc, const QTimeZone &departureZone,
                            const QDateTime &arrivalUtc, const QTimeZone &arrivalZone)
{
    const QDate from = departureUtc.toTimeZone(departureZone).date();
    const QDate to = arrivalUtc.toTimeZone(arrivalZone).date();
    return int(from.daysTo(to));
}

QString FlightFormat::dayOffsetMarker(int days)
{
    if (days == 0)
        return {};
    if (days > 0)
        return tr("+%1", "arrives N days later").arg(days);
    return tr("−%1", "arrives N days earlier (date line)").arg(-days);
}

QString FlightFormat::stops(int count)
{
    if (count <= 0)
        return tr("Direct");
    // English needs no catalogue, so its singular is spelt out; other languages translate the
    // plural forms of "%n stops".
    return count == 1 ? tr("1 stop") : tr("%n stops", nullptr, count);
}

QString FlightFormat::cabin(Cabin cabin)
{
    switch (cabin) {
    case Cabin::Economy:
        return tr("Economy");
    case Cabin::PremiumEconomy:
        return tr("Premium economy");
    case Cabin::Business:
        return tr("Business");
    case Cabin::First:
        return tr("First");
    }
    return tr("Economy");
}

QString FlightFormat::fareBrand(const QString &brand)
{
    const QString key = brand.simplified().toLower();
    // Cabin names used as brands read as the cabin does.
    if (key == u"economy")
        return cabin(Cabin::Economy);
    if (key == u"premium economy")
        return cabin(Cabin::PremiumEconomy);
    if (key == u"business")
        return cabin(Cabin::Business);
    if (key == u"first")
        return cabin(Cabin::First);
    struct Brand {
        const char *source;
        const char *comment;
    };
    static constexpr Brand brands[] = {
        QT_TRANSLATE_NOOP3("FlightFormat", "Basic", "fare brand"),
        QT_TRANSLATE_NOOP3("FlightFormat", "Standard", "fare brand"),
        QT_TRANSLATE_NOOP3("FlightFormat", "Flex", "fare brand"),
        QT_TRANSLATE_NOOP3("FlightFormat", "Light", "fare brand"),
        QT_TRANSLATE_NOOP3("FlightFormat", "Classic", "fare brand"),
        QT_TRANSLATE_NOOP3("FlightFormat", "Saver", "fare brand"),
        QT_TRANSLATE_NOOP3("FlightFormat", "Value", "fare brand"),
        QT_TRANSLATE_NOOP3("FlightFormat", "Plus", "fare brand"),
        QT_TRANSLATE_NOOP3("FlightFormat", "Comfort", "fare brand"),
        QT_TRANSLATE_NOOP3("FlightFormat", "Premium", "fare brand"),
        QT_TRANSLATE_NOOP3("FlightFormat", "Basic economy", "fare brand"),
        QT_TRANSLATE_NOOP3("FlightFormat", "Economy light", "fare brand"),
        QT_TRANSLATE_NOOP3("FlightFormat", "Economy flex", "fare brand"),
        QT_TRANSLATE_NOOP3("FlightFormat", "Main cabin", "fare brand"),
    };
    for (const Brand &b : brands) {
        if (key == QString::fromLatin1(b.source).toLower())
            return QCoreApplication::translate("FlightFormat", b.source, b.comment);
    }
    return brand;
}

QString FlightFormat::flightNumber(const QString &carrier, const QString &number)
{
    return number.isEmpty() ? carrier : carrier + QChar(0x00A0) + number;
}

QString FlightFormat::aircraft(QStringView code)
{
    // The IATA type codes schedules use most; product names are not translated.
    static const QHash<QString, QString> names = {
        {QStringLiteral("319"), QStringLiteral("Airbus A319")},
        {QStringLiteral("320"), QStringLiteral("Airbus A320")},
        {QStringLiteral("321"), QStringLiteral("Airbus A321")},
        {QStringLiteral("32N"), QStringLiteral("Airbus A320neo")},
        {QStringLiteral("32Q"), QStringLiteral("Airbus A321neo")},
        {QStringLiteral("330"), QStringLiteral("Airbus A330")},
        {QStringLiteral("332"), QStringLiteral("Airbus A330-200")},
        {QStringLiteral("333"), QStringLiteral("Airbus A330-300")},
        {QStringLiteral("339"), QStringLiteral("Airbus A330-900neo")},
        {QStringLiteral("350"), QStringLiteral("Airbus A350")},
        {QStringLiteral("359"), QStringLiteral("Airbus A350-900")},
        {QStringLiteral("351"), QStringLiteral("Airbus A350-1000")},
        {QStringLiteral("380"), QStringLiteral("Airbus A380")},
        {QStringLiteral("388"), QStringLiteral("Airbus A380-800")},
        {QStringLiteral("221"), QStringLiteral("Airbus A220-100")},
        {QStringLiteral("223"), QStringLiteral("Airbus A220-300")},
        {QStringLiteral("737"), QStringLiteral("Boeing 737")},
        {QStringLiteral("738"), QStringLiteral("Boeing 737-800")},
        {QStringLiteral("739"), QStringLiteral("Boeing 737-900")},
        {QStringLiteral("7M8"), QStringLiteral("Boeing 737 MAX 8")},
        {QStringLiteral("7M9"), QStringLiteral("Boeing 737 MAX 9")},
        {QStringLiteral("744"), QStringLiteral("Boeing 747-400")},
        {QStringLiteral("748"), QStringLiteral("Boeing 747-8")},
        {QStringLiteral("757"), QStringLiteral("Boeing 757")},
        {QStringLiteral("763"), QStringLiteral("Boeing 767-300")},
        {QStringLiteral("772"), QStringLiteral("Boeing 777-200")},
        {QStringLiteral("773"), QStringLiteral("Boeing 777-300")},
        {QStringLiteral("77W"), QStringLiteral("Boeing 777-300ER")},
        {QStringLiteral("788"), QStringLiteral("Boeing 787-8")},
        {QStringLiteral("789"), QStringLiteral("Boeing 787-9")},
        {QStringLiteral("78X"), QStringLiteral("Boeing 787-10")},
        {QStringLiteral("AT7"), QStringLiteral("ATR 72")},
        {QStringLiteral("AT4"), QStringLiteral("ATR 42")},
        {QStringLiteral("DH4"), QStringLiteral("De Havilland Dash 8-400")},
        {QStringLiteral("E75"), QStringLiteral("Embraer 175")},
        {QStringLiteral("E90"), QStringLiteral("Embraer 190")},
        {QStringLiteral("E95"), QStringLiteral("Embraer 195")},
        {QStringLiteral("E195"), QStringLiteral("Embraer 195")},
        {QStringLiteral("CR9"), QStringLiteral("Bombardier CRJ900")},
        {QStringLiteral("CRJ"), QStringLiteral("Bombardier CRJ")},
    };
    const auto it = names.constFind(code.toString());
    return it == names.cend() ? code.toString() : it.value();
}

QString FlightFormat::dayWindowName(DayWindow window)
{
    switch (window) {
    case DayWindow::Night:
        return tr("Night");
    case DayWindow::Morning:
        return tr("Morning");
    case DayWindow::Afternoon:
        return tr("Afternoon");
    case DayWindow::Evening:
        return tr("Evening");
    }
    return {};
}

QString FlightFormat::dayWindowHours(DayWindow window)
{
    // Short enough to sit beside the name in the filters; "06–12" runs to 11:59.
    switch (window) {
    case DayWindow::Night:
        return tr("00–06");
    case DayWindow::Morning:
        return tr("06–12");
    case DayWindow::Afternoon:
        return tr("12–18");
    case DayWindow::Evening:
        return tr("18–24");
    }
    return {};
}

} // namespace tripdesk
