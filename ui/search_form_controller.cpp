#include "ui/search_form_controller.h"

#include <algorithm>

namespace tripdesk {

SearchFormController::SearchFormController(QDate today, Validator validator, QObject *parent)
    : QObject(parent)
    , m_today(today)
    , m_validator(std::move(validator))
{
    reset();
}

void SearchFormController::reset()
{
    m_tripType = TripType::OneWay;
    m_slices = {SliceRequest{{}, {}, m_today.addDays(7)}};
    m_returnDate = m_today.addDays(14);
    m_passengers = {};
    m_cabin = Cabin::Economy;
    m_maxStops = 2;
    clearError();
    Q_EMIT changed();
}

void SearchFormController::setTripType(TripType type)
{
    if (type == m_tripType)
        return;
    m_tripType = type;
    if (type == TripType::MultiCity) {
        while (int(m_slices.size()) < kMinMultiCitySlices)
            m_slices.push_back(nextSlice());
    } else {
        m_slices.resize(1);
        if (type == TripType::RoundTrip &&
            (!m_returnDate.isValid() || m_returnDate < m_slices.front().date))
            m_returnDate = m_slices.front().date.addDays(7);
    }
    clearError();
    Q_EMIT changed();
}

SliceRequest SearchFormController::nextSlice() const
{
    // A further flight of a multi-city trip usually leaves from where the last one arrived.
    const SliceRequest &last = m_slices.back();
    return SliceRequest{last.destination, {}, last.date.addDays(3)};
}

void SearchFormController::setOrigin(int index, const QString &code)
{
    if (index < 0 || index >= sliceCount() || m_slices[size_t(index)].origin == code)
        return;
    m_slices[size_t(index)].origin = code;
    Q_EMIT changed();
}

void SearchFormController::setDestination(int index, const QString &code)
{
    if (index < 0 || index >= sliceCount() || m_slices[size_t(index)].destination == code)
        return;
    m_slices[size_t(index)].destination = code;
    Q_EMIT changed();
}

void SearchFormController::setDate(int index, QDate date)
{
    if (index < 0 || index >= sliceCount() || m_slices[size_t(index)].date == date)
        return;
    m_slices[size_t(index)].date = date;
    // Keep a round trip's return from falling before the outbound, as travellers expect when
    // they move the departure past it.
    if (index == 0 && m_tripType == TripType::RoundTrip && m_returnDate < date)
        m_returnDate = date;
    Q_EMIT changed();
}

void SearchFormController::swapPlaces(int index)
{
    if (index < 0 || index >= sliceCount())
        return;
    SliceRequest &s = m_slices[size_t(index)];
    std::swap(s.origin, s.destination);
    Q_EMIT changed();
}

bool SearchFormController::canAddSlice() const
{
    return m_tripType == TripType::MultiCity && sliceCount() < kMaxSlices;
}

bool SearchFormController::canRemoveSlice() const
{
    return m_tripType == TripType::MultiCity && sliceCount() > kMinMultiCitySlices;
}

void SearchFormController::addSlice()
{
    if (!canAddSlice())
        return;
    m_slices.push_back(nextSlice());
    Q_EMIT changed();
}

void SearchFormController::removeSlice(int index)
{
    if (!canRemoveSlice() || index < 0 || index >= sliceCount())
        return;
    m_slices.erase(m_slices.begin() + index);
    Q_EMIT changed();
}

void SearchFormController::setReturnDate(QDate date)
{
    if (date == m_returnDate)
        return;
    m_returnDate = date;
    Q_EMIT changed();
}

int SearchFormController::maxAdults() const
{
    return kMaxPassengers - m_passengers.children - m_passengers.infants;
}

int SearchFormController::maxChildren() const
{
    return kMaxPassengers - m_passengers.adults - m_passengers.infants;
}

int SearchFormController::maxInfants() const
{
    // An infant travels on an adult's lap.
    return std::min(m_passengers.adults,
                    kMaxPassengers - m_passengers.adults - m_passengers.children);
}

void SearchFormController::setAdults(int adults)
{
    adults = std::clamp(adults, 1, maxAdults());
    if (adults == m_passengers.adults)
        return;
    m_passengers.adults = adults;
    // Fewer adults than infants would leave an infant without a lap.
    m_passengers.infants = std::min(m_passengers.infants, adults);
    Q_EMIT changed();
}

void SearchFormController::setChildren(int children)
{
    children = std::clamp(children, 0, maxChildren());
    if (children == m_passengers.children)
        return;
    m_passengers.children = children;
    Q_EMIT changed();
}

void SearchFormController::setInfants(int infants)
{
    infants = std::clamp(infants, 0, maxInfants());
    if (infants == m_passengers.infants)
        return;
    m_passengers.infants = infants;
    Q_EMIT changed();
}

void SearchFormController::setCabin(Cabin cabin)
{
    if (cabin == m_cabin)
        return;
    m_cabin = cabin;
    Q_EMIT changed();
}

void SearchFormController::setMaxStops(int maxStops)
{
    maxStops = std::clamp(maxStops, 0, FlightSearchRequest::kMaxStops);
    if (maxStops == m_maxStops)
        return;
    m_maxStops = maxStops;
    Q_EMIT changed();
}

FlightSearchRequest SearchFormController::request() const
{
    FlightSearchRequest request;
    for (const SliceRequest &s : m_slices)
        request.slices.push_back(s);
    if (m_tripType == TripType::RoundTrip) {
        const SliceRequest &out = request.slices.front();
        request.slices.push_back({out.destination, out.origin, m_returnDate});
    }
    request.passengers = m_passengers;
    request.cabin = m_cabin;
    request.maxStops = m_maxStops;
    return request;
}

Result<FlightSearchRequest> SearchFormController::validate()
{
    FlightSearchRequest built = request();
    if (m_validator) {
        Result<FlightSearchRequest> checked = m_validator(built);
        if (!checked) {
            // The backend's message, shown beside the field it names.
            const SearchField::Parsed at = SearchField::parse(checked.error().field);
            Field field = Field::None;
            int slice = at.slice;
            switch (at.part) {
            case SearchField::Parsed::Part::Origin:
                field = Field::Origin;
                break;
            case SearchField::Parsed::Part::Destination:
                field = Field::Destination;
                break;
            case SearchField::Parsed::Part::Date:
                // A round trip's second slice is the form's return date.
                field = m_tripType == TripType::RoundTrip && slice == 1 ? Field::ReturnDate
                                                                        : Field::Date;
                if (field == Field::ReturnDate)
                    slice = 0;
                break;
            case SearchField::Parsed::Part::Passengers:
                field = Field::Passengers;
                break;
            case SearchField::Parsed::Part::None:
            case SearchField::Parsed::Part::Slices:
            case SearchField::Parsed::Part::MaxStops:
                break;
            }
            // A round trip's return leg mirrors the outbound one: its places are the form's
            // first row.
            if (m_tripType == TripType::RoundTrip && slice > 0) {
                if (field == Field::Origin)
                    field = Field::Destination;
                else if (field == Field::Destination)
                    field = Field::Origin;
                slice = 0;
            }
            setError(checked.error().message, field, slice);
            return checked;
        }
        built = std::move(checked).value();
    }
    clearError();
    return built;
}

void SearchFormController::setError(const QString &message, Field field, int slice)
{
    m_errorField = field;
    m_errorSlice = slice;
    if (message == m_error)
        return;
    m_error = message;
    Q_EMIT errorChanged(m_error);
}

void SearchFormController::clearError()
{
    setError({}, Field::None, -1);
}

void SearchFormController::loadRequest(const FlightSearchRequest &request)
{
    if (request.slices.empty())
        return;
    std::vector<SliceRequest> slices = request.slices;
    if (m_todayAt)
        m_today = m_todayAt(slices.front().origin);
    // A search remembered last month should run for the same trip length from now on.
    const qint64 shift = slices.front().date.isValid() && slices.front().date < m_today
                             ? slices.front().date.daysTo(m_today)
                             : 0;
    for (SliceRequest &s : slices)
        s.date = s.date.addDays(shift);

    switch (request.kind()) {
    case FlightSearchRequest::Kind::OneWay:
        m_tripType = TripType::OneWay;
        m_slices = {slices.front()};
        break;
    case FlightSearchRequest::Kind::RoundTrip:
        m_tripType = TripType::RoundTrip;
        m_slices = {slices.front()};
        m_returnDate = slices[1].date;
        break;
    case FlightSearchRequest::Kind::MultiCity:
        m_tripType = TripType::MultiCity;
        if (slices.size() > size_t(kMaxSlices))
            slices.resize(size_t(kMaxSlices));
        m_slices = slices;
        break;
    }
    m_passengers = request.passengers;
    m_cabin = request.cabin;
    m_maxStops = std::clamp(request.maxStops, 0, FlightSearchRequest::kMaxStops);
    clearError();
    Q_EMIT changed();
}

} // namespace tripdesk
