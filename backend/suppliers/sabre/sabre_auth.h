#pragma once
// Sabre's sessionless token (POST /v2/auth/token, OAuth client credentials): the Basic
// credential built from the account, the token reply read into a token and the instant it
// expires. Pure functions; the adapter sends the request and caches the token.

#include "backend/core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace tripdesk::sabre {

struct SabreAccount {
    QString user;   // EPR user id
    QString group;  // PCC (pseudo city code) or iPCC
    QString domain; // "AA" for travel agencies
    QString password;
};

// The value of the Authorization header for the token request, "Basic " included:
// base64( base64("V1:" + user + ":" + group + ":" + domain) + ":" + base64(password) ).
// An InvalidInput error names the first part of the account that is missing.
Result<QByteArray> tokenAuthorization(const SabreAccount &account);

// The form body the token request carries.
QByteArray tokenRequestBody();

struct SabreToken {
    QByteArray accessToken; // sent as "Authorization: Bearer <token>"; never logged
    QDateTime expiresAt;    // UTC
    // Whether the token is still good `margin` seconds from `now`, so a call never starts with a
    // token about to lapse.
    bool usableAt(const QDateTime &now, int marginSeconds = 300) const;
};

// Reads a token reply {access_token, token_type, expires_in} received at `now`; an OAuth error
// body ({"error": "invalid_client", …}) or a gateway error gives the Error the adapter shows.
Result<SabreToken> parseTokenReply(int httpStatus, const QByteArray &body, const QDateTime &now);

} // namespace tripdesk::sabre
