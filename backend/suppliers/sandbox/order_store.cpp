#include "backend/suppliers/sandbox/order_store.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace tripdesk::sandbox {

namespace {

// Instants as ISO 8601 UTC text ("2026-11-26T09:00:00Z"), which sorts as time does.
QVariant instantText(const QDateTime &utc)
{
    return utc.isValid() ? QVariant(utc.toUTC().toString(Qt::ISODate)) : QVariant();
}

QDateTime instantFrom(const QVariant &text)
{
    return text.isNull() ? QDateTime()
                         : QDateTime::fromString(text.toString(), Qt::ISODate).toUTC();
}

QVariant dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QVariant optionalMinor(const std::optional<Money> &money)
{
    return money ? QVariant(money->minorUnits()) : QVariant();
}

std::optional<Money> optionalMoney(const QVariant &minor, const QString &currency)
{
    return minor.isNull() ? std::nullopt : std::optional(Money(minor.toLongLong(), currency));
}

OrderStatus statusFrom(const QString &text)
{
    for (OrderStatus s : {OrderStatus::Held, OrderStatus::Confirmed, OrderStatus::Cancelled,
                          OrderStatus::Expired}) {
        if (orderStatusToString(s) == text)
            return s;
    }
    return OrderStatus::Held;
}

// Binds in order; text that is null (a name not given) is written as empty text, not NULL.
void bindAll(QSqlQuery &q, std::initializer_list<QVariant> values)
{
    for (const QVariant &v : values) {
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            q.addBindValue(QString(u""_s));
        else
            q.addBindValue(v);
    }
}

Error failed(const char *what, const QSqlQuery &q)
{
    return Database::sqlError(QString::fromLatin1(what), q.lastError());
}

const QString kOrderColumns = QStringLiteral(
    "id, offer_id, booking_reference, client_reference, status, currency, total, taxes, seats,"
    " refundable, refund_penalty, changeable, change_penalty, departs_at, created_at, pay_by,"
    " cancelled_at");

} // namespace

QStringList orderTables()
{
    return {
        QStringLiteral("CREATE TABLE sandbox_orders ("
                       " id TEXT PRIMARY KEY,"
                       " world TEXT NOT NULL,"
                       " offer_id TEXT NOT NULL,"
                       " booking_reference TEXT NOT NULL UNIQUE,"
                       " client_reference TEXT NOT NULL DEFAULT '',"
                       " status TEXT NOT NULL," // held, confirmed, cancelled, expired
                       " currency TEXT NOT NULL,"
                       " total INTEGER NOT NULL," // minor units, fares and services
                       " taxes INTEGER NOT NULL,"
                       " seats INTEGER NOT NULL,"
                       " refundable INTEGER NOT NULL,"
                       " refund_penalty INTEGER," // null: none
                       " changeable INTEGER NOT NULL,"
                       " change_penalty INTEGER,"
                       " departs_at TEXT NOT NULL,"
                       " created_at TEXT NOT NULL,"
                       " pay_by TEXT," // held orders
                       " paid_at TEXT,"
                       " cancelled_at TEXT)"),
        QStringLiteral("CREATE UNIQUE INDEX sandbox_orders_by_client_reference"
                       " ON sandbox_orders (world, client_reference) WHERE client_reference <> ''"),
        QStringLiteral("CREATE INDEX sandbox_orders_by_pay_by"
                       " ON sandbox_orders (world, status, pay_by)"),
        QStringLiteral("CREATE TABLE sandbox_order_passengers ("
                       " order_id TEXT NOT NULL REFERENCES sandbox_orders (id),"
                       " position INTEGER NOT NULL,"
                       " passenger_id TEXT NOT NULL,"
                       " type TEXT NOT NULL,"
                       " title TEXT NOT NULL,"
                       " given_name TEXT NOT NULL,"
                       " family_name TEXT NOT NULL,"
                       " born_on TEXT NOT NULL,"
                       " gender TEXT NOT NULL,"
                       " email TEXT NOT NULL,"
                       " phone TEXT NOT NULL,"
                       " passport_country TEXT NOT NULL,"
                       " passport_expiry TEXT NOT NULL,"
                       " nationality TEXT NOT NULL,"
                       " infant_passenger_id TEXT NOT NULL,"
                       " ticket_number TEXT NOT NULL DEFAULT '',"
                       " PRIMARY KEY (order_id, position))"),
        QStringLiteral("CREATE TABLE sandbox_order_services ("
                       " order_id TEXT NOT NULL REFERENCES sandbox_orders (id),"
                       " position INTEGER NOT NULL,"
                       " service_id TEXT NOT NULL,"
                       " kind TEXT NOT NULL,"
                       " name TEXT NOT NULL,"
                       " quantity INTEGER NOT NULL,"
                       " total INTEGER NOT NULL,"
                       " passenger_ids TEXT NOT NULL," // space-separated
                       " segment_ids TEXT NOT NULL,"
                       " PRIMARY KEY (order_id, position))"),
        QStringLiteral("CREATE TABLE sandbox_order_sales ("
                       " order_id TEXT NOT NULL REFERENCES sandbox_orders (id),"
                       " flight TEXT NOT NULL,"
                       " departure_date TEXT NOT NULL,"
                       " fare_class TEXT NOT NULL,"
                       " seats INTEGER NOT NULL,"
                       " PRIMARY KEY (order_id, flight, departure_date, fare_class))"),
        // One order per seat: the key is what stops a seat being sold twice, across processes.
        QStringLiteral("CREATE TABLE sandbox_order_seats ("
                       " world TEXT NOT NULL,"
                       " flight TEXT NOT NULL,"
                       " departure_date TEXT NOT NULL,"
                       " designator TEXT NOT NULL,"
                       " order_id TEXT NOT NULL REFERENCES sandbox_orders (id),"
                       " passenger_id TEXT NOT NULL,"
                       " PRIMARY KEY (world, flight, departure_date, designator))"),
        QStringLiteral("CREATE INDEX sandbox_order_seats_by_order ON sandbox_order_seats"
                       " (order_id)"),
        QStringLiteral("CREATE TABLE sandbox_cancellations ("
                       " id TEXT PRIMARY KEY,"
                       " order_id TEXT NOT NULL REFERENCES sandbox_orders (id),"
                       " currency TEXT NOT NULL,"
                       " refund INTEGER NOT NULL,"
                       " refund_to TEXT NOT NULL,"
                       " expires_at TEXT NOT NULL,"
                       " confirmed_at TEXT)"),
    };
}

OrderStore::OrderStore(Database &database, quint64 world)
    : m_db(database)
    , m_world(QString::number(world))
{}

Result<void> OrderStore::insert(const StoredOrder &s)
{
    const Order &o = s.order;
    const QString currency = o.total.currency();
    QSqlQuery q(m_db.database());
    q.prepare(QStringLiteral("INSERT INTO sandbox_orders (world, ") + kOrderColumns +
              QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindAll(q,
            {QVariant(m_world), QVariant(o.id), QVariant(s.offerId), QVariant(o.bookingReference),
             QVariant(o.clientReference), QVariant(orderStatusToString(o.status)),
             QVariant(currency), QVariant(o.total.minorUnits()), QVariant(s.taxes.minorUnits()),
             QVariant(s.seats), QVariant(int(o.conditions.refundable)),
             optionalMinor(o.conditions.refundPenalty), QVariant(int(o.conditions.changeable)),
             optionalMinor(o.conditions.changePenalty), instantText(s.departsAt),
             instantText(o.createdAt), instantText(o.payBy), instantText(o.cancelledAt)});
    if (!q.exec())
        return failed("insert order", q);

    QSqlQuery p(m_db.database());
    p.prepare(QStringLiteral(
        "INSERT INTO sandbox_order_passengers (order_id, position, passenger_id, type, title,"
        " given_name, family_name, born_on, gender, email, phone, passport_country,"
        " passport_expiry, nationality, infant_passenger_id, ticket_number)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (std::size_t i = 0; i < o.passengers.size(); ++i) {
        const OrderPassenger &x = o.passengers[i];
        const QString ticket =
            i < std::size_t(o.ticketNumbers.size()) ? o.ticketNumbers[qsizetype(i)] : QString();
        bindAll(p, {QVariant(o.id), QVariant(int(i)), QVariant(x.id),
                    QVariant(passengerTypeToString(x.type)), QVariant(x.title),
                    QVariant(x.givenName), QVariant(x.familyName), dateText(x.bornOn),
                    QVariant(x.gender == Gender::Male ? QStringLiteral("m") : QStringLiteral("f")),
                    QVariant(x.email), QVariant(x.phone), QVariant(x.passportCountry),
                    dateText(x.passportExpiry), QVariant(x.nationality),
                    QVariant(x.infantPassengerId), QVariant(ticket)});
        if (!p.exec())
            return failed("insert order passenger", p);
    }

    QSqlQuery sv(m_db.database());
    sv.prepare(QStringLiteral(
        "INSERT INTO sandbox_order_services (order_id, position, service_id, kind, name,"
        " quantity, total, passenger_ids, segment_ids) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (std::size_t i = 0; i < o.services.size(); ++i) {
        const OrderService &x = o.services[i];
        bindAll(sv, {QVariant(o.id), QVariant(int(i)), QVariant(x.id), QVariant(x.kind),
                     QVariant(x.name), QVariant(x.quantity), QVariant(x.total.minorUnits()),
                     QVariant(x.passengerIds.join(u' ')), QVariant(x.segmentIds.join(u' '))});
        if (!sv.exec())
            return failed("insert order service", sv);
    }

    QSqlQuery sale(m_db.database());
    sale.prepare(QStringLiteral("INSERT INTO sandbox_order_sales (order_id, flight,"
                                " departure_date, fare_class, seats) VALUES (?, ?, ?, ?, ?)"));
    for (const BookedSeats &b : s.sold) {
        bindAll(sale, {QVariant(o.id), QVariant(b.flight), dateText(b.date),
                       QVariant(QString(b.fareClass)), QVariant(b.seats)});
        if (!sale.exec())
            return failed("insert order sale", sale);
    }

    QSqlQuery seat(m_db.database());
    seat.prepare(QStringLiteral("INSERT INTO sandbox_order_seats (world, flight, departure_date,"
                                " designator, order_id, passenger_id) VALUES (?, ?, ?, ?, ?, ?)"));
    for (const SeatAssignment &a : s.seatsChosen) {
        bindAll(seat, {QVariant(m_world), QVariant(a.flight), dateText(a.date),
                       QVariant(a.designator), QVariant(o.id), QVariant(a.passengerId)});
        if (!seat.exec())
            return failed("insert order seat", seat);
    }
    return {};
}

Result<std::optional<StoredOrder>> OrderStore::byId(const QString &id) const
{
    return read(QStringLiteral("id"), id);
}

Result<std::optional<StoredOrder>>
OrderStore::byClientReference(const QString &clientReference) const
{
    if (clientReference.isEmpty())
        return std::optional<StoredOrder>();
    return read(QStringLiteral("client_reference"), clientReference);
}

Result<std::optional<StoredOrder>> OrderStore::read(const QString &where,
                                                    const QString &value) const
{
    QSqlQuery q(m_db.database());
    q.prepare(QStringLiteral("SELECT ") + kOrderColumns +
              QStringLiteral(" FROM sandbox_orders WHERE world = ? AND ") + where +
              QStringLiteral(" = ?"));
    q.addBindValue(m_world);
    q.addBindValue(value);
    if (!q.exec())
        return failed("read order", q);
    if (!q.next())
        return std::optional<StoredOrder>();
    StoredOrder s;
    Order &o = s.order;
    const QString currency = q.value(5).toString();
    o.id = q.value(0).toString();
    o.supplier = QStringLiteral("sandbox");
    s.offerId = q.value(1).toString();
    o.bookingReference = q.value(2).toString();
    o.clientReference = q.value(3).toString();
    o.status = statusFrom(q.value(4).toString());
    o.total = Money(q.value(6).toLongLong(), currency);
    s.taxes = Money(q.value(7).toLongLong(), currency);
    s.seats = q.value(8).toInt();
    o.conditions.refundable = q.value(9).toBool();
    o.conditions.refundPenalty = optionalMoney(q.value(10), currency);
    o.conditions.changeable = q.value(11).toBool();
    o.conditions.changePenalty = optionalMoney(q.value(12), currency);
    s.departsAt = instantFrom(q.value(13));
    o.createdAt = instantFrom(q.value(14));
    o.payBy = instantFrom(q.value(15));
    o.cancelledAt = instantFrom(q.value(16));
    q.finish();
    if (auto r = readPassengers(&s); !r)
        return r.error();
    if (auto r = readServicesAndSales(&s); !r)
        return r.error();
    return std::optional(std::move(s));
}

Result<void> OrderStore::readPassengers(StoredOrder *s) const
{
    QSqlQuery q(m_db.database());
    q.prepare(QStringLiteral(
        "SELECT passenger_id, type, title, given_name, family_name, born_on, gender, email,"
        " phone, passport_country, passport_expiry, nationality, infant_passenger_id,"
        " ticket_number FROM sandbox_order_passengers WHERE order_id = ? ORDER BY position"));
    q.addBindValue(s->order.id);
    if (!q.exec())
        return failed("read order passengers", q);
    while (q.next()) {
        OrderPassenger p;
        p.id = q.value(0).toString();
        p.type = passengerTypeFromString(q.value(1).toString()).value_or(PassengerType::Adult);
        p.title = q.value(2).toString();
        p.givenName = q.value(3).toString();
        p.familyName = q.value(4).toString();
        p.bornOn = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        p.gender = q.value(6).toString() == u"m" ? Gender::Male : Gender::Female;
        p.email = q.value(7).toString();
        p.phone = q.value(8).toString();
        p.passportCountry = q.value(9).toString();
        p.passportExpiry = QDate::fromString(q.value(10).toString(), Qt::ISODate);
        p.nationality = q.value(11).toString();
        p.infantPassengerId = q.value(12).toString();
        const QString ticket = q.value(13).toString();
        if (!ticket.isEmpty())
            s->order.ticketNumbers << ticket;
        s->order.passengers.push_back(std::move(p));
    }
    return {};
}

Result<void> OrderStore::readServicesAndSales(StoredOrder *s) const
{
    const QString currency = s->order.total.currency();
    QSqlQuery q(m_db.database());
    q.prepare(QStringLiteral("SELECT service_id, kind, name, quantity, total, passenger_ids,"
                             " segment_ids FROM sandbox_order_services WHERE order_id = ?"
                             " ORDER BY position"));
    q.addBindValue(s->order.id);
    if (!q.exec())
        return failed("read order services", q);
    while (q.next()) {
        OrderService x;
        x.id = q.value(0).toString();
        x.kind = q.value(1).toString();
        x.name = q.value(2).toString();
        x.quantity = q.value(3).toInt();
        x.total = Money(q.value(4).toLongLong(), currency);
        x.passengerIds = q.value(5).toString().split(u' ', Qt::SkipEmptyParts);
        x.segmentIds = q.value(6).toString().split(u' ', Qt::SkipEmptyParts);
        s->order.services.push_back(std::move(x));
    }
    QSqlQuery sale(m_db.database());
    sale.prepare(QStringLiteral("SELECT flight, departure_date, fare_class, seats"
                                " FROM sandbox_order_sales WHERE order_id = ?"));
    sale.addBindValue(s->order.id);
    if (!sale.exec())
        return failed("read order sales", sale);
    while (sale.next()) {
        const QString letter = sale.value(2).toString();
        s->sold.push_back({sale.value(0).toString(),
                           QDate::fromString(sale.value(1).toString(), Qt::ISODate),
                           letter.isEmpty() ? QChar() : letter[0], sale.value(3).toInt()});
    }
    QSqlQuery seat(m_db.database());
    seat.prepare(QStringLiteral("SELECT flight, departure_date, designator, passenger_id"
                                " FROM sandbox_order_seats WHERE order_id = ?"));
    seat.addBindValue(s->order.id);
    if (!seat.exec())
        return failed("read order seats", seat);
    while (seat.next()) {
        s->seatsChosen.push_back({seat.value(0).toString(),
                                  QDate::fromString(seat.value(1).toString(), Qt::ISODate),
                                  seat.value(2).toString(), seat.value(3).toString()});
    }
    return {};
}

Result<bool> OrderStore::bookingReferenceTaken(const QString &reference) const
{
    QSqlQuery q(m_db.database());
    q.prepare(QStringLiteral("SELECT 1 FROM sandbox_orders WHERE booking_reference = ?"));
    q.addBindValue(reference);
    if (!q.exec())
        return failed("check booking reference", q);
    return q.next();
}

Result<QStringList> OrderStore::lapsedHolds(const QDateTime &nowUtc) const
{
    QSqlQuery q(m_db.database());
    q.prepare(QStringLiteral("SELECT id FROM sandbox_orders WHERE world = ? AND status = ?"
                             " AND pay_by <= ? ORDER BY pay_by"));
    q.addBindValue(m_world);
    q.addBindValue(orderStatusToString(OrderStatus::Held));
    q.addBindValue(instantText(nowUtc));
    if (!q.exec())
        return failed("find lapsed holds", q);
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

Result<bool> OrderStore::setStatus(const QString &id, std::initializer_list<OrderStatus> from,
                                   OrderStatus to, const QDateTime &at)
{
    QStringList marks;
    for (std::size_t i = 0; i < from.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery q(m_db.database());
    q.prepare(QStringLiteral("UPDATE sandbox_orders SET status = ?, cancelled_at = ? WHERE id = ?"
                             " AND status IN (") +
              marks.join(u", ") + u')');
    q.addBindValue(orderStatusToString(to));
    q.addBindValue(to == OrderStatus::Cancelled ? instantText(at) : QVariant());
    q.addBindValue(id);
    for (OrderStatus s : from)
        q.addBindValue(orderStatusToString(s));
    if (!q.exec())
        return failed("change order status", q);
    return q.numRowsAffected() == 1;
}

Result<bool> OrderStore::markPaid(const QString &id, const QDateTime &at,
                                  const QStringList &tickets)
{
    QSqlQuery q(m_db.database());
    q.prepare(QStringLiteral("UPDATE sandbox_orders SET status = ?, paid_at = ?"
                             " WHERE id = ? AND status = ?"));
    q.addBindValue(orderStatusToString(OrderStatus::Confirmed));
    q.addBindValue(instantText(at));
    q.addBindValue(id);
    q.addBindValue(orderStatusToString(OrderStatus::Held));
    if (!q.exec())
        return failed("pay order", q);
    if (q.numRowsAffected() != 1)
        return false;
    // A quote made while nothing was paid refunds nothing: it must not cancel a paid order.
    QSqlQuery quotes(m_db.database());
    quotes.prepare(
        QStringLiteral("UPDATE sandbox_cancellations SET expires_at = ?"
                       " WHERE order_id = ? AND confirmed_at IS NULL AND expires_at > ?"));
    quotes.addBindValue(instantText(at));
    quotes.addBindValue(id);
    quotes.addBindValue(instantText(at));
    if (!quotes.exec())
        return failed("end cancellation quotes", quotes);
    QSqlQuery t(m_db.database());
    t.prepare(QStringLiteral("UPDATE sandbox_order_passengers SET ticket_number = ?"
                             " WHERE order_id = ? AND position = ?"));
    for (qsizetype i = 0; i < tickets.size(); ++i) {
        t.addBindValue(tickets[i]);
        t.addBindValue(id);
        t.addBindValue(int(i));
        if (!t.exec())
            return failed("issue tickets", t);
    }
    return true;
}

Result<void> OrderStore::freeChosenSeats(const QString &orderId)
{
    QSqlQuery q(m_db.database());
    q.prepare(QStringLiteral("DELETE FROM sandbox_order_seats WHERE order_id = ?"));
    q.addBindValue(orderId);
    if (!q.exec())
        return failed("free chosen seats", q);
    return {};
}

Result<QSet<QString>> OrderStore::chosenSeats(const QString &flight, const QDate &date) const
{
    QSqlQuery q(m_db.database());
    q.prepare(QStringLiteral("SELECT designator FROM sandbox_order_seats"
                             " WHERE world = ? AND flight = ? AND departure_date = ?"));
    q.addBindValue(m_world);
    q.addBindValue(flight);
    q.addBindValue(dateText(date));
    if (!q.exec())
        return failed("read chosen seats", q);
    QSet<QString> out;
    while (q.next())
        out.insert(q.value(0).toString());
    return out;
}

Result<void> OrderStore::insertCancellation(const OrderCancellation &c)
{
    QSqlQuery q(m_db.database());
    q.prepare(QStringLiteral("INSERT INTO sandbox_cancellations (id, order_id, currency, refund,"
                             " refund_to, expires_at, confirmed_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    bindAll(q, {QVariant(c.id), QVariant(c.orderId), QVariant(c.refund.currency()),
                QVariant(c.refund.minorUnits()), QVariant(c.refundTo), instantText(c.expiresAt),
                instantText(c.confirmedAt)});
    if (!q.exec())
        return failed("insert cancellation", q);
    return {};
}

Result<std::optional<OrderCancellation>> OrderStore::cancellation(const QString &id) const
{
    QSqlQuery q(m_db.database());
    q.prepare(QStringLiteral(
        "SELECT c.order_id, c.currency, c.refund, c.refund_to, c.expires_at, c.confirmed_at"
        " FROM sandbox_cancellations c JOIN sandbox_orders o ON o.id = c.order_id"
        " WHERE c.id = ? AND o.world = ?"));
    q.addBindValue(id);
    q.addBindValue(m_world);
    if (!q.exec())
        return failed("read cancellation", q);
    if (!q.next())
        return std::optional<OrderCancellation>();
    OrderCancellation c;
    c.id = id;
    c.orderId = q.value(0).toString();
    c.refund = Money(q.value(2).toLongLong(), q.value(1).toString());
    c.refundTo = q.value(3).toString();
    c.expiresAt = instantFrom(q.value(4));
    c.confirmedAt = instantFrom(q.value(5));
    return std::optional(std::move(c));
}

Result<bool> OrderStore::confirmCancellation(const QString &id, const QDateTime &at)
{
    QSqlQuery q(m_db.database());
    q.prepare(QStringLiteral("UPDATE sandbox_cancellations SET confirmed_at = ?"
                             " WHERE id = ? AND confirmed_at IS NULL"));
    q.addBindValue(instantText(at));
    q.addBindValue(id);
    if (!q.exec())
        return failed("confirm cancellation", q);
    return q.numRowsAffected() == 1;
}

} // namespace tripdesk::sandbox
