#pragma once
// The display strings of one results row, one line per slice: times with a day marker, route,
// duration, stops with the airports they are at, airlines and price; and one sentence for
// tooltips and screen readers. Built once per row, the first time it is painted.

#include "ui/display_lookup.h"

#include "backend/flights/flight_types.h"

#include <QCoreApplication>

#include <array>

namespace tripdesk {

// The price a row shows: of the fare option the results' price view picked, with the checked
// bags the view asks for.
struct ShownPrice {
    std::optional<Money> amount; // nothing: the default, the offer's own price
    int checkedBags = 0;         // the view's bags per traveller
    bool bagsUnpriced = false;   // the bags are lacking and their price is not known
    int fareOptions = 1;         // ways to buy these flights, the shown one included
};

class ResultRowText
{
    Q_DECLARE_TR_FUNCTIONS(ResultRowText)

public:
    static ResultRowText build(const FlightOffer &offer, const DisplayLookup &lookup,
                               const ShownPrice &shown = {});

    // In FlightResultsModel's column order: times, route, duration, stops, airlines, price.
    QString column(int index) const;
    QString summary;

private:
    static constexpr size_t kColumns = 6;
    std::array<QString, kColumns> m_columns;
};

} // namespace tripdesk
