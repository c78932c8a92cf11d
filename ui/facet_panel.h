#pragma once
// The filter facets beside the results: stops, airlines, departure and arrival time windows for
// each slice of the trip (outbound and return, or each flight of a multi-city trip) and a price
// range, and above them whether prices include checked bags. Each value shows how many offers it
// would show given the OTHER filters and the cheapest of them; values that would show nothing are
// disabled unless ticked. Every control is a plain check box or spin box, so Tab and Space are all
// a keyboard user needs.

#include <QScrollArea>

#include <vector>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QVBoxLayout;

namespace tripdesk {

class ElidingCheckBox;
class FlightResultsModel;
struct FacetValue;

class FacetPanel : public QScrollArea
{
    Q_OBJECT

public:
    explicit FacetPanel(FlightResultsModel *model, QWidget *parent = nullptr);

    // What the time facets are named after: the cities of each slice of the search, and whether
    // it is a round trip. "Departure from Delhi" for a one-way trip; "Outbound departure",
    // "Return arrival"… for a round trip; "Flight 2 departure"… for a multi-city one.
    struct TripSlice {
        QString originCity;
        QString destinationCity;
    };
    void setTrip(std::vector<TripSlice> slices, bool roundTrip);
    // The first filter that can take focus; null before a search.
    QWidget *firstFocusable() const;
    // "Prices with N checked bags": the results' price view (FlightResultsModel::setPriceView).
    QComboBox *bagsBox() const { return m_bags; }

    // For tests and shortcuts: the check box of a stops bucket, day window or airline code.
    QCheckBox *stopsBox(int bucket) const;
    QCheckBox *airlineBox(const QString &code) const;
    // The time facets shown: one departure and one arrival group per slice of the results.
    int windowSlices() const { return int(m_windows.size()); }
    QGroupBox *windowGroup(int slice, bool arrival) const;
    QCheckBox *windowBox(int slice, bool arrival, int window) const;

private:
    struct Option {
        ElidingCheckBox *box = nullptr;
        QLabel *price = nullptr;
        QLabel *count = nullptr;
        int value = 0;
        QString code;
    };
    // One slice's departure and arrival windows.
    struct SliceWindowsUi {
        QGroupBox *departureGroup = nullptr;
        QGroupBox *arrivalGroup = nullptr;
        std::vector<Option> departure;
        std::vector<Option> arrival;
    };
    Option addOption(QGridLayout *grid, int row, const QString &text);
    // `othersFilter`: filters other than this facet's own are on.
    void updateOption(Option &option, const FacetValue &value, bool checked, bool othersFilter);
    void rebuildAirlines();
    void rebuildWindows(int slices);
    void nameWindows();
    QString windowTitle(int slice, bool arrival) const;
    void updateTabOrder();
    void refresh();
    void applyFromWidgets();
    QString compactPrice(qint64 minor) const;

    FlightResultsModel *m_model;
    QPushButton *m_clear;
    QLabel *m_summary;
    std::vector<Option> m_stops;
    std::vector<Option> m_airlines;
    std::vector<SliceWindowsUi> m_windows;
    std::vector<TripSlice> m_trip;
    bool m_roundTrip = false;
    QWidget *m_content;
    QVBoxLayout *m_layout;
    QGroupBox *m_stopsGroup;
    QGroupBox *m_airlineGroup;
    QGridLayout *m_airlineGrid;
    QGroupBox *m_priceGroup;
    QSpinBox *m_minPrice;
    QSpinBox *m_maxPrice;
    QLabel *m_priceInfo;
    QComboBox *m_bags; // prices with this many checked bags per traveller
    bool m_updating = false;
};

} // namespace tripdesk
