#include "backend/suppliers/http/http_log.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcHttp, "tripdesk.http")

namespace tripdesk {

namespace {

const QString redactedMark = QStringLiteral("[redacted]");

QString folded(QStringView name)
{
    QString out;
    out.reserve(name.size());
    for (QChar c : name) {
        if (c != u'_' && c != u'-' && c != u'.' && c != u' ')
            out.append(c.toLower());
    }
    return out;
}

QJsonValue redactJson(const QJsonValue &value)
{
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (isSecretFieldName(it.key()))
                it.value() = redactedMark;
            else
                it.value() = redactJson(it.value());
        }
        return object;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (auto it = array.begin(); it != array.end(); ++it)
            *it = redactJson(*it);
        return array;
    }
    return value;
}

bool looksFormEncoded(const QByteArray &body)
{
    if (!body.contains('='))
        return false;
    for (char c : body) {
        const bool allowed = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                             (c >= '0' && c <= '9') || QByteArrayView("=&%+-_.~*").contains(c);
        if (!allowed)
            return false;
    }
    return true;
}

// Items are kept as they were encoded; only a secret's value is replaced.
QString redactQuery(const QUrlQuery &query)
{
    QStringList items;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyEncoded)) {
        const QString name = QUrl::fromPercentEncoding(key.toUtf8());
        items << key + u'=' + (isSecretFieldName(name) ? QStringLiteral("REDACTED") : value);
    }
    return items.join(u'&');
}

// A card number can turn up anywhere (a vendor's message quoting it): any run of 12 to 19
// digits, spaced or not, is masked wherever it stands.
QString maskCardNumbers(QString text)
{
    static const QRegularExpression digits(QStringLiteral(R"((?:\d[ -]?){11,18}\d)"));
    return text.replace(digits, redactedMark);
}

QString cut(QString text, int maxChars)
{
    if (text.size() <= maxChars)
        return text;
    text.truncate(std::max(0, maxChars - 1));
    return text + QChar(0x2026);
}

} // namespace

bool isSecretFieldName(QStringView name)
{
    const QString key = folded(name);
    // Whole names: in vendors' card and identity-document objects a bare "number" is the secret.
    static const QStringList exact = {
        QStringLiteral("number"),     QStringLiteral("cvc"),         QStringLiteral("cvv"),
        QStringLiteral("cvv2"),       QStringLiteral("pan"),         QStringLiteral("pin"),
        QStringLiteral("key"),        QStringLiteral("sig"),         QStringLiteral("assertion"),
        QStringLiteral("credential"), QStringLiteral("credentials"), QStringLiteral("passphrase"),
        QStringLiteral("auth"),
    };
    // Parts of names: api_key, access_token, client_secret, cardNumber, passport_number …
    static const QStringList parts = {
        QStringLiteral("password"),
        QStringLiteral("secret"),
        QStringLiteral("token"),
        QStringLiteral("apikey"),
        QStringLiteral("authorization"),
        QStringLiteral("signature"),
        QStringLiteral("cardnumber"),
        QStringLiteral("securitycode"),
        QStringLiteral("passport"),
        QStringLiteral("documentnumber"),
        QStringLiteral("uniqueidentifier"),
        QStringLiteral("expiry"),
        QStringLiteral("expiration"),
        QStringLiteral("cardholder"),
        QStringLiteral("privatekey"),
        QStringLiteral("sessionid"),
    };
    if (exact.contains(key))
        return true;
    return std::any_of(parts.begin(), parts.end(),
                       [&key](const QString &part) { return key.contains(part); });
}

QString redactedUrl(const QUrl &url)
{
    QUrl clean = url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveFragment);
    if (clean.hasQuery())
        clean.setQuery(redactQuery(QUrlQuery(clean)), QUrl::TolerantMode);
    return maskCardNumbers(clean.toString(QUrl::FullyEncoded));
}

QString redactedBody(const QByteArray &body, int maxChars)
{
    if (body.isEmpty())
        return {};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error == QJsonParseError::NoError) {
        const QJsonValue clean = redactJson(document.isArray() ? QJsonValue(document.array())
                                                               : QJsonValue(document.object()));
        const QJsonDocument out =
            clean.isArray() ? QJsonDocument(clean.toArray()) : QJsonDocument(clean.toObject());
        return cut(maskCardNumbers(QString::fromUtf8(out.toJson(QJsonDocument::Compact))),
                   maxChars);
    }
    if (looksFormEncoded(body))
        return cut(maskCardNumbers(redactQuery(QUrlQuery(QString::fromLatin1(body)))), maxChars);
    return QStringLiteral("[%1 bytes]").arg(body.size());
}

} // namespace tripdesk
