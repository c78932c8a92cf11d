#include "backend/suppliers/duffel/duffel_factory.h"

#include "backend/suppliers/duffel/duffel_supplier.h"

namespace tripdesk {

QUrl DuffelConnection::productionUrl()
{
    return QUrl(QStringLiteral("https://api.duffel.com"));
}

std::unique_ptr<FlightSupplier> makeDuffelSupplier(const DuffelConnection &connection)
{
    Q_ASSERT(connection.network && connection.clock);
    DuffelSettings settings;
    settings.accountName = connection.accountName;
    settings.baseUrl = connection.baseUrl;
    settings.accessToken = connection.accessToken;
    settings.zoneFor = connection.zoneFor;
    // No pace of our own: Duffel's ratelimit-* headers and 429s say when to hold off, and the
    // client honours them for every request of the account.
    return std::make_unique<DuffelSupplier>(connection.network, std::move(settings),
                                            *connection.clock);
}

} // namespace tripdesk
