#include "backend/core/exchange_rates.h"

#include <QCoreApplication>

#include <limits>

namespace tripdesk {

namespace {

constexpr int kRateDigits = 6;
constexpr qint64 kRateScale = 1'000'000;

// Unsigned 128-bit arithmetic, portable (MSVC has no __int128): enough for amount × rate ×
// 10^exponent before dividing, so a conversion is exact up to the final rounding.
struct U128 {
    quint64 hi = 0;
    quint64 lo = 0;
};

U128 multiply(quint64 a, quint64 b)
{
    const quint64 aLo = a & 0xffffffffu, aHi = a >> 32;
    const quint64 bLo = b & 0xffffffffu, bHi = b >> 32;
    const quint64 ll = aLo * bLo, lh = aLo * bHi, hl = aHi * bLo, hh = aHi * bHi;
    const quint64 mid = (ll >> 32) + (lh & 0xffffffffu) + (hl & 0xffffffffu);
    U128 r;
    r.lo = (mid << 32) | (ll & 0xffffffffu);
    r.hi = hh + (lh >> 32) + (hl >> 32) + (mid >> 32);
    return r;
}

// a × b, or nothing on overflow of 128 bits.
std::optional<U128> multiply(U128 a, quint64 b)
{
    const U128 low = multiply(a.lo, b);
    const U128 high = multiply(a.hi, b);
    if (high.hi != 0)
        return std::nullopt;
    U128 r{low.hi + high.lo, low.lo};
    if (r.hi < low.hi)
        return std::nullopt;
    return r;
}

// (n + d/2) / d, rounded half up, as long as the quotient fits 63 bits.
std::optional<quint64> divideRounded(U128 n, quint64 d)
{
    if (d == 0)
        return std::nullopt;
    const quint64 half = d / 2;
    n.lo += half;
    if (n.lo < half)
        ++n.hi;
    // Shift-subtract long division; a quotient wider than 64 bits is an overflow.
    if (n.hi >= d)
        return std::nullopt;
    quint64 remainder = n.hi;
    quint64 quotient = 0;
    for (int bit = 63; bit >= 0; --bit) {
        const bool carry = remainder >> 63;
        remainder = (remainder << 1) | ((n.lo >> bit) & 1u);
        if (carry || remainder >= d) {
            remainder -= d;
            quotient |= quint64(1) << bit;
        }
    }
    if (quotient > quint64(std::numeric_limits<qint64>::max()))
        return std::nullopt;
    return quotient;
}

quint64 pow10(int n)
{
    quint64 v = 1;
    for (int i = 0; i < n; ++i)
        v *= 10;
    return v;
}

} // namespace

Result<void> ExchangeRates::setRate(const QString &base, const QString &currency, QStringView rate)
{
    const QString baseCode = Money::normalizedCurrency(base);
    const QString code = Money::normalizedCurrency(currency);
    const auto invalid = [&] {
        return Error::invalidInput(
            QCoreApplication::translate("ExchangeRates",
                                        "“%1” is not an exchange rate from %2 to %3; write a "
                                        "positive decimal such as 83.25, with at most six "
                                        "decimals.")
                .arg(quotedInput(rate.toString()), quotedInput(base), quotedInput(currency)));
    };
    if (baseCode.isEmpty() || code.isEmpty() || (!m_base.isEmpty() && baseCode != m_base))
        return invalid();
    // Parsed as a decimal with the rate's own scale, exactly.
    const QStringView text = rate.trimmed();
    const qsizetype dot = text.indexOf(u'.');
    const QStringView whole = dot < 0 ? text : text.left(dot);
    const QStringView fraction = dot < 0 ? QStringView() : text.mid(dot + 1);
    if (whole.isEmpty() || whole.size() > 6 || fraction.size() > kRateDigits)
        return invalid();
    qint64 scaled = 0;
    for (QChar c : whole) {
        if (!c.isDigit())
            return invalid();
        scaled = scaled * 10 + c.digitValue();
    }
    qint64 fractionValue = 0;
    for (QChar c : fraction) {
        if (!c.isDigit())
            return invalid();
        fractionValue = fractionValue * 10 + c.digitValue();
    }
    for (qsizetype i = fraction.size(); i < kRateDigits; ++i)
        fractionValue *= 10;
    scaled = scaled * kRateScale + fractionValue;
    if (scaled <= 0)
        return invalid();
    m_base = baseCode;
    m_rates.insert(baseCode, Rate{kRateScale});
    m_rates.insert(code, Rate{scaled});
    return {};
}

bool ExchangeRates::canConvert(QStringView from, QStringView to) const
{
    const QString a = Money::normalizedCurrency(from);
    const QString b = Money::normalizedCurrency(to);
    if (a.isEmpty() || b.isEmpty())
        return false;
    return a == b || (m_rates.contains(a) && m_rates.contains(b));
}

std::optional<Money> ExchangeRates::convert(const Money &amount, QStringView to) const
{
    const QString target = Money::normalizedCurrency(to);
    if (!amount.isValid() || target.isEmpty())
        return std::nullopt;
    if (amount.currency() == target)
        return amount;
    const auto from = m_rates.constFind(amount.currency());
    const auto into = m_rates.constFind(target);
    if (from == m_rates.cend() || into == m_rates.cend())
        return std::nullopt;
    // minor_to = minor_from / 10^e_from / rate_from * rate_to * 10^e_to, rounded once at the end,
    // half away from zero.
    const bool negative = amount.minorUnits() < 0;
    const quint64 magnitude =
        negative ? quint64(0) - quint64(amount.minorUnits()) : quint64(amount.minorUnits());
    const auto numerator =
        multiply(multiply(magnitude, quint64(into->scaled)), pow10(*Money::exponent(target)));
    if (!numerator)
        return std::nullopt;
    // At most 10^12 (a six-digit rate with six decimals) times 10^4: well inside 64 bits.
    const quint64 denominator = quint64(from->scaled) * pow10(amount.exponent());
    const auto minor = divideRounded(*numerator, denominator);
    if (!minor)
        return std::nullopt;
    return Money(negative ? -qint64(*minor) : qint64(*minor), target);
}

std::optional<int> ExchangeRates::compare(const Money &a, const Money &b, QStringView in) const
{
    const auto x = convert(a, in);
    const auto y = convert(b, in);
    if (!x || !y)
        return std::nullopt;
    return x->compare(*y);
}

} // namespace tripdesk
