// Duffel offers: an offer request's answer, pages of offers, and one offer with its services.

#include "backend/suppliers/duffel/duffel_reading.h"

namespace tripdesk::duffel {

using namespace detail;

QString supplierId()
{
    return u"duffel"_s;
}

namespace detail {

namespace {

// Duffel states base and tax only for the whole offer, so a price per passenger follows only
// when every passenger is of one type and the amounts divide evenly; otherwise none is invented.
std::vector<PassengerFare> faresFor(const Money &price, const std::optional<Money> &base,
                                    const std::optional<Money> &tax,
                                    const std::vector<OfferPassenger> &passengers)
{
    if (!base || !tax || passengers.empty() || base->currency() != price.currency() ||
        tax->currency() != price.currency() || base->minorUnits() < 0 || tax->minorUnits() < 0)
        return {};
    const auto sum = base->plus(*tax);
    if (!sum || sum->minorUnits() != price.minorUnits())
        return {};
    const PassengerType type = passengers.front().type;
    for (const OfferPassenger &p : passengers) {
        if (p.type != type)
            return {};
    }
    const auto count = qint64(passengers.size());
    if (base->minorUnits() % count != 0 || tax->minorUnits() % count != 0)
        return {};
    return {PassengerFare{type, int(count), Money(base->minorUnits() / count, price.currency()),
                          Money(tax->minorUnits() / count, price.currency())}};
}

QString fareBrand(const QJsonArray &slices)
{
    QStringList brands;
    for (const QJsonValue &s : slices) {
        const QString brand = s.toObject().value("fare_brand_name"_L1).toString();
        if (!brand.isEmpty() && !brands.contains(brand))
            brands.append(brand);
    }
    return brands.join(u" / "_s);
}

} // namespace

std::optional<FlightOffer> readOffer(const QJsonObject &o, const ParseContext &context,
                                     ZoneCache &zones,
                                     const std::vector<OfferPassenger> &requestPassengers,
                                     QString *why)
{
    Reader r(context, zones);
    FlightOffer offer;
    offer.supplier = supplierId();
    offer.id = r.required(o, "id"_L1);
    offer.price = r.money(o, "total_amount"_L1, "total_currency"_L1);
    if (r.ok() && offer.price.minorUnits() < 0)
        r.fail(u"total_amount"_s);
    offer.passengers = r.passengers(o.value("passengers"_L1).toArray());
    if (offer.passengers.empty())
        offer.passengers = requestPassengers;
    const QJsonArray slices = o.value("slices"_L1).toArray();
    if (r.ok())
        offer.itineraries = r.itineraries(slices, offer.passengers);
    offer.expiresAt = r.instant(o, "expires_at"_L1);
    if (!r.ok()) {
        if (why)
            *why = u"%1: bad %2"_s.arg(offer.id.isEmpty() ? u"offer"_s : offer.id, r.failed());
        return std::nullopt;
    }
    offer.baggage = adultBaggage(offer.itineraries);
    offer.conditions = r.conditions(o, slices);
    offer.fareBrand = fareBrand(slices);
    // Base and tax only ever split the price; one that cannot be read leaves the split out.
    Reader optional(context, zones);
    const auto base = optional.optionalMoney(o, "base_amount"_L1, "base_currency"_L1);
    const auto tax = optional.optionalMoney(o, "tax_amount"_L1, "tax_currency"_L1);
    offer.fares = faresFor(offer.price, base, tax, offer.passengers);
    return offer;
}

} // namespace detail

namespace {

void readOffers(const QJsonArray &list, const ParseContext &context,
                const std::vector<OfferPassenger> &requestPassengers, OfferPage &page)
{
    ZoneCache zones;
    page.offers.reserve(size_t(list.size()));
    for (const QJsonValue &v : list) {
        QString why;
        if (!v.isObject()) {
            ++page.malformed;
            page.problems.append(u"an offer is not an object"_s);
            continue;
        }
        if (auto offer = readOffer(v.toObject(), context, zones, requestPassengers, &why)) {
            page.offers.push_back(std::move(*offer));
        } else {
            ++page.malformed;
            page.problems.append(why);
        }
    }
}

} // namespace

Result<OfferPage> parseOfferRequest(const QByteArray &body, const ParseContext &context)
{
    auto doc = readDocument(body, "offer request");
    if (!doc)
        return doc.error();
    const QJsonObject data = doc->value("data"_L1).toObject();
    const QJsonValue offers = data.value("offers"_L1);
    // Asked with return_offers=false, the reply has no offers: they come in pages.
    if (data.value("id"_L1).toString().isEmpty() || !(offers.isArray() || offers.isUndefined()))
        return unreadable(u"duffel offer request: no data.id or data.offers"_s);
    OfferPage page;
    page.offerRequestId = data.value("id"_L1).toString();
    ZoneCache unused;
    Reader r(context, unused);
    const auto requestPassengers = r.passengers(data.value("passengers"_L1).toArray());
    readOffers(offers.toArray(), context, requestPassengers, page);
    return page;
}

Result<OfferPage> parseOfferList(const QByteArray &body, const ParseContext &context)
{
    auto doc = readDocument(body, "offers");
    if (!doc)
        return doc.error();
    const QJsonValue data = doc->value("data"_L1);
    if (!data.isArray())
        return unreadable(u"duffel offers: data is not a list"_s);
    OfferPage page;
    const QJsonObject meta = doc->value("meta"_L1).toObject();
    page.nextCursor = meta.value("after"_L1).toString();
    page.previousCursor = meta.value("before"_L1).toString();
    readOffers(data.toArray(), context, {}, page);
    return page;
}

namespace {

std::optional<OfferService> readService(const QJsonObject &o, const ParseContext &context,
                                        ZoneCache &zones)
{
    Reader r(context, zones);
    OfferService service;
    service.id = r.required(o, "id"_L1);
    service.price = r.money(o, "total_amount"_L1, "total_currency"_L1);
    if (!r.ok() || service.price.minorUnits() < 0)
        return std::nullopt;
    const QString type = o.value("type"_L1).toString();
    const QJsonObject metadata = o.value("metadata"_L1).toObject();
    if (type == "baggage"_L1) {
        const QString bag = metadata.value("type"_L1).toString();
        service.kind =
            bag == "carry_on"_L1 ? OfferService::Kind::CarryOnBag : OfferService::Kind::CheckedBag;
        service.weightKg = std::clamp(metadata.value("maximum_weight_kg"_L1).toInt(), 0, 1000);
    } else {
        service.kind = OfferService::Kind::Other;
        service.name = metadata.value("name"_L1).toString();
        if (service.name.isEmpty())
            service.name = type;
    }
    service.maxQuantity = std::clamp(o.value("maximum_quantity"_L1).toInt(1), 1, 99);
    for (const QJsonValue &id : o.value("passenger_ids"_L1).toArray())
        service.passengerIds.append(id.toString());
    for (const QJsonValue &id : o.value("segment_ids"_L1).toArray())
        service.segmentIds.append(id.toString());
    return service;
}

} // namespace

Result<PricedOffer> parsePricedOffer(const QByteArray &body, const ParseContext &context)
{
    auto doc = readDocument(body, "offer");
    if (!doc)
        return doc.error();
    const QJsonObject data = doc->value("data"_L1).toObject();
    ZoneCache zones;
    QString why;
    auto offer = readOffer(data, context, zones, {}, &why);
    if (!offer)
        return unreadable(u"duffel offer "_s + why);
    PricedOffer priced;
    priced.offer = std::move(*offer);
    // A service that cannot be read is not offered; the fare itself still can be.
    for (const QJsonValue &v : data.value("available_services"_L1).toArray()) {
        if (auto service = readService(v.toObject(), context, zones))
            priced.services.push_back(std::move(*service));
    }
    const QJsonObject payment = data.value("payment_requirements"_L1).toObject();
    Reader r(context, zones);
    const QJsonValue instant = payment.value("requires_instant_payment"_L1);
    priced.holdable = instant.isBool() && !instant.toBool();
    if (priced.holdable)
        priced.payBy = r.instant(payment, "payment_required_by"_L1);
    priced.priceGuaranteedUntil = r.instant(payment, "price_guarantee_expires_at"_L1);
    if (!r.ok())
        return unreadable(
            u"duffel offer %1: bad payment_requirements.%2"_s.arg(priced.offer.id, r.failed()));
    return priced;
}

} // namespace tripdesk::duffel
