#pragma once
// The display strings of one results row, one line per slice: times with a day marker, route,
// duration, stops with the airports they are at, airlines and price; and one sentence for
// tooltips and screen readers. Built once per row, the first time it is painted.

#include "ui/display_lookup.h"

#include "backend/flights/flight_types.h"

#include <QCoreApplication>

#include <array>

namespace tripdesk {

class ResultRowText
{
    Q_DECLARE_TR_FUNCTIONS(ResultRowText)

public:
    static ResultRowText build(const FlightOffer &offer, const DisplayLookup &lookup);

    // In FlightResultsModel's column order: times, route, duration, stops, airlines, price.
    QString column(int index) const;
    QString summary;

private:
    static constexpr size_t kColumns = 6;
    std::array<QString, kColumns> m_columns;
};

} // namespace tripdesk
