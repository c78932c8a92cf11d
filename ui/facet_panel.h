#pragma once
// The filter facets beside the results: stops, airlines, departure and arrival time windows and
// a price range. Each value shows how many offers it would show given the OTHER filters and the
// cheapest of them; values that would show nothing are disabled unless ticked. Every control
// is a plain check box or spin box, so Tab and Space are all a keyboard user needs.

#include <QScrollArea>

class QCheckBox;
class QGridLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace tripdesk {

class FlightResultsModel;
struct FacetValue;

class FacetPanel : public QScrollArea
{
    Q_OBJECT

public:
    explicit FacetPanel(FlightResultsModel *model, QWidget *parent = nullptr);

    // Names the places in the time facets' titles: "Departure from Delhi".
    void setRoute(const QString &originCity, const QString &destinationCity);
    // The first filter that can take focus; null before a search.
    QWidget *firstFocusable() const;

    // For tests and shortcuts: the check box of a stops bucket, day window or airline code.
    QCheckBox *stopsBox(int bucket) const;
    QCheckBox *airlineBox(const QString &code) const;

private:
    struct Option {
        QCheckBox *box = nullptr;
        QLabel *price = nullptr;
        QLabel *count = nullptr;
        int value = 0;
        QString code;
    };
    Option addOption(QGridLayout *grid, int row, const QString &text);
    // `othersFilter`: filters other than this facet's own are on.
    void updateOption(Option &option, const FacetValue &value, bool checked, bool othersFilter);
    void rebuildAirlines();
    void refresh();
    void applyFromWidgets();
    QString compactPrice(qint64 minor) const;

    FlightResultsModel *m_model;
    QPushButton *m_clear;
    QLabel *m_summary;
    std::vector<Option> m_stops;
    std::vector<Option> m_airlines;
    std::vector<Option> m_departure;
    std::vector<Option> m_arrival;
    QGroupBox *m_stopsGroup;
    QGroupBox *m_airlineGroup;
    QGridLayout *m_airlineGrid;
    QGroupBox *m_departureGroup;
    QGroupBox *m_arrivalGroup;
    QGroupBox *m_priceGroup;
    QSpinBox *m_minPrice;
    QSpinBox *m_maxPrice;
    QLabel *m_priceInfo;
    bool m_updating = false;
};

} // namespace tripdesk
