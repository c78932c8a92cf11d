// tripdesk-cli flights price OFFER_ID: asks the supplier that sold an offer a recent search
// found (in this data folder, by any process) for its price now, and says what changed.

#include "app/cli_commands.h"
#include "app/cli_format.h"

#include "backend/flights/flight_json.h"
#include "backend/service/flight_search_service.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace tripdesk::cli {

namespace {

QString seeHelp()
{
    return QCoreApplication::translate("Cli", "see “tripdesk-cli flights price --help”.");
}

QJsonObject pricedToJson(const FlightOffer &before, const PricedOffer &priced,
                         const FlightSearchService &flights)
{
    const OfferChanges changes = compareOffers(before, priced.offer);
    QJsonArray services;
    for (const OfferService &s : priced.services) {
        services.append(QJsonObject{{u"id"_s, s.id},
                                    {u"kind"_s, serviceKindToString(s.kind)},
                                    {u"name"_s, s.name},
                                    {u"price"_s, moneyToJson(s.price)},
                                    {u"max_quantity"_s, s.maxQuantity},
                                    {u"weight_kg"_s, s.weightKg}});
    }
    const auto instant = [](const QDateTime &t) {
        return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate))
                           : QJsonValue(QJsonValue::Null);
    };
    return QJsonObject{{u"offer"_s, flights.offerToJson(priced.offer)},
                       {u"previous_id"_s, before.id},
                       {u"previous_price"_s, moneyToJson(before.price)},
                       {u"changed"_s, QJsonObject{{u"price"_s, changes.price},
                                                  {u"baggage"_s, changes.baggage},
                                                  {u"conditions"_s, changes.conditions},
                                                  {u"fare_brand"_s, changes.brand},
                                                  {u"schedule"_s, changes.schedule}}},
                       {u"holdable"_s, priced.holdable},
                       {u"pay_by"_s, instant(priced.payBy)},
                       {u"price_guaranteed_until"_s, instant(priced.priceGuaranteedUntil)},
                       {u"services"_s, services}};
}

QString pricedToText(const FlightOffer &before, const PricedOffer &priced)
{
    const QLocale locale;
    const FlightOffer &now = priced.offer;
    const OfferChanges changes = compareOffers(before, now);
    QStringList lines;
    lines << QCoreApplication::translate("Cli", "Offer %1 from %2").arg(now.id, now.supplier);
    if (changes.price) {
        lines << QCoreApplication::translate("Cli", "Price: %1 (was %2)")
                     .arg(now.price.toDisplayString(locale), before.price.toDisplayString(locale));
    } else {
        lines << QCoreApplication::translate("Cli", "Price: %1, unchanged")
                     .arg(now.price.toDisplayString(locale));
    }
    if (!now.fareBrand.isEmpty())
        lines << QCoreApplication::translate("Cli", "Fare: %1").arg(now.fareBrand);
    lines << QCoreApplication::translate("Cli", "Checked bags per passenger: %1")
                 .arg(now.baggage.checkedBags);
    if (changes.schedule)
        lines << QCoreApplication::translate("Cli", "The flights or their times have changed.");
    if (changes.conditions)
        lines << QCoreApplication::translate("Cli", "The fare's change or refund terms have "
                                                    "changed.");
    if (priced.holdable && priced.payBy.isValid()) {
        lines << QCoreApplication::translate("Cli", "Can be held until %1 UTC.")
                     .arg(priced.payBy.toUTC().toString(u"yyyy-MM-dd HH:mm"_s));
    } else {
        lines << QCoreApplication::translate("Cli", "Must be paid when booked.");
    }
    for (const OfferService &s : priced.services) {
        const QString kindName = s.kind == OfferService::Kind::CheckedBag
                                     ? QCoreApplication::translate("Cli", "checked bag")
                                 : s.kind == OfferService::Kind::CarryOnBag
                                     ? QCoreApplication::translate("Cli", "cabin bag")
                                     : QCoreApplication::translate("Cli", "extra");
        const QString name = s.name.isEmpty() ? kindName : s.name;
        lines << QCoreApplication::translate("Cli", "For sale: %1, %2 each (service %3)")
                     .arg(name, s.price.toDisplayString(locale), s.id);
    }
    return lines.join(u'\n') + u'\n';
}

} // namespace

std::optional<int> runFlightsPrice(Cli &cli, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption help = helpOption();
    const QCommandLineOption json = jsonOption();
    const QCommandLineOption dataDir = dataDirOption();
    parser.addOptions({help, json, dataDir});
    parser.addPositionalArgument(u"OFFER_ID"_s,
                                 QCoreApplication::translate("Cli", "An offer id a recent "
                                                                    "“flights search” listed."));
    if (!parser.parse(QStringList{u"tripdesk-cli"_s} + arguments.mid(1)))
        return usageError(parser.errorText() + u' ' + seeHelp());
    if (parser.isSet(help)) {
        printOut(QCoreApplication::translate(
                     "Cli", "Usage: tripdesk-cli flights price OFFER_ID [--json]\n\n"
                            "Asks the supplier that sold the offer for its price, terms and "
                            "extras now, and says what changed since the search.") +
                 u"\n\n"_s + parser.helpText().section(u'\n', 1));
        return ExitOk;
    }
    if (auto bad = checkOptionValues(parser, {dataDir}, dataDir))
        return *bad;
    const QStringList ids = parser.positionalArguments();
    if (ids.size() != 1 || ids.front().trimmed().isEmpty()) {
        return usageError(
            QCoreApplication::translate("Cli", "give one offer id; %1").arg(seeHelp()));
    }

    int failure = ExitFailure;
    const Services *services = cli.services(parser.value(dataDir), QString(), failure);
    if (!services)
        return failure;
    auto cached = services->flights.cachedOffer(ids.front());
    if (!cached) {
        printError(cached.error().message);
        return exitCodeFor(cached.error());
    }
    const FlightOffer before = cached->offer;
    PricedOfferReply *reply =
        services->flights.price(before, cached->request.passengers, cli.jobs());
    const bool asJson = parser.isSet(json);
    QObject::connect(reply, &SupplierReply::finished, reply, [reply, before, asJson, services] {
        reply->deleteLater();
        if (reply->hasError()) {
            printError(reply->error().message);
            QCoreApplication::exit(exitCodeFor(reply->error()));
            return;
        }
        if (asJson) {
            printOut(QString::fromUtf8(
                QJsonDocument(pricedToJson(before, reply->value(), services->flights))
                    .toJson(QJsonDocument::Indented)));
        } else {
            printOut(pricedToText(before, reply->value()));
        }
        QCoreApplication::exit(ExitOk);
    });
    return std::nullopt;
}

} // namespace tripdesk::cli
