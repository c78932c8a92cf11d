#include "backend/suppliers/flight_supplier.h"

#include <QCoreApplication>

namespace tripdesk {

OfferReply *FlightSupplier::price(const QString &offerId, const Passengers &passengers,
                                  QObject *parent)
{
    Q_UNUSED(passengers);
    auto *reply = new OfferReply(parent);
    const QString name = displayName();
    postTo(reply, [reply, name, offerId] {
        reply->fail(Error::unavailable(
            QCoreApplication::translate("FlightSupplier",
                                        "%1 cannot re-check an offer's price; search again.")
                .arg(name),
            QStringLiteral("price not supported: %1").arg(offerId.left(200))));
    });
    return reply;
}

} // namespace tripdesk
