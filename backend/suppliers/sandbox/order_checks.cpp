#include "backend/suppliers/sandbox/order_checks.h"

#include "backend/suppliers/sandbox/offer_services.h"
#include "backend/suppliers/sandbox/seat_map_builder.h"

#include <QCoreApplication>
#include <QHash>

namespace tripdesk::sandbox {

namespace {

constexpr int kMaxNameLength = 60;

// Whole years from `born` to `on`.
int ageOn(const QDate &born, const QDate &on)
{
    int years = on.year() - born.year();
    if (on.month() < born.month() || (on.month() == born.month() && on.day() < born.day()))
        --years;
    return years;
}

Result<void> checkName(QString *name, int index, const char *field, const char *missing)
{
    *name = name->simplified();
    if (name->isEmpty())
        return Error::invalidInput(QCoreApplication::translate("SandboxOrders", missing))
            .at(OrderField::passenger(index, field));
    if (name->size() > kMaxNameLength) {
        return Error::invalidInput(QCoreApplication::translate(
                                       "SandboxOrders", "A name can be at most %1 characters long.")
                                       .arg(kMaxNameLength))
            .at(OrderField::passenger(index, field));
    }
    return {};
}

Result<void> checkAge(const OrderPassenger &p, int index, const QDate &firstFlight)
{
    const QString field = OrderField::passenger(index, "bornOn");
    if (!p.bornOn.isValid())
        return Error::invalidInput(
                   QCoreApplication::translate("SandboxOrders", "Enter the date of birth."))
            .at(field);
    if (firstFlight.isValid() && p.bornOn > firstFlight)
        return Error::invalidInput(
                   QCoreApplication::translate(
                       "SandboxOrders", "The date of birth cannot be after the first flight."))
            .at(field);
    if (!firstFlight.isValid())
        return {};
    const int age = ageOn(p.bornOn, firstFlight);
    switch (p.type) {
    case PassengerType::Adult:
        if (age < 12)
            return Error::invalidInput(QCoreApplication::translate(
                                           "SandboxOrders",
                                           "An adult is 12 or older on the day of the first "
                                           "flight; book this passenger as a child or an infant."))
                .at(field);
        break;
    case PassengerType::Child:
        if (age < 2 || age > 11)
            return Error::invalidInput(
                       QCoreApplication::translate(
                           "SandboxOrders",
                           "A child is 2 to 11 years old on the day of the first flight."))
                .at(field);
        break;
    case PassengerType::Infant:
        if (age >= 2)
            return Error::invalidInput(QCoreApplication::translate(
                                           "SandboxOrders",
                                           "An infant is under 2 on the day of the first flight; "
                                           "book this passenger as a child."))
                .at(field);
        break;
    }
    return {};
}

// The flight and date a segment id names ("AI101.DEL.20261224").
bool flightOfSegment(const QString &segmentId, QString *flight, QDate *date)
{
    const QStringList parts = segmentId.split(u'.');
    if (parts.size() != 3)
        return false;
    *flight = parts[0];
    *date = QDate::fromString(parts[2], QStringLiteral("yyyyMMdd"));
    return date->isValid();
}

} // namespace

namespace OrderField {
QString passengers()
{
    return QStringLiteral("passengers");
}
QString passenger(int index, const char *field)
{
    return QStringLiteral("passengers[%1].%2").arg(index).arg(QLatin1StringView(field));
}
QString service(int index, const char *field)
{
    return QStringLiteral("services[%1].%2").arg(index).arg(QLatin1StringView(field));
}
} // namespace OrderField

Result<Passengers> passengerMix(const std::vector<OrderPassenger> &passengers)
{
    Passengers mix{0, 0, 0};
    for (const OrderPassenger &p : passengers) {
        switch (p.type) {
        case PassengerType::Adult:
            ++mix.adults;
            break;
        case PassengerType::Child:
            ++mix.children;
            break;
        case PassengerType::Infant:
            ++mix.infants;
            break;
        }
    }
    if (mix.adults < 1)
        return Error::invalidInput(QCoreApplication::translate(
                                       "SandboxOrders", "An order needs at least one adult."))
            .at(OrderField::passengers());
    if (mix.total() > FlightSearchRequest::kMaxPassengers) {
        return Error::invalidInput(QCoreApplication::translate(
                                       "SandboxOrders", "One order takes at most %1 passengers.")
                                       .arg(FlightSearchRequest::kMaxPassengers))
            .at(OrderField::passengers());
    }
    if (mix.infants > mix.adults)
        return Error::invalidInput(QCoreApplication::translate(
                                       "SandboxOrders",
                                       "Each infant travels on an adult's lap: add an adult or "
                                       "remove an infant."))
            .at(OrderField::passengers());
    return mix;
}

Result<std::vector<OrderPassenger>> checkPassengers(std::vector<OrderPassenger> passengers,
                                                    const FlightOffer &offer,
                                                    const QDateTime &firstFlight)
{
    QHash<QString, PassengerType> onOffer;
    for (const OfferPassenger &p : offer.passengers)
        onOffer.insert(p.id, p.type);
    QSet<QString> used;
    for (int i = 0; i < int(passengers.size()); ++i) {
        OrderPassenger &p = passengers[std::size_t(i)];
        p.id = p.id.trimmed();
        if (p.id.isEmpty())
            continue;
        const QString field = OrderField::passenger(i, "id");
        if (!onOffer.contains(p.id))
            return Error::invalidInput(QCoreApplication::translate(
                                           "SandboxOrders",
                                           "This passenger is not on the offer; use the passenger "
                                           "ids the offer gives."))
                .at(field);
        if (onOffer.value(p.id) != p.type)
            return Error::invalidInput(
                       QCoreApplication::translate("SandboxOrders",
                                                   "This passenger is on the offer as another type "
                                                   "(adult, child or infant)."))
                .at(OrderField::passenger(i, "type"));
        if (used.contains(p.id))
            return Error::invalidInput(QCoreApplication::translate(
                                           "SandboxOrders", "Two passengers have the same id."))
                .at(field);
        used.insert(p.id);
    }
    for (OrderPassenger &p : passengers) {
        if (!p.id.isEmpty())
            continue;
        for (const OfferPassenger &o : offer.passengers) {
            if (o.type == p.type && !used.contains(o.id)) {
                p.id = o.id;
                used.insert(o.id);
                break;
            }
        }
    }
    const QDate day = firstFlight.date();
    for (int i = 0; i < int(passengers.size()); ++i) {
        OrderPassenger &p = passengers[std::size_t(i)];
        if (auto r = checkName(
                &p.givenName, i, "givenName",
                QT_TRANSLATE_NOOP("SandboxOrders", "Enter the given name as in the passport."));
            !r)
            return r.error();
        if (auto r = checkName(
                &p.familyName, i, "familyName",
                QT_TRANSLATE_NOOP("SandboxOrders", "Enter the family name as in the passport."));
            !r)
            return r.error();
        if (auto r = checkAge(p, i, day); !r)
            return r.error();
    }

    // Each infant on one adult's lap: the ones named first, then the rest in order.
    QHash<QString, int> infants; // id → index
    for (int i = 0; i < int(passengers.size()); ++i) {
        if (passengers[std::size_t(i)].type == PassengerType::Infant)
            infants.insert(passengers[std::size_t(i)].id, i);
    }
    QSet<QString> onLap;
    for (int i = 0; i < int(passengers.size()); ++i) {
        OrderPassenger &p = passengers[std::size_t(i)];
        p.infantPassengerId = p.infantPassengerId.trimmed();
        if (p.infantPassengerId.isEmpty())
            continue;
        const QString field = OrderField::passenger(i, "infantPassengerId");
        if (p.type != PassengerType::Adult || !infants.contains(p.infantPassengerId))
            return Error::invalidInput(QCoreApplication::translate(
                                           "SandboxOrders", "This is not an infant on this order."))
                .at(field);
        if (onLap.contains(p.infantPassengerId))
            return Error::invalidInput(
                       QCoreApplication::translate(
                           "SandboxOrders", "This infant is already on another adult's lap."))
                .at(field);
        onLap.insert(p.infantPassengerId);
    }
    for (const OrderPassenger &infant : passengers) {
        if (infant.type != PassengerType::Infant || onLap.contains(infant.id))
            continue;
        for (OrderPassenger &adult : passengers) {
            if (adult.type == PassengerType::Adult && adult.infantPassengerId.isEmpty()) {
                adult.infantPassengerId = infant.id;
                onLap.insert(infant.id);
                break;
            }
        }
    }
    return passengers;
}

Result<ChosenServices> checkServices(const std::vector<SelectedService> &selected,
                                     const PricedOffer &priced,
                                     const std::vector<OrderPassenger> &passengers,
                                     const SeatMapOf &seatMapOf)
{
    ChosenServices out;
    out.total = Money(0, priced.offer.price.currency());
    QHash<QString, const OrderPassenger *> byId;
    std::vector<const OrderPassenger *> seated;
    for (const OrderPassenger &p : passengers) {
        byId.insert(p.id, &p);
        if (p.type != PassengerType::Infant)
            seated.push_back(&p);
    }
    QSet<QString> segments;
    for (const Itinerary &it : priced.offer.itineraries) {
        for (const Segment &s : it.segments)
            segments.insert(s.id);
    }
    QHash<QString, SeatMap> maps;
    QSet<QString> chosen;         // service ids
    QSet<QString> seatedOnFlight; // passenger id + segment id
    for (int i = 0; i < int(selected.size()); ++i) {
        const SelectedService &want = selected[std::size_t(i)];
        const QString idField = OrderField::service(i, "id");
        const QString passengerField = OrderField::service(i, "passengerId");
        const Error unknown =
            Error::invalidInput(QCoreApplication::translate(
                                    "SandboxOrders", "This service is not sold with the offer."))
                .at(idField);
        if (chosen.contains(want.id))
            return Error::invalidInput(QCoreApplication::translate("SandboxOrders",
                                                                   "This service is chosen twice."))
                .at(idField);
        chosen.insert(want.id);
        int slice = 0;
        QString passengerId;
        QString segmentId;
        QString designator;
        if (parseBagServiceId(want.id, &slice, &passengerId)) {
            const OfferService *bag = nullptr;
            for (const OfferService &s : priced.services) {
                if (s.id == want.id && byId.contains(passengerId))
                    bag = &s;
            }
            if (!bag)
                return unknown;
            if (want.quantity < 1 || want.quantity > bag->maxQuantity) {
                return Error::invalidInput(
                           QCoreApplication::translate("SandboxOrders",
                                                       "Choose between 1 and %1 of this service.")
                               .arg(bag->maxQuantity))
                    .at(OrderField::service(i, "quantity"));
            }
            if (!want.passengerId.isEmpty() && want.passengerId != passengerId)
                return Error::invalidInput(
                           QCoreApplication::translate("SandboxOrders",
                                                       "This service is for another passenger."))
                    .at(passengerField);
            out.services.push_back({want.id, QStringLiteral("baggage"), QString(), want.quantity,
                                    bag->price * want.quantity, bag->passengerIds,
                                    bag->segmentIds});
            out.total += bag->price * want.quantity;
            continue;
        }
        if (!parseSeatServiceId(want.id, &segmentId, &designator) || !segments.contains(segmentId))
            return unknown;
        if (want.quantity != 1) {
            return Error::invalidInput(
                       QCoreApplication::translate("SandboxOrders",
                                                   "Choose between 1 and %1 of this service.")
                           .arg(1))
                .at(OrderField::service(i, "quantity"));
        }
        if (!maps.contains(segmentId)) {
            auto map = seatMapOf(segmentId);
            if (!map)
                return map.error();
            maps.insert(segmentId, std::move(map).value());
        }
        const SeatMapElement *seat = findSeat(maps[segmentId], designator);
        if (!seat || !seat->available || seat->prices.empty()) {
            return Error::invalidInput(
                       QCoreApplication::translate(
                           "SandboxOrders", "Seat %1 is taken or cannot be chosen; choose another.")
                           .arg(quotedInput(designator, 8)))
                .at(idField);
        }
        const OrderPassenger *who = nullptr;
        if (want.passengerId.isEmpty()) {
            if (seated.size() != 1)
                return Error::invalidInput(
                           QCoreApplication::translate("SandboxOrders",
                                                       "Say which passenger takes this seat."))
                    .at(passengerField);
            who = seated.front();
        } else {
            who = byId.value(want.passengerId.trimmed(), nullptr);
            if (!who)
                return Error::invalidInput(
                           QCoreApplication::translate("SandboxOrders",
                                                       "This passenger is not on the order."))
                    .at(passengerField);
        }
        if (who->type == PassengerType::Infant)
            return Error::invalidInput(
                       QCoreApplication::translate(
                           "SandboxOrders", "An infant sits on an adult's lap and takes no seat."))
                .at(passengerField);
        if (!seat->disclosures.isEmpty() &&
            (who->type == PassengerType::Child || !who->infantPassengerId.isEmpty()))
            return Error::invalidInput(QCoreApplication::translate(
                                           "SandboxOrders",
                                           "Exit row seats are not for children or for passengers "
                                           "travelling with an infant; choose another seat."))
                .at(passengerField);
        if (seatedOnFlight.contains(who->id + u' ' + segmentId))
            return Error::invalidInput(
                       QCoreApplication::translate(
                           "SandboxOrders", "This passenger already has a seat on this flight."))
                .at(passengerField);
        seatedOnFlight.insert(who->id + u' ' + segmentId);
        SeatAssignment assignment;
        if (!flightOfSegment(segmentId, &assignment.flight, &assignment.date))
            return unknown;
        assignment.designator = designator;
        assignment.passengerId = who->id;
        out.seats.push_back(assignment);
        const Money price = seat->prices.front().price;
        out.services.push_back(
            {want.id, QStringLiteral("seat"), designator, 1, price, {who->id}, {segmentId}});
        out.total += price;
    }
    return out;
}

} // namespace tripdesk::sandbox
