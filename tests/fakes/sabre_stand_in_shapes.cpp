#include "tests/fakes/sabre_stand_in_shapes.h"

#include "backend/suppliers/sabre/sabre_codes.h"

#include "backend/suppliers/sabre/sabre_booking.h"

#include <QJsonArray>
#include <QMap>

namespace tripdesk::sabre_stand_in {

using namespace Qt::StringLiterals;

namespace {

QString paxCode(PassengerType t)
{
    return t == PassengerType::Adult ? u"ADT"_s : (t == PassengerType::Child ? u"CNN"_s : u"INF"_s);
}

Passengers passengersOf(const QJsonObject &summary)
{
    Passengers p{0, 0, 0};
    const QJsonArray types =
        summary[u"AirTravelerAvail"_s].toArray().at(0)[u"PassengerTypeQuantity"_s].toArray();
    for (const QJsonValue &t : types) {
        const QString code = t[u"Code"_s].toString();
        const int n = t[u"Quantity"_s].toInt();
        if (code == u"INF"_s)
            p.infants += n;
        else if (code == u"CNN"_s || code == u"CHD"_s)
            p.children += n;
        else
            p.adults += n;
    }
    return p;
}

// The sandbox id of one flight in a class: "AI101.DEL.20261224.M".
QString flightId(const QString &carrier, int number, const QString &origin, const QDate &date,
                 const QString &bookingClass)
{
    return carrier + QString::number(number) + u'.' + origin + u'.' + date.toString(u"yyyyMMdd"_s) +
           u'.' + bookingClass;
}

QString sandboxId(const QList<QStringList> &slices)
{
    QStringList parts;
    for (const QStringList &s : slices)
        parts << s.join(u'-');
    return u"sbx_"_s + parts.join(u'_');
}

QString clock(const QDateTime &local)
{
    const int offset = local.offsetFromUtc();
    const int abs = std::abs(offset);
    return local.time().toString(u"HH:mm:ss"_s) + (offset < 0 ? u'-' : u'+') +
           QString::number(abs / 3600).rightJustified(2, u'0') + u':' +
           QString::number(abs / 60 % 60).rightJustified(2, u'0');
}

QJsonObject amount(const Money &m)
{
    return {{u"amount"_s, m.toDecimalString()}, {u"currencyCode"_s, m.currency()}};
}

// A number as Sabre writes amounts: a JSON number with the currency's digits.
QJsonValue decimal(const Money &m)
{
    return m.toDecimalString().toDouble();
}

} // namespace

QString utcStamp(const QDateTime &utc)
{
    return utc.toUTC().toString(u"yyyy-MM-ddTHH:mm:ssZ"_s);
}

QString readShop(const QJsonObject &body, FlightSearchRequest *out)
{
    const QJsonObject rq = body[u"OTA_AirLowFareSearchRQ"_s].toObject();
    if (rq.isEmpty())
        return u"no OTA_AirLowFareSearchRQ"_s;
    for (const QJsonValue &s : rq[u"OriginDestinationInformation"_s].toArray()) {
        SliceRequest slice;
        slice.origin = s[u"OriginLocation"_s][u"LocationCode"_s].toString();
        slice.destination = s[u"DestinationLocation"_s][u"LocationCode"_s].toString();
        slice.date = QDate::fromString(s[u"DepartureDateTime"_s].toString().left(10), Qt::ISODate);
        if (slice.origin.isEmpty() || slice.destination.isEmpty() || !slice.date.isValid())
            return u"OriginDestinationInformation without locations or date"_s;
        out->slices.push_back(slice);
    }
    if (out->slices.empty())
        return u"no OriginDestinationInformation"_s;
    out->passengers = passengersOf(rq[u"TravelerInfoSummary"_s].toObject());
    if (out->passengers.adults + out->passengers.children == 0)
        return u"no PassengerTypeQuantity"_s;
    const QJsonObject prefs = rq[u"TravelPreferences"_s].toObject();
    out->cabin = sabre::cabinFromCode(prefs[u"CabinPref"_s].toArray().at(0)[u"Cabin"_s].toString());
    out->maxStops = prefs[u"MaxStopsQuantity"_s].toInt(2);
    return {};
}

QString readRevalidate(const QJsonObject &body, QString *sandboxOfferId, Passengers *passengers)
{
    const QJsonObject rq = body[u"OTA_AirLowFareSearchRQ"_s].toObject();
    QList<QStringList> slices;
    for (const QJsonValue &s : rq[u"OriginDestinationInformation"_s].toArray()) {
        QStringList flights;
        for (const QJsonValue &f : s[u"TPA_Extensions"_s][u"Flight"_s].toArray()) {
            const QDate date =
                QDate::fromString(f[u"DepartureDateTime"_s].toString().left(10), Qt::ISODate);
            flights << flightId(f[u"Airline"_s][u"Marketing"_s].toString(), f[u"Number"_s].toInt(),
                                f[u"OriginLocation"_s][u"LocationCode"_s].toString(), date,
                                f[u"ClassOfService"_s].toString());
        }
        if (flights.isEmpty())
            return u"a slice without TPA_Extensions.Flight"_s;
        slices << flights;
    }
    if (slices.isEmpty())
        return u"no OriginDestinationInformation"_s;
    *sandboxOfferId = sandboxId(slices);
    *passengers = passengersOf(rq[u"TravelerInfoSummary"_s].toObject());
    return {};
}

QString readCreateBooking(const QJsonObject &body, const Slicing &slicing, OrderRequest *out)
{
    QStringList flights;
    QList<QDateTime> departures;
    for (const QJsonValue &f : body[u"flightDetails"_s][u"flights"_s].toArray()) {
        const QDate date = QDate::fromString(f[u"departureDate"_s].toString(), Qt::ISODate);
        flights << flightId(f[u"airlineCode"_s].toString(), f[u"flightNumber"_s].toInt(),
                            f[u"fromAirportCode"_s].toString(), date,
                            f[u"bookingClass"_s].toString());
        departures << QDateTime(date,
                                QTime::fromString(f[u"departureTime"_s].toString(), u"HH:mm"_s),
                                QTimeZone::utc());
    }
    if (flights.isEmpty())
        return u"flightDetails.flights is empty"_s;
    QList<int> sizes = slicing.value(flights.join(u'-'));
    if (sizes.isEmpty()) {
        // Not sold here before: a new slice wherever a day passes between two flights.
        int n = 1;
        for (int i = 1; i < flights.size(); ++i) {
            if (departures[i - 1].secsTo(departures[i]) > 24 * 3600) {
                sizes << n;
                n = 0;
            }
            ++n;
        }
        sizes << n;
    }
    QList<QStringList> slices;
    int at = 0;
    for (int n : std::as_const(sizes)) {
        slices << flights.mid(at, n);
        at += n;
    }
    out->kind = OrderRequest::Kind::Hold;
    out->offerId = sandboxId(slices);
    for (const QJsonValue &t : body[u"travelers"_s].toArray()) {
        OrderPassenger p;
        const QString code = t[u"passengerCode"_s].toString();
        p.type = code == u"INF"_s   ? PassengerType::Infant
                 : code == u"CNN"_s ? PassengerType::Child
                                    : PassengerType::Adult;
        p.givenName = t[u"givenName"_s].toString();
        p.familyName = t[u"surname"_s].toString();
        p.bornOn = QDate::fromString(t[u"birthDate"_s].toString(), Qt::ISODate);
        p.gender = t[u"gender"_s].toString().endsWith(u"FEMALE"_s) ? Gender::Female : Gender::Male;
        p.title = t[u"title"_s].toString().toLower();
        p.email = t[u"emails"_s].toArray().at(0).toString();
        out->passengers.push_back(p);
    }
    for (const QJsonValue &r : body[u"remarks"_s].toArray()) {
        const QString ref = sabre::clientReferenceFromRemark(r[u"text"_s].toString());
        if (!ref.isEmpty())
            out->clientReference = ref;
    }
    return {};
}

QJsonObject groupedItineraries(const std::vector<FlightOffer> &offers,
                               const std::function<QDateTime(const FlightOffer &)> &lastTicket,
                               const ZoneOf &zoneOf, const QTimeZone &pccZone, Slicing *slicing)
{
    QJsonArray schedules, legs, components, allowances;
    QMap<QString, QJsonArray> groups; // by the legs' dates, as BFM groups itineraries
    QMap<QString, QJsonArray> groupDates;
    QHash<int, int> allowanceIds;
    const auto allowance = [&](int pieces) {
        auto it = allowanceIds.find(pieces);
        if (it == allowanceIds.end()) {
            it = allowanceIds.insert(pieces, int(allowanceIds.size()) + 1);
            allowances.append(QJsonObject{{u"id"_s, *it}, {u"pieceCount"_s, pieces}});
        }
        return *it;
    };
    int itineraryId = 0;
    for (const FlightOffer &offer : offers) {
        QJsonArray legRefs, legDescriptions, fareComponents;
        QStringList dates, flightIds;
        QList<int> sizes;
        int segmentCount = 0;
        for (const Itinerary &it : offer.itineraries) {
            const QDate legDate =
                it.segments.front().departure.toTimeZone(zoneOf(it.segments.front().origin)).date();
            QJsonArray refs;
            for (const Segment &s : it.segments) {
                const QDateTime dep = s.departure.toTimeZone(zoneOf(s.origin));
                const QDateTime arr = s.arrival.toTimeZone(zoneOf(s.destination));
                const int id = int(schedules.size()) + 1;
                QJsonObject arrival{{u"airport"_s, s.destination}, {u"time"_s, clock(arr)}};
                if (const qint64 days = dep.date().daysTo(arr.date()))
                    arrival.insert(u"dateAdjustment"_s, int(days));
                if (!s.destinationTerminal.isEmpty())
                    arrival.insert(u"terminal"_s, s.destinationTerminal);
                QJsonObject departure{{u"airport"_s, s.origin}, {u"time"_s, clock(dep)}};
                if (!s.originTerminal.isEmpty())
                    departure.insert(u"terminal"_s, s.originTerminal);
                QJsonObject carrier{{u"marketing"_s, s.carrier},
                                    {u"marketingFlightNumber"_s, s.flightNumber.toInt()},
                                    {u"operating"_s, s.operatingCarrier},
                                    {u"equipment"_s, QJsonObject{{u"code"_s, s.aircraft}}}};
                carrier.insert(u"operatingFlightNumber"_s, s.operatingFlightNumber.isEmpty()
                                                               ? s.flightNumber.toInt()
                                                               : s.operatingFlightNumber.toInt());
                schedules.append(QJsonObject{{u"id"_s, id},
                                             {u"departure"_s, departure},
                                             {u"arrival"_s, arrival},
                                             {u"carrier"_s, carrier}});
                QJsonObject ref{{u"ref"_s, id}};
                if (const qint64 days = legDate.daysTo(dep.date()))
                    ref.insert(u"departureDateAdjustment"_s, int(days));
                refs.append(ref);

                const int componentId = int(components.size()) + 1;
                components.append(
                    QJsonObject{{u"id"_s, componentId},
                                {u"fareBasisCode"_s,
                                 s.fareBasis.isEmpty() ? s.fareClass + u"SBX"_s : s.fareBasis},
                                {u"brand"_s, QJsonObject{{u"code"_s, offer.fareBrand.toUpper()},
                                                         {u"brandName"_s, offer.fareBrand}}}});
                fareComponents.append(QJsonObject{
                    {u"ref"_s, componentId},
                    {u"segments"_s,
                     QJsonArray{QJsonObject{
                         {u"segment"_s, QJsonObject{{u"bookingCode"_s, s.fareClass},
                                                    {u"cabinCode"_s, sabre::cabinCode(s.cabin)},
                                                    {u"seatsAvailable"_s, offer.seatsLeft}}}}}}});
                flightIds << flightId(s.carrier, s.flightNumber.toInt(), s.origin, dep.date(),
                                      s.fareClass);
                ++segmentCount;
            }
            const int legId = int(legs.size()) + 1;
            legs.append(QJsonObject{{u"id"_s, legId}, {u"schedules"_s, refs}});
            legRefs.append(QJsonObject{{u"ref"_s, legId}});
            legDescriptions.append(
                QJsonObject{{u"departureDate"_s, legDate.toString(Qt::ISODate)},
                            {u"departureLocation"_s, it.segments.front().origin},
                            {u"arrivalLocation"_s, it.segments.back().destination}});
            dates << legDate.toString(Qt::ISODate);
            sizes << int(it.segments.size());
        }
        if (slicing)
            slicing->insert(flightIds.join(u'-'), sizes);

        QJsonArray segmentsAll;
        for (int i = 0; i < segmentCount; ++i)
            segmentsAll.append(QJsonObject{{u"id"_s, i}});
        const FareConditions &c = offer.conditions;
        QJsonArray penalties;
        QJsonObject exchange{{u"type"_s, u"Exchange"_s},
                             {u"applicability"_s, u"Before"_s},
                             {u"changeable"_s, c.changeable}};
        if (c.changeable && c.changePenalty) {
            exchange.insert(u"amount"_s, decimal(*c.changePenalty));
            exchange.insert(u"currency"_s, c.changePenalty->currency());
        }
        QJsonObject refund{{u"type"_s, u"Refund"_s},
                           {u"applicability"_s, u"Before"_s},
                           {u"refundable"_s, c.refundable}};
        if (c.refundable && c.refundPenalty) {
            refund.insert(u"amount"_s, decimal(*c.refundPenalty));
            refund.insert(u"currency"_s, c.refundPenalty->currency());
        }
        penalties << exchange << refund;

        QJsonArray passengerInfos;
        for (const PassengerFare &f : offer.fares) {
            QJsonArray bags{QJsonObject{
                {u"provisionType"_s, u"A"_s},
                {u"segments"_s, segmentsAll},
                {u"allowance"_s, QJsonObject{{u"ref"_s, allowance(offer.baggage.checkedBags)}}}}};
            if (f.type != PassengerType::Infant)
                bags.append(
                    QJsonObject{{u"provisionType"_s, u"B"_s},
                                {u"segments"_s, segmentsAll},
                                {u"allowance"_s,
                                 QJsonObject{{u"ref"_s, allowance(offer.baggage.carryOnBags)}}}});
            passengerInfos.append(QJsonObject{
                {u"passengerInfo"_s,
                 QJsonObject{{u"passengerType"_s, paxCode(f.type)},
                             {u"passengerNumber"_s, f.count},
                             {u"nonRefundable"_s, !c.refundable},
                             {u"fareComponents"_s, fareComponents},
                             {u"passengerTotalFare"_s,
                              QJsonObject{{u"totalFare"_s, decimal(f.perPassenger())},
                                          {u"totalTaxAmount"_s, decimal(f.taxes)},
                                          {u"currency"_s, f.base.currency()}}},
                             {u"baggageInformation"_s, bags},
                             {u"penaltiesInfo"_s, QJsonObject{{u"penalties"_s, penalties}}}}}});
        }
        QJsonObject fare{
            {u"validatingCarrierCode"_s, offer.itineraries.front().segments.front().carrier},
            {u"passengerInfoList"_s, passengerInfos},
            {u"totalFare"_s, QJsonObject{{u"totalPrice"_s, decimal(offer.price)},
                                         {u"currency"_s, offer.price.currency()}}}};
        if (const QDateTime deadline = lastTicket(offer); deadline.isValid()) {
            const QDateTime local = deadline.toTimeZone(pccZone);
            fare.insert(u"lastTicketDate"_s, local.date().toString(Qt::ISODate));
            fare.insert(u"lastTicketTime"_s, local.time().toString(u"HH:mm"_s));
        }
        const QString groupKey = dates.join(u',');
        groupDates.insert(groupKey, legDescriptions);
        groups[groupKey].append(
            QJsonObject{{u"id"_s, ++itineraryId},
                        {u"legs"_s, legRefs},
                        {u"pricingInformation"_s, QJsonArray{QJsonObject{{u"fare"_s, fare}}}}});
    }
    QJsonArray itineraryGroups;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it)
        itineraryGroups.append(
            QJsonObject{{u"groupDescription"_s,
                         QJsonObject{{u"legDescriptions"_s, groupDates.value(it.key())}}},
                        {u"itineraries"_s, it.value()}});
    QJsonObject gir{{u"version"_s, u"5"_s},
                    {u"messages"_s, QJsonArray{QJsonObject{{u"severity"_s, u"Info"_s},
                                                           {u"type"_s, u"SERVER"_s},
                                                           {u"code"_s, u"TRIPDESK-STAND-IN"_s},
                                                           {u"text"_s, u"1"_s}}}},
                    {u"statistics"_s, QJsonObject{{u"itineraryCount"_s, itineraryId}}},
                    {u"scheduleDescs"_s, schedules},
                    {u"fareComponentDescs"_s, components},
                    {u"baggageAllowanceDescs"_s, allowances},
                    {u"legDescs"_s, legs},
                    {u"itineraryGroups"_s, itineraryGroups}};
    if (offers.empty())
        gir.insert(u"messages"_s,
                   QJsonArray{QJsonObject{{u"severity"_s, u"Error"_s},
                                          {u"type"_s, u"SCHEDULES"_s},
                                          {u"code"_s, u"OFFERS"_s},
                                          {u"text"_s, u"No complete journey can be built"_s}}});
    return {{u"groupedItineraryResponse"_s, gir}};
}

QJsonObject booking(const Order &order, const QString &confirmationId, const ZoneOf &zoneOf,
                    const QTimeZone &pccZone)
{
    QJsonArray flights, journeys, travelers, tickets;
    int item = 0;
    const bool cancelled = order.status == OrderStatus::Cancelled;
    for (const Itinerary &it : order.itineraries) {
        for (const Segment &s : it.segments) {
            const QDateTime dep = s.departure.toTimeZone(zoneOf(s.origin));
            const QDateTime arr = s.arrival.toTimeZone(zoneOf(s.destination));
            flights.append(
                QJsonObject{{u"itemId"_s, QString::number(++item)},
                            {u"confirmationId"_s, order.bookingReference},
                            {u"flightNumber"_s, s.flightNumber.toInt()},
                            {u"airlineCode"_s, s.carrier},
                            {u"operatingAirlineCode"_s, s.operatingCarrier},
                            {u"fromAirportCode"_s, s.origin},
                            {u"toAirportCode"_s, s.destination},
                            {u"departureDate"_s, dep.date().toString(Qt::ISODate)},
                            {u"departureTime"_s, dep.time().toString(u"HH:mm"_s)},
                            {u"arrivalDate"_s, arr.date().toString(Qt::ISODate)},
                            {u"arrivalTime"_s, arr.time().toString(u"HH:mm"_s)},
                            {u"cabinTypeCode"_s, sabre::cabinCode(s.cabin)},
                            {u"aircraftTypeCode"_s, s.aircraft},
                            {u"bookingClass"_s, s.fareClass},
                            {u"flightStatusCode"_s, cancelled ? u"XX"_s : u"HK"_s},
                            {u"flightStatusName"_s, cancelled ? u"Cancelled"_s : u"Confirmed"_s}});
        }
        journeys.append(QJsonObject{{u"numberOfFlights"_s, int(it.segments.size())}});
    }
    for (const OrderPassenger &p : order.passengers) {
        const bool infant = p.type == PassengerType::Infant;
        const QString gender = p.gender == Gender::Male ? u"MALE"_s : u"FEMALE"_s;
        travelers.append(QJsonObject{{u"givenName"_s, p.givenName.toUpper()},
                                     {u"surname"_s, p.familyName.toUpper()},
                                     {u"birthDate"_s, p.bornOn.toString(Qt::ISODate)},
                                     {u"gender"_s, infant ? u"INFANT_"_s + gender : gender},
                                     {u"passengerCode"_s, paxCode(p.type)}});
    }
    for (const QString &n : order.ticketNumbers)
        tickets.append(QJsonObject{{u"number"_s, n}, {u"ticketStatusName"_s, u"Issued"_s}});
    const QDateTime created = order.createdAt.toTimeZone(pccZone);
    QJsonObject creation{{u"creationDate"_s, created.date().toString(Qt::ISODate)},
                         {u"creationTime"_s, created.time().toString(u"HH:mm"_s)}};
    if (order.payBy.isValid()) {
        const QDateTime deadline = order.payBy.toTimeZone(pccZone);
        creation.insert(u"purchaseDeadlineDate"_s, deadline.date().toString(Qt::ISODate));
        creation.insert(u"purchaseDeadlineTime"_s, deadline.time().toString(u"HH:mm"_s));
    }
    QJsonObject rule{{u"isRefundable"_s, order.conditions.refundable},
                     {u"isChangeable"_s, order.conditions.changeable}};
    if (order.conditions.refundPenalty)
        rule.insert(
            u"refundPenalties"_s,
            QJsonArray{QJsonObject{{u"applicability"_s, u"BEFORE_DEPARTURE"_s},
                                   {u"penalty"_s, amount(*order.conditions.refundPenalty)}}});
    if (order.conditions.changePenalty)
        rule.insert(
            u"exchangePenalties"_s,
            QJsonArray{QJsonObject{{u"applicability"_s, u"BEFORE_DEPARTURE"_s},
                                   {u"penalty"_s, amount(*order.conditions.changePenalty)}}});
    QJsonObject b{
        {u"bookingId"_s, confirmationId},
        {u"confirmationId"_s, confirmationId},
        {u"isTicketed"_s, order.status == OrderStatus::Confirmed},
        {u"isCancelable"_s, !cancelled},
        {u"creationDetails"_s, creation},
        {u"travelers"_s, travelers},
        {u"flights"_s, flights},
        {u"journeys"_s, journeys},
        {u"fareRules"_s, QJsonArray{rule}},
        {u"payments"_s,
         QJsonObject{{u"flightTotals"_s,
                      QJsonArray{QJsonObject{{u"total"_s, order.total.toDecimalString()},
                                             {u"currencyCode"_s, order.total.currency()}}}}}}};
    if (!tickets.isEmpty())
        b.insert(u"flightTickets"_s, tickets);
    if (!order.clientReference.isEmpty())
        b.insert(u"remarks"_s,
                 QJsonArray{QJsonObject{
                     {u"type"_s, u"GENERAL"_s},
                     {u"text"_s, sabre::clientReferenceRemark(order.clientReference).toUpper()}}});
    return b;
}

QJsonObject bookingErrors(const QString &category, const QString &type, const QString &description)
{
    return {{u"timestamp"_s, utcStamp(QDateTime::currentDateTimeUtc())},
            {u"errors"_s,
             QJsonArray{QJsonObject{
                 {u"category"_s, category}, {u"type"_s, type}, {u"description"_s, description}}}}};
}

} // namespace tripdesk::sabre_stand_in
