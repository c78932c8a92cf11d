#pragma once
// Logging for HTTP supplier calls under the tripdesk.http category, and the redaction that keeps
// secrets out of it: query parameters that carry keys or tokens, user info in URLs, and body
// fields that hold credentials, card or identity-document data. Headers are never logged.

#include <QByteArray>
#include <QLoggingCategory>
#include <QString>
#include <QUrl>

Q_DECLARE_LOGGING_CATEGORY(lcHttp)

namespace tripdesk {

// Whether a query parameter or body field called `name` may hold a secret (a key, a token, a
// password, a card or document number), compared without regard to case, '_' or '-'.
bool isSecretFieldName(QStringView name);

// `url` fit for a log: user info and fragment dropped, secret query values replaced.
QString redactedUrl(const QUrl &url);

// At most `maxChars` of `body` fit for a log: JSON and form-encoded bodies with their secret
// fields' values replaced; anything else (which cannot be read for secrets) as its size alone.
QString redactedBody(const QByteArray &body, int maxChars = 2000);

} // namespace tripdesk
