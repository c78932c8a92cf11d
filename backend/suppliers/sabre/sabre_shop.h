#pragma once
// Sabre's shopping replies read into offers: Bargain Finder Max v5 (POST /v5/offers/shop) and
// Revalidate Itinerary (POST /v5/shop/flights/revalidate), both a groupedItineraryResponse whose
// itineraries point into shared descriptor lists (scheduleDescs, legDescs, fareComponentDescs,
// baggageAllowanceDescs). Every pricingInformation of an itinerary is one offer (an itinerary
// sold in three brands is three offers), with its id as sabre_offer_key.h describes.
//
// Instants come from each leg's departure date, the schedule's day adjustments and its local
// times, which carry their own UTC offsets ("07:30:00+05:30"). Amounts are read from the reply's
// own digits, never through a double. An itinerary that cannot be read (a dangling reference, a
// time without an offset, an amount with more digits than its currency) is dropped alone and
// counted in SupplierOffers::malformed; unknown fields are ignored and optional ones may be
// missing.

#include "backend/flights/flight_order.h"
#include "backend/suppliers/flight_supplier.h"
#include "backend/suppliers/sabre/sabre_context.h"

#include <QByteArray>

namespace tripdesk::sabre {

// A Bargain Finder Max reply. An error for replies that are not a shopping reply at all or that
// report a failure (an invalid airport, an account that may not shop); a reply that found no
// flights is no error.
Result<SupplierOffers> parseShopReply(const QByteArray &body, const ReplyContext &context);

// A Revalidate Itinerary reply: the offer as it is priced now. Among several fares it prefers
// the one with `offerId` (the same flights, classes and brand), else the first. It can be held
// (a booking made now, ticketed later) while the fare's last ticketing date lies ahead; payBy is
// that date.
Result<PricedOffer> parseRevalidateReply(const QByteArray &body, const ReplyContext &context,
                                         const QString &offerId = {});

} // namespace tripdesk::sabre
