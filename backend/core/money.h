#pragma once
// Money: an integer amount of minor units with its ISO 4217 currency. Never a double.

#include "backend/core/result.h"

#include <QString>
#include <QtGlobal>

#include <optional>

class QLocale;

namespace tripdesk {

class Money
{
public:
    Money() = default;
    // The code is matched without regard to case and kept in upper case ("usd" → "USD").
    Money(qint64 minorUnits, QString currency);

    // The currency's number of minor-unit digits as ISO 4217 gives them (JPY 0, XOF 0, INR 2,
    // KWD 3, CLF 4); nothing for a code that is not an ISO 4217 currency. Case is ignored.
    static std::optional<int> exponent(QStringView currency);
    // Whether the code is an ISO 4217 currency with minor units. Case is ignored.
    static bool isKnownCurrency(QStringView currency);
    // The upper-case ISO code, or an empty string for an unknown one.
    static QString normalizedCurrency(QStringView currency);
    // The upper-case ISO code of a currency someone typed (surrounding spaces ignored), or an
    // InvalidInput error that quotes it and says what to write instead.
    static Result<QString> checkedCurrency(QStringView typed);

    // Parses a supplier's decimal string ("1234.5", "-0.75", "12") exactly into minor units.
    // Rejects more fractional digits than the currency has, exponents, and overflow.
    static Result<Money> parse(QStringView decimal, const QString &currency);
    // Converts a major-unit amount expressed as an integer number of 1/10^digits (for generated
    // fares) with rounding half away from zero to the currency's exponent.
    static Money fromScaled(qint64 value, int digits, const QString &currency);

    qint64 minorUnits() const { return m_minor; }
    const QString &currency() const { return m_currency; }
    // Whether the currency is a known ISO 4217 code.
    bool isValid() const { return m_exponent >= 0; }
    int exponent() const { return m_exponent < 0 ? 0 : m_exponent; }

    // "1234.50" for INR, "1234" for JPY, "1.250" for KWD: the API decimal form.
    QString toDecimalString() const;
    // A localised display string with the currency symbol, e.g. "₹1,234.50", "$122.00" in Hindi
    // too, "CA$" for a dollar that is not the US one, the ISO code for a currency without a
    // well-known symbol ("AED 450.00"). The desk and the CLI both show prices through this.
    QString toDisplayString(const QLocale &locale) const;

    // Checked arithmetic for amounts from outside: an error names both currencies when they
    // differ (convert through a rate table first), or says the sum overflowed.
    Result<Money> plus(const Money &other) const;
    Result<Money> minus(const Money &other) const;
    // -1, 0 or 1 within one currency; nothing across currencies.
    std::optional<int> compare(const Money &other) const;

    // Arithmetic on amounts known to share a currency. A mismatch asserts in debug builds and
    // yields an invalid Money in release builds, never a wrong amount.
    Money operator+(const Money &other) const;
    Money operator-(const Money &other) const;
    Money operator*(qint64 factor) const;
    Money &operator+=(const Money &other);

    friend bool operator==(const Money &, const Money &) = default;
    // Ordering only within one currency.
    bool operator<(const Money &other) const;

private:
    static Error currencyMismatch(const Money &a, const Money &b);

    qint64 m_minor = 0;
    QString m_currency;
    int m_exponent = -1;
};

} // namespace tripdesk
