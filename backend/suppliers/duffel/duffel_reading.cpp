#include "backend/suppliers/duffel/duffel_reading.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>
#include <limits>

namespace tripdesk::duffel::detail {

Error unreadable(const QString &detail)
{
    return Error::supplier(QCoreApplication::translate("DuffelWire",
                                                       "Duffel sent a reply that could not be "
                                                       "read; try again in a moment."),
                           detail);
}

Result<QJsonObject> readDocument(const QByteArray &body, const char *what)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return unreadable(
            u"duffel %1: %2 at byte %3"_s.arg(QLatin1StringView(what), error.errorString())
                .arg(error.offset));
    if (!doc.isObject())
        return unreadable(
            u"duffel %1: the reply is not a JSON object"_s.arg(QLatin1StringView(what)));
    return doc.object();
}

namespace {

// Reads `count` digits at `pos`; -1 when they are not all digits.
int digits(QStringView s, qsizetype pos, int count)
{
    if (pos < 0 || pos + count > s.size())
        return -1;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = s[pos + i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + int(c - u'0');
    }
    return value;
}

} // namespace

std::optional<WireTime> parseWireTime(QStringView s)
{
    // YYYY-MM-DDTHH:MM[:SS[.fraction]][Z|±HH:MM]
    if (s.size() < 16 || s[4] != u'-' || s[7] != u'-' || (s[10] != u'T' && s[10] != u' ') ||
        s[13] != u':')
        return std::nullopt;
    const int year = digits(s, 0, 4), month = digits(s, 5, 2), day = digits(s, 8, 2);
    const int hour = digits(s, 11, 2), minute = digits(s, 14, 2);
    int second = 0, ms = 0;
    qsizetype pos = 16;
    if (pos < s.size() && s[pos] == u':') {
        second = digits(s, pos + 1, 2);
        pos += 3;
        if (pos < s.size() && s[pos] == u'.') {
            ++pos;
            int scale = 100;
            const qsizetype start = pos;
            while (pos < s.size() && s[pos].isDigit() && s[pos].unicode() < 128) {
                ms += scale * int(s[pos].unicode() - u'0');
                scale /= 10;
                ++pos;
            }
            if (pos == start)
                return std::nullopt;
        }
    }
    WireTime t;
    t.date = QDate(year, month, day);
    t.time = QTime(hour, minute, second, ms);
    // Years far from now are corrupt data, and would not survive a trip through UTC and ISO.
    if (year < 1900 || year > 2199 || month < 0 || day < 0 || hour < 0 || minute < 0 ||
        second < 0 || !t.date.isValid() || !t.time.isValid())
        return std::nullopt;
    if (pos == s.size())
        return t;
    if (s[pos] == u'Z' && pos + 1 == s.size()) {
        t.hasOffset = true;
        return t;
    }
    if ((s[pos] == u'+' || s[pos] == u'-') && pos + 6 == s.size() && s[pos + 3] == u':') {
        const int oh = digits(s, pos + 1, 2), om = digits(s, pos + 4, 2);
        if (oh < 0 || om < 0 || oh > 18 || om > 59)
            return std::nullopt;
        t.hasOffset = true;
        t.offsetSeconds = (s[pos] == u'-' ? -1 : 1) * (oh * 3600 + om * 60);
        return t;
    }
    return std::nullopt;
}

QDateTime parseInstant(QStringView text)
{
    const auto t = parseWireTime(text);
    if (!t)
        return {};
    return QDateTime(t->date, t->time, Qt::UTC).addSecs(-t->offsetSeconds);
}

void Reader::fail(const QString &field)
{
    if (!m_failed.isEmpty())
        return;
    if (m_segment >= 0)
        m_failed = u"slices[%1].segments[%2].%3"_s.arg(m_slice).arg(m_segment).arg(field);
    else if (m_slice >= 0)
        m_failed = u"slices[%1].%2"_s.arg(m_slice).arg(field);
    else
        m_failed = field;
}

QString Reader::required(const QJsonObject &o, QLatin1StringView key)
{
    QString value = o.value(key).toString();
    if (value.isEmpty())
        fail(key);
    return value;
}

std::optional<Money> Reader::optionalMoney(const QJsonObject &o, QLatin1StringView amountKey,
                                           QLatin1StringView currencyKey)
{
    const QJsonValue amount = o.value(amountKey);
    if (amount.isNull() || amount.isUndefined())
        return std::nullopt;
    // Amounts are decimal strings; a JSON number would already have lost exactness.
    auto parsed = Money::parse(amount.toString(), o.value(currencyKey).toString());
    if (!amount.isString() || !parsed || !parsed->isValid()) {
        fail(amountKey);
        return std::nullopt;
    }
    return std::move(parsed).value();
}

Money Reader::money(const QJsonObject &o, QLatin1StringView amountKey,
                    QLatin1StringView currencyKey)
{
    auto m = optionalMoney(o, amountKey, currencyKey);
    if (!m) {
        fail(amountKey);
        return {};
    }
    return *m;
}

QDateTime Reader::instant(const QJsonObject &o, QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    if (v.isNull() || v.isUndefined())
        return {};
    QDateTime t = parseInstant(v.toString());
    if (!t.isValid())
        fail(key);
    return t;
}

std::vector<OfferPassenger> Reader::passengers(const QJsonArray &list)
{
    std::vector<OfferPassenger> out;
    out.reserve(size_t(list.size()));
    for (const QJsonValue &v : list) {
        const QJsonObject p = v.toObject();
        OfferPassenger passenger;
        passenger.id = p.value("id"_L1).toString();
        const QJsonValue type = p.value("type"_L1);
        if (const auto known = passengerTypeFromString(type.toString())) {
            passenger.type = *known;
        } else if (p.value("age"_L1).isDouble()) {
            // v2 names children and infants by age; under 2 travels on a lap, under 12 is a child.
            const int age = p.value("age"_L1).toInt();
            passenger.type = age < 2    ? PassengerType::Infant
                             : age < 12 ? PassengerType::Child
                                        : PassengerType::Adult;
        } else if (!type.isNull() && !type.isUndefined()) {
            fail(u"passengers.type"_s);
        }
        out.push_back(std::move(passenger));
    }
    std::stable_sort(out.begin(), out.end(), [](const OfferPassenger &a, const OfferPassenger &b) {
        return int(a.type) < int(b.type);
    });
    return out;
}

QString Reader::place(const QJsonObject &o, QLatin1StringView key, QTimeZone *zone)
{
    const QJsonObject p = o.value(key).toObject();
    QString code = p.value("iata_code"_L1).toString();
    if (code.isEmpty()) {
        fail(key);
        return code;
    }
    if (!zone)
        return code;
    if (const auto known = m_zones.byAirport.constFind(code); known != m_zones.byAirport.cend()) {
        *zone = *known;
        return code;
    }
    const QString id = p.value("time_zone"_L1).toString();
    if (!id.isEmpty()) {
        auto it = m_zones.byId.find(id);
        if (it == m_zones.byId.end())
            it = m_zones.byId.insert(id, QTimeZone(id.toUtf8()));
        *zone = *it;
    }
    if (!zone->isValid() && m_context.zoneFor)
        *zone = m_context.zoneFor(code);
    if (!zone->isValid()) {
        fail(key + u".time_zone"_s);
        return code;
    }
    m_zones.byAirport.insert(code, *zone);
    return code;
}

QDateTime Reader::localTime(const QJsonObject &o, QLatin1StringView key, const QTimeZone &zone)
{
    const auto t = parseWireTime(o.value(key).toString());
    if (!t) {
        fail(key);
        return {};
    }
    // Duffel's segment times are the airport's wall clock; an offset, if ever sent, wins.
    if (t->hasOffset)
        return QDateTime(t->date, t->time, Qt::UTC).addSecs(-t->offsetSeconds);
    if (!zone.isValid())
        return {};
    const QDateTime local(t->date, t->time, zone);
    if (local.isValid())
        return local.toUTC();
    // A wall-clock time the clocks skip when they go forward: read with the offset before the
    // change, as the clocks showed it (01:30 on the night London springs forward is 01:30Z).
    const QDateTime asUtc(t->date, t->time, Qt::UTC);
    return asUtc.addSecs(-zone.offsetFromUtc(asUtc.addSecs(-86400)));
}

Segment Reader::segment(const QJsonObject &o, const std::vector<OfferPassenger> &passengers)
{
    Segment s;
    s.id = o.value("id"_L1).toString();
    const QJsonObject marketing = o.value("marketing_carrier"_L1).toObject();
    s.carrier = marketing.value("iata_code"_L1).toString();
    if (s.carrier.isEmpty())
        fail(u"marketing_carrier"_s);
    s.flightNumber = required(o, "marketing_carrier_flight_number"_L1);
    const QJsonObject operating = o.value("operating_carrier"_L1).toObject();
    s.operatingCarrier = operating.value("iata_code"_L1).toString();
    if (s.operatingCarrier.isEmpty())
        s.operatingCarrier = s.carrier;
    s.operatingFlightNumber = o.value("operating_carrier_flight_number"_L1).toString();
    if (s.operatingCarrier == s.carrier && s.operatingFlightNumber == s.flightNumber)
        s.operatingFlightNumber.clear();
    QTimeZone fromZone, toZone;
    s.origin = place(o, "origin"_L1, &fromZone);
    s.destination = place(o, "destination"_L1, &toZone);
    s.originTerminal = o.value("origin_terminal"_L1).toString();
    s.destinationTerminal = o.value("destination_terminal"_L1).toString();
    s.departure = localTime(o, "departing_at"_L1, fromZone);
    s.arrival = localTime(o, "arriving_at"_L1, toZone);
    if (ok() && s.arrival < s.departure)
        fail(u"arriving_at"_s);
    s.aircraft = o.value("aircraft"_L1).toObject().value("iata_code"_L1).toString();

    // Per passenger: the cabin and fare basis (an adult's where there is one) and the bags of
    // each passenger type.
    const QJsonArray details = o.value("passengers"_L1).toArray();
    bool haveCabin = false;
    for (qsizetype i = 0; i < details.size(); ++i) {
        const QJsonObject d = details.at(i).toObject();
        const QString passengerId = d.value("passenger_id"_L1).toString();
        // Some replies number the passengers ("passenger_0") instead of quoting their ids.
        PassengerType type =
            size_t(i) < passengers.size() ? passengers[size_t(i)].type : PassengerType::Adult;
        for (const OfferPassenger &p : passengers) {
            if (p.id == passengerId) {
                type = p.type;
                break;
            }
        }
        if (!haveCabin || type == PassengerType::Adult) {
            if (const auto cabin = cabinFromString(d.value("cabin_class"_L1).toString()))
                s.cabin = *cabin;
            s.fareBasis = d.value("fare_basis_code"_L1).toString();
            haveCabin = type == PassengerType::Adult;
        }
        const bool seen =
            std::any_of(s.baggage.begin(), s.baggage.end(),
                        [type](const BaggageAllowance &b) { return b.passenger == type; });
        if (seen)
            continue;
        BaggageAllowance bags;
        bags.passenger = type;
        for (const QJsonValue &b : d.value("baggages"_L1).toArray()) {
            const QJsonObject bag = b.toObject();
            const int quantity = std::clamp(bag.value("quantity"_L1).toInt(), 0, 99);
            const QString bagType = bag.value("type"_L1).toString();
            if (bagType == "checked"_L1)
                bags.checked += quantity;
            else if (bagType == "carry_on"_L1)
                bags.carryOn += quantity;
        }
        s.baggage.push_back(bags);
    }
    std::sort(s.baggage.begin(), s.baggage.end(),
              [](const BaggageAllowance &a, const BaggageAllowance &b) {
                  return int(a.passenger) < int(b.passenger);
              });
    return s;
}

std::vector<Itinerary> Reader::itineraries(const QJsonArray &slices,
                                           const std::vector<OfferPassenger> &passengers)
{
    std::vector<Itinerary> out;
    out.reserve(size_t(slices.size()));
    for (qsizetype i = 0; i < slices.size() && ok(); ++i) {
        m_slice = int(i);
        const QJsonArray segments = slices.at(i).toObject().value("segments"_L1).toArray();
        if (segments.isEmpty())
            fail(u"segments"_s);
        Itinerary itinerary;
        itinerary.segments.reserve(size_t(segments.size()));
        for (qsizetype j = 0; j < segments.size() && ok(); ++j) {
            m_segment = int(j);
            itinerary.segments.push_back(segment(segments.at(j).toObject(), passengers));
        }
        m_segment = -1;
        out.push_back(std::move(itinerary));
    }
    m_slice = -1;
    if (out.empty())
        fail(u"slices"_s);
    return out;
}

namespace {

struct Condition {
    bool stated = false;
    bool allowed = false;
    std::optional<Money> penalty;
};

} // namespace

FareConditions Reader::conditions(const QJsonObject &owner, const QJsonArray &slices)
{
    const auto read = [this](const QJsonValue &v) {
        Condition c;
        if (!v.isObject())
            return c;
        const QJsonObject o = v.toObject();
        c.stated = o.value("allowed"_L1).isBool();
        c.allowed = o.value("allowed"_L1).toBool();
        // A penalty that cannot be read is left unstated rather than guessed.
        Reader penalties(m_context, m_zones);
        c.penalty = penalties.optionalMoney(o, "penalty_amount"_L1, "penalty_currency"_L1);
        return c;
    };
    const auto combined = [&](QLatin1StringView key) {
        Condition c = read(owner.value("conditions"_L1).toObject().value(key));
        if (c.stated || slices.isEmpty())
            return c;
        // Only when every slice says: allowed if each allows it, the penalties added up.
        c = Condition{true, true, std::nullopt};
        bool penaltiesKnown = true;
        for (const QJsonValue &s : slices) {
            const Condition part = read(s.toObject().value("conditions"_L1).toObject().value(key));
            if (!part.stated)
                return Condition{};
            c.allowed = c.allowed && part.allowed;
            if (!part.penalty) {
                penaltiesKnown = false;
            } else if (penaltiesKnown && !c.penalty) {
                c.penalty = part.penalty;
            } else if (penaltiesKnown) {
                auto sum = c.penalty->plus(*part.penalty); // fails across currencies
                penaltiesKnown = sum.ok();
                if (sum)
                    c.penalty = sum.value();
            }
        }
        if (!penaltiesKnown)
            c.penalty.reset();
        return c;
    };
    FareConditions out;
    const Condition refund = combined("refund_before_departure"_L1);
    out.refundKnown = refund.stated;
    out.refundable = refund.stated && refund.allowed;
    out.refundPenalty = out.refundable ? refund.penalty : std::nullopt;
    const Condition change = combined("change_before_departure"_L1);
    out.changeKnown = change.stated;
    out.changeable = change.stated && change.allowed;
    out.changePenalty = out.changeable ? change.penalty : std::nullopt;
    return out;
}

Baggage adultBaggage(const std::vector<Itinerary> &itineraries)
{
    Baggage out;
    int checked = std::numeric_limits<int>::max();
    int carryOn = std::numeric_limits<int>::max();
    for (const Itinerary &it : itineraries) {
        for (const Segment &s : it.segments) {
            for (const BaggageAllowance &b : s.baggage) {
                if (b.passenger != PassengerType::Adult)
                    continue;
                checked = std::min(checked, b.checked);
                carryOn = std::min(carryOn, b.carryOn);
            }
        }
    }
    if (checked != std::numeric_limits<int>::max()) {
        out.checkedBags = checked;
        out.carryOnBags = carryOn;
    }
    return out;
}

} // namespace tripdesk::duffel::detail
