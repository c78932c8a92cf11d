#pragma once
// Sabre's failure formats turned into Errors with a clear, translated message: the REST gateway's
// {status, type, errorCode, message, timeStamp} (ERR.2SG.SEC.INVALID_CREDENTIALS, …), the token
// endpoint's OAuth {error, error_description}, the shopping replies' messages[] and OTA
// Errors, and Booking Management's errors[] (which it sends inside HTTP 200 replies).
//
// Every Error made here carries what went wrong as a FaultKind, so the adapter can act on it
// (refresh the token once on TokenRejected, back off on RateLimited) without reading text:
// faultKind(error) reads it back. Messages and details never quote a request, a credential, a
// token, or a value Sabre echoes back from the request (fieldValue).

#include "backend/core/error.h"

#include <QByteArray>

namespace tripdesk::sabre {

class JsonValue;

// Which call a reply answers; it words the messages ("could not search" …).
enum class Call { Token, Shop, Revalidate, CreateBooking, GetBooking, CancelBooking };

enum class FaultKind {
    None,           // not a Sabre failure (or not made here)
    TokenRejected,  // a call's bearer token was refused (expired, revoked): refresh once, retry
    BadCredentials, // the token endpoint refused the account's credentials
    NotAuthorized,  // the account may not use this API (ERR.2SG.SEC.NOT_AUTHORIZED)
    InvalidRequest, // Sabre found the request invalid
    NotFound,       // no such booking or resource
    RateLimited,    // too many requests
    Unavailable,    // Sabre or a system behind it is down or timed out: retry later
    Rejected,       // a business refusal: sold out, fare gone, booking not possible
    Malformed,      // the reply could not be read
};

// The fault a kind of failure is; FaultKind::None for errors not made by the Sabre parsers.
FaultKind faultKind(const Error &error);

// The Error for a reply that failed: a non-2xx status, or a 2xx whose body reports a failure.
// Reads whichever of Sabre's formats the body has; an empty or unreadable body is judged by the
// status alone.
Error errorFromReply(Call call, int httpStatus, const QByteArray &body);

// An unreadable reply: `why` goes to the log, never to the user.
Error malformedReply(Call call, const QString &why);

// Booking Management's errors[] of a parsed body, when it has any (whatever the HTTP status).
std::optional<Error> bookingErrors(Call call, const JsonValue &root);

// The shopping replies' failures: groupedItineraryResponse.messages[] of severity Error, or an
// OTA_AirLowFareSearchRS's Errors. Nothing when the reply merely found no flights.
std::optional<Error> shoppingErrors(Call call, const JsonValue &root);

} // namespace tripdesk::sabre
