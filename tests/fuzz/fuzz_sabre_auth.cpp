// Fuzzes what Sabre answers outside the shopping and booking bodies: token replies, error
// replies of every format for every call and status, and offer ids pasted back by a user.
// Nothing may crash; every error has a message and a kind, and no accepted token is empty.
#include "backend/suppliers/sabre/sabre_auth.h"
#include "backend/suppliers/sabre/sabre_errors.h"
#include "backend/suppliers/sabre/sabre_offer_key.h"

#include <cstdint>
#include <cstdlib>

using namespace tripdesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    const QDateTime now(QDate(2026, 12, 3), QTime(10, 0), Qt::UTC);
    const auto token = sabre::parseTokenReply(200, body, now);
    if (token ? (token->accessToken.isEmpty() || !token->usableAt(now, 0))
              : token.error().message.isEmpty())
        std::abort();
    for (int call = 0; call <= int(sabre::Call::CancelBooking); ++call) {
        for (int status : {200, 400, 401, 403, 404, 429, 500, 502}) {
            const Error e = sabre::errorFromReply(sabre::Call(call), status, body);
            if (e.message.isEmpty() || sabre::faultKind(e) == sabre::FaultKind::None)
                std::abort();
        }
    }
    const auto key = sabre::OfferKey::decode(QString::fromUtf8(body));
    if (key && sabre::OfferKey::decode(key->encode()).value() != *key)
        std::abort();
    return 0;
}
