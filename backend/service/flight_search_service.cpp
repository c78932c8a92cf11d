#include "backend/service/flight_search_service.h"

#include "backend/core/logging.h"
#include "backend/flights/flight_json.h"
#include "backend/service/places_service.h"
#include "backend/service/recent_search_service.h"
#include "backend/store/offer_cache.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace tripdesk {

namespace {

constexpr int kMaxPassengers = FlightSearchRequest::kMaxPassengers;
constexpr int kMaxSlices = FlightSearchRequest::kMaxSlices;
constexpr int kMaxDaysAhead = FlightSearchService::kMaxDaysAhead;

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

FlightSearchService::FlightSearchService(SearchAggregator &aggregator, const PlacesService &places,
                                         RecentSearchService &recent, const Clock &clock)
    : m_aggregator(aggregator)
    , m_places(places)
    , m_recent(recent)
    , m_clock(clock)
{}

Result<FlightSearchRequest> FlightSearchService::validate(const FlightSearchRequest &request) const
{
    FlightSearchRequest r = request;
    if (r.slices.empty())
        return Error::invalidInput(
                   QCoreApplication::translate("FlightSearch", "Choose where and when to fly."))
            .at(SearchField::slices());
    if (int(r.slices.size()) > kMaxSlices) {
        return Error::invalidInput(
                   QCoreApplication::translate(
                       "FlightSearch",
                       "A trip can have at most %1 flights; split it into several searches.")
                       .arg(kMaxSlices))
            .at(SearchField::slices());
    }

    for (SliceRequest &s : r.slices) {
        s.origin = normalisedCode(s.origin);
        s.destination = normalisedCode(s.destination);
    }
    const bool roundTrip = r.kind() == FlightSearchRequest::Kind::RoundTrip;
    const bool multiCity = r.kind() == FlightSearchRequest::Kind::MultiCity;
    // Places first: a date or passenger problem means little while the route is unknown.
    for (size_t i = 0; i < r.slices.size(); ++i) {
        const SliceRequest &s = r.slices[i];
        const int n = int(i);
        if (s.origin.isEmpty()) {
            return Error::invalidInput(
                       multiCity ? QCoreApplication::translate(
                                       "FlightSearch", "Choose where flight %1 departs from.")
                                       .arg(n + 1)
                                 : QCoreApplication::translate("FlightSearch",
                                                               "Choose where you are flying from."))
                .at(SearchField::origin(n));
        }
        if (s.destination.isEmpty()) {
            return Error::invalidInput(
                       multiCity ? QCoreApplication::translate("FlightSearch",
                                                               "Choose where flight %1 goes to.")
                                       .arg(n + 1)
                                 : QCoreApplication::translate("FlightSearch",
                                                               "Choose where you are flying to."))
                .at(SearchField::destination(n));
        }
        const std::pair<const QString *, QString> ends[] = {
            {&s.origin, SearchField::origin(n)}, {&s.destination, SearchField::destination(n)}};
        for (const auto &[code, field] : ends) {
            if (!m_places.isKnown(*code)) {
                return Error::notFound(QCoreApplication::translate(
                                           "FlightSearch",
                                           "Unknown airport “%1”; search for the city or airport "
                                           "name to find its code.")
                                           .arg(quotedInput(*code)),
                                       quotedInput(*code, 200))
                    .at(field);
            }
        }
        if (s.origin == s.destination) {
            return Error::invalidInput(QCoreApplication::translate(
                                           "FlightSearch",
                                           "The origin and the destination are both %1; choose a "
                                           "different destination.")
                                           .arg(s.origin))
                .at(SearchField::destination(n));
        }
        const QStringList from = m_places.data().airportsFor(s.origin);
        const QStringList to = m_places.data().airportsFor(s.destination);
        const bool overlap =
            std::any_of(from.begin(), from.end(), [&](const QString &a) { return to.contains(a); });
        if (overlap) {
            return Error::invalidInput(
                       QCoreApplication::translate(
                           "FlightSearch",
                           "%1 and %2 are the same place; choose a different destination.")
                           .arg(s.origin, s.destination))
                .at(SearchField::destination(n));
        }
    }

    for (size_t i = 0; i < r.slices.size(); ++i) {
        const SliceRequest &s = r.slices[i];
        const int n = int(i);
        const QString field = SearchField::date(n);
        if (!s.date.isValid()) {
            if (multiCity)
                return Error::invalidInput(QCoreApplication::translate(
                                               "FlightSearch", "Choose a date for flight %1.")
                                               .arg(n + 1))
                    .at(field);
            return Error::invalidInput(
                       i == 0 || !roundTrip
                           ? QCoreApplication::translate("FlightSearch", "Choose a departure date.")
                           : QCoreApplication::translate("FlightSearch", "Choose a return date."))
                .at(field);
        }
        const QDate today = todayAt(s.origin);
        if (s.date < today) {
            return Error::invalidInput(
                       QCoreApplication::translate(
                           "FlightSearch",
                           "The date %1 is in the past; choose today (%2) or a later date.")
                           .arg(isoDate(s.date), isoDate(today)))
                .at(field);
        }
        if (s.date > today.addDays(kMaxDaysAhead)) {
            return Error::invalidInput(
                       QCoreApplication::translate(
                           "FlightSearch",
                           "The date %1 is too far ahead; flights are sold until %2.")
                           .arg(isoDate(s.date), isoDate(today.addDays(kMaxDaysAhead))))
                .at(field);
        }
        if (i > 0 && s.date < r.slices[i - 1].date) {
            if (roundTrip) {
                return Error::invalidInput(
                           QCoreApplication::translate(
                               "FlightSearch",
                               "The return date %1 is before the departure date %2.")
                               .arg(isoDate(s.date), isoDate(r.slices[i - 1].date)))
                    .at(field);
            }
            return Error::invalidInput(QCoreApplication::translate(
                                           "FlightSearch",
                                           "Flight %1 on %2 departs before flight %3 on %4; put "
                                           "the flights in date order.")
                                           .arg(QString::number(n + 1), isoDate(s.date),
                                                QString::number(n), isoDate(r.slices[i - 1].date)))
                .at(field);
        }
    }

    const Passengers &p = r.passengers;
    const QString passengers = SearchField::passengers();
    if (p.adults < 0 || p.children < 0 || p.infants < 0)
        return Error::invalidInput(
                   QCoreApplication::translate("FlightSearch",
                                               "The number of passengers cannot be negative."))
            .at(passengers);
    if (p.adults < 1) {
        return Error::invalidInput(
                   QCoreApplication::translate(
                       "FlightSearch",
                       "At least one adult must travel; children and infants fly with an adult."))
            .at(passengers);
    }
    if (p.total() > kMaxPassengers) {
        return Error::invalidInput(QCoreApplication::translate(
                                       "FlightSearch",
                                       "At most %1 passengers can travel on one booking, not %2; "
                                       "split the group into several searches.")
                                       .arg(kMaxPassengers)
                                       .arg(p.total()))
            .at(passengers);
    }
    if (p.infants > p.adults) {
        return Error::invalidInput(
                   QCoreApplication::translate(
                       "FlightSearch",
                       "Each infant sits on an adult’s lap, so there cannot be more "
                       "infants (%1) than adults (%2); add an adult or remove an "
                       "infant.")
                       .arg(p.infants)
                       .arg(p.adults))
            .at(passengers);
    }
    if (r.maxStops < 0 || r.maxStops > FlightSearchRequest::kMaxStops) {
        return Error::invalidInput(
                   QCoreApplication::translate(
                       "FlightSearch",
                       "The maximum number of stops must be 0 (direct only), 1 or 2, not %1.")
                       .arg(r.maxStops))
            .at(SearchField::maxStops());
    }
    return r;
}

void FlightSearchService::setPricing(const QString &currency,
                                     std::shared_ptr<const ExchangeRates> rates)
{
    m_currency = Money::normalizedCurrency(currency);
    m_rates = rates ? std::move(rates) : std::make_shared<ExchangeRates>();
    m_aggregator.setPricing(m_currency, m_rates);
}

QStringList FlightSearchService::supplierWarnings() const
{
    QStringList warnings;
    for (const FlightSupplier *supplier : m_aggregator.suppliers()) {
        if (const QString w = supplier->warning(); !w.isEmpty())
            warnings << w;
    }
    return warnings;
}

void FlightSearchService::prepare()
{
    m_aggregator.prepare();
}

Result<SearchReply *> FlightSearchService::search(const FlightSearchRequest &request,
                                                  QObject *parent, const QStringList &suppliers)
{
    auto valid = validate(request);
    if (!valid)
        return valid.error();
    if (m_aggregator.suppliers().empty()) {
        return Error::unavailable(
            QCoreApplication::translate("FlightSearch",
                                        "No flight supplier is set up; turn the sandbox on or "
                                        "configure a supplier account."),
            QStringLiteral("no flight suppliers registered"));
    }
    const QStringList known = supplierIds();
    for (const QString &wanted : suppliers) {
        if (!known.contains(wanted.trimmed(), Qt::CaseInsensitive)) {
            return Error::invalidInput(
                       QCoreApplication::translate("FlightSearch",
                                                   "There is no supplier “%1” here; the "
                                                   "suppliers are: %2.")
                           .arg(quotedInput(wanted), known.join(QStringLiteral(", "))))
                .at(QStringLiteral("suppliers"));
        }
    }
    // Failing to remember a search must not stop the search itself.
    if (auto remembered = m_recent.remember(*valid); !remembered)
        qCWarning(lcService) << "could not remember the search:" << remembered.error().detail;
    SearchReply *reply = m_aggregator.search(*valid, parent, suppliers);
    if (m_cache) {
        OfferCache *cache = m_cache;
        QObject::connect(reply, &SearchReply::finished, reply, [cache, reply] {
            if (reply->offers().empty())
                return; // an empty answer must not hide what was found before
            if (auto kept = cache->put(reply->request(), reply->offers()); !kept)
                qCWarning(lcService) << "could not keep the offers:" << kept.error().detail;
        });
    }
    return reply;
}

QStringList FlightSearchService::supplierIds() const
{
    QStringList ids;
    for (const FlightSupplier *supplier : m_aggregator.suppliers())
        ids << supplier->id();
    return ids;
}

Result<CachedOffer> FlightSearchService::cachedOffer(const QString &offerId) const
{
    if (!m_cache)
        return Error::notFound(QCoreApplication::translate("FlightSearch",
                                                           "Offers are not kept here; search "
                                                           "again."),
                               QStringLiteral("no offer cache"));
    return m_cache->find(offerId.trimmed());
}

Result<CachedResults> FlightSearchService::cachedResults(const FlightSearchRequest &request) const
{
    if (!m_cache)
        return CachedResults{};
    return m_cache->forTrip(request);
}

void FlightSearchService::sort(std::vector<FlightOffer> &offers, SortOrder order,
                               PriceView view) const
{
    sortOffers(offers, order, zoneLookup(), m_currency, m_rates, view);
}

PricedOfferReply *FlightSearchService::price(const FlightOffer &option,
                                             const Passengers &passengers, QObject *parent)
{
    for (FlightSupplier *supplier : m_aggregator.suppliers()) {
        if (supplier->id() != option.supplier)
            continue;
        PricedOfferReply *reply = supplier->price(option.id, passengers, parent);
        if (OfferCache *cache = m_cache) {
            // Connected first, so whoever asked finds the checked offer kept when told.
            QObject::connect(reply, &Reply::finished, reply, [cache, reply, checked = option.id] {
                if (reply->hasError())
                    return;
                if (auto kept = cache->putPriced(checked, reply->value().offer); !kept)
                    qCWarning(lcService)
                        << "could not keep the checked offer:" << kept.error().detail;
            });
        }
        return reply;
    }
    auto *reply = new PricedOfferReply(parent);
    const QString name = option.supplier;
    postTo(reply, [reply, name] {
        reply->fail(Error::notFound(
            QCoreApplication::translate("FlightSearch",
                                        "The supplier %1 of this offer is not set up here; "
                                        "search again.")
                .arg(quotedInput(name)),
            QStringLiteral("no supplier %1").arg(name.left(40))));
    });
    return reply;
}

ZoneLookup FlightSearchService::zoneLookup() const
{
    // Borrows the places service, which lives as long as the backend.
    const PlacesService *places = &m_places;
    return [places](QStringView code) { return places->timeZone(code); };
}

QDate FlightSearchService::todayAt(QStringView origin) const
{
    const QTimeZone zone =
        origin.isEmpty() ? QTimeZone::systemTimeZone() : m_places.timeZone(origin);
    return m_clock.nowUtc().toTimeZone(zone.isValid() ? zone : QTimeZone::systemTimeZone()).date();
}

QString FlightSearchService::localIso(const QDateTime &utc, QStringView airportCode) const
{
    if (!utc.isValid())
        return {};
    const QDateTime local = utc.toTimeZone(m_places.timeZone(airportCode));
    const int offset = local.offsetFromUtc();
    const int absMinutes = std::abs(offset) / 60;
    // Built by hand: Qt writes "Z" for a zero offset and the API promises "+00:00".
    return local.date().toString(Qt::ISODate) + u'T' + local.time().toString(Qt::ISODate) +
           (offset < 0 ? u'-' : u'+') +
           QStringLiteral("%1:%2")
               .arg(absMinutes / 60, 2, 10, QChar(u'0'))
               .arg(absMinutes % 60, 2, 10, QChar(u'0'));
}

QJsonObject FlightSearchService::offerToJson(const FlightOffer &offer) const
{
    return tripdesk::offerToJson(offer, [this](const QDateTime &utc, QStringView airport) {
        return localIso(utc, airport);
    });
}

} // namespace tripdesk
