#pragma once
// Offers for the results model's tests: Delhi to Mumbai one-way flights with known local times,
// prices and carriers, round trips on the same route, a display lookup for India, and helpers
// that read the model's rows back.

#include "ui/flight_results_model.h"

#include <QDateTime>
#include <QStringList>
#include <QTimeZone>

#include <vector>

namespace tripdesk::test {

struct Leg {
    const char *carrier;
    const char *number;
    const char *from;
    const char *to;
    const char *departure; // ISO 8601 UTC
    const char *arrival;
};

inline QDateTime utc(const char *iso)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    t.setTimeZone(QTimeZone::utc());
    return t;
}

inline FlightOffer makeOffer(const char *id, qint64 priceMinor,
                             std::vector<std::vector<Leg>> slices)
{
    FlightOffer offer;
    offer.id = QString::fromLatin1(id);
    offer.supplier = QStringLiteral("sandbox");
    offer.price = Money(priceMinor, QStringLiteral("INR"));
    for (const auto &legs : slices) {
        Itinerary itinerary;
        for (const Leg &leg : legs) {
            Segment s;
            s.carrier = QString::fromLatin1(leg.carrier);
            s.operatingCarrier = s.carrier;
            s.flightNumber = QString::fromLatin1(leg.number);
            s.origin = QString::fromLatin1(leg.from);
            s.destination = QString::fromLatin1(leg.to);
            s.departure = utc(leg.departure);
            s.arrival = utc(leg.arrival);
            s.aircraft = QStringLiteral("320");
            itinerary.segments.push_back(s);
        }
        offer.itineraries.push_back(itinerary);
    }
    return offer;
}

// Delhi to Mumbai on 24 December; India is UTC+05:30.
inline FlightOffer offerA() // AI direct 06:00–08:10 local, 130 min, ₹5,400
{
    return makeOffer(
        "a", 540000,
        {{{"AI", "101", "DEL", "BOM", "2026-12-24T00:30:00Z", "2026-12-24T02:40:00Z"}}});
}
inline FlightOffer offerB() // UK direct 19:00–21:05, 125 min, ₹4,100
{
    return makeOffer(
        "b", 410000,
        {{{"UK", "951", "DEL", "BOM", "2026-12-24T13:30:00Z", "2026-12-24T15:35:00Z"}}});
}
inline FlightOffer offerC() // 6E via BLR, 22:30–04:00 local the next day, 330 min, ₹3,200
{
    return makeOffer(
        "c", 320000,
        {{{"6E", "2", "DEL", "BLR", "2026-12-24T17:00:00Z", "2026-12-24T19:45:00Z"},
          {"6E", "512", "BLR", "BOM", "2026-12-24T20:45:00Z", "2026-12-24T22:30:00Z"}}});
}
inline FlightOffer offerD() // AI+UK via BLR and HYD, 09:00–16:45, 465 min, ₹7,000
{
    return makeOffer(
        "d", 700000,
        {{{"AI", "503", "DEL", "BLR", "2026-12-24T03:30:00Z", "2026-12-24T06:15:00Z"},
          {"UK", "830", "BLR", "HYD", "2026-12-24T07:30:00Z", "2026-12-24T08:45:00Z"},
          {"UK", "877", "HYD", "BOM", "2026-12-24T09:45:00Z", "2026-12-24T11:15:00Z"}}});
}
inline FlightOffer offerE() // UK direct 12:00–14:10, 130 min, ₹4,100 (same price as b, longer)
{
    return makeOffer(
        "e", 410000,
        {{{"UK", "955", "DEL", "BOM", "2026-12-24T06:30:00Z", "2026-12-24T08:40:00Z"}}});
}

inline std::vector<FlightOffer> allOffers()
{
    return {offerA(), offerB(), offerC(), offerD(), offerE()};
}

// Round trips Delhi–Mumbai, out on 24 December and back on 31 December (local times).
inline FlightOffer roundR1() // out 06:00–08:10, back 19:00–21:05, ₹9,000
{
    return makeOffer(
        "r1", 900000,
        {{{"AI", "101", "DEL", "BOM", "2026-12-24T00:30:00Z", "2026-12-24T02:40:00Z"}},
         {{"AI", "102", "BOM", "DEL", "2026-12-31T13:30:00Z", "2026-12-31T15:35:00Z"}}});
}
inline FlightOffer roundR2() // out 19:00–21:05, back 07:00–09:10, ₹8,000
{
    return makeOffer(
        "r2", 800000,
        {{{"UK", "951", "DEL", "BOM", "2026-12-24T13:30:00Z", "2026-12-24T15:35:00Z"}},
         {{"UK", "952", "BOM", "DEL", "2026-12-31T01:30:00Z", "2026-12-31T03:40:00Z"}}});
}
inline FlightOffer roundR3() // out 06:00–08:10, back 07:00–09:10, ₹10,000
{
    return makeOffer(
        "r3", 1000000,
        {{{"AI", "101", "DEL", "BOM", "2026-12-24T00:30:00Z", "2026-12-24T02:40:00Z"}},
         {{"UK", "952", "BOM", "DEL", "2026-12-31T01:30:00Z", "2026-12-31T03:40:00Z"}}});
}
inline FlightOffer roundR4() // out 12:00–14:10, back 22:30–04:00 via BLR, ₹7,000
{
    return makeOffer(
        "r4", 700000,
        {{{"UK", "955", "DEL", "BOM", "2026-12-24T06:30:00Z", "2026-12-24T08:40:00Z"}},
         {{"6E", "2", "BOM", "BLR", "2026-12-31T17:00:00Z", "2026-12-31T18:45:00Z"},
          {"6E", "512", "BLR", "DEL", "2026-12-31T19:45:00Z", "2026-12-31T22:30:00Z"}}});
}

inline std::vector<FlightOffer> roundTrips()
{
    return {roundR1(), roundR2(), roundR3(), roundR4()};
}

inline DisplayLookup lookup()
{
    DisplayLookup l;
    l.timeZone = [](QStringView code) {
        if (code == u"DXB")
            return QTimeZone(QByteArrayLiteral("Asia/Dubai"));
        return QTimeZone(QByteArrayLiteral("Asia/Kolkata"));
    };
    l.airlineName = [](QStringView code) {
        if (code == u"AI")
            return QStringLiteral("Air India");
        if (code == u"UK")
            return QStringLiteral("Vistara");
        if (code == u"6E")
            return QStringLiteral("IndiGo");
        return QString();
    };
    l.locale = QLocale(QLocale::English, QLocale::India);
    return l;
}

inline QStringList ids(const FlightResultsModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, 0).data(FlightResultsModel::OfferIdRole).toString();
    return out;
}

const AirlineFacet *airline(const FacetCounts &facets, const char *code)
{
    for (const AirlineFacet &a : facets.airlines) {
        if (a.code == QLatin1String(code))
            return &a;
    }
    return nullptr;
}

inline QStringList split(const char *csv)
{
    return QString::fromLatin1(csv).split(u',', Qt::SkipEmptyParts);
}

} // namespace tripdesk::test
