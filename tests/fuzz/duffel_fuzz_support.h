#pragma once
// What every Duffel fuzz target checks: an error says what and why, and whatever a parser
// accepts keeps the domain's promises (times in UTC and in order, exact money in a real
// currency) and survives its lossless record form.

#include "backend/flights/flight_record_json.h"
#include "backend/suppliers/duffel/duffel_wire.h"

#include <cstdlib>

namespace tripdesk::fuzz {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// A zone for any airport whose code starts with a vowel, none for the rest: both paths run.
inline duffel::ParseContext context()
{
    duffel::ParseContext c;
    c.zoneFor = [](const QString &code) {
        static const QTimeZone zone("Asia/Kolkata");
        return !code.isEmpty() && QStringLiteral("AEIOU").contains(code.front()) ? zone
                                                                                 : QTimeZone();
    };
    c.now = QDateTime::fromSecsSinceEpoch(1796299200, Qt::UTC);
    return c;
}

inline void require(bool condition)
{
    if (!condition)
        std::abort();
}

inline void checkError(const Error &e)
{
    require(!e.message.isEmpty() && !e.detail.isEmpty());
}

inline void checkMoney(const Money &m)
{
    require(m.isValid() && m.minorUnits() >= 0);
}

inline void checkItineraries(const std::vector<Itinerary> &itineraries)
{
    require(!itineraries.empty());
    for (const Itinerary &it : itineraries) {
        require(!it.segments.empty());
        for (const Segment &s : it.segments) {
            require(s.departure.isValid() && s.arrival.isValid());
            require(s.departure.timeSpec() == Qt::UTC && s.arrival.timeSpec() == Qt::UTC);
            require(s.departure <= s.arrival);
            require(!s.carrier.isEmpty() && !s.flightNumber.isEmpty());
            require(!s.origin.isEmpty() && !s.destination.isEmpty());
        }
    }
}

inline void checkOffer(const FlightOffer &offer)
{
    require(!offer.id.isEmpty() && offer.supplier == duffel::supplierId());
    checkMoney(offer.price);
    checkItineraries(offer.itineraries);
    require(offer.fares.empty() || offer.faresAddUp());
    // What the cache keeps must read back as the same offer.
    const auto again = offerFromRecord(offerRecord(offer));
    require(again.ok() && offerRecord(*again) == offerRecord(offer));
}

} // namespace tripdesk::fuzz
