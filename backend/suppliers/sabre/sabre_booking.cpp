#include "backend/suppliers/sabre/sabre_booking.h"

#include "backend/suppliers/sabre/sabre_codes.h"

#include "backend/suppliers/sabre/sabre_errors.h"
#include "backend/suppliers/sabre/sabre_json.h"

namespace tripdesk::sabre {

using namespace Qt::StringLiterals;

namespace {

constexpr QLatin1StringView kRemarkPrefix("TRIPDESK REF ");

QDate date(const JsonValue &v)
{
    return QDate::fromString(v.text(), Qt::ISODate);
}

QTime clock(const JsonValue &v)
{
    const QString t = v.text();
    QTime parsed = QTime::fromString(t, u"HH:mm"_s);
    return parsed.isValid() ? parsed : QTime::fromString(t, u"HH:mm:ss"_s);
}

// A local date and time at an airport, as an instant; invalid when the zone is not known.
QDateTime atAirport(const JsonValue &d, const JsonValue &t, const QString &airport,
                    const ReplyContext &context)
{
    const QDate day = date(d);
    const QTime time = clock(t);
    if (!day.isValid() || !time.isValid() || !context.airportZone)
        return {};
    const QTimeZone zone = context.airportZone(airport);
    if (!zone.isValid())
        return {};
    return QDateTime(day, time, zone).toUTC();
}

QDateTime inAgencyZone(const JsonValue &d, const JsonValue &t, const ReplyContext &context)
{
    const QDate day = date(d);
    if (!day.isValid())
        return {};
    QTime time = clock(t);
    if (!time.isValid())
        time = QTime(23, 59);
    return QDateTime(day, time, context.agencyZone).toUTC();
}

std::optional<Money> amount(const JsonValue &totals, QLatin1StringView field)
{
    const QString currency = totals["currencyCode"_L1].text();
    auto m = Money::parse(totals[field].decimalText(), currency);
    if (!m)
        return std::nullopt;
    return *m;
}

Segment segmentOf(const JsonValue &f, const ReplyContext &context)
{
    Segment s;
    s.id = f["itemId"_L1].text();
    s.carrier = f["airlineCode"_L1].text();
    s.flightNumber = f["flightNumber"_L1].text();
    const QString operating = f["operatingAirlineCode"_L1].text();
    s.operatingCarrier = operating.isEmpty() ? s.carrier : operating;
    const QString opNumber = f["operatingFlightNumber"_L1].text();
    if (s.operatingCarrier != s.carrier || (!opNumber.isEmpty() && opNumber != s.flightNumber))
        s.operatingFlightNumber = opNumber;
    s.origin = f["fromAirportCode"_L1].text();
    s.destination = f["toAirportCode"_L1].text();
    s.originTerminal = f["departureTerminalName"_L1].text();
    s.destinationTerminal = f["arrivalTerminalName"_L1].text();
    s.departure = atAirport(f["departureDate"_L1], f["departureTime"_L1], s.origin, context);
    s.arrival = atAirport(f["arrivalDate"_L1], f["arrivalTime"_L1], s.destination, context);
    s.aircraft = f["aircraftTypeCode"_L1].text();
    s.cabin = cabinFromCode(f["cabinTypeCode"_L1].text());
    s.fareClass = f["bookingClass"_L1].text();
    return s;
}

PassengerType travelerType(const JsonValue &t)
{
    const QString code = t["passengerCode"_L1].text();
    const QString type = t["type"_L1].text();
    if (code == u"INF"_s || type == u"INFANT"_s)
        return PassengerType::Infant;
    if (code == u"CNN"_s || code == u"CHD"_s || type == u"CHILD"_s ||
        (code.size() == 3 && code.startsWith(u'C') && code.at(1).isDigit()))
        return PassengerType::Child;
    return PassengerType::Adult;
}

OrderPassenger passengerOf(const JsonValue &t, int index)
{
    OrderPassenger p;
    p.id = t["nameAssociationId"_L1].text();
    if (p.id.isEmpty())
        p.id = QString::number(index + 1);
    p.type = travelerType(t);
    p.givenName = t["givenName"_L1].text();
    p.familyName = t["surname"_L1].text();
    p.bornOn = date(t["birthDate"_L1]);
    const QString gender = t["gender"_L1].text();
    p.gender =
        gender.endsWith(u"MALE"_s) && !gender.endsWith(u"FEMALE"_s) ? Gender::Male : Gender::Female;
    p.email = t["emails"_L1].at(0).text();
    p.phone = t["phones"_L1].at(0)["number"_L1].text();
    for (const JsonValue &d : t["identityDocuments"_L1]) {
        if (!d["documentType"_L1].equals("PASSPORT"_L1))
            continue;
        p.passportNumber = d["documentNumber"_L1].text();
        p.passportCountry = d["issuingCountryCode"_L1].text();
        p.passportExpiry = date(d["expiryDate"_L1]);
        p.nationality = d["citizenshipCountryCode"_L1].text();
        break;
    }
    return p;
}

FareConditions conditionsOf(const JsonValue &rules)
{
    FareConditions c;
    c.refundKnown = false;
    c.changeKnown = false;
    for (const JsonValue &rule : rules) {
        const auto penalty = [](const JsonValue &list) -> std::optional<Money> {
            for (const JsonValue &p : list) {
                if (p["applicability"_L1].equals("AFTER_DEPARTURE"_L1))
                    continue;
                if (auto m = amount(p["penalty"_L1], "amount"_L1))
                    return m;
            }
            return std::nullopt;
        };
        if (rule["isRefundable"_L1].isBool() && !c.refundKnown) {
            c.refundKnown = true;
            c.refundable = rule["isRefundable"_L1].toBool();
            if (c.refundable)
                c.refundPenalty = penalty(rule["refundPenalties"_L1]);
        }
        if (rule["isChangeable"_L1].isBool() && !c.changeKnown) {
            c.changeKnown = true;
            c.changeable = rule["isChangeable"_L1].toBool();
            if (c.changeable)
                c.changePenalty = penalty(rule["exchangePenalties"_L1]);
        }
    }
    return c;
}

// The order in a Booking object; `id` is the confirmation id when the caller knows it.
Result<Order> orderOf(Call call, const JsonValue &booking, QString id, const ReplyContext &context)
{
    Order o;
    o.supplier = kSupplierId;
    if (id.isEmpty())
        id = booking["request"_L1]["confirmationId"_L1].text();
    if (id.isEmpty())
        id = booking["bookingId"_L1].text();
    if (id.isEmpty())
        return malformedReply(call, u"booking without a confirmation id"_s);
    o.id = id;

    const JsonValue flights = booking["flights"_L1];
    std::vector<Segment> segments;
    bool anyLive = false;
    for (const JsonValue &f : flights) {
        segments.push_back(segmentOf(f, context));
        if (segments.back().carrier.isEmpty() || segments.back().origin.isEmpty())
            return malformedReply(call, u"booking flight without carrier or airports"_s);
        if (!f["flightStatusName"_L1].equals("Cancelled"_L1))
            anyLive = true;
        if (o.bookingReference.isEmpty())
            o.bookingReference = f["confirmationId"_L1].text();
    }
    if (o.bookingReference.isEmpty())
        o.bookingReference = id;
    // Journeys say how many flights each slice has; without them the flights are one slice.
    size_t next = 0;
    for (const JsonValue &j : booking["journeys"_L1]) {
        const int n = j["numberOfFlights"_L1].toInt(0);
        if (n <= 0 || next + size_t(n) > segments.size())
            break;
        Itinerary it;
        it.segments.assign(segments.begin() + qsizetype(next),
                           segments.begin() + qsizetype(next) + n);
        o.itineraries.push_back(std::move(it));
        next += size_t(n);
    }
    if (next < segments.size()) {
        Itinerary rest;
        rest.segments.assign(segments.begin() + qsizetype(next), segments.end());
        o.itineraries.push_back(std::move(rest));
    }

    int index = 0;
    for (const JsonValue &t : booking["travelers"_L1])
        o.passengers.push_back(passengerOf(t, index++));

    const JsonValue totals = booking["payments"_L1]["flightTotals"_L1].at(0);
    if (totals.isObject()) {
        const auto total = amount(totals, "total"_L1);
        if (!total)
            return malformedReply(call,
                                  u"booking total %1 %2"_s.arg(totals["total"_L1].text(),
                                                               totals["currencyCode"_L1].text()));
        o.total = *total;
    } else {
        // No payment totals yet: the stored fares' totals, when they agree on a currency.
        for (const JsonValue &fare : booking["fares"_L1]) {
            const auto each = amount(fare["totals"_L1], "total"_L1);
            if (!each)
                continue;
            if (o.total.currency().isEmpty())
                o.total = *each;
            else if (auto sum = o.total.plus(*each))
                o.total = *sum;
        }
    }

    for (const JsonValue &t : booking["flightTickets"_L1]) {
        if (t["ticketStatusName"_L1].equals("Voided"_L1))
            continue;
        if (const QString n = t["number"_L1].text(); !n.isEmpty())
            o.ticketNumbers << n;
    }
    o.conditions = conditionsOf(booking["fareRules"_L1]);
    const JsonValue created = booking["creationDetails"_L1];
    o.createdAt = inAgencyZone(created["creationDate"_L1], created["creationTime"_L1], context);

    if (booking["isTicketed"_L1].toBool() || !o.ticketNumbers.isEmpty()) {
        o.status = OrderStatus::Confirmed;
    } else if (!segments.empty() && !anyLive) {
        o.status = OrderStatus::Cancelled;
    } else {
        o.status = OrderStatus::Held;
        o.payBy = inAgencyZone(created["purchaseDeadlineDate"_L1],
                               created["purchaseDeadlineTime"_L1], context);
        if (o.payBy.isValid() && context.now.isValid() && o.payBy < context.now)
            o.status = OrderStatus::Expired;
    }
    for (const JsonValue &r : booking["remarks"_L1]) {
        if (const QString ref = clientReferenceFromRemark(r["text"_L1].text()); !ref.isEmpty()) {
            o.clientReference = ref;
            break;
        }
    }
    return o;
}

std::optional<JsonTree> readBody(Call call, int httpStatus, const QByteArray &body, Error &error)
{
    QString why;
    auto tree = JsonTree::parse(body, &why);
    if (httpStatus < 200 || httpStatus >= 300) {
        error = errorFromReply(call, httpStatus, body);
        return std::nullopt;
    }
    if (!tree) {
        error = malformedReply(call, u"reply is not JSON: "_s + why);
        return std::nullopt;
    }
    if (auto failure = bookingErrors(call, tree->root())) {
        error = *failure;
        return std::nullopt;
    }
    if (!tree->root().isObject()) {
        error = malformedReply(call, u"reply is not an object"_s);
        return std::nullopt;
    }
    return tree;
}

QDateTime timestampOf(const JsonValue &root, const ReplyContext &context)
{
    QDateTime t = QDateTime::fromString(root["timestamp"_L1].text(), Qt::ISODate);
    if (t.isValid() && t.timeSpec() == Qt::LocalTime)
        t.setTimeZone(QTimeZone::utc()); // Sabre's timestamps are UTC, with or without the Z
    return t.isValid() ? t.toUTC() : context.now;
}

} // namespace

QString clientReferenceRemark(const QString &clientReference)
{
    return kRemarkPrefix + clientReference;
}

QString clientReferenceFromRemark(const QString &remark)
{
    const QString text = remark.trimmed();
    if (!text.startsWith(kRemarkPrefix, Qt::CaseInsensitive))
        return {};
    return text.mid(kRemarkPrefix.size()).trimmed();
}

Result<Order> parseCreateBookingReply(int httpStatus, const QByteArray &body,
                                      const ReplyContext &context)
{
    Error error;
    const auto tree = readBody(Call::CreateBooking, httpStatus, body, error);
    if (!tree)
        return error;
    const JsonValue root = tree->root();
    const QString id = root["confirmationId"_L1].text();
    if (id.isEmpty())
        return malformedReply(Call::CreateBooking, u"created booking without confirmationId"_s);
    const JsonValue booking = root["booking"_L1];
    if (!booking.isObject()) {
        // Sabre answered only with the locator: the booking exists, its details come later.
        Order o;
        o.id = id;
        o.supplier = kSupplierId;
        o.bookingReference = id;
        o.createdAt = timestampOf(root, context);
        return o;
    }
    auto order = orderOf(Call::CreateBooking, booking, id, context);
    if (order && !order->createdAt.isValid())
        order->createdAt = timestampOf(root, context);
    return order;
}

Result<Order> parseGetBookingReply(int httpStatus, const QByteArray &body,
                                   const ReplyContext &context)
{
    Error error;
    const auto tree = readBody(Call::GetBooking, httpStatus, body, error);
    if (!tree)
        return error;
    const JsonValue root = tree->root();
    return orderOf(Call::GetBooking, root, root["confirmationId"_L1].text(), context);
}

Result<SabreCancellation> parseCancelBookingReply(int httpStatus, const QByteArray &body,
                                                  const QString &confirmationId,
                                                  const ReplyContext &context)
{
    Error error;
    const auto tree = readBody(Call::CancelBooking, httpStatus, body, error);
    if (!tree)
        return error;
    const JsonValue root = tree->root();
    QString id = root["request"_L1]["confirmationId"_L1].text();
    if (id.isEmpty())
        id = confirmationId;
    if (id.isEmpty())
        return malformedReply(Call::CancelBooking, u"cancellation without a confirmation id"_s);

    SabreCancellation result;
    OrderCancellation &c = result.cancellation;
    c.id = u"cancel-"_s + id;
    c.orderId = id;
    c.confirmedAt = timestampOf(root, context);
    if (!c.confirmedAt.isValid())
        return malformedReply(Call::CancelBooking, u"cancellation without a time"_s);

    // What comes back: NDC orders' flight refunds, else the refunded or voided tickets' totals.
    std::vector<Money> refunds;
    for (const JsonValue &r : root["flightRefunds"_L1]) {
        if (auto m = amount(r["refundTotals"_L1], "total"_L1))
            refunds.push_back(*m);
    }
    if (refunds.empty()) {
        QStringList returned;
        for (const auto key : {"refundedTickets"_L1, "voidedTickets"_L1}) {
            for (const JsonValue &n : root[key])
                returned << n.text();
        }
        for (const JsonValue &t : root["tickets"_L1]) {
            if (!returned.contains(t["number"_L1].text()))
                continue;
            if (auto m = amount(t["refundTotals"_L1], "total"_L1))
                refunds.push_back(*m);
        }
    }
    for (const Money &m : refunds) {
        if (c.refund.currency().isEmpty()) {
            c.refund = m;
        } else if (auto sum = c.refund.plus(m)) {
            c.refund = *sum;
        } else {
            return malformedReply(Call::CancelBooking, u"refunds in several currencies"_s);
        }
    }
    if (!refunds.empty())
        c.refundTo = u"original_form_of_payment"_s;

    const JsonValue booking = root["booking"_L1];
    if (booking.isObject()) {
        auto order = orderOf(Call::CancelBooking, booking, id, context);
        if (!order)
            return order.error();
        order->status = OrderStatus::Cancelled;
        order->payBy = QDateTime();
        order->cancelledAt = c.confirmedAt;
        if (c.refund.currency().isEmpty() && !order->total.currency().isEmpty())
            c.refund = Money(0, order->total.currency());
        result.order = std::move(*order);
    }
    return result;
}

} // namespace tripdesk::sabre
