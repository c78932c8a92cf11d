#include "backend/suppliers/flight_supplier.h"

#include <QCoreApplication>

namespace tripdesk {

QString breakerToString(SupplierHealth::Breaker breaker)
{
    switch (breaker) {
    case SupplierHealth::Breaker::Closed:
        return QStringLiteral("closed");
    case SupplierHealth::Breaker::Open:
        return QStringLiteral("open");
    case SupplierHealth::Breaker::HalfOpen:
        return QStringLiteral("half_open");
    }
    return QStringLiteral("closed");
}

void FlightSupplier::failUnsupported(SupplierReply *reply, const char *what) const
{
    const QString name = displayName();
    const QString call = QString::fromLatin1(what);
    postTo(reply, [reply, name, call] {
        reply->fail(Error::unavailable(
            QCoreApplication::translate("FlightSupplier",
                                        "%1 does not support this; choose an offer from "
                                        "another supplier.")
                .arg(name),
            QStringLiteral("not supported: %1").arg(call)));
    });
}

PricedOfferReply *FlightSupplier::price(const QString &, const Passengers &, QObject *parent)
{
    return unsupported<PricedOfferReply>("price", parent);
}

SeatMapsReply *FlightSupplier::seatMaps(const QString &, QObject *parent)
{
    return unsupported<SeatMapsReply>("seat maps", parent);
}

OrderReply *FlightSupplier::createOrder(const OrderRequest &, QObject *parent)
{
    return unsupported<OrderReply>("create order", parent);
}

OrderReply *FlightSupplier::payOrder(const QString &, const Money &, QObject *parent)
{
    return unsupported<OrderReply>("pay order", parent);
}

OrderReply *FlightSupplier::order(const QString &, QObject *parent)
{
    return unsupported<OrderReply>("get order", parent);
}

OrderReply *FlightSupplier::findOrder(const QString &, QObject *parent)
{
    return unsupported<OrderReply>("find order", parent);
}

CancellationReply *FlightSupplier::quoteCancellation(const QString &, QObject *parent)
{
    return unsupported<CancellationReply>("quote cancellation", parent);
}

CancellationReply *FlightSupplier::confirmCancellation(const QString &, QObject *parent)
{
    return unsupported<CancellationReply>("confirm cancellation", parent);
}

} // namespace tripdesk
