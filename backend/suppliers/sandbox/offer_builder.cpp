#include "backend/suppliers/sandbox/offer_builder.h"

#include "backend/suppliers/sandbox/offer_selection.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace tripdesk::sandbox {

namespace {

const QString kPrefix = QStringLiteral("sbx_");
// Journeys of each slice considered when combining slices.
constexpr std::size_t kPerSliceInCombination = 40;
// The shortest time between arriving on one slice and leaving on the next.
constexpr int kMinimumStayMinutes = 90;
// How long a quoted price holds.
constexpr int kOfferLifetimeSecs = 30 * 60;
// Each mix of stops keeps at least this share (1/20) of the limit, where it has combinations.
constexpr int kShareKeptPerStopsMix = 20;

QDateTime instant(Minute m)
{
    return QDateTime::fromSecsSinceEpoch(qint64(m) * 60, Qt::UTC);
}

Error badId(const QString &id)
{
    return Error::notFound(
        QCoreApplication::translate("SandboxSupplier", "This offer is not known. Search again."),
        QStringLiteral("bad sandbox offer id: %1").arg(id.left(200)));
}

struct Combination {
    std::vector<const Journey *> slices;
    qint64 price = 0;
    int minutes = 0;
    int stops = 0;
};

// The kinds of answer a combination is one of: its mix of stops (one kind for each), and each
// of its journeys (one kind per journey per slice, so none goes missing).
void kindsOf(const std::vector<std::vector<Journey>> &slices,
             const std::vector<const Journey *> &chosen, int perStops, std::vector<Kind> *kinds)
{
    constexpr quint64 kStops = 1ULL << 56;
    constexpr quint64 kJourney = 2ULL << 56;
    quint64 mix = 0;
    for (std::size_t s = 0; s < chosen.size(); ++s) {
        mix = mix * 4 + quint64(chosen[s]->stops());
        const auto index = quint64(chosen[s] - slices[s].data());
        kinds->push_back({kJourney | quint64(s) << 32 | index, 1});
    }
    kinds->push_back({kStops | mix, perStops});
}

} // namespace

Result<std::vector<std::vector<OfferIdSegment>>> decodeOfferId(const QString &id)
{
    if (!id.startsWith(kPrefix) || id.size() > 2000)
        return badId(id);
    std::vector<std::vector<OfferIdSegment>> out;
    const QStringView body = QStringView(id).mid(kPrefix.size());
    for (QStringView slice : body.split(u'_')) {
        std::vector<OfferIdSegment> segments;
        for (QStringView seg : slice.split(u'-')) {
            const auto fields = seg.split(u'.');
            if (fields.size() != 4 || fields[0].size() < 3 || fields[1].size() != 3 ||
                fields[3].size() != 1)
                return badId(id);
            OfferIdSegment s;
            s.carrier = fields[0].left(2).toString();
            bool ok = false;
            s.number = fields[0].mid(2).toInt(&ok);
            if (!ok || s.number <= 0)
                return badId(id);
            s.origin = fields[1].toString();
            s.date = QDate::fromString(fields[2].toString(), QStringLiteral("yyyyMMdd"));
            s.fareClass = fields[3][0];
            if (!s.date.isValid())
                return badId(id);
            segments.push_back(std::move(s));
        }
        if (segments.empty() || segments.size() > 3)
            return badId(id);
        out.push_back(std::move(segments));
    }
    if (out.empty() || out.size() > 6)
        return badId(id);
    return out;
}

QString segmentId(const Schedule &schedule, const JourneySegment &s)
{
    const Leg &leg = schedule.legs()[std::size_t(s.leg)];
    return schedule.carriers()[leg.carrier].code + QString::number(leg.number) + u'.' +
           schedule.airports()[std::size_t(leg.from)].code + u'.' +
           dateOfDay(s.localDay).toString(QStringLiteral("yyyyMMdd"));
}

std::vector<OfferPassenger> offerPassengers(const Passengers &passengers)
{
    std::vector<OfferPassenger> out;
    const auto add = [&out](PassengerType type, int count) {
        for (int i = 0; i < count; ++i)
            out.push_back({QStringLiteral("pas_%1").arg(out.size() + 1), type});
    };
    add(PassengerType::Adult, passengers.adults);
    add(PassengerType::Child, passengers.children);
    add(PassengerType::Infant, passengers.infants);
    return out;
}

OfferBuilder::OfferBuilder(const Schedule &schedule, const FareModel &fares, QDateTime nowUtc)
    : m_schedule(schedule)
    , m_fares(fares)
    , m_now(std::move(nowUtc))
{}

QString OfferBuilder::encodeId(const std::vector<const Journey *> &slices) const
{
    QString id = kPrefix;
    for (std::size_t i = 0; i < slices.size(); ++i) {
        if (i > 0)
            id += u'_';
        const Journey &j = *slices[i];
        for (int k = 0; k < j.count; ++k) {
            const JourneySegment &s = j.segments[std::size_t(k)];
            if (k > 0)
                id += u'-';
            id += segmentId(m_schedule, s) + u'.' +
                  QLatin1Char(fareClasses(s.cabin)[std::size_t(s.classIndex)].letter);
        }
    }
    return id;
}

FlightOffer OfferBuilder::build(const std::vector<const Journey *> &slices,
                                const Passengers &passengers, Cabin cabin) const
{
    FlightOffer offer;
    offer.id = encodeId(slices);
    offer.supplier = QStringLiteral("sandbox");
    qint64 adult = 0;
    qint64 adultTaxes = 0;
    int brandClass = 0; // the cheapest class sold sets the brand: it has the strictest rules
    int seatsLeft = std::numeric_limits<int>::max();
    for (const Journey *j : slices) {
        adult += j->adultPrice;
        adultTaxes += j->adultTaxes;
        brandClass = std::max(brandClass, j->fareClass);
        seatsLeft = std::min(seatsLeft, j->seatsLeft);
        offer.itineraries.push_back(itinerary(*j));
    }
    offer.price = m_fares.total(adult, passengers);
    offer.fares = m_fares.fares(adult, adultTaxes, passengers);
    const FareBrand brand = m_fares.brand(cabin, brandClass);
    offer.fareBrand = brand.name;
    offer.baggage = brand.baggage;
    offer.conditions = brand.conditions;
    offer.seatsLeft = std::min(9, seatsLeft);
    offer.expiresAt = m_now.addSecs(kOfferLifetimeSecs);
    offer.passengers = offerPassengers(passengers);
    // The bag the offer sells on top of its fare (offer_services.cpp), stated with the offer so
    // a search can rank "with 1 checked bag" before anything is priced: one per slice.
    Money bag(0, offer.price.currency());
    for (const Journey *j : slices) {
        const Leg &first = m_schedule.legs()[std::size_t(j->segments[0].leg)];
        const Leg &last =
            m_schedule.legs()[std::size_t(j->segments[std::size_t(j->count - 1)].leg)];
        bag += m_fares.extraBagPrice(m_schedule.distanceKm(first.from, last.to), cabin);
    }
    offer.extraCheckedBag = bag;
    return offer;
}

Itinerary OfferBuilder::itinerary(const Journey &j) const
{
    const auto types = aircraftTypes();
    Itinerary it;
    for (int k = 0; k < j.count; ++k) {
        const JourneySegment &s = j.segments[std::size_t(k)];
        const Leg &leg = m_schedule.legs()[std::size_t(s.leg)];
        Segment seg;
        seg.id = segmentId(m_schedule, s);
        seg.carrier = m_schedule.carriers()[leg.carrier].code;
        seg.operatingCarrier = seg.carrier;
        seg.flightNumber = QString::number(leg.number);
        seg.origin = m_schedule.airports()[std::size_t(leg.from)].code;
        seg.destination = m_schedule.airports()[std::size_t(leg.to)].code;
        seg.departure = instant(s.departure);
        seg.arrival = instant(s.arrival);
        seg.aircraft = QString::fromLatin1(types[leg.aircraft].code);
        seg.cabin = s.cabin;
        seg.fareClass =
            QString(QLatin1Char(fareClasses(s.cabin)[std::size_t(s.classIndex)].letter));
        it.segments.push_back(std::move(seg));
    }
    return it;
}

std::vector<FlightOffer> OfferBuilder::combine(const std::vector<std::vector<Journey>> &slices,
                                               const Passengers &passengers, Cabin cabin, int limit,
                                               int *omitted) const
{
    if (omitted)
        *omitted = 0;
    const int perStops = std::max(1, limit / kShareKeptPerStopsMix);
    std::vector<Combination> beam{Combination{}};
    for (const std::vector<Journey> &options : slices) {
        const std::size_t take =
            slices.size() == 1 ? options.size() : std::min(options.size(), kPerSliceInCombination);
        std::vector<Combination> next;
        next.reserve(beam.size() * take);
        for (const Combination &c : beam) {
            for (std::size_t i = 0; i < take; ++i) {
                const Journey &j = options[i];
                if (!c.slices.empty() &&
                    j.departure < c.slices.back()->arrival + kMinimumStayMinutes)
                    continue;
                Combination n = c;
                n.slices.push_back(&j);
                n.price += j.adultPrice;
                n.minutes += j.durationMinutes();
                n.stops += j.stops();
                next.push_back(std::move(n));
            }
        }
        if (next.empty())
            return {};
        qint64 cheapest = std::numeric_limits<qint64>::max();
        int shortest = std::numeric_limits<int>::max();
        for (const Combination &c : next) {
            cheapest = std::min(cheapest, c.price);
            shortest = std::min(shortest, c.minutes);
        }
        std::vector<Candidate> scored;
        scored.reserve(next.size());
        for (std::size_t i = 0; i < next.size(); ++i)
            scored.push_back(
                {journeyScore(next[i].price, cheapest, next[i].minutes, shortest, next[i].stops),
                 i});
        const std::vector<std::size_t> chosen =
            keepVaried(std::move(scored), std::size_t(std::max(1, limit)),
                       [&](std::size_t i, std::vector<Kind> *kinds) {
                           kindsOf(slices, next[i].slices, perStops, kinds);
                       });
        if (omitted)
            *omitted += int(next.size() - chosen.size());
        beam.clear();
        for (std::size_t i : chosen)
            beam.push_back(std::move(next[i]));
    }
    std::vector<FlightOffer> offers;
    offers.reserve(beam.size());
    for (const Combination &c : beam)
        offers.push_back(build(c.slices, passengers, cabin));
    return offers;
}

} // namespace tripdesk::sandbox
