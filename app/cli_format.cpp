#include "app/cli_format.h"

#include "backend/flights/flight_json.h"
#include "backend/search/ranking.h"
#include "backend/service/flight_search_service.h"
#include "backend/service/places_service.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace tripdesk::cli {

namespace {

QString durationText(int minutes)
{
    return QCoreApplication::translate("Cli", "%1h %2m", "duration: hours and minutes")
        .arg(minutes / 60)
        .arg(minutes % 60, 2, 10, QChar(u'0'));
}

// "+1" when `local` falls on a later day than `reference`, "-1" for earlier (the date line).
QString dayShift(const QDate &reference, const QDate &local)
{
    const qint64 days = reference.daysTo(local);
    if (days == 0)
        return {};
    return (days > 0 ? u" +"_s : u" "_s) + QString::number(days);
}

QString stopsText(const Itinerary &it)
{
    if (it.stops() == 0)
        return QCoreApplication::translate("Cli", "direct");
    QStringList via;
    for (size_t i = 0; i + 1 < it.segments.size(); ++i) {
        const QString &in = it.segments[i].destination;
        const QString &out = it.segments[i + 1].origin;
        // An airport change during the layover (arrive LHR, leave from LGW) must not go unseen.
        via << (in == out ? in : in + u"→"_s + out);
    }
    // One stop gets its own sentence; two or more share one that reads right for any count
    // above one in English and Hindi, so no plural forms are needed.
    if (it.stops() == 1)
        return QCoreApplication::translate("Cli", "1 stop: %1").arg(via.join(u", "_s));
    return QCoreApplication::translate("Cli", "%1 stops: %2")
        .arg(it.stops())
        .arg(via.join(u", "_s));
}

QString flightsText(const Itinerary &it)
{
    QStringList flights;
    for (const Segment &s : it.segments)
        flights << s.carrier + u' ' + s.flightNumber;
    return flights.join(u", "_s);
}

QString passengersText(const Passengers &p)
{
    // "adults: 2" rather than "2 adults": reads right for every count without plural forms.
    QStringList parts{QCoreApplication::translate("Cli", "adults: %1").arg(p.adults)};
    if (p.children > 0)
        parts << QCoreApplication::translate("Cli", "children: %1").arg(p.children);
    if (p.infants > 0)
        parts << QCoreApplication::translate("Cli", "infants: %1").arg(p.infants);
    return parts.join(u", "_s);
}

QString sortText(SortOrder order)
{
    switch (order) {
    case SortOrder::Best:
        return QCoreApplication::translate("Cli", "best first");
    case SortOrder::Price:
        return QCoreApplication::translate("Cli", "cheapest first");
    case SortOrder::Duration:
        return QCoreApplication::translate("Cli", "fastest first");
    case SortOrder::Departure:
        return QCoreApplication::translate("Cli", "earliest first");
    }
    return {};
}

QString statusText(const SupplierStatus &s)
{
    switch (s.state) {
    case SupplierStatus::State::Done:
        if (s.omitted > 0) {
            return QCoreApplication::translate(
                       "Cli", "%1: answered in %2 ms, fares: %3, %4 more not shown (narrow the "
                              "search to see them)")
                .arg(s.displayName)
                .arg(s.elapsedMs)
                .arg(s.offers)
                .arg(s.omitted);
        }
        if (s.malformed > 0) {
            return QCoreApplication::translate(
                       "Cli", "%1: answered in %2 ms, fares: %3, %4 unreadable and left out")
                .arg(s.displayName)
                .arg(s.elapsedMs)
                .arg(s.offers)
                .arg(s.malformed);
        }
        return QCoreApplication::translate("Cli", "%1: answered in %2 ms, fares: %3")
            .arg(s.displayName)
            .arg(s.elapsedMs)
            .arg(s.offers);
    case SupplierStatus::State::Failed:
    case SupplierStatus::State::TimedOut:
        if (s.health.breaker == SupplierHealth::Breaker::Open && s.health.retryAt.isValid()) {
            return QCoreApplication::translate("Cli", "%1: no answer (%2); resting after repeated "
                                                      "failures, tried again after %3 UTC")
                .arg(s.displayName, s.errorMessage,
                     s.health.retryAt.toUTC().toString(u"HH:mm:ss"_s));
        }
        return QCoreApplication::translate("Cli", "%1: no answer (%2)")
            .arg(s.displayName, s.errorMessage);
    case SupplierStatus::State::Cancelled:
        return QCoreApplication::translate("Cli", "%1: cancelled").arg(s.displayName);
    case SupplierStatus::State::Pending:
        break;
    }
    return QCoreApplication::translate("Cli", "%1: still searching").arg(s.displayName);
}

// Pads every column to its widest cell; the last column is left ragged.
QString renderTable(const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows) {
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (widths.size() <= c)
                widths.append(0);
            widths[c] = std::max(widths[c], row[c].size());
        }
    }
    QString out;
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c)
            line += c + 1 < row.size() ? row[c].leftJustified(widths[c] + 2) : row[c];
        while (line.endsWith(u' '))
            line.chop(1);
        out += line.isEmpty() ? QString() : u"  "_s + line + u'\n';
    }
    return out;
}

} // namespace

QString ageText(const QDateTime &then, const QDateTime &now)
{
    // Counts worked out before the messages: lupdate 6.4 stalls on a comparison inside a
    // function that also calls translate().
    const int minutes = int(std::max<qint64>(0, then.secsTo(now) / 60));
    const int hours = minutes / 60;
    const int days = hours / 24;
    const bool inMinutes = hours == 0;
    const bool inHours = !inMinutes && days <= 1;
    if (inMinutes)
        return QCoreApplication::translate("Cli", "%n minutes", nullptr, minutes);
    if (inHours)
        return QCoreApplication::translate("Cli", "%n hours", nullptr, hours);
    return QCoreApplication::translate("Cli", "%n days", nullptr, days);
}

namespace {

// The price a row shows in the view: of the fare option carrying the bags cheapest.
std::optional<Money> shownPrice(const FlightOffer &offer, const PriceView &view, int *option)
{
    RankFactsBuilder builder({}, offer.price.currency(), {}, view);
    const RankFacts facts = builder.facts(offer);
    *option = facts.option;
    if (facts.bagsUnpriced)
        return std::nullopt;
    const FlightOffer &chosen = fareOption(offer, facts.option);
    return view.checkedBags > 0 ? chosen.priceWithCheckedBags(view.checkedBags, view.travellers)
                                : std::optional<Money>(chosen.price);
}

} // namespace

QJsonObject searchToJson(const SearchOutput &output, const FlightSearchService &flights)
{
    QJsonArray offers;
    for (const FlightOffer &offer : output.shown) {
        QJsonObject json = flights.offerToJson(offer);
        if (output.view.checkedBags > 0) {
            int option = -1;
            const auto price = shownPrice(offer, output.view, &option);
            json.insert(u"price_with_bags"_s, moneyToJson(price));
            json.insert(u"price_with_bags_offer"_s, fareOption(offer, option).id);
        }
        offers.append(json);
    }
    QJsonArray suppliers;
    for (const SupplierStatus &s : output.statuses) {
        QJsonObject status{
            {u"name"_s, s.supplier},        {u"status"_s, supplierStateToString(s.state)},
            {u"offers"_s, s.offers},        {u"omitted"_s, s.omitted},
            {u"elapsed_ms"_s, s.elapsedMs}, {u"display_name"_s, s.displayName},
            {u"malformed"_s, s.malformed},  {u"breaker"_s, breakerToString(s.health.breaker)}};
        if (s.health.retryAt.isValid())
            status.insert(u"retry_at"_s, s.health.retryAt.toUTC().toString(Qt::ISODate));
        if (!s.errorMessage.isEmpty())
            status.insert(u"error"_s, s.errorMessage);
        suppliers.append(status);
    }
    QJsonObject json{{u"offers"_s, offers},
                     {u"suppliers"_s, suppliers},
                     {u"total_offers"_s, output.total},
                     {u"sort"_s, sortOrderToString(output.order)},
                     {u"checked_bags"_s, output.view.checkedBags},
                     {u"request"_s, requestToJson(output.request)}};
    if (output.cachedAt.isValid()) {
        json.insert(u"from_cache"_s, true);
        json.insert(u"cached_at"_s, output.cachedAt.toUTC().toString(Qt::ISODate));
    }
    return json;
}

QString searchToTable(const SearchOutput &output, const PlacesService &places)
{
    const FlightSearchRequest &request = output.request;
    QStringList route;
    for (const SliceRequest &s : request.slices) {
        route << QCoreApplication::translate("Cli", "%1 → %2 on %3")
                     .arg(s.origin, s.destination, s.date.toString(Qt::ISODate));
    }
    QString out = route.join(u", "_s) + u" · "_s + passengersText(request.passengers) + u" · "_s +
                  cabinToString(request.cabin) + u'\n';
    if (output.cachedAt.isValid()) {
        out += QCoreApplication::translate("Cli", "No supplier answered: these offers were found "
                                                  "%1 ago and may have changed.")
                   .arg(ageText(output.cachedAt, output.now)) +
               u'\n';
    }
    if (output.view.checkedBags > 0) {
        out += QCoreApplication::translate("Cli", "Prices include %n checked bags per traveller.",
                                           nullptr, output.view.checkedBags) +
               u'\n';
    }

    if (output.shown.empty()) {
        out += QCoreApplication::translate("Cli", "No flights found. Try another date, allow more "
                                                  "stops, or search from the whole city.") +
               u'\n';
    } else {
        out += QCoreApplication::translate("Cli", "Offers: %1 of %2, %3.")
                   .arg(output.shown.size())
                   .arg(output.total)
                   .arg(sortText(output.order)) +
               u"\n\n"_s;
        QList<QStringList> rows;
        rows << QStringList{u"#"_s,
                            QCoreApplication::translate("Cli", "Price"),
                            QCoreApplication::translate("Cli", "Departs"),
                            QCoreApplication::translate("Cli", "Arrives"),
                            QCoreApplication::translate("Cli", "Duration"),
                            QCoreApplication::translate("Cli", "Stops"),
                            QCoreApplication::translate("Cli", "Flights"),
                            QCoreApplication::translate("Cli", "Fare")};
        const QLocale locale;
        int number = 0;
        for (const FlightOffer &offer : output.shown) {
            ++number;
            for (size_t i = 0; i < offer.itineraries.size(); ++i) {
                const Itinerary &it = offer.itineraries[i];
                const Segment &first = it.segments.front();
                const Segment &last = it.segments.back();
                const QDateTime dep = first.departure.toTimeZone(places.timeZone(first.origin));
                const QDateTime arr = last.arrival.toTimeZone(places.timeZone(last.destination));
                const QDate asked = i < request.slices.size() ? request.slices[i].date : dep.date();
                QString fare;
                if (i == 0) {
                    fare = offer.fareBrand;
                    if (offer.seatsLeft > 0 && offer.seatsLeft < 5) {
                        fare += QCoreApplication::translate("Cli", ", seats left: %1")
                                    .arg(offer.seatsLeft);
                    }
                }
                QString price;
                if (i == 0) {
                    int option = -1;
                    const auto shown = shownPrice(offer, output.view, &option);
                    price = shown ? shown->toDisplayString(locale)
                                  : QCoreApplication::translate("Cli", "%1 + bags")
                                        .arg(offer.price.toDisplayString(locale));
                    if (!offer.options.empty())
                        price += QCoreApplication::translate("Cli", " (%n more fares)", nullptr,
                                                             int(offer.options.size()));
                }
                rows << QStringList{
                    i == 0 ? QString::number(number) : QString(),
                    price,
                    dep.time().toString(u"HH:mm"_s) + u' ' + first.origin +
                        dayShift(asked, dep.date()),
                    arr.time().toString(u"HH:mm"_s) + u' ' + last.destination +
                        dayShift(dep.date(), arr.date()),
                    durationText(it.durationMinutes()),
                    stopsText(it),
                    flightsText(it),
                    fare,
                };
            }
        }
        out += renderTable(rows);
    }
    out += u'\n';
    for (const SupplierStatus &s : output.statuses)
        out += statusText(s) + u'\n';
    return out;
}

} // namespace tripdesk::cli
