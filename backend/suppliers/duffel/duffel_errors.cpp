// Duffel's errors[] format and rate-limit headers. Messages say what happened and what to do;
// Duffel's own words and its request_id go to the detail, for the log and for Duffel's support.

#include "backend/suppliers/duffel/duffel_reading.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>

namespace tripdesk::duffel {

using namespace detail;

namespace {

// "/data/passengers/0/born_on" → "passengers[0].born_on".
QString fieldFromPointer(QStringView pointer)
{
    QString out;
    const auto parts = pointer.split(u'/', Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QStringView part = parts[i];
        if (i == 0 && part == u"data")
            continue;
        bool isIndex = false;
        (void)part.toInt(&isIndex);
        if (isIndex)
            out += u'[' + part + u']';
        else
            out += (out.isEmpty() ? QString() : u"."_s) + part;
    }
    return out;
}

bool isOneOf(const QString &code, std::initializer_list<QLatin1StringView> codes)
{
    for (QLatin1StringView c : codes) {
        if (code == c)
            return true;
    }
    return false;
}

Error validation(const QJsonObject &source)
{
    QString field = fieldFromPointer(source.value("pointer"_L1).toString());
    const QString named = source.value("field"_L1).toString();
    if (field.isEmpty())
        field = named;
    // Whatever Duffel sends, a field name stays a name, not a paragraph.
    field.truncate(200);
    if (field.isEmpty())
        return Error::invalidInput(QCoreApplication::translate(
            "DuffelWire", "Duffel did not accept the request; check the details and "
                          "try again."));
    return Error::invalidInput(QCoreApplication::translate(
                                   "DuffelWire",
                                   "Duffel did not accept the value of “%1”; correct it and try "
                                   "again.")
                                   .arg(quotedInput(named.isEmpty() ? field : named)))
        .at(field);
}

// The specific code decides first, then the type, and only then the HTTP status.
Error mapped(int status, const QString &type, const QString &code, const QJsonObject &source)
{
    const auto offerGone = [] {
        return Error::notFound(QCoreApplication::translate(
            "DuffelWire", "This offer is no longer available; search again."));
    };
    const auto badToken = [] {
        return Error::supplier(QCoreApplication::translate(
            "DuffelWire", "Duffel did not accept the account’s access token; check the "
                          "token in the supplier account."));
    };
    const auto forbidden = [] {
        return Error::supplier(QCoreApplication::translate(
            "DuffelWire", "The Duffel access token may not do this; use a token with the "
                          "needed permissions."));
    };
    const auto tooMany = [] {
        return Error::unavailable(QCoreApplication::translate(
            "DuffelWire", "Duffel is receiving too many requests from this account; "
                          "wait a moment and try again."));
    };
    const auto unknown = [] {
        return Error::notFound(QCoreApplication::translate(
            "DuffelWire", "Duffel does not know this offer or booking; search again or "
                          "check the reference."));
    };
    const auto wrongState = [] {
        return Error::supplier(QCoreApplication::translate(
            "DuffelWire", "Duffel cannot do this in the booking’s current state; refresh "
                          "the booking to see where it stands."));
    };
    const auto internal = [status] {
        // Duffel asks not to retry a 500 or 502; a 503 or 504 passes.
        if (status == 503 || status == 504)
            return Error::unavailable(QCoreApplication::translate(
                "DuffelWire", "Duffel is not answering right now; try again in a few "
                              "minutes."));
        return Error::supplier(QCoreApplication::translate(
            "DuffelWire", "Duffel had an internal problem with this request; try again "
                          "later, and tell Duffel’s support if it keeps happening."));
    };

    if (isOneOf(code, {"offer_no_longer_available"_L1, "offer_expired"_L1,
                       "offer_request_already_booked"_L1}))
        return offerGone();
    if (code == "price_changed"_L1)
        return Error::supplier(QCoreApplication::translate(
            "DuffelWire", "The price of this offer has changed; check the price again "
                          "before booking."));
    if (code == "insufficient_balance"_L1)
        return Error::supplier(QCoreApplication::translate(
            "DuffelWire", "The Duffel account’s balance is too low to pay for this; top "
                          "it up and try again."));
    if (isOneOf(code, {"unsupported_version"_L1, "invalid_version"_L1}))
        return Error::supplier(QCoreApplication::translate(
            "DuffelWire", "Duffel no longer accepts the API version TripDesk speaks; "
                          "update TripDesk."));
    if (isOneOf(code, {"forbidden"_L1, "insufficient_permissions"_L1}))
        return forbidden();
    if (isOneOf(code, {"invalid_authorization"_L1, "invalid_authorization_header"_L1,
                       "missing_authorization_header"_L1, "invalid_token"_L1,
                       "expired_access_token"_L1, "access_token_not_found"_L1, "unauthorized"_L1}))
        return badToken();
    if (code == "rate_limit_exceeded"_L1)
        return tooMany();
    if (code == "not_found"_L1)
        return unknown();

    if (type == "authentication_error"_L1)
        return status == 403 ? forbidden() : badToken();
    if (type == "rate_limit_error"_L1)
        return tooMany();
    if (type == "validation_error"_L1)
        return validation(source);
    if (type == "invalid_state_error"_L1)
        return wrongState();
    if (type == "airline_error"_L1)
        return Error::supplier(QCoreApplication::translate(
            "DuffelWire", "The airline could not complete this request; try again, or "
                          "choose another offer."));
    if (type == "api_error"_L1)
        return internal();

    switch (status) {
    case 401:
        return badToken();
    case 403:
        return forbidden();
    case 404:
        return unknown();
    case 409:
        return wrongState();
    case 422:
        return validation(source);
    case 429:
        return tooMany();
    default:
        break;
    }
    if (status >= 500)
        return internal();
    return Error::supplier(QCoreApplication::translate(
        "DuffelWire", "Duffel could not complete this request; check the details and try "
                      "again."));
}

} // namespace

Error parseError(int httpStatus, const QByteArray &body)
{
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    const QJsonObject first = root.value("errors"_L1).toArray().at(0).toObject();
    const QString type = first.value("type"_L1).toString();
    const QString code = first.value("code"_L1).toString();
    // Airline errors name the airline as a plain string; validation errors give an object.
    const QJsonValue sourceValue = first.value("source"_L1);
    Error error = mapped(httpStatus, type, code, sourceValue.toObject());
    QString detail = u"duffel HTTP %1"_s.arg(httpStatus);
    if (!type.isEmpty() || !code.isEmpty())
        detail += u" %1/%2"_s.arg(type.left(64), code.left(64));
    const QString requestId = root.value("meta"_L1).toObject().value("request_id"_L1).toString();
    if (!requestId.isEmpty())
        detail += u" request_id %1"_s.arg(requestId.left(64));
    if (sourceValue.isString())
        detail += u" source %1"_s.arg(sourceValue.toString().left(64));
    const QString said = first.value("message"_L1).toString();
    if (!said.isEmpty())
        detail += u": "_s + said.left(300);
    else if (root.isEmpty() && !body.isEmpty())
        detail += u": the body is not Duffel's error format"_s;
    error.detail = detail;
    return error;
}

namespace {

int headerNumber(const QByteArray &value)
{
    bool ok = false;
    const int n = value.trimmed().toInt(&ok);
    return ok && n >= 0 ? n : -1;
}

// An HTTP date ("Mon, 16 Sep 2019 12:00:00 GMT"), epoch seconds, or seconds from now.
QDateTime headerTime(const QByteArray &value, const QDateTime &now)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return {};
    bool isNumber = false;
    const qint64 n = v.toLongLong(&isNumber);
    if (isNumber) {
        if (n < 0)
            return {};
        if (n > 1'000'000'000)
            return QDateTime::fromSecsSinceEpoch(n, Qt::UTC);
        return now.isValid() ? now.toUTC().addSecs(n) : QDateTime();
    }
    QString text = QString::fromLatin1(v);
    text.replace(u" GMT"_s, u" +0000"_s);
    const QDateTime t = QLocale::c().toDateTime(text, u"ddd, dd MMM yyyy HH:mm:ss t"_s);
    if (t.isValid())
        return t.toUTC();
    return QDateTime::fromString(text, Qt::RFC2822Date).toUTC();
}

} // namespace

RateLimit parseRateLimit(const QByteArray &limit, const QByteArray &remaining,
                         const QByteArray &reset, const QByteArray &retryAfter,
                         const QDateTime &now)
{
    RateLimit out;
    out.limit = headerNumber(limit);
    out.remaining = headerNumber(remaining);
    out.resetAt = headerTime(reset, now);
    out.retryAt = headerTime(retryAfter, now);
    if (!out.retryAt.isValid() && out.remaining == 0)
        out.retryAt = out.resetAt;
    return out;
}

} // namespace tripdesk::duffel
