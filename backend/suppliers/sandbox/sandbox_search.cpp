#include "backend/suppliers/sandbox/sandbox_search.h"

#include "backend/reference/reference_data.h"

#include <QCoreApplication>

#include <algorithm>
#include <iterator>
#include <limits>

namespace tripdesk::sandbox {

namespace {

std::vector<int> scheduleAirports(const Schedule &schedule, const ReferenceData &reference,
                                  const QString &code)
{
    std::vector<int> out;
    for (const QString &a : reference.airportsFor(code)) {
        const int idx = schedule.airportIndex(a);
        if (idx >= 0)
            out.push_back(idx);
    }
    return out;
}

Error unknownOffer(const QString &id, const QString &why)
{
    return Error::notFound(
        QCoreApplication::translate("SandboxSupplier", "This offer is not known. Search again."),
        QStringLiteral("%1: %2").arg(why, id.left(200)));
}

// The class a slice's fare is sold in, as its id names it: the dearest of its flights in the cabin
// sold (feeders in a lower cabin do not count), as RouteSearch::price sets it.
int fareClassOf(const Journey &journey, Cabin cabin)
{
    int fareClass = std::numeric_limits<int>::max();
    for (int i = 0; i < journey.count; ++i) {
        const JourneySegment &s = journey.segments[std::size_t(i)];
        if (s.cabin == cabin)
            fareClass = std::min(fareClass, int(s.classIndex));
    }
    return fareClass == std::numeric_limits<int>::max() ? 0 : fareClass;
}

} // namespace

Result<SearchOutcome> searchOffers(const SearchInputs &in, const FlightSearchRequest &request)
{
    if (request.slices.empty() || request.slices.size() > 6)
        return Error::invalidInput(
            QCoreApplication::translate("SandboxSupplier", "Search for one to six flights."));
    const Passengers &p = request.passengers;
    if (p.adults < 1 || p.children < 0 || p.infants < 0 || p.infants > p.adults)
        return Error::invalidInput(QCoreApplication::translate(
            "SandboxSupplier", "Check the number of passengers: at least one adult, and "
                               "no more infants than adults."));
    const Availability availability(in.schedule, in.sold, in.nowUtc);
    const RouteSearch search(in.schedule, availability, in.fares);
    const int perSlice = request.slices.size() == 1 ? kMaxOffers : 40;
    std::vector<std::vector<Journey>> slices;
    SearchOutcome out;
    for (const SliceRequest &s : request.slices) {
        if (!s.date.isValid())
            return Error::invalidInput(
                QCoreApplication::translate("SandboxSupplier", "Choose a departure date."));
        SliceQuery q;
        q.origins = scheduleAirports(in.schedule, in.reference, s.origin);
        q.destinations = scheduleAirports(in.schedule, in.reference, s.destination);
        q.localDay = dayNumber(s.date);
        q.maxStops = std::clamp(request.maxStops, 0, 2);
        q.cabin = request.cabin;
        q.seats = p.seated();
        if (q.origins.empty() || q.destinations.empty())
            return SearchOutcome{}; // nobody flies there in the sandbox world
        int left = 0;
        slices.push_back(search.search(q, perSlice, &left));
        if (slices.back().empty())
            return SearchOutcome{};
        out.omitted += left; // each would have made at least one more offer
    }
    const OfferBuilder builder(in.schedule, in.fares, in.nowUtc);
    int left = 0;
    out.offers = builder.combine(slices, p, request.cabin, kMaxOffers, &left);
    out.omitted = out.offers.empty() ? 0 : out.omitted + left;
    return out;
}

Result<std::vector<FlightOffer>> runSearch(const SearchInputs &in,
                                           const FlightSearchRequest &request)
{
    auto outcome = searchOffers(in, request);
    if (!outcome)
        return outcome.error();
    return std::move(outcome).value().offers;
}

Result<DecodedOffer> decodeOffer(const Schedule &schedule, const QString &offerId)
{
    auto decoded = decodeOfferId(offerId);
    if (!decoded)
        return decoded.error();
    DecodedOffer out;
    int longestKm = -1;
    for (const auto &slice : decoded.value()) {
        Journey j;
        for (const OfferIdSegment &s : slice) {
            const int leg = schedule.findLeg(schedule.carrierIndex(s.carrier), s.number);
            if (leg < 0)
                return unknownOffer(offerId, QStringLiteral("no such flight"));
            const Leg &l = schedule.legs()[std::size_t(leg)];
            const int day = dayNumber(s.date);
            if (schedule.airports()[std::size_t(l.from)].code != s.origin || !l.operatesOn(day))
                return unknownOffer(offerId, QStringLiteral("flight does not operate"));
            JourneySegment seg;
            int classIndex = 0;
            if (!findFareClass(s.fareClass, &seg.cabin, &classIndex) ||
                l.seats[std::size_t(seg.cabin)] == 0)
                return unknownOffer(offerId, QStringLiteral("no such class"));
            seg.leg = leg;
            seg.localDay = day;
            seg.classIndex = qint8(classIndex);
            seg.departure = schedule.departureUtc(leg, day);
            seg.arrival = seg.departure + l.blockMinutes;
            if (l.distanceKm > longestKm) {
                longestKm = l.distanceKm;
                out.cabin = seg.cabin;
            }
            j.segments[std::size_t(j.count++)] = seg;
        }
        j.departure = j.segments[0].departure;
        j.arrival = j.segments[std::size_t(j.count - 1)].arrival;
        out.slices.push_back(j);
    }
    return out;
}

std::vector<FlightOffer> dearerBrands(const SearchInputs &in, const FlightSearchRequest &request,
                                      const std::vector<FlightOffer> &offers)
{
    const Availability availability(in.schedule, in.sold, in.nowUtc);
    const RouteSearch search(in.schedule, availability, in.fares);
    const OfferBuilder builder(in.schedule, in.fares, in.nowUtc);
    const int seats = request.passengers.seated();
    std::vector<FlightOffer> out;
    out.reserve(offers.size());
    for (const FlightOffer &offer : offers) {
        auto decoded = decodeOffer(in.schedule, offer.id);
        if (!decoded)
            continue;
        const Cabin cabin = decoded->cabin;
        // The offer's brand is its strictest slice's, as OfferBuilder gives it.
        int sold = 0;
        for (const Journey &j : decoded->slices)
            sold = std::max(sold, fareClassOf(j, cabin));
        for (int floor = FareModel::nextBrandFloor(cabin, sold); floor >= 0;
             floor = FareModel::nextBrandFloor(cabin, sold)) {
            std::vector<Journey> slices = decoded->slices;
            std::vector<const Journey *> priced;
            for (Journey &j : slices) {
                if (!search.price(&j, cabin, seats, floor))
                    break;
                priced.push_back(&j);
            }
            if (priced.size() != slices.size())
                break; // no seats left in this brand on some flight, nor in a dearer one
            out.push_back(builder.build(priced, request.passengers, cabin));
            sold = 0;
            for (const Journey &j : slices)
                sold = std::max(sold, j.fareClass);
        }
    }
    return out;
}

Result<SearchOutcome> searchWithBrands(const SearchInputs &in, const FlightSearchRequest &request)
{
    auto outcome = searchOffers(in, request);
    if (!outcome)
        return outcome;
    std::vector<FlightOffer> dearer = dearerBrands(in, request, outcome->offers);
    outcome->offers.insert(outcome->offers.end(), std::make_move_iterator(dearer.begin()),
                           std::make_move_iterator(dearer.end()));
    return outcome;
}

Result<FlightOffer> priceOffer(const SearchInputs &in, const QString &offerId,
                               const Passengers &passengers, DecodedOffer *decodedOut)
{
    auto decoded = decodeOffer(in.schedule, offerId);
    if (!decoded)
        return decoded.error();
    const Availability availability(in.schedule, in.sold, in.nowUtc);
    const RouteSearch search(in.schedule, availability, in.fares);
    std::vector<const Journey *> slices;
    for (Journey &j : decoded->slices) {
        const int floor = FareModel::brandFloor(decoded->cabin, fareClassOf(j, decoded->cabin));
        if (!search.price(&j, decoded->cabin, passengers.seated(), floor)) {
            return Error::unavailable(QCoreApplication::translate(
                                          "SandboxSupplier",
                                          "This offer is no longer available. Search again to see "
                                          "what is left."),
                                      QStringLiteral("sold out: %1").arg(offerId.left(200)));
        }
        slices.push_back(&j);
    }
    FlightOffer offer =
        OfferBuilder(in.schedule, in.fares, in.nowUtc).build(slices, passengers, decoded->cabin);
    if (decodedOut)
        *decodedOut = std::move(decoded).value();
    return offer;
}

} // namespace tripdesk::sandbox
