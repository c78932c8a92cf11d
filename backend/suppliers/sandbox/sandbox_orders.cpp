#include "backend/suppliers/sandbox/sandbox_orders.h"

#include "backend/core/logging.h"
#include "backend/suppliers/sandbox/offer_services.h"
#include "backend/suppliers/sandbox/order_checks.h"
#include "backend/suppliers/sandbox/rng.h"
#include "backend/suppliers/sandbox/seat_map_builder.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRandomGenerator>

namespace tripdesk::sandbox {

namespace {

const QString kRefundTo = QStringLiteral("original_form_of_payment");
// Booking references leave out 0, O, 1 and I, which are read for one another over the phone.
constexpr char kReferenceLetters[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

QString randomText(const char *alphabet, int length)
{
    const auto size = quint32(qstrlen(alphabet));
    QString out;
    for (int i = 0; i < length; ++i)
        out += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(size)]);
    return out;
}

QString newId(const char *prefix)
{
    return QLatin1StringView(prefix) + randomText("abcdefghijklmnopqrstuvwxyz0123456789", 20);
}

QString shown(const Money &money)
{
    return money.toDisplayString(QLocale());
}

QString shown(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

Error priceChanged(const Money &now, const QString &field)
{
    return Error::invalidInput(QCoreApplication::translate("SandboxOrders",
                                                           "The price is now %1 with the services "
                                                           "chosen. Check it again before booking.")
                                   .arg(shown(now)),
                               QStringLiteral("price changed: %1").arg(now.toDecimalString()))
        .at(field);
}

Error lapsed(const QDateTime &payBy)
{
    return Error::invalidInput(
        QCoreApplication::translate("SandboxOrders",
                                    "The hold on this order lapsed at %1 UTC and its seats were "
                                    "given back. Search again to book these flights.")
            .arg(shown(payBy)),
        QStringLiteral("hold lapsed"));
}

Error alreadyCancelled()
{
    return Error::invalidInput(
        QCoreApplication::translate("SandboxOrders", "This order is already cancelled."),
        QStringLiteral("order cancelled"));
}

// Why an order in `status` cannot be paid or cancelled; none for a live order.
std::optional<Error> notLive(const StoredOrder &s)
{
    switch (s.order.status) {
    case OrderStatus::Held:
    case OrderStatus::Confirmed:
        return std::nullopt;
    case OrderStatus::Cancelled:
        return alreadyCancelled();
    case OrderStatus::Expired:
        return lapsed(s.order.payBy);
    }
    return std::nullopt;
}

} // namespace

SandboxOrders::SandboxOrders(Inventory &inventory, const ReferenceData &reference,
                             const FareModel &fares, const Clock &clock, quint64 world,
                             std::optional<Error> unusable)
    : m_inventory(inventory)
    , m_reference(reference)
    , m_fares(fares)
    , m_clock(clock)
    , m_unusable(std::move(unusable))
{
    if (Database *db = inventory.database(); db && !m_unusable)
        m_store.emplace(*db, world);
}

Result<void> SandboxOrders::usable() const
{
    if (m_unusable)
        return *m_unusable;
    if (!m_store) {
        return Error::unavailable(
            QCoreApplication::translate("SandboxOrders",
                                        "The sandbox can book only with a data folder to keep its "
                                        "orders in; start TripDesk with one."),
            QStringLiteral("no sandbox data folder"));
    }
    return {};
}

Result<void> SandboxOrders::expireLapsed()
{
    if (!m_store)
        return {};
    const QDateTime now = m_clock.nowUtc();
    auto ids = m_store->lapsedHolds(now);
    if (!ids)
        return ids.error();
    for (const QString &id : ids.value()) {
        auto stored = m_store->byId(id);
        if (!stored)
            return stored.error();
        if (!*stored)
            continue;
        auto released = m_inventory.release((*stored)->sold, [&]() -> Result<bool> {
            auto moved = m_store->setStatus(id, {OrderStatus::Held}, OrderStatus::Expired, now);
            if (!moved || !moved.value())
                return moved;
            if (auto r = m_store->freeChosenSeats(id); !r)
                return r.error();
            return true;
        });
        if (!released)
            return released;
        qCInfo(lcSandbox) << "a sandbox hold lapsed and gave its seats back:" << id;
    }
    return {};
}

Result<StoredOrder> SandboxOrders::load(const QString &orderId) const
{
    auto stored = m_store->byId(orderId.trimmed());
    if (!stored)
        return stored.error();
    if (!*stored) {
        return Error::notFound(
            QCoreApplication::translate("SandboxOrders", "No sandbox order has the id “%1”.")
                .arg(quotedInput(orderId)),
            QStringLiteral("unknown sandbox order"));
    }
    return std::move(*stored).value();
}

Order SandboxOrders::toOrder(const Schedule &schedule, StoredOrder stored) const
{
    Order order = std::move(stored.order);
    if (auto decoded = decodeOffer(schedule, stored.offerId)) {
        const OfferBuilder builder(schedule, m_fares, m_clock.nowUtc());
        for (const Journey &j : decoded->slices)
            order.itineraries.push_back(builder.itinerary(j));
    }
    if (order.status != OrderStatus::Held && order.status != OrderStatus::Expired)
        order.payBy = QDateTime();
    return order;
}

Result<QString> SandboxOrders::newBookingReference() const
{
    for (int attempt = 0; attempt < 20; ++attempt) {
        const QString reference = randomText(kReferenceLetters, 6);
        auto taken = m_store->bookingReferenceTaken(reference);
        if (!taken)
            return taken.error();
        if (!taken.value())
            return reference;
    }
    return Error::internal(
        QCoreApplication::translate("SandboxOrders",
                                    "The sandbox could not make a booking reference. Try again."),
        QStringLiteral("booking references exhausted"));
}

QStringList SandboxOrders::ticketNumbers(const Order &order) const
{
    // The validating airline's three-digit accounting code, made up for the sandbox's airlines.
    QString carrier;
    if (!order.itineraries.empty() && !order.itineraries.front().segments.empty())
        carrier = order.itineraries.front().segments.front().carrier;
    const quint64 c0 = carrier.size() > 0 ? carrier[0].unicode() : 0;
    const quint64 c1 = carrier.size() > 1 ? carrier[1].unicode() : 0;
    const QString airline = QString::number(100 + mixHash({c0, c1}) % 900);
    QStringList out;
    for (std::size_t i = 0; i < order.passengers.size(); ++i) {
        const quint64 serial = QRandomGenerator::system()->generate64() % 10000000000ULL;
        out << airline + QStringLiteral("%1").arg(serial, 10, 10, QLatin1Char('0'));
    }
    return out;
}

Result<std::vector<SeatMap>> SandboxOrders::seatMaps(const Schedule &schedule,
                                                     const QString &offerId)
{
    if (auto r = expireLapsed(); !r)
        return r.error();
    auto decoded = decodeOffer(schedule, offerId);
    if (!decoded)
        return decoded.error();
    const Availability availability(schedule, m_inventory.snapshot(), m_clock.nowUtc());
    const SeatMapBuilder builder(schedule, availability, m_fares);
    std::vector<SeatMap> maps;
    for (const Journey &j : decoded->slices) {
        for (int k = 0; k < j.count; ++k) {
            const JourneySegment &s = j.segments[std::size_t(k)];
            QSet<QString> chosen;
            if (m_store) {
                const BookedSeats flight =
                    bookedSeats(schedule, {s.leg, s.localDay, s.cabin, 0}, 0);
                auto taken = m_store->chosenSeats(flight.flight, flight.date);
                if (!taken)
                    return taken.error();
                chosen = std::move(taken).value();
            }
            maps.push_back(
                builder.build({s.leg, s.localDay, s.cabin, segmentId(schedule, s)}, chosen));
        }
    }
    return maps;
}

Result<Order> SandboxOrders::create(const Schedule &schedule, const OrderRequest &request)
{
    if (auto r = usable(); !r)
        return r.error();
    if (auto r = expireLapsed(); !r)
        return r.error();
    auto mix = passengerMix(request.passengers);
    if (!mix)
        return mix.error();
    const QDateTime now = m_clock.nowUtc();
    const SearchInputs inputs{schedule, m_reference, m_inventory.snapshot(), m_fares, now};
    DecodedOffer decoded;
    auto offer = priceOffer(inputs, request.offerId, *mix, &decoded);
    if (!offer)
        return offer.error().kind == Error::Kind::NotFound
                   ? offer.error().at(QStringLiteral("offerId"))
                   : offer.error();
    const bool hold = request.kind == OrderRequest::Kind::Hold;
    const PricedOffer priced = pricedOffer(schedule, m_fares, offer.value(), decoded, now);
    const QDateTime departure = priced.offer.itineraries.front().departure();
    // Another class is open now: the fare asked for has gone, and so has its price.
    if (priced.offer.id != request.offerId)
        return priceChanged(priced.offer.price,
                            hold ? QStringLiteral("offerId") : QStringLiteral("payment"));
    auto people = checkPassengers(request.passengers, priced.offer, departure);
    if (!people)
        return people.error();
    const Availability availability(schedule, inputs.sold, now);
    const SeatMapBuilder seatMaps(schedule, availability, m_fares);
    const auto seatMapOf = [&](const QString &wanted) -> Result<SeatMap> {
        for (const Journey &j : decoded.slices) {
            for (int k = 0; k < j.count; ++k) {
                const JourneySegment &s = j.segments[std::size_t(k)];
                if (segmentId(schedule, s) != wanted)
                    continue;
                const BookedSeats flight =
                    bookedSeats(schedule, {s.leg, s.localDay, s.cabin, 0}, 0);
                auto chosen = m_store->chosenSeats(flight.flight, flight.date);
                if (!chosen)
                    return chosen.error();
                return seatMaps.build({s.leg, s.localDay, s.cabin, wanted}, chosen.value());
            }
        }
        return Error::internal(QStringLiteral("no such segment"), wanted);
    };
    auto chosen = checkServices(request.services, priced, *people, seatMapOf);
    if (!chosen)
        return chosen.error();
    const Money total = priced.offer.price + chosen->total;
    if (hold && !priced.holdable) {
        return Error::invalidInput(
                   QCoreApplication::translate("SandboxOrders",
                                               "This offer cannot be held: its first flight leaves "
                                               "within %n day(s). Pay for it now instead.",
                                               nullptr, kHoldableAfterDays),
                   QStringLiteral("not holdable"))
            .at(QStringLiteral("kind"));
    }
    if (!hold && request.payment != total)
        return priceChanged(total, QStringLiteral("payment"));
    const QString clientReference = request.clientReference.trimmed();
    if (auto existing = m_store->byClientReference(clientReference); !existing) {
        return existing.error();
    } else if (*existing) {
        return Error::invalidInput(
                   QCoreApplication::translate("SandboxOrders",
                                               "An order was already made with this reference "
                                               "(%1); look it up instead of booking again.")
                       .arg((*existing)->order.bookingReference),
                   QStringLiteral("client reference used"))
            .at(QStringLiteral("clientReference"));
    }
    auto reference = newBookingReference();
    if (!reference)
        return reference.error();

    StoredOrder stored;
    Order &order = stored.order;
    order.id = newId("ord_");
    order.supplier = QStringLiteral("sandbox");
    order.bookingReference = reference.value();
    order.status = hold ? OrderStatus::Held : OrderStatus::Confirmed;
    order.total = total;
    order.itineraries = priced.offer.itineraries;
    order.passengers = std::move(people).value();
    for (OrderPassenger &p : order.passengers)
        p.passportNumber.clear();
    order.services = chosen->services;
    order.conditions = priced.offer.conditions;
    if (!hold)
        order.ticketNumbers = ticketNumbers(order);
    order.createdAt = now;
    order.payBy = hold ? priced.payBy : QDateTime();
    order.clientReference = clientReference;
    stored.offerId = request.offerId;
    stored.taxes = Money(0, total.currency());
    for (const PassengerFare &f : priced.offer.fares)
        stored.taxes += f.taxes * f.count;
    stored.seats = mix->seated();
    stored.departsAt = departure;
    stored.seatsChosen = chosen->seats;
    std::vector<SeatSale> sales;
    for (const Journey &j : decoded.slices) {
        for (int k = 0; k < j.count; ++k) {
            const JourneySegment &s = j.segments[std::size_t(k)];
            sales.push_back({s.leg, s.localDay, s.cabin, s.classIndex});
            stored.sold.push_back(bookedSeats(schedule, sales.back(), stored.seats));
        }
    }
    auto sold = m_inventory.sell(schedule, sales, stored.seats, now, request.offerId, [&] {
        // Another process may have taken a chosen seat since the seat map was read.
        for (const SeatAssignment &a : stored.seatsChosen) {
            auto taken = m_store->chosenSeats(a.flight, a.date);
            if (!taken)
                return Result<void>(taken.error());
            if (taken->contains(a.designator)) {
                return Result<void>(
                    Error::invalidInput(QCoreApplication::translate(
                                            "SandboxOrders",
                                            "Seat %1 is taken or cannot be chosen; choose another.")
                                            .arg(a.designator))
                        .at(QStringLiteral("services")));
            }
        }
        return m_store->insert(stored);
    });
    if (!sold)
        return sold.error();
    qCInfo(lcSandbox) << "sandbox order" << order.id << orderStatusToString(order.status);
    return order;
}

Result<Order> SandboxOrders::pay(const Schedule &schedule, const QString &orderId,
                                 const Money &amount)
{
    if (auto r = usable(); !r)
        return r.error();
    if (auto r = expireLapsed(); !r)
        return r.error();
    auto stored = load(orderId);
    if (!stored)
        return stored.error();
    if (auto why = notLive(*stored))
        return *why;
    if (stored->order.status == OrderStatus::Confirmed) {
        return Error::invalidInput(
            QCoreApplication::translate("SandboxOrders", "This order is already paid for."),
            QStringLiteral("already paid"));
    }
    if (amount != stored->order.total) {
        return Error::invalidInput(QCoreApplication::translate(
                                       "SandboxOrders", "This order costs %1; pay exactly that.")
                                       .arg(shown(stored->order.total)),
                                   QStringLiteral("wrong amount: %1").arg(amount.toDecimalString()))
            .at(QStringLiteral("amount"));
    }
    Order order = toOrder(schedule, *stored);
    const QStringList tickets = ticketNumbers(order);
    const QDateTime now = m_clock.nowUtc();
    bool paid = false;
    auto written = m_inventory.database()->transaction([&]() -> Result<void> {
        auto marked = m_store->markPaid(stored->order.id, now, tickets);
        if (!marked)
            return marked.error();
        paid = marked.value();
        return {};
    });
    if (!written)
        return written.error();
    if (!paid) // another process settled it first: say what it is now
        return pay(schedule, orderId, amount);
    return get(schedule, stored->order.id);
}

Result<Order> SandboxOrders::get(const Schedule &schedule, const QString &orderId)
{
    if (auto r = usable(); !r)
        return r.error();
    if (auto r = expireLapsed(); !r)
        return r.error();
    auto stored = load(orderId);
    if (!stored)
        return stored.error();
    return toOrder(schedule, std::move(stored).value());
}

Result<Order> SandboxOrders::find(const Schedule &schedule, const QString &clientReference)
{
    if (auto r = usable(); !r)
        return r.error();
    if (auto r = expireLapsed(); !r)
        return r.error();
    auto stored = m_store->byClientReference(clientReference.trimmed());
    if (!stored)
        return stored.error();
    if (!*stored) {
        return Error::notFound(
            QCoreApplication::translate("SandboxOrders",
                                        "No sandbox order was made with the reference “%1”.")
                .arg(quotedInput(clientReference)),
            QStringLiteral("unknown client reference"));
    }
    return toOrder(schedule, std::move(*stored).value());
}

Result<OrderCancellation> SandboxOrders::quoteCancellation(const Schedule &, const QString &orderId)
{
    if (auto r = usable(); !r)
        return r.error();
    if (auto r = expireLapsed(); !r)
        return r.error();
    auto stored = load(orderId);
    if (!stored)
        return stored.error();
    if (auto why = notLive(*stored))
        return *why;
    const QDateTime now = m_clock.nowUtc();
    if (now >= stored->departsAt) {
        return Error::invalidInput(
            QCoreApplication::translate(
                "SandboxOrders",
                "The first flight has left; this order can no longer be cancelled."),
            QStringLiteral("departed"));
    }
    const Order &o = stored->order;
    OrderCancellation c;
    c.id = newId("orc_");
    c.orderId = o.id;
    c.refundTo = kRefundTo;
    c.expiresAt = now.addSecs(qint64(kCancellationQuoteMinutes) * 60);
    if (o.status == OrderStatus::Held) {
        c.refund = Money(0, o.total.currency());
    } else if (o.conditions.refundable) {
        const Money penalty = o.conditions.refundPenalty.value_or(Money(0, o.total.currency()));
        c.refund = penalty < o.total ? o.total - penalty : Money(0, o.total.currency());
    } else {
        c.refund = stored->taxes;
    }
    auto written = m_inventory.database()->transaction(
        [&]() -> Result<void> { return m_store->insertCancellation(c); });
    if (!written)
        return written.error();
    return c;
}

Result<OrderCancellation> SandboxOrders::confirmCancellation(const Schedule &,
                                                             const QString &cancellationId)
{
    if (auto r = usable(); !r)
        return r.error();
    if (auto r = expireLapsed(); !r)
        return r.error();
    auto quote = m_store->cancellation(cancellationId.trimmed());
    if (!quote)
        return quote.error();
    if (!*quote) {
        return Error::notFound(
            QCoreApplication::translate("SandboxOrders",
                                        "This cancellation is not known. Ask for a new quote."),
            QStringLiteral("unknown cancellation"));
    }
    OrderCancellation c = std::move(*quote).value();
    const Error confirmedBefore = Error::invalidInput(
        QCoreApplication::translate("SandboxOrders", "This cancellation was already confirmed."),
        QStringLiteral("confirmed twice"));
    if (c.isConfirmed())
        return confirmedBefore;
    const QDateTime now = m_clock.nowUtc();
    if (now >= c.expiresAt) {
        return Error::invalidInput(
            QCoreApplication::translate("SandboxOrders",
                                        "This cancellation quote expired at %1 UTC. Ask for a new "
                                        "one.")
                .arg(shown(c.expiresAt)),
            QStringLiteral("quote expired"));
    }
    auto stored = load(c.orderId);
    if (!stored)
        return stored.error();
    if (auto why = notLive(*stored))
        return *why;
    bool cancelled = false;
    auto released = m_inventory.release(stored->sold, [&]() -> Result<bool> {
        auto moved = m_store->setStatus(c.orderId, {OrderStatus::Held, OrderStatus::Confirmed},
                                        OrderStatus::Cancelled, now);
        if (!moved || !moved.value())
            return moved;
        if (auto r = m_store->freeChosenSeats(c.orderId); !r)
            return r.error();
        auto confirmed = m_store->confirmCancellation(c.id, now);
        if (!confirmed)
            return confirmed.error();
        if (!confirmed.value())
            return confirmedBefore;
        cancelled = true;
        return true;
    });
    if (!released)
        return released.error();
    if (!cancelled)
        return alreadyCancelled();
    c.confirmedAt = now;
    qCInfo(lcSandbox) << "sandbox order" << c.orderId << "cancelled";
    return c;
}

} // namespace tripdesk::sandbox
