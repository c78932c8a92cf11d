#include "backend/suppliers/http/retry_policy.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>
#include <memory>

namespace tripdesk {

using namespace std::chrono;

RandomSource systemRandomSource()
{
    return [] { return QRandomGenerator::global()->generateDouble(); };
}

RandomSource seededRandomSource(quint64 seed)
{
    auto generator = std::make_shared<QRandomGenerator64>(seed);
    return [generator] { return generator->generateDouble(); };
}

bool RetryPolicy::retries(int status) const
{
    return std::find(retryStatuses.begin(), retryStatuses.end(), status) != retryStatuses.end();
}

milliseconds backoffDelay(const RetryPolicy &policy, int retry, double random01)
{
    const double base = double(policy.baseDelay.count());
    const double cap = double(policy.maxDelay.count());
    // 2^(retry−1) overflows nothing here: the exponent is bounded before the multiplication.
    const double ceiling = std::min(cap, base * std::exp2(std::clamp(retry - 1, 0, 30)));
    const double pick = std::clamp(random01, 0.0, 1.0) * ceiling;
    return milliseconds(qint64(std::llround(pick)));
}

namespace {

int monthFromName(QByteArrayView name)
{
    static const char *const months[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                         "jul", "aug", "sep", "oct", "nov", "dec"};
    for (int i = 0; i < 12; ++i) {
        if (name.compare(QByteArrayView(months[i]), Qt::CaseInsensitive) == 0)
            return i + 1;
    }
    return 0;
}

std::optional<qint64> parseDigits(QByteArrayView text)
{
    const QByteArray trimmed = text.trimmed().toByteArray();
    if (trimmed.isEmpty() || trimmed.size() > 15)
        return std::nullopt;
    for (char c : trimmed) {
        if (c < '0' || c > '9')
            return std::nullopt;
    }
    return trimmed.toLongLong();
}

milliseconds untilInstant(const QDateTime &instant, const QDateTime &nowUtc)
{
    return milliseconds(std::max<qint64>(0, nowUtc.msecsTo(instant)));
}

} // namespace

QDateTime parseHttpDate(QByteArrayView text)
{
    QByteArray flat = text.toByteArray();
    flat.replace(',', ' ').replace('-', ' ');
    const QList<QByteArray> parts = flat.simplified().split(' ');
    int day = 0;
    int month = 0;
    int year = 0;
    QByteArray clock;
    if (parts.size() == 6 && parts[5].compare("GMT", Qt::CaseInsensitive) == 0) {
        // IMF-fixdate "Sun, 06 Nov 1994 08:49:37 GMT" or RFC 850 "Sunday, 06-Nov-94 08:49:37 GMT".
        day = parts[1].toInt();
        month = monthFromName(parts[2]);
        year = parts[3].toInt();
        if (parts[3].size() == 2)
            year += year < 70 ? 2000 : 1900;
        clock = parts[4];
    } else if (parts.size() == 5) {
        // asctime "Sun Nov  6 08:49:37 1994".
        month = monthFromName(parts[1]);
        day = parts[2].toInt();
        clock = parts[3];
        year = parts[4].toInt();
    }
    const QDate date(year, month, day);
    const QTime time = QTime::fromString(QString::fromLatin1(clock), QStringLiteral("HH:mm:ss"));
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, QTimeZone::utc());
}

std::optional<milliseconds> parseRetryAfter(QByteArrayView value, const QDateTime &nowUtc)
{
    if (const auto seconds = parseDigits(value))
        return milliseconds(*seconds * 1000);
    const QDateTime when = parseHttpDate(value);
    if (!when.isValid())
        return std::nullopt;
    return untilInstant(when, nowUtc);
}

std::optional<milliseconds> parseRateLimitReset(QByteArrayView value, const QDateTime &nowUtc)
{
    if (const auto number = parseDigits(value)) {
        // No reset window lasts 30 years, so a number that large is an instant, not a wait.
        constexpr qint64 epochThreshold = 1000000000;
        if (*number >= epochThreshold)
            return untilInstant(QDateTime::fromSecsSinceEpoch(*number, QTimeZone::utc()), nowUtc);
        return milliseconds(*number * 1000);
    }
    const QDateTime when = parseHttpDate(value);
    if (!when.isValid())
        return std::nullopt;
    return untilInstant(when, nowUtc);
}

namespace {

std::optional<milliseconds> resetWait(const HttpResponse &response, const QDateTime &nowUtc)
{
    for (const char *name : {"ratelimit-reset", "x-ratelimit-reset"}) {
        const QByteArray value = response.header(QByteArrayView(name));
        if (!value.isEmpty())
            return parseRateLimitReset(value, nowUtc);
    }
    return std::nullopt;
}

bool windowUsedUp(const HttpResponse &response)
{
    for (const char *name : {"ratelimit-remaining", "x-ratelimit-remaining"}) {
        const QByteArray value = response.header(QByteArrayView(name));
        if (!value.isEmpty())
            return parseDigits(value) == std::optional<qint64>(0);
    }
    return false;
}

} // namespace

std::optional<milliseconds> serverToldWait(const HttpResponse &response, const QDateTime &nowUtc)
{
    const QByteArray retryAfter = response.header("retry-after");
    if (!retryAfter.isEmpty()) {
        if (auto wait = parseRetryAfter(retryAfter, nowUtc))
            return wait;
    }
    if (response.status == 429 || windowUsedUp(response))
        return resetWait(response, nowUtc);
    return std::nullopt;
}

std::optional<milliseconds> rateLimitHold(const HttpResponse &response, const QDateTime &nowUtc)
{
    if (windowUsedUp(response))
        return resetWait(response, nowUtc);
    if (response.status == 429 || response.status == 503)
        return serverToldWait(response, nowUtc);
    return std::nullopt;
}

} // namespace tripdesk
