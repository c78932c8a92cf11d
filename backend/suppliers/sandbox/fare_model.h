#pragma once
// Fares of the sandbox world. An itinerary is priced for its origin and destination (not the sum
// of its flights), as airlines price connections: a base from the great-circle distance and the
// cabin, times the booking class sold (the cheapest class open on every flight), the validating
// airline's price level, a premium for non-stop flights, the days left before departure and the
// day of the week; plus taxes that grow with distance and the number of flights. Amounts are
// worked out in US dollars and quoted in the supplier's currency at a fixed sandbox rate,
// rounded to whole units. Children pay 75 % and infants (on a lap) 10 % of the adult price.

#include "backend/flights/flight_types.h"

#include <QString>

namespace tripdesk::sandbox {

struct FareInput {
    double distanceKm = 0; // great circle from origin to destination
    Cabin cabin = Cabin::Economy;
    int classIndex = 0;     // in fareClasses(cabin); 0 is the dearest
    int pricePercent = 100; // the validating airline's price level
    int stops = 0;
    int segments = 1;
    int daysToDeparture = 0;
    int weekday = 0;       // of the departure, 0 = Monday
    quint64 jitterKey = 0; // small flight-to-flight differences
};

struct FareBrand {
    QString name; // "Basic", "Standard", "Flex"
    Baggage baggage;
    FareConditions conditions;
};

class FareModel
{
public:
    explicit FareModel(QString currency);

    const QString &currency() const { return m_currency; }

    // The adult price, taxes included, in minor units of the currency.
    qint64 adultPrice(const FareInput &input) const;
    // The taxes and fees within it (airport charges by flight, a levy by distance).
    qint64 adultTaxes(const FareInput &input) const;
    static qint64 childPrice(qint64 adult) { return (adult * 75 + 50) / 100; }
    static qint64 infantPrice(qint64 adult) { return (adult * 10 + 50) / 100; }
    Money total(qint64 adult, const Passengers &passengers) const;
    // The price per passenger type, fare and taxes apart, summing to total(). A child pays the
    // adult's taxes (capped at its price), an infant a tenth of them.
    std::vector<PassengerFare> fares(qint64 adult, qint64 adultTaxes,
                                     const Passengers &passengers) const;

    // The brand a booking class sells under, with its bags and rules.
    FareBrand brand(Cabin cabin, int classIndex) const;
    // The cheapest class of the brand `classIndex` sells under: a price check goes no lower, so
    // the brand the traveller chose is kept.
    static int brandFloor(Cabin cabin, int classIndex);
    // The cheapest class of the next dearer brand, or -1 when `classIndex` is in the most
    // flexible one.
    static int nextBrandFloor(Cabin cabin, int classIndex);

    // US dollars in the currency, rounded to whole units (display fees, penalties).
    Money fromUsd(double usd) const;

    // One extra checked bag for one passenger on a journey of `distanceKm` (origin to
    // destination) in `cabin`: dearer with distance, cheaper in the premium cabins, whose fares
    // already include bags.
    Money extraBagPrice(double distanceKm, Cabin cabin) const;
    // A seat chosen ahead in economy: one with extra legroom (an exit or bulkhead row) or a
    // preferred one near the front, on a flight of `distanceKm`. Other seats are free.
    enum class PaidSeat { ExtraLegroom, Preferred };
    Money seatPrice(PaidSeat kind, double distanceKm) const;

private:
    QString m_currency;
    double m_rate = 1;   // units of the currency per US dollar
    qint64 m_unit = 100; // minor units per whole unit
};

} // namespace tripdesk::sandbox
