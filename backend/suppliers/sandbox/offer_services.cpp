#include "backend/suppliers/sandbox/offer_services.h"

namespace tripdesk::sandbox {

namespace {

const QString kBagPrefix = QStringLiteral("bag.");

} // namespace

QString bagServiceId(int slice, const QString &passengerId)
{
    return kBagPrefix + QString::number(slice) + u'.' + passengerId;
}

bool parseBagServiceId(QStringView id, int *slice, QString *passengerId)
{
    if (!id.startsWith(kBagPrefix) || id.size() > 40)
        return false;
    const auto fields = id.mid(kBagPrefix.size()).split(u'.');
    if (fields.size() != 2 || fields[1].isEmpty())
        return false;
    bool ok = false;
    *slice = fields[0].toInt(&ok);
    *passengerId = fields[1].toString();
    return ok && *slice >= 0;
}

QDateTime holdPayBy(const QDateTime &departureUtc, const QDateTime &nowUtc)
{
    if (!departureUtc.isValid() ||
        nowUtc.secsTo(departureUtc) <= qint64(kHoldableAfterDays) * 86400)
        return {};
    return std::min(nowUtc.addSecs(qint64(kHoldHours) * 3600),
                    departureUtc.addDays(-kPayByDaysBeforeDeparture));
}

PricedOffer pricedOffer(const Schedule &schedule, const FareModel &fares, FlightOffer offer,
                        const DecodedOffer &decoded, const QDateTime &nowUtc)
{
    PricedOffer priced;
    for (std::size_t s = 0; s < decoded.slices.size() && s < offer.itineraries.size(); ++s) {
        const Journey &j = decoded.slices[s];
        const Leg &first = schedule.legs()[std::size_t(j.segments[0].leg)];
        const Leg &last = schedule.legs()[std::size_t(j.segments[std::size_t(j.count - 1)].leg)];
        const Money price =
            fares.extraBagPrice(schedule.distanceKm(first.from, last.to), decoded.cabin);
        QStringList segments;
        for (const Segment &seg : offer.itineraries[s].segments)
            segments << seg.id;
        for (const OfferPassenger &p : offer.passengers) {
            if (p.type == PassengerType::Infant)
                continue; // on a lap, with the adult's bags
            OfferService bag;
            bag.id = bagServiceId(int(s), p.id);
            bag.kind = OfferService::Kind::CheckedBag;
            bag.price = price;
            bag.maxQuantity = kExtraBagsPerJourney;
            bag.weightKg = kExtraBagKg;
            bag.passengerIds = {p.id};
            bag.segmentIds = segments;
            priced.services.push_back(std::move(bag));
        }
    }
    const QDateTime departure =
        offer.itineraries.empty() ? QDateTime() : offer.itineraries.front().departure();
    priced.payBy = holdPayBy(departure, nowUtc);
    priced.holdable = priced.payBy.isValid();
    priced.priceGuaranteedUntil = offer.expiresAt;
    priced.offer = std::move(offer);
    return priced;
}

} // namespace tripdesk::sandbox
