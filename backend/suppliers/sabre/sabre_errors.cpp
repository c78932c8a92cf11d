#include "backend/suppliers/sabre/sabre_errors.h"

#include "backend/suppliers/sabre/sabre_json.h"

#include <QCoreApplication>

namespace tripdesk::sabre {

namespace {

using namespace Qt::StringLiterals;

// The kind travels in the detail's first word, "sabre/<kind>:", so it survives copies of the
// Error and needs no new field in core's Error.
constexpr const char *kKindNames[] = {
    "none",      "token_rejected", "bad_credentials", "not_authorized", "invalid_request",
    "not_found", "rate_limited",   "unavailable",     "rejected",       "malformed",
};

QString kindTag(FaultKind kind)
{
    return u"sabre/"_s + QLatin1StringView(kKindNames[int(kind)]) + u": "_s;
}

QString callName(Call call)
{
    switch (call) {
    case Call::Token:
        return u"token"_s;
    case Call::Shop:
        return u"shop"_s;
    case Call::Revalidate:
        return u"revalidate"_s;
    case Call::CreateBooking:
        return u"createBooking"_s;
    case Call::GetBooking:
        return u"getBooking"_s;
    case Call::CancelBooking:
        return u"cancelBooking"_s;
    }
    return u"call"_s;
}

// Outside text for the log: one line, cut short.
QString clip(const QString &text)
{
    return quotedInput(text, 160);
}

// A code Sabre gives ("ERR.2SG.SEC.NOT_AUTHORIZED", "UNABLE_TO_SELL") is safe to show: it is
// made of letters, digits and dots, never of what the request said.
QString safeCode(const QString &code)
{
    QString out;
    for (QChar c : code.left(60)) {
        if (c.isLetterOrNumber() || c == u'.' || c == u'_' || c == u'-' || c == u'[' || c == u']')
            out += c;
    }
    return out;
}

Error make(FaultKind kind, Call call, const QString &message, const QString &detail)
{
    Error::Kind errorKind = Error::Kind::Supplier;
    switch (kind) {
    case FaultKind::NotFound:
        errorKind = Error::Kind::NotFound;
        break;
    case FaultKind::RateLimited:
    case FaultKind::Unavailable:
        errorKind = Error::Kind::Unavailable;
        break;
    default:
        break;
    }
    return {errorKind, message, kindTag(kind) + callName(call) + u": "_s + detail, {}};
}

QString messageFor(FaultKind kind, Call call, const QString &code, int status)
{
    switch (kind) {
    case FaultKind::TokenRejected:
        return QCoreApplication::translate(
            "SabreSupplier",
            "Sabre no longer accepts this account’s sign-in; test the account in the "
            "supplier settings.");
    case FaultKind::BadCredentials:
        return QCoreApplication::translate(
            "SabreSupplier",
            "Sabre did not accept the account’s user, group (PCC), domain or password; "
            "check them in the supplier settings.");
    case FaultKind::NotAuthorized:
        return QCoreApplication::translate(
                   "SabreSupplier",
                   "This Sabre account may not use this service (%1); ask Sabre to enable it.")
            .arg(code.isEmpty() ? QString::number(status) : code);
    case FaultKind::InvalidRequest:
        return QCoreApplication::translate(
                   "SabreSupplier",
                   "Sabre refused the request (%1); check the trip and the travellers’ details.")
            .arg(code.isEmpty() ? QString::number(status) : code);
    case FaultKind::NotFound:
        return call == Call::Shop || call == Call::Revalidate
                   ? QCoreApplication::translate("SabreSupplier",
                                                 "Sabre no longer has this offer; search again.")
                   : QCoreApplication::translate(
                         "SabreSupplier",
                         "Sabre has no such booking; check the booking reference.");
    case FaultKind::RateLimited:
        return QCoreApplication::translate(
            "SabreSupplier",
            "Sabre is receiving too many requests from this account; try again in a "
            "minute.");
    case FaultKind::Unavailable:
        return QCoreApplication::translate(
                   "SabreSupplier",
                   "Sabre is not answering properly right now (%1); try again shortly.")
            .arg(code.isEmpty() ? QString::number(status) : code);
    case FaultKind::Rejected:
        switch (call) {
        case Call::Shop:
            return QCoreApplication::translate("SabreSupplier",
                                               "Sabre could not search this trip (%1).")
                .arg(code);
        case Call::Revalidate:
            return QCoreApplication::translate(
                       "SabreSupplier",
                       "Sabre could not confirm this fare (%1); choose another offer.")
                .arg(code);
        case Call::CreateBooking:
            return QCoreApplication::translate(
                       "SabreSupplier",
                       "Sabre could not make the booking (%1); choose another offer or try again.")
                .arg(code);
        case Call::CancelBooking:
            return QCoreApplication::translate("SabreSupplier",
                                               "Sabre could not cancel the booking (%1).")
                .arg(code);
        default:
            return QCoreApplication::translate("SabreSupplier",
                                               "Sabre could not complete the request (%1).")
                .arg(code);
        }
    case FaultKind::Malformed:
    case FaultKind::None:
        break;
    }
    return QCoreApplication::translate(
        "SabreSupplier",
        "Sabre sent a reply TripDesk could not read; try again, and report it if it keeps "
        "happening.");
}

FaultKind kindForStatus(Call call, int status)
{
    if (status == 401)
        return call == Call::Token ? FaultKind::BadCredentials : FaultKind::TokenRejected;
    if (status == 403)
        return FaultKind::NotAuthorized;
    if (status == 404)
        return FaultKind::NotFound;
    if (status == 429)
        return FaultKind::RateLimited;
    if (status >= 500 || status == 408)
        return FaultKind::Unavailable;
    if (status >= 400)
        return FaultKind::InvalidRequest;
    return FaultKind::Malformed;
}

// The REST gateway's format: {status, type, errorCode, message, timeStamp}.
std::optional<Error> gatewayError(Call call, int status, const JsonValue &root)
{
    const QString code = safeCode(root["errorCode"_L1].text());
    if (code.isEmpty())
        return std::nullopt;
    FaultKind kind = kindForStatus(call, status);
    if (code.endsWith(u"SEC.NOT_AUTHORIZED"_s))
        kind = FaultKind::NotAuthorized;
    else if (code.contains(u"CREDENTIALS"_s) || code.contains(u"TOKEN"_s))
        kind = call == Call::Token ? FaultKind::BadCredentials : FaultKind::TokenRejected;
    else if (code.endsWith(u"SERVICE_UNKNOWN"_s) || code.endsWith(u"INVALID_REQUEST"_s))
        kind = FaultKind::InvalidRequest;
    else if (kind == FaultKind::Malformed)
        kind = FaultKind::Rejected;
    const QString detail = u"HTTP %1 %2 (%3): %4"_s.arg(status).arg(
        code, safeCode(root["type"_L1].text()), clip(root["message"_L1].text()));
    return make(kind, call, messageFor(kind, call, code, status), detail);
}

// The token endpoint's OAuth format: {error, error_description}.
std::optional<Error> oauthError(Call call, int status, const JsonValue &root)
{
    const JsonValue error = root["error"_L1];
    if (!error.isString())
        return std::nullopt;
    const QString code = safeCode(error.text());
    FaultKind kind = kindForStatus(call, status);
    if (code == u"invalid_client"_s || code == u"invalid_grant"_s ||
        code == u"unauthorized_client"_s)
        kind = call == Call::Token ? FaultKind::BadCredentials : FaultKind::TokenRejected;
    else if (code == u"invalid_request"_s || code == u"unsupported_grant_type"_s)
        kind = FaultKind::InvalidRequest;
    else if (kind == FaultKind::Malformed)
        kind = FaultKind::Rejected;
    const QString detail =
        u"HTTP %1 %2: %3"_s.arg(status).arg(code, clip(root["error_description"_L1].text()));
    return make(kind, call, messageFor(kind, call, code, status), detail);
}

FaultKind bookingKind(const QString &category, const QString &type)
{
    if (category.contains(u"UNAUTHORIZED"_s) || type.contains(u"TOKEN"_s))
        return FaultKind::TokenRejected;
    if (category.contains(u"FORBIDDEN"_s))
        return FaultKind::NotAuthorized;
    if (category.contains(u"NOT_FOUND"_s) || type.contains(u"NOT_FOUND"_s))
        return FaultKind::NotFound;
    if (category.contains(u"INTERNAL_SERVER_ERROR"_s) || type == u"TIMEOUT"_s ||
        type.contains(u"DOWNLINE"_s))
        return FaultKind::Unavailable;
    if (category.contains(u"BAD_REQUEST"_s))
        return FaultKind::InvalidRequest;
    return FaultKind::Rejected;
}

} // namespace

FaultKind faultKind(const Error &error)
{
    if (!error.detail.startsWith(u"sabre/"_s))
        return FaultKind::None;
    const qsizetype colon = error.detail.indexOf(u':');
    const QStringView name = QStringView(error.detail).mid(6, colon < 0 ? -1 : colon - 6);
    for (int i = 0; i < int(std::size(kKindNames)); ++i) {
        if (name == QLatin1StringView(kKindNames[i]))
            return FaultKind(i);
    }
    return FaultKind::None;
}

Error malformedReply(Call call, const QString &why)
{
    return make(FaultKind::Malformed, call, messageFor(FaultKind::Malformed, call, {}, 0),
                clip(why));
}

std::optional<Error> bookingErrors(Call call, const JsonValue &root)
{
    const JsonValue errors = root["errors"_L1];
    if (!errors.isArray() || errors.size() == 0)
        return std::nullopt;
    const JsonValue first = errors.at(0);
    const QString category = safeCode(first["category"_L1].text());
    const QString type = safeCode(first["type"_L1].text());
    const QString code = safeCode(first["code"_L1].text());
    const FaultKind kind = bookingKind(category, type);
    // Each error's codes and the field it names; its description only when it names no field,
    // since a field's description may repeat the value sent (a passport number, a card).
    QStringList lines;
    for (const JsonValue &e : errors) {
        QString line = safeCode(e["category"_L1].text()) + u'/' + safeCode(e["type"_L1].text());
        if (const QString c = safeCode(e["code"_L1].text()); !c.isEmpty())
            line += u" code "_s + c;
        const QString field =
            safeCode(e["fieldPath"_L1].text()) + u'.' + safeCode(e["fieldName"_L1].text());
        if (field.size() > 1)
            line += u" at "_s + field;
        else if (const QString d = e["description"_L1].text(); !d.isEmpty())
            line += u": "_s + clip(d);
        lines << line;
        if (lines.size() == 5)
            break;
    }
    const QString shown = type.isEmpty() ? (code.isEmpty() ? category : code) : type;
    return make(kind, call, messageFor(kind, call, shown, 200), lines.join(u"; "_s));
}

std::optional<Error> shoppingErrors(Call call, const JsonValue &root)
{
    // The OTA form some gateways still answer with: {"OTA_AirLowFareSearchRS": {"Errors":
    // {"Error": [{"Type", "Code", "ShortText"}]}}}.
    for (const auto key : {"OTA_AirLowFareSearchRS"_L1, "OTA_AirLowFareSearchRQResponse"_L1}) {
        const JsonValue errors = root[key]["Errors"_L1]["Error"_L1];
        const JsonValue first = errors.isArray() ? errors.at(0) : errors;
        if (first.isObject()) {
            const QString code = safeCode(first["Code"_L1].text());
            const QString detail = u"OTA error %1 %2: %3"_s.arg(
                code, safeCode(first["Type"_L1].text()), clip(first["ShortText"_L1].text()));
            return make(FaultKind::Rejected, call,
                        messageFor(FaultKind::Rejected, call, code.isEmpty() ? u"OTA"_s : code, 0),
                        detail);
        }
    }
    const JsonValue gir = root["groupedItineraryResponse"_L1];
    if (gir["itineraryGroups"_L1].size() > 0)
        return std::nullopt;
    for (const JsonValue &m : gir["messages"_L1]) {
        if (!m["severity"_L1].equals("Error"_L1))
            continue;
        const QString text = m["text"_L1].text();
        // What Sabre says when it simply found nothing to sell is no failure.
        const QString upper = text.toUpper();
        if (upper.contains(u"NO COMPLETE JOURNEY"_s) || upper.contains(u"NO FARES"_s) ||
            upper.contains(u"NO AVAILABILITY"_s) || upper.contains(u"NO ITINERAR"_s))
            continue;
        const QString code = safeCode(m["code"_L1].text());
        const QString detail =
            u"message %1 %2: %3"_s.arg(code, safeCode(m["type"_L1].text()), clip(text));
        return make(FaultKind::Rejected, call,
                    messageFor(FaultKind::Rejected, call, code.isEmpty() ? u"ERROR"_s : code, 0),
                    detail);
    }
    return std::nullopt;
}

Error errorFromReply(Call call, int httpStatus, const QByteArray &body)
{
    if (const auto tree = JsonTree::parse(body)) {
        const JsonValue root = tree->root();
        if (auto e = gatewayError(call, httpStatus, root))
            return *e;
        if (auto e = oauthError(call, httpStatus, root))
            return *e;
        if (auto e = bookingErrors(call, root))
            return *e;
        if (auto e = shoppingErrors(call, root))
            return *e;
    }
    const FaultKind kind = kindForStatus(call, httpStatus);
    return make(kind, call, messageFor(kind, call, {}, httpStatus),
                u"HTTP %1 without a readable error"_s.arg(httpStatus));
}

} // namespace tripdesk::sabre
