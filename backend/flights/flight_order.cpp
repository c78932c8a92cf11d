#include "backend/flights/flight_order.h"

namespace tripdesk {

QString orderStatusToString(OrderStatus status)
{
    switch (status) {
    case OrderStatus::Held:
        return QStringLiteral("held");
    case OrderStatus::Confirmed:
        return QStringLiteral("confirmed");
    case OrderStatus::Cancelled:
        return QStringLiteral("cancelled");
    case OrderStatus::Expired:
        return QStringLiteral("expired");
    }
    return QStringLiteral("held");
}

} // namespace tripdesk
