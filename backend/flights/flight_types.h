#pragma once
// The flight domain every supplier adapter produces and the search, the service and the UI
// consume: what was asked (FlightSearchRequest) and what is offered (FlightOffer).
// All instants are UTC; display code converts to each airport's own zone.

#include "backend/core/money.h"
#include "backend/core/result.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace tripdesk {

enum class Cabin { Economy, PremiumEconomy, Business, First };

// "economy", "premium_economy", "business", "first" (Duffel's spelling).
QString cabinToString(Cabin cabin);
std::optional<Cabin> cabinFromString(QStringView text);

struct Passengers {
    int adults = 1;
    int children = 0; // 2–11 years
    int infants = 0;  // under 2, on an adult's lap
    int total() const { return adults + children + infants; }
    int seated() const { return adults + children; }
    friend bool operator==(const Passengers &, const Passengers &) = default;
};

struct SliceRequest {
    QString origin;      // airport or metropolitan city code
    QString destination; // airport or metropolitan city code
    QDate date;          // local departure date at the origin
    friend bool operator==(const SliceRequest &, const SliceRequest &) = default;
};

struct FlightSearchRequest {
    // The limits airlines and GDSs put on one search: six flights, nine passengers on one
    // booking, two stops.
    static constexpr int kMaxSlices = 6;
    static constexpr int kMaxPassengers = 9;
    static constexpr int kMaxStops = 2;

    std::vector<SliceRequest> slices; // one-way: 1; round trip: 2 (return mirrors the first)
    Passengers passengers;
    Cabin cabin = Cabin::Economy;
    int maxStops = 2; // 0..2
    friend bool operator==(const FlightSearchRequest &, const FlightSearchRequest &) = default;

    enum class Kind { OneWay, RoundTrip, MultiCity };
    Kind kind() const;
};

// An airport or city code as someone typed it, in the one form the backend keeps: trimmed and
// upper case (" del " → "DEL"). Applied where codes come in: the search service's checks and
// the places service's lookups.
QString normalisedCode(QStringView typed);

// The names of a FlightSearchRequest's fields that an Error can be about (Error::field).
namespace SearchField {
QString slices();               // "slices": the trip as a whole
QString origin(int slice);      // "slices[0].origin"
QString destination(int slice); // "slices[0].destination"
QString date(int slice);        // "slices[0].date"
QString passengers();           // "passengers"
QString maxStops();             // "maxStops"

// A field name taken apart again: which part of which slice (-1 when not a slice's).
struct Parsed {
    enum class Part { None, Slices, Origin, Destination, Date, Passengers, MaxStops };
    Part part = Part::None;
    int slice = -1;
};
Parsed parse(QStringView field);
} // namespace SearchField

enum class PassengerType { Adult, Child, Infant };
// "adult", "child", "infant_without_seat" (Duffel's spelling).
QString passengerTypeToString(PassengerType type);
std::optional<PassengerType> passengerTypeFromString(QStringView text);

// The bags one passenger of a type may take on one segment.
struct BaggageAllowance {
    PassengerType passenger = PassengerType::Adult;
    int checked = 0;   // pieces
    int checkedKg = 0; // weight per piece when the fare states one; 0 when not stated
    int carryOn = 0;   // pieces
    friend bool operator==(const BaggageAllowance &, const BaggageAllowance &) = default;
};

struct Segment {
    QString id;                    // the supplier's segment id (seat maps, services); may be empty
    QString carrier;               // marketing carrier IATA code
    QString flightNumber;          // "101"
    QString operatingCarrier;      // may equal carrier
    QString operatingFlightNumber; // empty when the same as flightNumber or not given
    QString origin;                // airport code
    QString destination;           // airport code
    QString originTerminal;        // empty when not given
    QString destinationTerminal;
    QDateTime departure; // UTC
    QDateTime arrival;   // UTC
    QString aircraft;    // IATA aircraft type code, e.g. "320", "77W"
    Cabin cabin = Cabin::Economy;
    QString fareClass; // booking class letter, e.g. "Y"
    QString fareBasis; // fare basis code, e.g. "Y20LGTN2"; empty when not given
    // Bags per passenger type on this segment; empty when the supplier states them only for the
    // whole offer (FlightOffer::baggage).
    std::vector<BaggageAllowance> baggage;
    int durationMinutes() const { return int(departure.secsTo(arrival) / 60); }
};

// One slice's journey: the segments flown in order.
struct Itinerary {
    std::vector<Segment> segments;
    int stops() const { return segments.empty() ? 0 : int(segments.size()) - 1; }
    // From first departure to last arrival, computed from instants.
    int durationMinutes() const;
    QDateTime departure() const;
    QDateTime arrival() const;
};

struct Baggage {
    int checkedBags = 0; // per passenger
    int carryOnBags = 1;
};

struct FareConditions {
    bool refundable = false;
    std::optional<Money> refundPenalty;
    bool changeable = false;
    std::optional<Money> changePenalty;
    // False when the supplier did not say (the airline decides at the time); refundable and
    // changeable are then false, so nothing is promised.
    bool refundKnown = true;
    bool changeKnown = true;
};

// What one passenger of a type pays: the fare and, apart, the taxes, fees and charges.
struct PassengerFare {
    PassengerType type = PassengerType::Adult;
    int count = 0; // passengers of this type on the offer
    Money base;    // per passenger
    Money taxes;   // per passenger
    Money perPassenger() const { return base + taxes; }
};

struct OfferPassenger {
    QString id; // "pas_0000…"
    PassengerType type = PassengerType::Adult;
    friend bool operator==(const OfferPassenger &, const OfferPassenger &) = default;
};

struct FlightOffer {
    QString id;                         // unique within the supplier, stable for the offer's life
    QString supplier;                   // supplier id, e.g. "sandbox"
    Money price;                        // total for all passengers
    std::vector<Itinerary> itineraries; // one per requested slice, in order
    Baggage baggage;
    FareConditions conditions;
    QString fareBrand;   // "Basic", "Standard", "Flex"
    int seatsLeft = 9;   // at the fare, as the supplier reports it
    QDateTime expiresAt; // UTC; invalid when the supplier gives none
    // The price per passenger type, base and taxes apart; empty when the supplier gives only the
    // total. When given, the fares add up to `price` (see faresAddUp()).
    std::vector<PassengerFare> fares;
    // The supplier's passenger ids, in the order adults, children, infants, when it issues
    // them with the offer (an order must name them); empty otherwise.
    std::vector<OfferPassenger> passengers;
    // What one more checked bag costs each passenger for the whole journey (each bag up to the
    // two a traveller may need), when the supplier states it with the offer; otherwise known
    // only once the offer is priced.
    std::optional<Money> extraCheckedBag;
    // Other ways to buy the same flights: offers from other suppliers or in other fare brands,
    // gathered by the search (each without options of its own). Empty on a supplier's offers.
    std::vector<FlightOffer> options;

    int totalDurationMinutes() const;
    int maxStops() const;
    QStringList carriers() const; // distinct marketing carriers, in order of appearance
    // Whether the fares, counted per passenger, sum to the price in its currency.
    bool faresAddUp() const;
    // The price with `bags` checked bags for each of `travellers` (those with a seat): the price
    // itself when the fare includes them, plus extraCheckedBag for each one it lacks; nothing
    // when bags are lacking and their price is not known.
    std::optional<Money> priceWithCheckedBags(int bags, int travellers) const;
};

} // namespace tripdesk
