#pragma once
// The flight domain after the search: what a price check finds out about one offer (its
// services for sale, whether it can be held), seat maps, orders (booked, held, cancelled) and
// cancellations with their refund quote. Every supplier's adapter produces these; booking
// consumes them. Instants are UTC; money is exact.

#include "backend/flights/flight_types.h"

#include <QStringList>

namespace tripdesk {

// Something an offer sells on top of the fare.
struct OfferService {
    enum class Kind { CheckedBag, CarryOnBag, Other };
    QString id; // the supplier's id, quoted back when ordering
    Kind kind = Kind::Other;
    QString name; // as the supplier names it; empty for bags (the UI names them)
    Money price;  // per unit
    int maxQuantity = 1;
    int weightKg = 0;         // bags, when stated
    QStringList passengerIds; // who it can be bought for; empty: anyone on the offer
    QStringList segmentIds;   // which segments it covers; empty: the whole journey
};

// "checked_bag", "carry_on_bag", "other": one spelling for the CLI's JSON and the records.
QString serviceKindToString(OfferService::Kind kind);

// A price check's answer: the offer as it stands now and what goes with it.
struct PricedOffer {
    FlightOffer offer; // current price, conditions, bags, expiry; its id may have changed
    std::vector<OfferService> services;
    // Whether it can be ordered now and paid later, and until when (UTC; invalid when it
    // cannot be held or the supplier gives no deadline).
    bool holdable = false;
    QDateTime payBy;
    QDateTime priceGuaranteedUntil; // UTC; invalid when not stated
};

// What a price check changed about an offer, for the traveller to see before going on.
struct OfferChanges {
    bool price = false;      // before.price → after.price
    bool baggage = false;    // included bags
    bool conditions = false; // change or refund terms, penalties
    bool brand = false;
    bool schedule = false; // flights, times or classes
    bool any() const { return price || baggage || conditions || brand || schedule; }
};
OfferChanges compareOffers(const FlightOffer &before, const FlightOffer &after);

// One place on a seat map: a seat or something between seats.
struct SeatMapElement {
    enum class Kind { Seat, Empty, ExitRow, Bassinet, Lavatory, Galley, Closet, Stairs, Other };
    struct Price {
        QString passengerId; // who may take the seat at this price; empty: anyone
        QString serviceId;   // ordered like any other service
        Money price;         // zero for a free seat
    };
    Kind kind = Kind::Empty;
    QString designator; // "14C" for seats
    QString name;       // "Exit row seat"; empty when not given
    bool available = false;
    std::vector<Price> prices; // empty for a seat that cannot be chosen
    QStringList disclosures;   // "Do not seat children in exit row seats"
};

struct SeatMapRow {
    int number = 0; // the row's number as painted; 0 when the row has no seats
    // Blocks of elements between aisles, left to right as seen facing the front.
    std::vector<std::vector<SeatMapElement>> sections;
};

struct SeatMapCabin {
    Cabin cabin = Cabin::Economy;
    int deck = 0; // 0 main, 1 upper
    int aisles = 1;
    int firstWingRow = -1; // row indexes into rows the wings span; -1 when not stated
    int lastWingRow = -1;
    std::vector<SeatMapRow> rows;
};

// The seats of one segment of an offer.
struct SeatMap {
    QString id;
    QString segmentId;
    std::vector<SeatMapCabin> cabins;
};

enum class Gender { Female, Male };

// A passenger as the order names them. Names as in the passport.
struct OrderPassenger {
    QString id; // the offer's passenger id when the supplier issued one (OfferPassenger::id)
    PassengerType type = PassengerType::Adult;
    QString title; // "mr", "ms", "mrs", "miss", "dr"
    QString givenName;
    QString familyName;
    QDate bornOn;
    Gender gender = Gender::Female;
    QString email;
    QString phone; // international form, "+442080160509"
    QString passportNumber;
    QString passportCountry; // ISO 3166 alpha-2, issuing country
    QDate passportExpiry;
    QString nationality;       // ISO 3166 alpha-2
    QString infantPassengerId; // an adult's infant on their lap
};

struct SelectedService {
    QString id;
    int quantity = 1;
    QString passengerId; // for services bought for one passenger (seats); may be empty
    QString segmentId;
};

struct OrderRequest {
    enum class Kind { Instant, Hold };
    Kind kind = Kind::Instant;
    QString offerId;
    std::vector<OrderPassenger> passengers;
    std::vector<SelectedService> services;
    // What is paid now for an instant order (the offer's price plus services); unused for holds.
    Money payment;
    // Our own reference for the order, unique per booking attempt: sent to the supplier where it
    // keeps one, and used to look the order up when the answer to its creation is lost.
    QString clientReference;
};

enum class OrderStatus {
    Held,      // created, not paid; lapses at payBy
    Confirmed, // paid; tickets issued or being issued
    Cancelled,
    Expired, // a hold that was not paid in time
};
QString orderStatusToString(OrderStatus status); // "held", "confirmed", "cancelled", "expired"

struct OrderService {
    QString id;
    QString kind; // "baggage", "seat"
    QString name; // "Exit row seat", "14B"
    int quantity = 1;
    Money total;
    QStringList passengerIds;
    QStringList segmentIds;
};

struct Order {
    QString id;               // the supplier's order id
    QString supplier;         // supplier id
    QString bookingReference; // the airline's record locator, "RZPNX8"
    OrderStatus status = OrderStatus::Held;
    Money total; // fare and services
    std::vector<Itinerary> itineraries;
    std::vector<OrderPassenger> passengers;
    std::vector<OrderService> services;
    FareConditions conditions;
    QStringList ticketNumbers; // once issued
    QDateTime createdAt;       // UTC
    QDateTime payBy;           // UTC, for held orders; invalid otherwise
    QDateTime cancelledAt;     // UTC, once cancelled
    QString clientReference;   // as the request gave it, when the supplier keeps it
};

// A cancellation: first a quote of what would be refunded, then, once confirmed, done.
struct OrderCancellation {
    QString id;
    QString orderId;
    Money refund;        // what comes back; zero when nothing does
    QString refundTo;    // "original_form_of_payment", "balance", "voucher", "airline_credits" …
    QDateTime expiresAt; // UTC: the quote must be confirmed before this
    QDateTime confirmedAt; // UTC; invalid while only quoted
    bool isConfirmed() const { return confirmedAt.isValid(); }
};

} // namespace tripdesk
