#include "backend/core/money.h"

#include <QCoreApplication>
#include <QLocale>

#include <array>
#include <limits>

namespace tripdesk {

namespace {

struct CurrencyExponent {
    const char16_t *code;
    int exponent;
};

// ISO 4217 currencies whose exponent is not 2, plus the common 2-digit ones so that
// isKnownCurrency() can answer for the currencies the suppliers actually quote.
constexpr std::array<CurrencyExponent, 16> kNonDefaultExponents{{
    {u"BHD", 3},
    {u"BIF", 0},
    {u"CLP", 0},
    {u"DJF", 0},
    {u"GNF", 0},
    {u"IQD", 3},
    {u"ISK", 0},
    {u"JOD", 3},
    {u"JPY", 0},
    {u"KMF", 0},
    {u"KRW", 0},
    {u"KWD", 3},
    {u"LYD", 3},
    {u"OMR", 3},
    {u"TND", 3},
    {u"VND", 0},
}};

constexpr std::array<const char16_t *, 50> kTwoDigitCurrencies{{
    u"AED", u"ARS", u"AUD", u"BDT", u"BRL", u"CAD", u"CHF", u"CNY", u"COP", u"CZK",
    u"DKK", u"EGP", u"EUR", u"GBP", u"HKD", u"HUF", u"IDR", u"ILS", u"INR", u"KES",
    u"LKR", u"MAD", u"MXN", u"MYR", u"NGN", u"NOK", u"NPR", u"NZD", u"PEN", u"PHP",
    u"PKR", u"PLN", u"QAR", u"RON", u"RUB", u"SAR", u"SEK", u"SGD", u"THB", u"TRY",
    u"TWD", u"UAH", u"USD", u"ZAR", u"XOF", u"XAF", u"GHS", u"ETB", u"TZS", u"UGX",
}};

qint64 pow10(int n)
{
    qint64 r = 1;
    for (int i = 0; i < n; ++i)
        r *= 10;
    return r;
}

} // namespace

Money::Money(qint64 minorUnits, QString currency)
    : m_minor(minorUnits)
    , m_currency(std::move(currency))
{}

int Money::exponent(QStringView currency)
{
    for (const auto &c : kNonDefaultExponents) {
        if (currency == QStringView(c.code))
            return c.exponent;
    }
    return 2;
}

bool Money::isKnownCurrency(QStringView currency)
{
    for (const auto &c : kNonDefaultExponents) {
        if (currency == QStringView(c.code))
            return true;
    }
    for (const auto *c : kTwoDigitCurrencies) {
        if (currency == QStringView(c))
            return true;
    }
    return false;
}

Result<Money> Money::parse(QStringView decimal, const QString &currency)
{
    const auto fail = [&](const char *why) {
        return Error::invalidInput(
            QCoreApplication::translate("Money", "“%1” is not a valid amount of %2.")
                .arg(decimal.toString(), currency),
            QString::fromLatin1(why));
    };
    if (currency.size() != 3)
        return fail("currency code must have three letters");
    const int exp = exponent(currency);
    QStringView s = decimal.trimmed();
    bool negative = false;
    if (s.startsWith(u'-') || s.startsWith(u'+')) {
        negative = s.front() == u'-';
        s = s.mid(1);
    }
    if (s.isEmpty())
        return fail("empty");
    const qsizetype dot = s.indexOf(u'.');
    const QStringView whole = dot < 0 ? s : s.left(dot);
    const QStringView frac = dot < 0 ? QStringView() : s.mid(dot + 1);
    if (whole.isEmpty() && frac.isEmpty())
        return fail("no digits");
    if (dot >= 0 && frac.isEmpty())
        return fail("no digits after the decimal point");

    qint64 value = 0;
    // Appends one decimal digit; false on overflow.
    const auto push = [&value](int digit) {
        constexpr qint64 kMax = std::numeric_limits<qint64>::max();
        if (value > (kMax - digit) / 10)
            return false;
        value = value * 10 + digit;
        return true;
    };
    for (QChar c : whole) {
        if (c < u'0' || c > u'9')
            return fail("not a digit");
        if (!push(c.unicode() - u'0'))
            return fail("too large");
    }
    int digits = 0;
    for (QChar c : frac) {
        if (c < u'0' || c > u'9')
            return fail("not a digit");
        if (digits >= exp) {
            // Extra trailing zeros are harmless ("12.500" in a 2-digit currency); others would
            // lose money silently.
            if (c != u'0')
                return fail("more fractional digits than the currency has");
            continue;
        }
        if (!push(c.unicode() - u'0'))
            return fail("too large");
        ++digits;
    }
    for (; digits < exp; ++digits) {
        if (!push(0))
            return fail("too large");
    }
    return Money(negative ? -value : value, currency);
}

Money Money::fromScaled(qint64 value, int digits, const QString &currency)
{
    const int exp = exponent(currency);
    if (digits <= exp)
        return Money(value * pow10(exp - digits), currency);
    const qint64 div = pow10(digits - exp);
    const qint64 half = div / 2;
    const qint64 rounded = value >= 0 ? (value + half) / div : -((-value + half) / div);
    return Money(rounded, currency);
}

QString Money::toDecimalString() const
{
    const int exp = exponent(m_currency);
    const bool negative = m_minor < 0;
    // Work in unsigned to cope with the minimum value.
    const quint64 abs = negative ? quint64(0) - quint64(m_minor) : quint64(m_minor);
    const quint64 scale = quint64(pow10(exp));
    QString out = QString::number(abs / scale);
    if (exp > 0)
        out += u'.' + QString::number(abs % scale).rightJustified(exp, u'0');
    return negative ? u'-' + out : out;
}

QString Money::toDisplayString(const QLocale &locale) const
{
    const int exp = exponent(m_currency);
    const double major = double(m_minor) / double(pow10(exp)); // display only, never arithmetic
    const QString symbol = locale.currencySymbol(QLocale::CurrencySymbol);
    const QString text = locale.toString(major, 'f', exp);
    // The locale's own symbol only fits its own currency; otherwise show the ISO code.
    if (locale.currencySymbol(QLocale::CurrencyIsoCode) == m_currency && !symbol.isEmpty())
        return symbol + text;
    return m_currency + QChar(0x00A0) + text;
}

Money Money::operator+(const Money &other) const
{
    Q_ASSERT(m_currency == other.m_currency);
    return Money(m_minor + other.m_minor, m_currency);
}

Money Money::operator-(const Money &other) const
{
    Q_ASSERT(m_currency == other.m_currency);
    return Money(m_minor - other.m_minor, m_currency);
}

Money Money::operator*(qint64 factor) const
{
    return Money(m_minor * factor, m_currency);
}

Money &Money::operator+=(const Money &other)
{
    Q_ASSERT(m_currency.isEmpty() || m_currency == other.m_currency);
    if (m_currency.isEmpty())
        m_currency = other.m_currency;
    m_minor += other.m_minor;
    return *this;
}

bool Money::operator<(const Money &other) const
{
    Q_ASSERT(m_currency == other.m_currency);
    return m_minor < other.m_minor;
}

} // namespace tripdesk
