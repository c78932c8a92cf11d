#pragma once
// The offer details pane: every segment with carrier, flight number, aircraft, cabin and fare
// class, local times with airport names; layovers with their length and their risks in words (a
// change of airport, a night at the airport, a long wait: backend/flights/connection_risks.h);
// baggage, fare conditions, price and seats left; and the other fare options for the same flights.
// Rendered as rich text in a read-only browser, which screen readers and the keyboard can read.

#include "backend/flights/flight_types.h"
#include "ui/display_lookup.h"

#include <QTextBrowser>

namespace tripdesk {

class OfferDetailsView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit OfferDetailsView(DisplayLookup lookup, QWidget *parent = nullptr);

    // `supplierName` is the supplier's display name; its id is shown when empty. `fareOptions`
    // lists every way to buy these flights, one line each, when there are several.
    void showOffer(const FlightOffer &offer, const FlightSearchRequest &request,
                   const QString &supplierName = {}, const QStringList &fareOptions = {});
    // The placeholder shown when nothing is selected.
    void showNothing();
    bool hasOffer() const { return m_hasOffer; }
    QString offerId() const { return m_offerId; }

    // The HTML for an offer; public for the screenshot and for tests.
    static QString offerHtml(const FlightOffer &offer, const FlightSearchRequest &request,
                             const DisplayLookup &lookup, const QString &supplierName = {},
                             const QStringList &fareOptions = {});

private:
    DisplayLookup m_lookup;
    bool m_hasOffer = false;
    QString m_offerId;
};

} // namespace tripdesk
