#pragma once
// What the sandbox sells with an offer beyond its fares, and when it lets one be held unpaid.
//
// Services: an extra checked bag (23 kg) for each passenger with a seat on each journey
// (slice), priced by the fare model from the journey's distance and cabin; and seats on the seat
// maps (seat_map_builder.h).
//
// Holds: an offer can be held when its first flight leaves more than three days later. The hold
// lasts 24 hours, but ends two days before departure at the latest, so an unpaid booking never
// ties up seats in the last days, when they sell best. Its price is guaranteed as long as the
// offer itself (30 minutes); a held order keeps the price it was made at until it lapses.

#include "backend/flights/flight_order.h"
#include "backend/suppliers/sandbox/sandbox_search.h"

namespace tripdesk::sandbox {

constexpr int kHoldableAfterDays = 3;
constexpr int kHoldHours = 24;
constexpr int kPayByDaysBeforeDeparture = 2;
constexpr int kExtraBagKg = 23;
// Extra bags a passenger may add per journey: as many as the desk's "with 2 checked bags" view
// can ask of a fare without any, so its price with bags is always one the sandbox sells.
constexpr int kExtraBagsPerJourney = 2;

// "bag.0.pas_1": the extra bag of passenger pas_1 on the first journey.
QString bagServiceId(int slice, const QString &passengerId);
// The journey and passenger a bag service id names; false for any other id.
bool parseBagServiceId(QStringView id, int *slice, QString *passengerId);

// When a hold made at `nowUtc` on an offer whose first flight leaves at `departureUtc` must be
// paid for; invalid when such an offer cannot be held.
QDateTime holdPayBy(const QDateTime &departureUtc, const QDateTime &nowUtc);

// The price check's answer for an offer priced now (`decoded`: its flights as priced): the bags
// for sale, whether it can be held and until when, and how long the price holds.
PricedOffer pricedOffer(const Schedule &schedule, const FareModel &fares, FlightOffer offer,
                        const DecodedOffer &decoded, const QDateTime &nowUtc);

} // namespace tripdesk::sandbox
