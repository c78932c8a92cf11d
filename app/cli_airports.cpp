// tripdesk-cli airports QUERY: autocomplete over airports and metropolitan cities.

#include "app/cli_commands.h"

#include "backend/reference/reference_data.h"
#include "backend/service/places_service.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tripdesk::cli {

namespace {

constexpr int kDefaultLimit = 10;
constexpr int kMaxLimit = 100;

QJsonObject placeToJson(const Place &place, const ReferenceData &data)
{
    QJsonObject json{
        {u"code"_s, place.code},
        {u"kind"_s, place.kind == Place::Kind::City ? u"city"_s : u"airport"_s},
        {u"name"_s, place.name},
        {u"city"_s, place.city},
        {u"country"_s, place.country},
    };
    // Beyond the documented fields: what a script needs next without a second lookup.
    if (place.kind == Place::Kind::City) {
        json.insert(u"airports"_s, QJsonArray::fromStringList(data.airportsFor(place.code)));
    } else if (const Airport *airport = data.airport(place.code)) {
        json.insert(u"time_zone"_s, airport->timeZoneId);
        if (!airport->cityCode.isEmpty())
            json.insert(u"city_code"_s, airport->cityCode);
    }
    return json;
}

QString placesTable(const std::vector<Place> &places, const ReferenceData &data)
{
    const QString cityKind = QCoreApplication::translate("Cli", "city");
    const QString airportKind = QCoreApplication::translate("Cli", "airport");
    // The kind column fits the longer word in the current language, plus a gap.
    const qsizetype kindWidth = std::max(cityKind.size(), airportKind.size()) + 2;
    QString out;
    for (const Place &place : places) {
        const bool city = place.kind == Place::Kind::City;
        const QString &kind = city ? cityKind : airportKind;
        QString where;
        if (city) {
            where = QCoreApplication::translate("Cli", "%1 (all airports: %2), %3")
                        .arg(place.name, data.airportsFor(place.code).join(u' '), place.country);
        } else {
            where = QCoreApplication::translate("Cli", "%1, %2, %3")
                        .arg(place.name, place.city, place.country);
        }
        out += place.code.leftJustified(5) + kind.leftJustified(kindWidth) + where + u'\n';
    }
    return out;
}

} // namespace

std::optional<int> runAirports(Cli &cli, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("Cli", "Find airports and cities by IATA code, city, airport "
                                           "name or country; the place you most likely mean "
                                           "comes first."));
    const QCommandLineOption help = helpOption();
    const QCommandLineOption json = jsonOption();
    const QCommandLineOption dataDir = dataDirOption();
    const QCommandLineOption limit(
        u"limit"_s,
        QCoreApplication::translate("Cli", "Show at most N places (default %1, at most %2).")
            .arg(kDefaultLimit)
            .arg(kMaxLimit),
        u"N"_s, QString::number(kDefaultLimit));
    parser.addOptions({help, limit, json, dataDir});
    parser.addPositionalArgument(
        u"QUERY"_s,
        QCoreApplication::translate("Cli", "What to look for, e.g. “mumb”, “new york”."));

    if (!parser.parse(QStringList{u"tripdesk-cli"_s} + arguments.mid(1))) {
        return usageError(
            QCoreApplication::translate("Cli", "%1 See “tripdesk-cli airports --help”.")
                .arg(parser.errorText()));
    }
    if (parser.isSet(help)) {
        const QString usage = QCoreApplication::translate(
            "Cli", "Usage: tripdesk-cli airports QUERY [--limit N] [--json] [--data-dir DIR]");
        printOut(usage + u"\n\n"_s + parser.helpText().section(u'\n', 1));
        return ExitOk;
    }
    if (auto bad = checkOptionValues(parser, {limit, dataDir}, dataDir))
        return *bad;
    const QString query = parser.positionalArguments().join(u' ').simplified();
    if (query.isEmpty()) {
        return usageError(QCoreApplication::translate(
            "Cli", "say what to look for, e.g. “tripdesk-cli airports mumbai”."));
    }
    const auto max = parseCount(u"limit"_s, parser.value(limit), 1, kMaxLimit);
    if (!max)
        return ExitUsage;

    int failure = ExitFailure;
    const Services *services = cli.services(parser.value(dataDir), {}, failure);
    if (!services)
        return failure;
    const PlacesService &places = services->places;
    const std::vector<Place> found = places.complete(query, *max);

    if (parser.isSet(json)) {
        QJsonArray array;
        for (const Place &place : found)
            array.append(placeToJson(place, places.data()));
        printOut(QString::fromUtf8(
            QJsonDocument(QJsonObject{{u"places"_s, array}}).toJson(QJsonDocument::Indented)));
        return ExitOk;
    }
    if (found.empty()) {
        printOut(QCoreApplication::translate(
                     "Cli", "No airport or city matches “%1”; try fewer letters or the city name.")
                     .arg(query) +
                 u'\n');
        return ExitOk;
    }
    printOut(placesTable(found, places.data()));
    return ExitOk;
}

} // namespace tripdesk::cli
