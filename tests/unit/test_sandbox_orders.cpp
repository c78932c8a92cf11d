// Orders at the sandbox as booking code sees them: an order takes its seats and a cancellation
// or a lapsed hold gives them back; a price that changed is refused with nothing sold; a held
// order is paid before its deadline and not after; orders survive a restart and are found by
// their client reference; cancellations are quoted, then confirmed once.
#include "test_sandbox_orders_support.h"

#include "backend/suppliers/sandbox/inventory.h"

#include <QSqlQuery>

#include <QTemporaryDir>

using namespace tripdesk;
using namespace tripdesk::sandbox;
using namespace sandboxtest;
using namespace Qt::StringLiterals;

namespace {

QStringList flightsOf(const std::vector<Itinerary> &itineraries)
{
    QStringList out;
    for (const Itinerary &it : itineraries) {
        for (const Segment &s : it.segments)
            out << s.carrier + s.flightNumber + u' ' + s.departure.toString(Qt::ISODate);
    }
    return out;
}

} // namespace

class TestSandboxOrders : public QObject
{
    Q_OBJECT

    FixedClock m_clock{now()};

private Q_SLOTS:
    void init() { m_clock.set(now()); }

    void capabilitiesAreAllThere()
    {
        auto s = supplier(m_clock);
        const FlightSupplierCapabilities caps = s->capabilities();
        QVERIFY(caps.price && caps.seatMap && caps.order && caps.hold && caps.cancel);
    }

    void anInstantOrderTakesSeatsAndIssuesTickets()
    {
        QTemporaryDir dir;
        auto s = supplier(m_clock, dir.path());
        const FlightOffer offer = offerWithSeatsLeft(*s, 4, 8);
        const Passengers family{2, 1, 1};
        auto priced = pricedNow(*s, offer.id, family);
        QVERIFY(priced.ok());
        QCOMPARE(priced->offer.id, offer.id);
        QCOMPARE(int(priced->offer.passengers.size()), 4);
        QCOMPARE(priced->offer.passengers[3].id, u"pas_4"_s);
        QCOMPARE(priced->offer.passengers[3].type, PassengerType::Infant);

        QObject owner;
        OrderReply *reply = s->createOrder(
            request(*priced, family, OrderRequest::Kind::Instant, {}, u"booking-1"_s), &owner);
        QVERIFY(!reply->isFinished()); // never inside the call
        auto order = answer(reply);
        QVERIFY2(order.ok(), qPrintable(order.ok() ? QString() : order.error().message));
        QCOMPARE(order->status, OrderStatus::Confirmed);
        QCOMPARE(order->supplier, u"sandbox"_s);
        QVERIFY2(isBookingReference(order->bookingReference), qPrintable(order->bookingReference));
        QCOMPARE(order->total, priced->offer.price);
        QCOMPARE(order->clientReference, u"booking-1"_s);
        QCOMPARE(order->createdAt, now());
        QVERIFY(!order->payBy.isValid());
        QCOMPARE(flightsOf(order->itineraries), flightsOf(offer.itineraries));
        QCOMPARE(int(order->ticketNumbers.size()), 4);
        for (const QString &t : order->ticketNumbers)
            QVERIFY2(isTicketNumber(t), qPrintable(t));
        QStringList ids;
        for (const OrderPassenger &p : order->passengers)
            ids << p.id;
        QCOMPARE(ids, QStringList({u"pas_1"_s, u"pas_2"_s, u"pas_3"_s, u"pas_4"_s}));
        // The infant sits on the first adult's lap.
        QCOMPARE(order->passengers[0].infantPassengerId, u"pas_4"_s);
        // Three seats went (the infant takes none).
        QCOMPARE(seatsLeft(*s, offer.id), offer.seatsLeft - 3);
    }

    void aChangedPriceIsRefusedAndNothingIsSold()
    {
        QTemporaryDir dir;
        auto s = supplier(m_clock, dir.path());
        const FlightOffer offer = offerWithSeatsLeft(*s, 3, 8);
        auto priced = pricedNow(*s, offer.id, Passengers{});
        QVERIFY(priced.ok());
        OrderRequest r = request(*priced, Passengers{}, OrderRequest::Kind::Instant, {}, u"x"_s);
        r.payment = r.payment - Money(100, r.payment.currency());
        auto order = createNow(*s, r);
        QVERIFY(!order.ok());
        QCOMPARE(order.error().kind, Error::Kind::InvalidInput);
        QCOMPARE(order.error().field, u"payment"_s);
        QVERIFY2(order.error().message.contains(priced->offer.price.toDisplayString(QLocale())),
                 qPrintable(order.error().message));
        QCOMPARE(seatsLeft(*s, offer.id), offer.seatsLeft);
        QCOMPARE(findNow(*s, u"x"_s).error().kind, Error::Kind::NotFound);
        // Paying the price books it.
        r.payment = priced->offer.price;
        QVERIFY(createNow(*s, r).ok());
        QCOMPARE(seatsLeft(*s, offer.id), offer.seatsLeft - 1);
    }

    void cancellingIsQuotedThenConfirmedOnce()
    {
        QTemporaryDir dir;
        auto s = supplier(m_clock, dir.path());
        const FlightOffer offer = offerWithSeatsLeft(*s, 3, 8);
        const Passengers two{2, 0, 0};
        auto priced = pricedNow(*s, offer.id, two);
        QVERIFY(priced.ok());
        auto order = createNow(*s, request(*priced, two));
        QVERIFY(order.ok());
        QCOMPARE(seatsLeft(*s, offer.id), offer.seatsLeft - 2);

        auto quote = quoteNow(*s, order->id);
        QVERIFY(quote.ok());
        QCOMPARE(quote->orderId, order->id);
        QVERIFY(!quote->isConfirmed());
        QCOMPARE(quote->expiresAt, now().addSecs(15 * 60));
        // Refundable: the total less the penalty; not refundable: the taxes alone.
        Money expected = order->total - order->conditions.refundPenalty.value_or(
                                            Money(0, order->total.currency()));
        if (!order->conditions.refundable) {
            expected = Money(0, order->total.currency());
            for (const PassengerFare &f : priced->offer.fares)
                expected += f.taxes * f.count;
        }
        QCOMPARE(quote->refund, expected);
        QVERIFY(quote->refund < order->total);
        // A quote changes nothing yet.
        QCOMPARE(orderNow(*s, order->id)->status, OrderStatus::Confirmed);
        QCOMPARE(seatsLeft(*s, offer.id), offer.seatsLeft - 2);

        m_clock.advanceSecs(60);
        auto confirmed = confirmNow(*s, quote->id);
        QVERIFY(confirmed.ok());
        QCOMPARE(confirmed->confirmedAt, now().addSecs(60));
        QCOMPARE(confirmed->refund, quote->refund);
        auto after = orderNow(*s, order->id);
        QCOMPARE(after->status, OrderStatus::Cancelled);
        QCOMPARE(after->cancelledAt, now().addSecs(60));
        // The seats are back, and a new search sees the fare again.
        QCOMPARE(seatsLeft(*s, offer.id), offer.seatsLeft);
        const Segment &seg = offer.itineraries.front().segments.front();
        const auto again = s->searchNow(
            oneWay(seg.origin, seg.destination,
                   seg.departure.toTimeZone(reference()->timeZone(seg.origin)).date()));
        QVERIFY(again.ok());
        bool seen = false;
        for (const FlightOffer &o : again.value())
            seen = seen || (o.id == offer.id && o.seatsLeft == offer.seatsLeft);
        QVERIFY(seen);

        // Twice is an error, and so is cancelling a cancelled order.
        auto twice = confirmNow(*s, quote->id);
        QVERIFY(!twice.ok());
        QVERIFY2(twice.error().message.contains(u"already confirmed"_s),
                 qPrintable(twice.error().message));
        QCOMPARE(seatsLeft(*s, offer.id), offer.seatsLeft);
        auto requote = quoteNow(*s, order->id);
        QVERIFY(!requote.ok());
        QVERIFY(requote.error().message.contains(u"already cancelled"_s));
        QCOMPARE(confirmNow(*s, u"orc_unknown"_s).error().kind, Error::Kind::NotFound);
    }

    void anExpiredQuoteIsRefused()
    {
        QTemporaryDir dir;
        auto s = supplier(m_clock, dir.path());
        const FlightOffer offer = offerWithSeatsLeft(*s, 3, 8);
        auto priced = pricedNow(*s, offer.id, Passengers{});
        auto order = createNow(*s, request(*priced, Passengers{}));
        QVERIFY(order.ok());
        auto quote = quoteNow(*s, order->id);
        QVERIFY(quote.ok());
        m_clock.advanceSecs(16 * 60);
        auto late = confirmNow(*s, quote->id);
        QVERIFY(!late.ok());
        QCOMPARE(late.error().kind, Error::Kind::InvalidInput);
        QVERIFY2(late.error().message.contains(u"expired"_s), qPrintable(late.error().message));
        QCOMPARE(orderNow(*s, order->id)->status, OrderStatus::Confirmed);
        // A fresh quote can be confirmed.
        auto fresh = quoteNow(*s, order->id);
        QVERIFY(fresh.ok());
        QVERIFY(confirmNow(*s, fresh->id).ok());
    }

    void aLapsedHoldGivesItsSeatsBack()
    {
        QTemporaryDir dir;
        auto s = supplier(m_clock, dir.path());
        auto untouched = supplier(m_clock); // no sales: what the flight has without the hold
        const FlightOffer offer = offerWithSeatsLeft(*s, 3, 8);
        const Passengers two{2, 0, 0};
        auto priced = pricedNow(*s, offer.id, two);
        QVERIFY(priced.ok());
        QVERIFY(priced->holdable);
        QCOMPARE(priced->payBy, now().addSecs(24 * 3600));
        QCOMPARE(priced->priceGuaranteedUntil, priced->offer.expiresAt);
        auto held = createNow(*s, request(*priced, two, OrderRequest::Kind::Hold, {}, u"h1"_s));
        QVERIFY2(held.ok(), qPrintable(held.ok() ? QString() : held.error().message));
        QCOMPARE(held->status, OrderStatus::Held);
        QCOMPARE(held->payBy, priced->payBy);
        QVERIFY(held->ticketNumbers.isEmpty());
        QCOMPARE(seatsLeft(*s, offer.id), offer.seatsLeft - 2);

        // One second before the deadline the seats are still held.
        m_clock.set(held->payBy.addSecs(-1));
        QCOMPARE(orderNow(*s, held->id)->status, OrderStatus::Held);
        QCOMPARE(seatsTaken(*s, offer.id), seatsTaken(*untouched, offer.id) + 2);

        // Once it has passed, the next search settles it: the seats are back.
        m_clock.set(held->payBy.addSecs(1));
        const Segment &seg = offer.itineraries.front().segments.front();
        const auto trip =
            oneWay(seg.origin, seg.destination,
                   seg.departure.toTimeZone(reference()->timeZone(seg.origin)).date());
        const auto found = s->searchNow(trip);
        const auto baseline = untouched->searchNow(trip);
        QVERIFY(found.ok() && baseline.ok());
        QCOMPARE(found->size(), baseline->size());
        for (std::size_t i = 0; i < found->size(); ++i) {
            QCOMPARE((*found)[i].id, (*baseline)[i].id);
            QCOMPARE((*found)[i].seatsLeft, (*baseline)[i].seatsLeft);
        }
        QCOMPARE(seatsTaken(*s, offer.id), seatsTaken(*untouched, offer.id));
        auto lapsed = orderNow(*s, held->id);
        QCOMPARE(lapsed->status, OrderStatus::Expired);
        QCOMPARE(lapsed->payBy, held->payBy);
        // Paying now says the hold lapsed.
        auto late = payNow(*s, held->id, held->total);
        QVERIFY(!late.ok());
        QVERIFY2(late.error().message.contains(u"lapsed"_s), qPrintable(late.error().message));
        QCOMPARE(findNow(*s, u"h1"_s)->status, OrderStatus::Expired);
    }

    void aLapsedHoldIsSettledByAnyCall()
    {
        // No search in between: looking the order up is what finds it lapsed.
        QTemporaryDir dir;
        auto s = supplier(m_clock, dir.path());
        const FlightOffer offer = offerWithSeatsLeft(*s, 3, 8);
        auto priced = pricedNow(*s, offer.id, Passengers{});
        auto held = createNow(*s, request(*priced, Passengers{}, OrderRequest::Kind::Hold));
        QVERIFY(held.ok());
        m_clock.set(held->payBy);
        QCOMPARE(orderNow(*s, held->id)->status, OrderStatus::Expired);
        // And another process on the same file sees it so too.
        auto other = supplier(m_clock, dir.path());
        QCOMPARE(orderNow(*other, held->id)->status, OrderStatus::Expired);
    }

    void aHeldOrderIsPaidBeforeItsDeadline()
    {
        QTemporaryDir dir;
        auto s = supplier(m_clock, dir.path());
        const FlightOffer offer = offerWithSeatsLeft(*s, 3, 8);
        const Passengers two{2, 0, 0};
        auto priced = pricedNow(*s, offer.id, two);
        auto held = createNow(*s, request(*priced, two, OrderRequest::Kind::Hold));
        QVERIFY(held.ok());
        auto quote = quoteNow(*s, held->id); // made while nothing is paid: refunds nothing
        QVERIFY(quote.ok());
        QCOMPARE(quote->refund.minorUnits(), 0);
        m_clock.advanceSecs(3600);
        auto wrong = payNow(*s, held->id, held->total - Money(1, held->total.currency()));
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().field, u"amount"_s);
        QCOMPARE(orderNow(*s, held->id)->status, OrderStatus::Held);

        auto paid = payNow(*s, held->id, held->total);
        QVERIFY2(paid.ok(), qPrintable(paid.ok() ? QString() : paid.error().message));
        QCOMPARE(paid->status, OrderStatus::Confirmed);
        QCOMPARE(int(paid->ticketNumbers.size()), 2);
        for (const QString &t : paid->ticketNumbers)
            QVERIFY(isTicketNumber(t));
        QVERIFY(!paid->payBy.isValid());
        QCOMPARE(paid->bookingReference, held->bookingReference);
        QVERIFY(payNow(*s, held->id, held->total).error().message.contains(u"already paid"_s));
        // The quote made before the payment can no longer cancel it for nothing.
        QVERIFY(!confirmNow(*s, quote->id).ok());
        // Past the old deadline a paid order keeps its seats.
        m_clock.set(held->payBy.addDays(1));
        QCOMPARE(orderNow(*s, held->id)->status, OrderStatus::Confirmed);
        FixedClock then(held->payBy.addDays(1));
        auto untouched = supplier(then);
        QCOMPARE(seatsTaken(*s, offer.id), seatsTaken(*untouched, offer.id) + 2);
    }

    void ordersSurviveReopening()
    {
        QTemporaryDir dir;
        Order made;
        FlightOffer offer;
        {
            auto s = supplier(m_clock, dir.path());
            offer = offerWithSeatsLeft(*s, 3, 8);
            const Passengers two{2, 0, 0};
            auto priced = pricedNow(*s, offer.id, two);
            auto order = createNow(
                *s, request(*priced, two, OrderRequest::Kind::Instant,
                            {SelectedService{priced->services[0].id, 1, QString(), QString()}},
                            u"agency-42"_s));
            QVERIFY(order.ok());
            made = order.value();
        }
        auto s = supplier(m_clock, dir.path());
        auto again = orderNow(*s, made.id);
        QVERIFY(again.ok());
        QCOMPARE(again->bookingReference, made.bookingReference);
        QCOMPARE(again->status, OrderStatus::Confirmed);
        QCOMPARE(again->total, made.total);
        QCOMPARE(again->ticketNumbers, made.ticketNumbers);
        QCOMPARE(again->clientReference, u"agency-42"_s);
        QCOMPARE(again->createdAt, made.createdAt);
        QCOMPARE(flightsOf(again->itineraries), flightsOf(made.itineraries));
        QCOMPARE(again->conditions.refundable, made.conditions.refundable);
        QCOMPARE(again->conditions.refundPenalty, made.conditions.refundPenalty);
        QCOMPARE(int(again->passengers.size()), 2);
        QCOMPARE(again->passengers[1].familyName, made.passengers[1].familyName);
        QCOMPARE(again->passengers[1].bornOn, QDate(1980, 5, 1));
        QCOMPARE(again->passengers[1].email, u"traveller@example.com"_s);
        QVERIFY(again->passengers[1].passportNumber.isEmpty()); // never kept
        QCOMPARE(int(again->services.size()), 1);
        QCOMPARE(again->services[0].id, made.services[0].id);
        QCOMPARE(again->services[0].total, made.services[0].total);
        QCOMPARE(findNow(*s, u"agency-42"_s)->id, made.id);
        QCOMPARE(seatsLeft(*s, offer.id), offer.seatsLeft - 2);
    }

    // A sales file from before orders existed gains the order tables and keeps what it sold.
    void anOlderSalesFileGainsOrders()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sandbox.sqlite"_s);
        auto fresh = supplier(m_clock);
        const FlightOffer offer = offerWithSeatsLeft(*fresh, 5, 8);
        {
            MigrationSet first = Inventory::migrations();
            first.steps.resize(1);
            auto old = Database::open(path, {first});
            QVERIFY(old.ok());
            QCOMPARE(old.value()->schemaVersion(u"sandbox"_s), 1);
            // "sbx_AI101.DEL.20261224.M": three seats of that class sold before.
            const QStringList parts = offer.id.mid(4).split(u'.');
            QSqlQuery q(old.value()->database());
            q.prepare(u"INSERT INTO sandbox_sold_seats VALUES (?, ?, ?, ?, 3)"_s);
            q.addBindValue(QString::number(kSeed));
            q.addBindValue(parts[0]);
            q.addBindValue(QDate::fromString(parts[2], u"yyyyMMdd"_s).toString(Qt::ISODate));
            q.addBindValue(parts[3]);
            QVERIFY(q.exec());
        }
        auto s = supplier(m_clock, dir.path());
        QVERIFY(!s->storageError());
        QCOMPARE(seatsLeft(*s, offer.id), offer.seatsLeft - 3);
        auto priced = pricedNow(*s, offer.id, Passengers{});
        auto order = createNow(*s, request(*priced, Passengers{}));
        QVERIFY(order.ok());
        QCOMPARE(seatsLeft(*s, offer.id), offer.seatsLeft - 4);
        auto reopened = Database::open(path, {Inventory::migrations()});
        QCOMPARE(reopened.value()->schemaVersion(u"sandbox"_s), 2);
    }

    void findOrderByClientReference()
    {
        QTemporaryDir dir;
        auto s = supplier(m_clock, dir.path());
        auto missing = findNow(*s, u"never-used"_s);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, Error::Kind::NotFound);
        QVERIFY(missing.error().message.contains(u"never-used"_s));
        QCOMPARE(orderNow(*s, u"ord_nothing"_s).error().kind, Error::Kind::NotFound);

        const FlightOffer offer = offerWithSeatsLeft(*s, 3, 8);
        auto priced = pricedNow(*s, offer.id, Passengers{});
        auto first = createNow(
            *s, request(*priced, Passengers{}, OrderRequest::Kind::Instant, {}, u"ref-7"_s));
        QVERIFY(first.ok());
        QCOMPARE(findNow(*s, u"ref-7"_s)->id, first->id);
        // The same reference again is a second attempt at the same booking: refused, and the
        // message points to the order that exists.
        auto second = createNow(
            *s, request(*priced, Passengers{}, OrderRequest::Kind::Instant, {}, u"ref-7"_s));
        QVERIFY(!second.ok());
        QCOMPARE(second.error().field, u"clientReference"_s);
        QVERIFY(second.error().message.contains(first->bookingReference));
        QCOMPARE(seatsLeft(*s, offer.id), offer.seatsLeft - 1);
    }
};

QTEST_GUILESS_MAIN(TestSandboxOrders)
#include "test_sandbox_orders.moc"
