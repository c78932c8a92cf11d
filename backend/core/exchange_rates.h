#pragma once
// The agency's exchange rates: how much of each currency one unit of the base currency buys.
// Amounts in two currencies are compared or added only after converting through these rates;
// where a rate is missing the conversion says so instead of guessing. Rates are kept exactly, as
// the decimal they were given in, and conversions round half away from zero to the target's
// minor unit.

#include "backend/core/money.h"

#include <QHash>

#include <optional>

namespace tripdesk {

class ExchangeRates
{
public:
    // Knows no rates: converts a currency only to itself.
    ExchangeRates() = default;

    // `rate` is the price of one unit of `base` in `currency`, as a decimal ("83.25" rupees per
    // dollar). InvalidInput for an unknown currency, a base other than the one set first, or a
    // rate that is not a positive decimal below 10^6 with at most six decimals.
    Result<void> setRate(const QString &base, const QString &currency, QStringView rate);

    bool canConvert(QStringView from, QStringView to) const;
    // `amount` in `to`; nothing when a rate is missing.
    std::optional<Money> convert(const Money &amount, QStringView to) const;
    // -1, 0 or 1 once both are in `in`; nothing when either cannot be converted.
    std::optional<int> compare(const Money &a, const Money &b, QStringView in) const;

private:
    struct Rate {
        qint64 scaled = 0; // the rate times 10^6
    };
    QString m_base;
    QHash<QString, Rate> m_rates; // by currency, against m_base
};

} // namespace tripdesk
