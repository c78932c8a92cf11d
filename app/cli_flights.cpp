// tripdesk-cli flights search: one-way, round trip (--return) or multi-city (--slice …).

#include "app/cli_commands.h"
#include "app/cli_format.h"

#include "backend/service/flight_search_service.h"
#include "backend/service/places_service.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace tripdesk::cli {

namespace {

constexpr int kDefaultLimit = 20;
constexpr int kMaxLimit = 10000;

struct Options {
    FlightSearchRequest request; // dates still to read, from dateTexts
    QStringList dateTexts;       // one per slice: "2026-12-24", "24dec", "+30" …
    SortOrder order = SortOrder::Best;
    int limit = kDefaultLimit;
    bool json = false;
    QString currency;
    QString dataDir;
    QStringList suppliers; // empty: every enabled supplier
    int checkedBags = 0;   // prices with this many checked bags per traveller
};

QString seeHelp()
{
    return QCoreApplication::translate("Cli", "see “tripdesk-cli flights search --help”.");
}

// Parses the command line into Options; on failure prints the one-line error and returns the
// exit code instead.
std::variant<Options, int> parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli", "Search flights in every enabled supplier and list the offers, best first unless "
               "--sort says otherwise. Times are local to each airport."));
    const auto opt = [](const QString &name, const QString &description, const QString &value = {},
                        const QString &fallback = {}) {
        return value.isEmpty() ? QCommandLineOption(name, description)
                               : QCommandLineOption(name, description, value, fallback);
    };
    const QCommandLineOption help = helpOption();
    const QCommandLineOption from =
        opt(u"from"_s, QCoreApplication::translate("Cli", "Origin airport or city code, e.g. DEL."),
            u"CODE"_s);
    const QCommandLineOption to = opt(
        u"to"_s, QCoreApplication::translate("Cli", "Destination airport or city code, e.g. BOM."),
        u"CODE"_s);
    const QCommandLineOption date =
        opt(u"date"_s,
            QCoreApplication::translate("Cli", "Departure date, local to the origin: 2026-12-24, "
                                               "24/12, 24dec, 24, +30, +2w, tomorrow or fri."),
            u"DATE"_s);
    const QCommandLineOption back =
        opt(u"return"_s,
            QCoreApplication::translate(
                "Cli", "Return date, written as for --date: makes it a round trip."),
            u"DATE"_s);
    const QCommandLineOption slice = opt(
        u"slice"_s,
        QCoreApplication::translate("Cli", "One flight of a multi-city trip; repeat it for each "
                                           "flight, in order. Replaces --from/--to/--date."),
        u"FROM:TO:YYYY-MM-DD"_s);
    const QCommandLineOption adults = opt(
        u"adults"_s, QCoreApplication::translate("Cli", "Adults, 12 years and over (default 1)."),
        u"N"_s, u"1"_s);
    const QCommandLineOption children = opt(
        u"children"_s, QCoreApplication::translate("Cli", "Children, 2 to 11 years (default 0)."),
        u"N"_s, u"0"_s);
    const QCommandLineOption infants =
        opt(u"infants"_s,
            QCoreApplication::translate("Cli", "Infants under 2, on an adult’s lap (default 0)."),
            u"N"_s, u"0"_s);
    const QCommandLineOption cabin =
        opt(u"cabin"_s,
            QCoreApplication::translate(
                "Cli", "economy, premium_economy, business or first (default economy)."),
            u"CABIN"_s, u"economy"_s);
    const QCommandLineOption maxStops =
        opt(u"max-stops"_s,
            QCoreApplication::translate("Cli", "0 for direct flights only, 1 or 2 (default 2)."),
            u"N"_s, u"2"_s);
    const QCommandLineOption sort = opt(
        u"sort"_s,
        QCoreApplication::translate("Cli", "best, price, duration or departure (default best)."),
        u"ORDER"_s, u"best"_s);
    const QCommandLineOption limit =
        opt(u"limit"_s,
            QCoreApplication::translate("Cli", "Show at most N offers; 0 shows all (default %1).")
                .arg(kDefaultLimit),
            u"N"_s, QString::number(kDefaultLimit));
    const QCommandLineOption currency =
        opt(u"currency"_s,
            QCoreApplication::translate("Cli", "ISO 4217 currency of the prices (default USD)."),
            u"CUR"_s);
    const QCommandLineOption supplier =
        opt(u"supplier"_s,
            QCoreApplication::translate("Cli", "Ask only this supplier (sandbox, duffel, sabre …); "
                                               "repeat it for several."),
            u"NAME"_s);
    const QCommandLineOption bags =
        opt(u"bags"_s,
            QCoreApplication::translate("Cli", "Rank and show prices with N checked bags for each "
                                               "traveller, the airline's bag charges included "
                                               "(default 0)."),
            u"N"_s, u"0"_s);
    const QCommandLineOption json = jsonOption();
    const QCommandLineOption dataDir = dataDirOption();
    parser.addOptions({help, from, to, date, back, slice, adults, children, infants, cabin,
                       maxStops, sort, limit, currency, supplier, bags, json, dataDir});

    if (!parser.parse(QStringList{u"tripdesk-cli"_s} + arguments.mid(1)))
        return usageError(parser.errorText() + u' ' + seeHelp());
    if (parser.isSet(help)) {
        const QString usage = QCoreApplication::translate(
            "Cli", "Usage: tripdesk-cli flights search --from CODE --to CODE --date DATE "
                   "[--return DATE] [options]\n"
                   "       tripdesk-cli flights search --slice FROM:TO:YYYY-MM-DD --slice … "
                   "[options]");
        printOut(usage + u"\n\n"_s + parser.helpText().section(u'\n', 1));
        return ExitOk;
    }
    if (auto bad = checkOptionValues(parser,
                                     {from, to, date, back, adults, children, infants, cabin,
                                      maxStops, sort, limit, currency, bags, dataDir},
                                     dataDir))
        return *bad;
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(
            QCoreApplication::translate("Cli", "unexpected argument “%1”; %2")
                .arg(quotedInput(parser.positionalArguments().constFirst()), seeHelp()));
    }

    Options o;
    FlightSearchRequest &r = o.request;
    if (parser.isSet(slice)) {
        if (parser.isSet(from) || parser.isSet(to) || parser.isSet(date) || parser.isSet(back)) {
            return usageError(QCoreApplication::translate(
                "Cli", "--slice cannot be combined with --from, --to, --date or --return."));
        }
        for (const QString &text : parser.values(slice)) {
            const QStringList parts = text.split(u':');
            if (parts.size() != 3 || parts[0].trimmed().isEmpty() || parts[1].trimmed().isEmpty()) {
                return usageError(
                    QCoreApplication::translate(
                        "Cli", "“%1” is not a flight; write --slice FROM:TO:YYYY-MM-DD.")
                        .arg(quotedInput(text)));
            }
            r.slices.push_back({parts[0], parts[1], {}});
            o.dateTexts << parts[2];
        }
    } else {
        for (const QCommandLineOption *required : {&from, &to, &date}) {
            if (!parser.isSet(*required) || parser.value(*required).trimmed().isEmpty()) {
                return usageError(QCoreApplication::translate("Cli", "missing --%1; %2")
                                      .arg(required->names().constFirst(), seeHelp()));
            }
        }
        r.slices.push_back({parser.value(from), parser.value(to), {}});
        o.dateTexts << parser.value(date);
        if (parser.isSet(back)) {
            r.slices.push_back({parser.value(to), parser.value(from), {}});
            o.dateTexts << parser.value(back);
        }
    }

    const auto nAdults = parseCount(u"adults"_s, parser.value(adults), 0);
    if (!nAdults)
        return ExitUsage;
    const auto nChildren = parseCount(u"children"_s, parser.value(children), 0);
    if (!nChildren)
        return ExitUsage;
    const auto nInfants = parseCount(u"infants"_s, parser.value(infants), 0);
    if (!nInfants)
        return ExitUsage;
    r.passengers = {*nAdults, *nChildren, *nInfants};

    QString cabinText = parser.value(cabin).trimmed();
    cabinText.replace(u'-', u'_'); // "premium-economy" is what people type
    const auto parsedCabin = cabinFromString(cabinText);
    if (!parsedCabin) {
        return usageError(QCoreApplication::translate(
                              "Cli", "“%1” is not a cabin; use economy, premium_economy, business "
                                     "or first.")
                              .arg(quotedInput(parser.value(cabin))));
    }
    r.cabin = *parsedCabin;

    const auto stops = parseCount(u"max-stops"_s, parser.value(maxStops), 0, 2);
    if (!stops)
        return ExitUsage;
    r.maxStops = *stops;

    const auto order = sortOrderFromString(parser.value(sort));
    if (!order) {
        return usageError(QCoreApplication::translate(
                              "Cli", "“%1” is not a sort order; use best, price, duration or "
                                     "departure.")
                              .arg(quotedInput(parser.value(sort))));
    }
    o.order = *order;

    const auto shown = parseCount(u"limit"_s, parser.value(limit), 0, kMaxLimit);
    if (!shown)
        return ExitUsage;
    o.limit = *shown;

    const auto checked = parseCount(u"bags"_s, parser.value(bags), 0, 2);
    if (!checked)
        return ExitUsage;
    o.checkedBags = *checked;
    for (const QString &name : parser.values(supplier)) {
        if (name.trimmed().isEmpty())
            return usageError(
                QCoreApplication::translate("Cli", "--supplier needs a name; %1").arg(seeHelp()));
        o.suppliers << name.trimmed();
    }

    // Checked with the backend's own rule when the backend is built.
    o.currency = parser.value(currency);
    o.json = parser.isSet(json);
    o.dataDir = parser.value(dataDir);
    return o;
}

// Prints the finished search and returns the exit code: 1 when no supplier answered at all and
// nothing was kept from an earlier search of the same trip.
int report(SearchReply &reply, const Options &options, const Services &services)
{
    const auto &statuses = reply.statuses();
    const bool anyAnswered = std::any_of(statuses.begin(), statuses.end(), [](const auto &s) {
        return s.state == SupplierStatus::State::Done;
    });
    // The offer cache has kept them (it listens to finished() first): take them, do not copy.
    std::vector<FlightOffer> offers = reply.takeOffers();
    QDateTime cachedAt;
    if (!statuses.empty() && !anyAnswered) {
        // Every supplier is unreachable: what an earlier search of the same trip found, with
        // its age, is better than nothing; prices are checked again before booking.
        if (auto cached = services.flights.cachedResults(reply.request());
            cached && !cached->offers.empty()) {
            offers = std::move(cached->offers);
            cachedAt = cached->cachedAt;
        }
    }
    const PriceView view{options.checkedBags, reply.request().passengers.seated()};
    services.flights.sort(offers, options.order, view);
    const int total = int(offers.size());
    if (options.limit > 0 && total > options.limit)
        offers.resize(size_t(options.limit));

    const SearchOutput output{reply.request(), offers, total,    options.order,
                              statuses,        view,   cachedAt, services.flights.clock().nowUtc()};
    if (options.json) {
        printOut(QString::fromUtf8(
            QJsonDocument(searchToJson(output, services.flights)).toJson(QJsonDocument::Indented)));
    } else {
        printOut(searchToTable(output, services.places));
    }

    if (!statuses.empty() && !anyAnswered) {
        const SupplierStatus &first = statuses.front();
        const QString why =
            first.errorMessage.isEmpty()
                ? QCoreApplication::translate("Cli", "no supplier answered; try again later.")
                : first.errorMessage;
        if (cachedAt.isValid()) {
            printError(QCoreApplication::translate(
                           "Cli", "warning: %1 The offers shown were found %2 ago and may have "
                                  "changed.")
                           .arg(why, ageText(cachedAt, services.flights.clock().nowUtc())));
            return ExitOk;
        }
        printError(why);
        return ExitFailure;
    }
    return ExitOk;
}

} // namespace

std::optional<int> runFlightsSearch(Cli &cli, const QStringList &arguments)
{
    auto parsed = parse(arguments);
    if (const int *code = std::get_if<int>(&parsed))
        return *code;
    Options options = std::get<Options>(std::move(parsed));

    int failure = ExitFailure;
    const Services *services = cli.services(options.dataDir, options.currency, failure);
    if (!services)
        return failure;
    // "+30" and "24dec" count from today where each flight departs, as the search's own check
    // of "not in the past" does.
    for (qsizetype i = 0; i < options.dateTexts.size(); ++i) {
        SliceRequest &s = options.request.slices[size_t(i)];
        const auto day = parseDate(options.dateTexts[i], services->flights.todayAt(s.origin));
        if (!day)
            return ExitUsage;
        s.date = *day;
    }

    for (const QString &warning : services->flights.supplierWarnings())
        printError(QCoreApplication::translate("Cli", "warning: %1").arg(warning));

    auto started = services->flights.search(options.request, cli.jobs(), options.suppliers);
    if (!started) {
        const Error &error = started.error();
        // An unknown code gets a hint at the command that finds the right one.
        const SearchField::Parsed at = SearchField::parse(error.field);
        const bool place = at.part == SearchField::Parsed::Part::Origin ||
                           at.part == SearchField::Parsed::Part::Destination;
        if (error.kind == Error::Kind::NotFound && place &&
            at.slice < int(options.request.slices.size())) {
            const SliceRequest &slice = options.request.slices[size_t(at.slice)];
            const QString code =
                at.part == SearchField::Parsed::Part::Origin ? slice.origin : slice.destination;
            return usageError(
                QCoreApplication::translate(
                    "Cli", "unknown airport “%1”; try “tripdesk-cli airports %1” to find its code.")
                    .arg(quotedInput(normalisedCode(code))));
        }
        printError(error.message);
        return exitCodeFor(error);
    }
    SearchReply *reply = *started;
    QObject::connect(reply, &SearchReply::finished, reply, [reply, options, services] {
        const int code = report(*reply, options, *services);
        reply->deleteLater();
        QCoreApplication::exit(code);
    });
    return std::nullopt;
}

} // namespace tripdesk::cli
