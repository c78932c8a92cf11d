#pragma once
// Below a result's details: its fare options (the same flights from several suppliers or in
// several fare brands) to choose from, and "Check price", which asks the chosen option's
// supplier for its price now and says what changed: the price, the bags, the fare terms, the
// flights, and whether it can be held and until when.

#include "backend/flights/flight_order.h"
#include "ui/display_lookup.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace tripdesk {

class FareOptionsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit FareOptionsPanel(DisplayLookup lookup, QWidget *parent = nullptr);

    // Lists the result's options, cheapest first, with `selected` (ranking.h's fareOption()
    // index: -1 the result itself) chosen. `supplierNames` maps supplier ids to their names.
    void setResult(const FlightOffer &result, int selected,
                   const QHash<QString, QString> &supplierNames);
    void clear();
    // The chosen option, as a fareOption() index.
    int chosenOption() const;

    // A price check is under way / came back for `before`.
    void setChecking();
    void showPriceCheck(const FlightOffer &before, const Result<PricedOffer> &after);

    QComboBox *optionsBox() const { return m_options; }
    QPushButton *checkButton() const { return m_check; }
    QString outcome() const;

    // One option in one line: "₹7,000 · Flex · Sandbox inventory · 1 checked bag · refundable".
    static QString optionText(const FlightOffer &option, const QString &supplierName,
                              const QLocale &locale);
    // What a price check found, in sentences.
    static QString priceCheckText(const FlightOffer &before, const PricedOffer &after,
                                  const QLocale &locale);

Q_SIGNALS:
    void optionChosen(int option);
    void priceCheckRequested(int option);

private:
    DisplayLookup m_lookup;
    QComboBox *m_options;
    QPushButton *m_check;
    QLabel *m_outcome;
    QLabel *m_label; // "Fare option", shown with the list
};

} // namespace tripdesk
