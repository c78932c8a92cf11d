#include "ui/offer_details_view.h"

#include "backend/flights/connection_risks.h"
#include "ui/flight_format.h"

#include <QScrollBar>

namespace tripdesk {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString passengerSummary(const Passengers &p)
{
    QStringList parts;
    parts << (p.adults == 1 ? OfferDetailsView::tr("1 adult")
                            : OfferDetailsView::tr("%n adults", nullptr, p.adults));
    if (p.children > 0)
        parts << (p.children == 1 ? OfferDetailsView::tr("1 child")
                                  : OfferDetailsView::tr("%n children", nullptr, p.children));
    if (p.infants > 0)
        parts << (p.infants == 1 ? OfferDetailsView::tr("1 infant")
                                 : OfferDetailsView::tr("%n infants", nullptr, p.infants));
    return parts.join(QStringLiteral(", "));
}

QString passengersOfType(PassengerType type, int count)
{
    switch (type) {
    case PassengerType::Adult:
        return count == 1 ? OfferDetailsView::tr("1 adult")
                          : OfferDetailsView::tr("%n adults", nullptr, count);
    case PassengerType::Child:
        return count == 1 ? OfferDetailsView::tr("1 child")
                          : OfferDetailsView::tr("%n children", nullptr, count);
    case PassengerType::Infant:
        return count == 1 ? OfferDetailsView::tr("1 infant")
                          : OfferDetailsView::tr("%n infants", nullptr, count);
    }
    return {};
}

// The price table: per passenger type, the fare and the taxes apart when the supplier gave
// them, then the total.
QString priceTableHtml(const FlightOffer &offer, const Passengers &passengers,
                       const QLocale &locale)
{
    QString html = QStringLiteral("<table cellspacing=\"0\">");
    const auto row = [&html](const QString &what, const QString &amount, bool muted = false) {
        const QString cls = muted ? QStringLiteral(" class=\"muted\"") : QString();
        html += QStringLiteral("<tr><td%1>%2</td><td%1 align=\"right\">%3</td></tr>")
                    .arg(cls, esc(what), esc(amount));
    };
    if (offer.faresAddUp()) {
        for (const PassengerFare &f : offer.fares) {
            if (f.count <= 0)
                continue;
            row(OfferDetailsView::tr("%1 × %2", "passengers × price each")
                    .arg(passengersOfType(f.type, f.count),
                         FlightFormat::price(f.perPassenger(), locale)),
                FlightFormat::price(f.perPassenger() * f.count, locale));
            row(OfferDetailsView::tr("fare %1, taxes and fees %2 each", "for one passenger")
                    .arg(FlightFormat::price(f.base, locale), FlightFormat::price(f.taxes, locale)),
                QString(), true);
        }
    }
    html += QStringLiteral("<tr><td>%1</td><td align=\"right\"><b>%2</b></td></tr>")
                .arg(esc(OfferDetailsView::tr("Total for %1").arg(passengerSummary(passengers))),
                     esc(FlightFormat::price(offer.price, locale)));
    if (!offer.faresAddUp())
        row(OfferDetailsView::tr("Taxes and fees"), OfferDetailsView::tr("Included"), true);
    html += QStringLiteral("</table>");
    return html;
}

QString sliceTitle(const FlightSearchRequest &request, size_t index, size_t count)
{
    if (count == 1)
        return OfferDetailsView::tr("Flight");
    if (request.kind() == FlightSearchRequest::Kind::RoundTrip && count == 2)
        return index == 0 ? OfferDetailsView::tr("Outbound") : OfferDetailsView::tr("Return");
    return OfferDetailsView::tr("Flight %1 of %2").arg(index + 1).arg(count);
}

QString placeLine(const QString &code, const DisplayLookup &lookup)
{
    return OfferDetailsView::tr("%1 (%2)", "airport name (code)").arg(lookup.airport(code), code);
}

QString warning(const QString &text)
{
    return QStringLiteral("<p class=\"warn\">⚠ %1</p>").arg(esc(text));
}

// A risk in words, so it reads the same without colour or the warning sign.
QString riskText(ConnectionRisk risk, const Connection &c, const DisplayLookup &lookup)
{
    switch (risk) {
    case ConnectionRisk::AirportChange:
        return OfferDetailsView::tr("Change of airport: you arrive at %1 and leave from %2.")
            .arg(placeLine(c.arrivalAirport, lookup), placeLine(c.departureAirport, lookup));
    case ConnectionRisk::Overnight:
        return OfferDetailsView::tr("Overnight layover: you wait at %1 through the night.")
            .arg(lookup.airport(c.arrivalAirport));
    case ConnectionRisk::LongLayover:
        return OfferDetailsView::tr("Long layover: %1 between flights.")
            .arg(FlightFormat::duration(c.layoverMinutes));
    }
    return {};
}

QString conditionsHtml(const FlightOffer &offer, const QLocale &locale)
{
    const FareConditions &c = offer.conditions;
    QString refund;
    if (!c.refundable)
        refund = OfferDetailsView::tr("Not refundable");
    else if (c.refundPenalty && c.refundPenalty->minorUnits() > 0)
        refund = OfferDetailsView::tr("Refundable, with a %1 penalty")
                     .arg(FlightFormat::price(*c.refundPenalty, locale));
    else
        refund = OfferDetailsView::tr("Refundable without penalty");
    QString change;
    if (!c.changeable)
        change = OfferDetailsView::tr("Changes not allowed");
    else if (c.changePenalty && c.changePenalty->minorUnits() > 0)
        change = OfferDetailsView::tr("Changes allowed, for a %1 fee")
                     .arg(FlightFormat::price(*c.changePenalty, locale));
    else
        change = OfferDetailsView::tr("Changes allowed free of charge");
    return QStringLiteral("<li>%1</li><li>%2</li>").arg(esc(refund), esc(change));
}

QString baggageHtml(const Baggage &b)
{
    const QString checked =
        b.checkedBags > 0
            ? (b.checkedBags == 1
                   ? OfferDetailsView::tr("1 checked bag per passenger")
                   : OfferDetailsView::tr("%n checked bags per passenger", nullptr, b.checkedBags))
            : OfferDetailsView::tr("No checked bag included");
    const QString carryOn =
        b.carryOnBags > 0
            ? (b.carryOnBags == 1
                   ? OfferDetailsView::tr("1 cabin bag per passenger")
                   : OfferDetailsView::tr("%n cabin bags per passenger", nullptr, b.carryOnBags))
            : OfferDetailsView::tr("No cabin bag included");
    return QStringLiteral("<li>%1</li><li>%2</li>").arg(esc(checked), esc(carryOn));
}

} // namespace

OfferDetailsView::OfferDetailsView(DisplayLookup lookup, QWidget *parent)
    : QTextBrowser(parent)
    , m_lookup(std::move(lookup))
{
    setObjectName(QStringLiteral("offerDetails"));
    setAccessibleName(tr("Flight details"));
    verticalScrollBar()->setAccessibleName(tr("Scroll flight details"));
    horizontalScrollBar()->setAccessibleName(tr("Scroll flight details sideways"));
    setOpenLinks(false);
    setFrameShape(QFrame::NoFrame);
    // Tab leaves the pane rather than walking its (absent) links.
    setTabChangesFocus(true);
    document()->setDefaultStyleSheet(
        QStringLiteral("h2 { margin: 0; } "
                       ".sub { color: #5f6b7a; } "
                       "h3 { margin-top: 14px; margin-bottom: 2px; color: #1f4e8c; } "
                       ".time { font-weight: bold; } "
                       ".muted { color: #5f6b7a; } "
                       ".layover { color: #5f6b7a; margin-left: 18px; } "
                       ".warn { color: #a14d00; font-weight: bold; margin-left: 18px; } "
                       ".seats { color: #a14d00; font-weight: bold; } "
                       "td { padding: 1px 6px 1px 0; } "));
    showNothing();
}

void OfferDetailsView::showNothing()
{
    m_hasOffer = false;
    m_offerId.clear();
    setHtml(QStringLiteral("<p class=\"muted\">%1</p>")
                .arg(esc(tr("Select a flight to see its segments, layovers, baggage and fare "
                            "conditions."))));
}

void OfferDetailsView::showOffer(const FlightOffer &offer, const FlightSearchRequest &request,
                                 const QString &supplierName, const QStringList &fareOptions)
{
    m_hasOffer = true;
    m_offerId = offer.id;
    setHtml(offerHtml(offer, request, m_lookup, supplierName, fareOptions));
}

QString OfferDetailsView::offerHtml(const FlightOffer &offer, const FlightSearchRequest &request,
                                    const DisplayLookup &lookup, const QString &supplierName,
                                    const QStringList &fareOptions)
{
    const QLocale &locale = lookup.locale;
    QString html;
    html += QStringLiteral("<h2>%1</h2>").arg(esc(FlightFormat::price(offer.price, locale)));
    QStringList sub;
    sub << tr("Total for %1").arg(passengerSummary(request.passengers));
    if (!offer.fareBrand.isEmpty())
        sub << tr("%1 fare").arg(FlightFormat::fareBrand(offer.fareBrand));
    html += QStringLiteral("<p class=\"sub\">%1</p>").arg(esc(sub.join(QStringLiteral(" · "))));
    if (offer.seatsLeft > 0 && offer.seatsLeft <= 9)
        html += QStringLiteral("<p class=\"%1\">%2</p>")
                    .arg(offer.seatsLeft <= 3 ? QStringLiteral("seats") : QStringLiteral("muted"),
                         esc(offer.seatsLeft == 1
                                 ? tr("1 seat left at this fare")
                                 : tr("%n seats left at this fare", nullptr, offer.seatsLeft)));

    if (fareOptions.size() > 1) {
        QString items;
        for (const QString &line : fareOptions)
            items += QStringLiteral("<li>%1</li>").arg(esc(line));
        html +=
            QStringLiteral("<h3>%1</h3><ul>%2</ul>")
                .arg(esc(tr("%n fare options for these flights", nullptr, int(fareOptions.size()))),
                     items);
    }

    const size_t count = offer.itineraries.size();
    for (size_t i = 0; i < count; ++i) {
        const Itinerary &itinerary = offer.itineraries[i];
        if (itinerary.segments.empty())
            continue;
        const Segment &first = itinerary.segments.front();
        const Segment &last = itinerary.segments.back();
        const QTimeZone fromZone = lookup.zone(first.origin);
        html += QStringLiteral("<h3>%1 · %2</h3>")
                    .arg(esc(sliceTitle(request, i, count)),
                         esc(FlightFormat::localDate(first.departure, fromZone, locale)));
        html += QStringLiteral("<p class=\"muted\">%1</p>")
                    .arg(esc(tr("%1 → %2 · %3 · %4", "route · duration · stops")
                                 .arg(lookup.city(first.origin), lookup.city(last.destination),
                                      FlightFormat::duration(itinerary.durationMinutes()),
                                      FlightFormat::stops(itinerary.stops()))));

        const std::vector<Connection> connections =
            connectionsOf(itinerary, [&lookup](QStringView code) { return lookup.zone(code); });
        for (size_t s = 0; s < itinerary.segments.size(); ++s) {
            const Segment &seg = itinerary.segments[s];
            const QTimeZone depZone = lookup.zone(seg.origin);
            const QTimeZone arrZone = lookup.zone(seg.destination);
            const int days = FlightFormat::dayOffset(seg.departure, depZone, seg.arrival, arrZone);
            QString arrivalTime = FlightFormat::localTime(seg.arrival, arrZone, locale);
            if (days != 0)
                arrivalTime = tr("%1 %2", "time, day marker")
                                  .arg(arrivalTime, FlightFormat::dayOffsetMarker(days));

            QStringList flight;
            flight << tr("%1 %2", "airline name, flight number")
                          .arg(lookup.airline(seg.carrier),
                               FlightFormat::flightNumber(seg.carrier, seg.flightNumber));
            if (!seg.aircraft.isEmpty())
                flight << FlightFormat::aircraft(seg.aircraft);
            flight << (seg.fareClass.isEmpty()
                           ? FlightFormat::cabin(seg.cabin)
                           : tr("%1 (%2)", "cabin (booking class letter)")
                                 .arg(FlightFormat::cabin(seg.cabin), seg.fareClass));
            flight << FlightFormat::duration(seg.durationMinutes());
            QString operatedBy;
            if (!seg.operatingCarrier.isEmpty() && seg.operatingCarrier != seg.carrier)
                operatedBy = tr("Operated by %1").arg(lookup.airline(seg.operatingCarrier));

            html += QStringLiteral("<table cellspacing=\"0\">");
            html += QStringLiteral("<tr><td class=\"time\">%1</td><td>%2</td></tr>")
                        .arg(esc(FlightFormat::localTime(seg.departure, depZone, locale)),
                             esc(placeLine(seg.origin, lookup)));
            html += QStringLiteral("<tr><td></td><td class=\"muted\">%1</td></tr>")
                        .arg(esc(flight.join(QStringLiteral(" · "))));
            if (!operatedBy.isEmpty())
                html += QStringLiteral("<tr><td></td><td class=\"muted\">%1</td></tr>")
                            .arg(esc(operatedBy));
            html += QStringLiteral("<tr><td class=\"time\">%1</td><td>%2</td></tr>")
                        .arg(esc(arrivalTime), esc(placeLine(seg.destination, lookup)));
            html += QStringLiteral("</table>");

            if (s < connections.size()) {
                const Connection &c = connections[s];
                html += QStringLiteral("<p class=\"layover\">%1</p>")
                            .arg(esc(tr("%1 layover in %2", "duration, city")
                                         .arg(FlightFormat::duration(c.layoverMinutes),
                                              lookup.city(c.arrivalAirport))));
                for (ConnectionRisk risk : c.risks)
                    html += warning(riskText(risk, c, lookup));
            }
        }
    }

    html += QStringLiteral("<h3>%1</h3><ul>%2</ul>")
                .arg(esc(tr("Baggage")), baggageHtml(offer.baggage));
    html += QStringLiteral("<h3>%1</h3><ul>%2</ul>")
                .arg(esc(tr("Fare conditions")), conditionsHtml(offer, locale));
    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Price")));
    html += priceTableHtml(offer, request.passengers, locale);
    QStringList footer;
    footer << tr("Offer from %1").arg(supplierName.isEmpty() ? offer.supplier : supplierName);
    if (offer.expiresAt.isValid())
        footer << tr("Price held until %1 UTC")
                      .arg(locale.toString(offer.expiresAt.toUTC(),
                                           QStringLiteral("ddd d MMM HH:mm")));
    html +=
        QStringLiteral("<p class=\"muted\">%1</p>").arg(esc(footer.join(QStringLiteral(" · "))));
    return html;
}

} // namespace tripdesk
