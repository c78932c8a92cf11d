#pragma once
// The flight search form's state and rules, apart from its widgets: trip type and slices,
// passengers (at least one adult, infants not more than adults, nine at most), cabin and stops.
// It builds the FlightSearchRequest and validates it through the injected validator, which is
// FlightSearchService::validate in the app: the rules and their messages are the backend's
// alone, and the error's field says where in the form to show the message.

#include "backend/flights/flight_types.h"

#include <QObject>

#include <functional>

namespace tripdesk {

class SearchFormController : public QObject
{
    Q_OBJECT

public:
    enum class TripType { OneWay, RoundTrip, MultiCity };
    Q_ENUM(TripType)

    // The field a validation error is about, so the form can move focus there.
    enum class Field { None, Origin, Destination, Date, ReturnDate, Passengers };
    Q_ENUM(Field)

    static constexpr int kMaxSlices = FlightSearchRequest::kMaxSlices;
    static constexpr int kMinMultiCitySlices = 2;
    static constexpr int kMaxPassengers = FlightSearchRequest::kMaxPassengers;

    using Validator = std::function<Result<FlightSearchRequest>(const FlightSearchRequest &)>;

    // `today` is the clock's date; default dates are a week and a fortnight after it.
    explicit SearchFormController(QDate today, Validator validator = {}, QObject *parent = nullptr);

    TripType tripType() const { return m_tripType; }
    void setTripType(TripType type);

    // The rows the form shows: one for one-way and round trips, two to six for multi-city.
    int sliceCount() const { return int(m_slices.size()); }
    const SliceRequest &slice(int index) const { return m_slices[size_t(index)]; }
    void setOrigin(int index, const QString &code);
    void setDestination(int index, const QString &code);
    void setDate(int index, QDate date);
    void swapPlaces(int index);
    bool canAddSlice() const;
    bool canRemoveSlice() const;
    void addSlice();
    void removeSlice(int index);

    // The return date of a round trip.
    QDate returnDate() const { return m_returnDate; }
    void setReturnDate(QDate date);

    const Passengers &passengers() const { return m_passengers; }
    void setAdults(int adults);
    void setChildren(int children);
    void setInfants(int infants);
    // The bounds that keep the passengers valid given the other counts.
    int maxAdults() const;
    int maxChildren() const;
    int maxInfants() const;

    Cabin cabin() const { return m_cabin; }
    void setCabin(Cabin cabin);
    int maxStops() const { return m_maxStops; }
    void setMaxStops(int maxStops);

    // The request as the form stands, not validated.
    FlightSearchRequest request() const;
    // Validates; on failure errorMessage() and errorField() say what to fix.
    Result<FlightSearchRequest> validate();
    QString errorMessage() const { return m_error; }
    Field errorField() const { return m_errorField; }
    int errorSlice() const { return m_errorSlice; }
    void clearError();

    // Refills the form from a request (a recent search). Dates already past move forward by
    // the same number of days, keeping the trip's length.
    void loadRequest(const FlightSearchRequest &request);
    // Back to an empty one-way form.
    void reset();
    QDate today() const { return m_today; }
    void setToday(QDate today) { m_today = today; }
    // Today's date where a trip starts (an airport or city code), asked afresh whenever a
    // remembered search is loaded: "today" moves on while the app stays open, and east of UTC
    // the origin's date runs ahead of the UTC one.
    using TodayAt = std::function<QDate(QStringView originCode)>;
    void setTodayProvider(TodayAt todayAt) { m_todayAt = std::move(todayAt); }
    // Today where a flight from `originCode` departs: the provider's answer, else today().
    QDate todayAt(QStringView originCode) const
    {
        return m_todayAt ? m_todayAt(originCode) : m_today;
    }

Q_SIGNALS:
    // Any value or the number of rows changed: the form re-reads what it shows.
    void changed();
    void errorChanged(const QString &message);

private:
    void setError(const QString &message, Field field, int slice);
    SliceRequest nextSlice() const;

    QDate m_today;
    TodayAt m_todayAt;
    Validator m_validator;
    TripType m_tripType = TripType::OneWay;
    std::vector<SliceRequest> m_slices;
    QDate m_returnDate;
    Passengers m_passengers;
    Cabin m_cabin = Cabin::Economy;
    int m_maxStops = 2;
    QString m_error;
    Field m_errorField = Field::None;
    int m_errorSlice = -1;
};

} // namespace tripdesk
