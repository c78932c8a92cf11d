#include "backend/suppliers/http/http_errors.h"

#include <QCoreApplication>
#include <QMetaEnum>

namespace tripdesk {

namespace {

const QString outcomeUnknownMark = QStringLiteral("outcome unknown: ");

QString codeName(QNetworkReply::NetworkError code)
{
    return QString::fromLatin1(QMetaEnum::fromType<QNetworkReply::NetworkError>().valueToKey(code));
}

} // namespace

bool mayHaveReachedServer(QNetworkReply::NetworkError code)
{
    switch (code) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::BackgroundRequestNotAllowedError:
        return false;
    default:
        return true;
    }
}

bool isRetryableNetworkError(QNetworkReply::NetworkError code)
{
    switch (code) {
    case QNetworkReply::NoError:
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
        return false;
    default:
        return true;
    }
}

Error networkError(const QString &supplierName, QNetworkReply::NetworkError code,
                   const QString &qtDetail, bool outcomeUnknown)
{
    const QString detail =
        (outcomeUnknown ? outcomeUnknownMark : QString()) % codeName(code) % u": " % qtDetail;
    switch (code) {
    case QNetworkReply::ConnectionRefusedError:
        return Error::unavailable(QCoreApplication::translate(
                                      "HttpErrors",
                                      "%1 refused the connection. Check the supplier's address in "
                                      "its account, or try again later.")
                                      .arg(supplierName),
                                  detail);
    case QNetworkReply::HostNotFoundError:
        return Error::unavailable(
            QCoreApplication::translate("HttpErrors",
                                        "%1 could not be found on the network. Check the internet "
                                        "connection and the supplier's address.")
                .arg(supplierName),
            detail);
    case QNetworkReply::SslHandshakeFailedError:
        return Error::unavailable(
            QCoreApplication::translate(
                "HttpErrors", "TripDesk could not open a secure connection to %1, so nothing "
                              "was sent. Check the computer's date and time and the "
                              "supplier's address.")
                .arg(supplierName),
            detail);
    case QNetworkReply::TimeoutError: {
        Error error = timeoutError(supplierName, outcomeUnknown);
        error.detail = detail;
        return error;
    }
    case QNetworkReply::OperationCanceledError:
        return Error::cancelled(
            QCoreApplication::translate("HttpErrors", "The request to %1 was cancelled.")
                .arg(supplierName),
            detail);
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
        return Error::supplier(QCoreApplication::translate(
                                   "HttpErrors",
                                   "%1 redirected the request too often or to an insecure address. "
                                   "Check the supplier's address.")
                                   .arg(supplierName),
                               detail);
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::UnknownProxyError:
        return Error::unavailable(
            QCoreApplication::translate("HttpErrors",
                                        "The proxy server did not let TripDesk reach %1. Check the "
                                        "proxy settings.")
                .arg(supplierName),
            detail);
    default:
        break;
    }
    if (outcomeUnknown) {
        return Error::unavailable(QCoreApplication::translate(
                                      "HttpErrors",
                                      "The connection to %1 was lost before its answer arrived, so "
                                      "it is not known whether the request was carried out.")
                                      .arg(supplierName),
                                  detail);
    }
    return Error::unavailable(
        QCoreApplication::translate("HttpErrors",
                                    "The connection to %1 was lost. Check the internet connection "
                                    "and try again.")
            .arg(supplierName),
        detail);
}

Error timeoutError(const QString &supplierName, bool outcomeUnknown)
{
    if (outcomeUnknown) {
        return Error::unavailable(
            QCoreApplication::translate("HttpErrors",
                                        "%1 did not answer in time, so it is not known whether the "
                                        "request was carried out.")
                .arg(supplierName),
            outcomeUnknownMark + QStringLiteral("timed out"));
    }
    return Error::unavailable(QCoreApplication::translate(
                                  "HttpErrors", "%1 did not answer in time. Try again in a moment.")
                                  .arg(supplierName),
                              QStringLiteral("timed out"));
}

Error rateLimitedError(const QString &supplierName)
{
    return Error::unavailable(
        QCoreApplication::translate("HttpErrors",
                                    "%1 is taking only so many requests at a time, and this one "
                                    "would have waited too long. Try again in a moment.")
            .arg(supplierName),
        QStringLiteral("held by the rate limit past the deadline"));
}

bool isOutcomeUnknown(const Error &error)
{
    return error.detail.startsWith(outcomeUnknownMark);
}

Error markedOutcomeUnknown(Error error)
{
    if (!isOutcomeUnknown(error))
        error.detail.prepend(outcomeUnknownMark);
    return error;
}

} // namespace tripdesk
