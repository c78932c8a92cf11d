#pragma once
// Money: an integer amount of minor units with its ISO 4217 currency. Never a double.

#include "backend/core/result.h"

#include <QString>
#include <QtGlobal>

class QLocale;

namespace tripdesk {

class Money
{
public:
    Money() = default;
    Money(qint64 minorUnits, QString currency);

    // The currency's number of minor-unit digits (JPY 0, INR 2, KWD 3); 2 for unknown codes.
    static int exponent(QStringView currency);
    // Whether the code is a known ISO 4217 currency.
    static bool isKnownCurrency(QStringView currency);

    // Parses a supplier's decimal string ("1234.5", "-0.75", "12") exactly into minor units.
    // Rejects more fractional digits than the currency has, exponents, and overflow.
    static Result<Money> parse(QStringView decimal, const QString &currency);
    // Converts a major-unit amount expressed as an integer number of 1/10^digits (for generated
    // fares) with rounding half away from zero to the currency's exponent.
    static Money fromScaled(qint64 value, int digits, const QString &currency);

    qint64 minorUnits() const { return m_minor; }
    const QString &currency() const { return m_currency; }
    bool isValid() const { return m_currency.size() == 3; }

    // "1234.50" for INR, "1234" for JPY, "1.250" for KWD: the API decimal form.
    QString toDecimalString() const;
    // A localised display string with the currency symbol, e.g. "₹1,234.50".
    QString toDisplayString(const QLocale &locale) const;

    // Arithmetic requires the same currency; mixing currencies is a programming error.
    Money operator+(const Money &other) const;
    Money operator-(const Money &other) const;
    Money operator*(qint64 factor) const;
    Money &operator+=(const Money &other);

    friend bool operator==(const Money &, const Money &) = default;
    // Ordering only within one currency.
    bool operator<(const Money &other) const;

private:
    qint64 m_minor = 0;
    QString m_currency;
};

} // namespace tripdesk
