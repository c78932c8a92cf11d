#include "backend/service/supplier_endpoints.h"

#include "backend/suppliers/duffel/duffel_factory.h"
#include "backend/suppliers/sabre/sabre_supplier_factory.h"

#include <QCoreApplication>
#include <QUrl>

namespace tripdesk {

namespace {

QString variable(const QString &kind, const char *suffix)
{
    return QStringLiteral("TRIPDESK_%1_%2").arg(kind.toUpper(), QString::fromLatin1(suffix));
}

Error missing(const QString &kind, const char *suffix)
{
    return Error::invalidInput(
        QCoreApplication::translate("SupplierEndpoints",
                                    "%1 is set but %2 is not; set both, or unset %1.")
            .arg(variable(kind, "URL"), variable(kind, suffix)),
        QStringLiteral("%1 endpoint without %2").arg(kind, QString::fromLatin1(suffix)));
}

Result<QUrl> baseUrl(const BackendBuilder::SupplierEndpoint &endpoint)
{
    if (endpoint.url.trimmed().isEmpty()) {
        const QString example = endpoint.kind.toLower() == u"sabre"
                                    ? QStringLiteral("https://api.cert.platform.sabre.com")
                                    : QStringLiteral("https://api.duffel.com");
        return Error::invalidInput(
            QCoreApplication::translate("SupplierEndpoints",
                                        "The %1 credentials are set but %2 is not; set it, for "
                                        "example to %3.")
                .arg(endpoint.kind.toUpper(), variable(endpoint.kind, "URL"), example),
            QStringLiteral("%1 credentials without url").arg(endpoint.kind));
    }
    const QUrl url(endpoint.url.trimmed(), QUrl::StrictMode);
    const QString host = url.host();
    const bool local = host == u"localhost" || host == u"127.0.0.1" || host == u"::1";
    // Credentials go to this host: plain HTTP only to a stand-in on this machine.
    if (!url.isValid() || url.host().isEmpty() ||
        !(url.scheme() == u"https" || (url.scheme() == u"http" && local))) {
        return Error::invalidInput(
            QCoreApplication::translate("SupplierEndpoints",
                                        "%1 must be an https:// address (http:// only for this "
                                        "computer); it is “%2”.")
                .arg(variable(endpoint.kind, "URL"), quotedInput(endpoint.url)),
            QStringLiteral("bad %1 url").arg(endpoint.kind));
    }
    return url;
}

} // namespace

Result<std::unique_ptr<FlightSupplier>>
makeEndpointSupplier(const BackendBuilder::SupplierEndpoint &endpoint,
                     QNetworkAccessManager *network, const Clock *clock, AirportZones zones)
{
    const QString kind = endpoint.kind.toLower();
    if (!BackendBuilder::supplierKinds().contains(kind)) {
        return Error::invalidInput(
            QCoreApplication::translate("SupplierEndpoints",
                                        "%1 names a supplier TripDesk has no adapter for; the "
                                        "ones it speaks are: %2. Unset it.")
                .arg(variable(endpoint.kind, "URL"),
                     BackendBuilder::supplierKinds().join(QStringLiteral(", "))),
            QStringLiteral("endpoint %1 at %2").arg(kind, quotedInput(endpoint.url, 200)));
    }
    auto url = baseUrl(endpoint);
    if (!url)
        return url.error();
    if (kind == u"duffel") {
        if (endpoint.token.isEmpty())
            return missing(endpoint.kind, "TOKEN");
        DuffelConnection c;
        // No account name: the environment's account is shown as plain "Duffel".
        c.baseUrl = *url;
        c.accessToken = endpoint.token;
        c.network = network;
        c.clock = clock;
        c.zoneFor = std::move(zones);
        return makeDuffelSupplier(c);
    }
    // Sabre: the key is the client's "V1:user:group:domain" (or without "V1:"), the secret its
    // password.
    if (endpoint.key.isEmpty())
        return missing(endpoint.kind, "KEY");
    if (endpoint.secret.isEmpty())
        return missing(endpoint.kind, "SECRET");
    QStringList parts = endpoint.key.split(u':');
    if (parts.size() == 4 && parts.front().compare(u"V1", Qt::CaseInsensitive) == 0)
        parts.removeFirst();
    if (parts.size() != 3 || parts[0].isEmpty() || parts[1].isEmpty() || parts[2].isEmpty()) {
        return Error::invalidInput(
            QCoreApplication::translate("SupplierEndpoints",
                                        "%1 must read V1:user:group:domain, for example "
                                        "V1:7971:ABCD:AA.")
                .arg(variable(endpoint.kind, "KEY")),
            QStringLiteral("bad sabre key shape"));
    }
    SabreSupplierConfig config;
    config.baseUrl = *url;
    config.account = {parts[0], parts[1], parts[2], endpoint.secret};
    config.airportZone = std::move(zones);
    return makeSabreSupplier(std::move(config), network, clock);
}

} // namespace tripdesk
