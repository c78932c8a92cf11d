// Fuzzes what the HTTP layer reads from a server before any adapter sees it: Retry-After and
// rate-limit reset headers, HTTP dates, and the redaction of bodies and URLs for the log. None
// may crash; waits are never negative; a date read back from its own IMF-fixdate form is the
// same instant; a redacted body stays within its length.
#include "backend/suppliers/http/http_log.h"
#include "backend/suppliers/http/retry_policy.h"

#include <QLocale>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QDateTime now(QDate(2026, 12, 3), QTime(12, 0), QTimeZone::utc());

    for (const auto &wait :
         {tripdesk::parseRetryAfter(bytes, now), tripdesk::parseRateLimitReset(bytes, now)}) {
        if (wait && wait->count() < 0)
            std::abort();
    }
    const QDateTime date = tripdesk::parseHttpDate(bytes);
    if (date.isValid() && date.date().year() >= 1 && date.date().year() <= 9999) {
        const QString imf =
            QLocale::c().toString(date, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")) +
            QStringLiteral(" GMT");
        if (tripdesk::parseHttpDate(imf.toLatin1()) != date)
            std::abort();
    }

    tripdesk::HttpResponse response;
    response.status = 429;
    response.headers = {
        {"Retry-After", bytes}, {"ratelimit-remaining", "0"}, {"ratelimit-reset", bytes}};
    if (const auto told = tripdesk::serverToldWait(response, now); told && told->count() < 0)
        std::abort();

    if (tripdesk::redactedBody(bytes, 200).size() > 200)
        std::abort();
    (void)tripdesk::redactedUrl(QUrl(QString::fromUtf8(bytes)));
    return 0;
}
