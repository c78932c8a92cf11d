#include "backend/flights/flight_order.h"

namespace tripdesk {

namespace {

bool sameConditions(const FareConditions &a, const FareConditions &b)
{
    return a.refundable == b.refundable && a.refundPenalty == b.refundPenalty &&
           a.changeable == b.changeable && a.changePenalty == b.changePenalty &&
           a.refundKnown == b.refundKnown && a.changeKnown == b.changeKnown;
}

bool sameSchedule(const FlightOffer &a, const FlightOffer &b)
{
    if (a.itineraries.size() != b.itineraries.size())
        return false;
    for (size_t i = 0; i < a.itineraries.size(); ++i) {
        const auto &x = a.itineraries[i].segments;
        const auto &y = b.itineraries[i].segments;
        if (x.size() != y.size())
            return false;
        for (size_t s = 0; s < x.size(); ++s) {
            if (x[s].carrier != y[s].carrier || x[s].flightNumber != y[s].flightNumber ||
                x[s].departure != y[s].departure || x[s].arrival != y[s].arrival ||
                x[s].cabin != y[s].cabin)
                return false;
        }
    }
    return true;
}

} // namespace

OfferChanges compareOffers(const FlightOffer &before, const FlightOffer &after)
{
    OfferChanges c;
    c.price = before.price != after.price;
    c.baggage = before.baggage.checkedBags != after.baggage.checkedBags ||
                before.baggage.carryOnBags != after.baggage.carryOnBags;
    c.conditions = !sameConditions(before.conditions, after.conditions);
    c.brand = before.fareBrand != after.fareBrand;
    c.schedule = !sameSchedule(before, after);
    return c;
}

QString serviceKindToString(OfferService::Kind kind)
{
    switch (kind) {
    case OfferService::Kind::CheckedBag:
        return QStringLiteral("checked_bag");
    case OfferService::Kind::CarryOnBag:
        return QStringLiteral("carry_on_bag");
    case OfferService::Kind::Other:
        break;
    }
    return QStringLiteral("other");
}

QString orderStatusToString(OrderStatus status)
{
    switch (status) {
    case OrderStatus::Held:
        return QStringLiteral("held");
    case OrderStatus::Confirmed:
        return QStringLiteral("confirmed");
    case OrderStatus::Cancelled:
        return QStringLiteral("cancelled");
    case OrderStatus::Expired:
        return QStringLiteral("expired");
    }
    return QStringLiteral("held");
}

} // namespace tripdesk
