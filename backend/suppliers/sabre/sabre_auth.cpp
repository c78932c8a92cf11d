#include "backend/suppliers/sabre/sabre_auth.h"

#include "backend/suppliers/sabre/sabre_errors.h"
#include "backend/suppliers/sabre/sabre_json.h"

#include <QCoreApplication>

namespace tripdesk::sabre {

using namespace Qt::StringLiterals;

Result<QByteArray> tokenAuthorization(const SabreAccount &account)
{
    // The field names the settings form uses; the noun is what the message says.
    const auto missing = [](const QString &field, const char *noun) {
        return Error::invalidInput(
                   QCoreApplication::translate("SabreSupplier",
                                               "The Sabre account has no %1; add it in the "
                                               "supplier settings.")
                       .arg(QCoreApplication::translate("SabreSupplier", noun)),
                   u"sabre account: missing %1"_s.arg(field))
            .at(field);
    };
    if (account.user.trimmed().isEmpty())
        return missing(u"user"_s, QT_TRANSLATE_NOOP("SabreSupplier", "user ID"));
    if (account.group.trimmed().isEmpty())
        return missing(u"group"_s, QT_TRANSLATE_NOOP("SabreSupplier", "group (PCC)"));
    if (account.domain.trimmed().isEmpty())
        return missing(u"domain"_s, QT_TRANSLATE_NOOP("SabreSupplier", "domain"));
    if (account.password.isEmpty())
        return missing(u"password"_s, QT_TRANSLATE_NOOP("SabreSupplier", "password"));
    const QByteArray clientId = (u"V1:"_s + account.user.trimmed() + u':' +
                                 account.group.trimmed() + u':' + account.domain.trimmed())
                                    .toUtf8()
                                    .toBase64();
    const QByteArray secret = account.password.toUtf8().toBase64();
    const QByteArray joined = clientId + ':' + secret;
    return QByteArray(QByteArray("Basic ") + joined.toBase64());
}

QByteArray tokenRequestBody()
{
    return QByteArrayLiteral("grant_type=client_credentials");
}

bool SabreToken::usableAt(const QDateTime &now, int marginSeconds) const
{
    return !accessToken.isEmpty() && expiresAt.isValid() &&
           now.secsTo(expiresAt) > qint64(marginSeconds);
}

Result<SabreToken> parseTokenReply(int httpStatus, const QByteArray &body, const QDateTime &now)
{
    if (httpStatus < 200 || httpStatus >= 300)
        return errorFromReply(Call::Token, httpStatus, body);
    QString why;
    const auto tree = JsonTree::parse(body, &why);
    if (!tree)
        return malformedReply(Call::Token, u"token reply is not JSON: "_s + why);
    const JsonValue root = tree->root();
    if (root["error"_L1].exists())
        return errorFromReply(Call::Token, httpStatus, body);
    const QString token = root["access_token"_L1].text();
    const QString type = root["token_type"_L1].text();
    const auto lifetime = root["expires_in"_L1].integer();
    if (token.isEmpty())
        return malformedReply(Call::Token, u"token reply without access_token"_s);
    if (!type.isEmpty() && type.compare(u"bearer"_s, Qt::CaseInsensitive) != 0)
        return malformedReply(Call::Token, u"token type %1"_s.arg(quotedInput(type, 20)));
    // Tokens of a lifetime beyond a year (or none) would never be refreshed; a week is Sabre's.
    if (!lifetime || *lifetime <= 0 || *lifetime > 366LL * 24 * 3600)
        return malformedReply(Call::Token, u"token reply with a bad expires_in"_s);
    return SabreToken{token.toUtf8(), now.toUTC().addSecs(*lifetime)};
}

} // namespace tripdesk::sabre
