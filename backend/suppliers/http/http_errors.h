#pragma once
// What a failed HTTP call tells the user: transport failures (refused, not found, TLS, timeout,
// lost connection, cancelled) as translated Error values that name the supplier, and the mark
// a call carries when it may have reached the server but its answer never came back.

#include "backend/core/error.h"

#include <QNetworkReply>

namespace tripdesk {

// Whether a request that failed with `code` may still have reached the server and been acted
// on: every failure except those that happen before a byte is sent (refused, host or proxy not
// found, TLS handshake).
bool mayHaveReachedServer(QNetworkReply::NetworkError code);

// Whether trying again can help: not for TLS failures, redirect loops, proxy credentials or a
// cancelled call, which come out the same every time.
bool isRetryableNetworkError(QNetworkReply::NetworkError code);

// The error for a transport failure talking to `supplierName`; `qtDetail` (Qt's own untranslated
// text) goes to the detail. With `outcomeUnknown` the message says the request may have been
// carried out and the error is marked (see isOutcomeUnknown()).
Error networkError(const QString &supplierName, QNetworkReply::NetworkError code,
                   const QString &qtDetail, bool outcomeUnknown);

// The error for a call that ran out of time (one attempt or the whole deadline).
Error timeoutError(const QString &supplierName, bool outcomeUnknown);

// The error for a call that the supplier's rate limit held past its deadline; it was never sent.
Error rateLimitedError(const QString &supplierName);

// Whether `error` says a call that must not be repeated may or may not have been carried out,
// so the adapter looks the result up (an order by its reference) before doing anything else.
bool isOutcomeUnknown(const Error &error);
// `error` marked so (an adapter that learns from the server's answer that the outcome is open,
// a 500 to an order, or whose look-up afterwards found nothing).
Error markedOutcomeUnknown(Error error);

} // namespace tripdesk
