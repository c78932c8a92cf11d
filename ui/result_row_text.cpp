#include "ui/result_row_text.h"

#include "ui/flight_format.h"

#include <QStringList>

namespace tripdesk {

namespace {
enum Line { Times, Route, Duration, Stops, Airlines, Price };
}

QString ResultRowText::column(int index) const
{
    return index >= 0 && size_t(index) < kColumns ? m_columns[size_t(index)] : QString();
}

ResultRowText ResultRowText::build(const FlightOffer &offer, const DisplayLookup &lookup,
                                   const ShownPrice &shown)
{
    const QLocale &locale = lookup.locale;
    std::array<QStringList, kColumns> lines;
    QStringList sentences;
    QString price = FlightFormat::price(shown.amount.value_or(offer.price), locale);
    // What the price stands for, for the tooltip and screen readers.
    QString priceSentence = price;
    if (shown.bagsUnpriced) {
        price = tr("%1 + bags", "price of a fare without the checked bags asked for").arg(price);
        priceSentence =
            tr("%1 without checked bags; the airline's bag price is not known").arg(priceSentence);
    } else if (shown.checkedBags > 0) {
        priceSentence =
            tr("%1 with %n checked bags each", nullptr, shown.checkedBags).arg(priceSentence);
    }
    if (shown.fareOptions > 1)
        priceSentence =
            tr("%1, cheapest of %n fare options", nullptr, shown.fareOptions).arg(priceSentence);
    for (const Itinerary &itinerary : offer.itineraries) {
        if (itinerary.segments.empty())
            continue;
        const Segment &first = itinerary.segments.front();
        const Segment &last = itinerary.segments.back();
        const QTimeZone fromZone = lookup.zone(first.origin);
        const QTimeZone toZone = lookup.zone(last.destination);
        const QString departs = FlightFormat::localTime(first.departure, fromZone, locale);
        const QString arrives = FlightFormat::localTime(last.arrival, toZone, locale);
        const int days = FlightFormat::dayOffset(first.departure, fromZone, last.arrival, toZone);
        QString times = tr("%1 – %2", "departure – arrival, local times").arg(departs, arrives);
        if (days != 0)
            times = tr("%1 %2", "times, then a day marker such as +1")
                        .arg(times, FlightFormat::dayOffsetMarker(days));
        lines[Times] << times;
        lines[Route] << tr("%1 → %2").arg(first.origin, last.destination);
        const QString duration = FlightFormat::duration(itinerary.durationMinutes());
        lines[Duration] << duration;

        QStringList vias;
        for (size_t s = 0; s + 1 < itinerary.segments.size(); ++s) {
            const QString &arrivedAt = itinerary.segments[s].destination;
            const QString &leavesFrom = itinerary.segments[s + 1].origin;
            vias << (arrivedAt == leavesFrom ? arrivedAt
                                             : tr("%1/%2", "connection with a change of airport")
                                                   .arg(arrivedAt, leavesFrom));
        }
        const QString stops = FlightFormat::stops(itinerary.stops());
        lines[Stops] << (vias.isEmpty() ? stops
                                        : tr("%1 · %2", "stops · via airports")
                                              .arg(stops, vias.join(QStringLiteral(", "))));
        QStringList airlines;
        QStringList flights;
        for (const Segment &segment : itinerary.segments) {
            const QString name = lookup.airline(segment.carrier);
            if (!airlines.contains(name))
                airlines << name;
            flights << FlightFormat::flightNumber(segment.carrier, segment.flightNumber);
        }
        // Agents quote and look up flights by number: "IndiGo · 6E 512, 6E 733".
        const QString airlineText =
            tr("%1 · %2", "airlines · flight numbers")
                .arg(airlines.join(QStringLiteral(", ")), flights.join(QStringLiteral(", ")));
        lines[Airlines] << airlineText;
        lines[Price] << (lines[Price].isEmpty() ? price : QString());

        const QString arrival = days == 0 ? arrives
                                          : tr("%1 (%2)", "arrival time (day marker)")
                                                .arg(arrives, FlightFormat::dayOffsetMarker(days));
        sentences << tr("%1 to %2, departs %3, arrives %4, %5, %6, %7.")
                         .arg(lookup.city(first.origin), lookup.city(last.destination), departs,
                              arrival, duration,
                              vias.isEmpty() ? stops
                                             : tr("%1 via %2", "stops via airports")
                                                   .arg(stops, vias.join(QStringLiteral(", "))),
                              airlineText);
    }
    ResultRowText text;
    for (size_t c = 0; c < kColumns; ++c)
        text.m_columns[c] = lines[c].join(QLatin1Char('\n'));
    text.summary = tr("%1. %2", "price, then one sentence per flight")
                       .arg(priceSentence, sentences.join(u' '));
    return text;
}

} // namespace tripdesk
