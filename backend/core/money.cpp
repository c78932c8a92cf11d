#include "backend/core/money.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QtNumeric>

#include <algorithm>
#include <cstring>
#include <iterator>
#include <limits>

namespace tripdesk {

namespace {

struct CurrencyExponent {
    char code[4];
    int exponent;
};

// Every ISO 4217 currency with minor units (list one, as amended to 2025), sorted by code for
// binary search; codes whose minor unit is "N.A." (gold, SDRs, test codes) are no currencies to
// price a trip in and are left out. Withdrawn codes still seen in old bookings (ANG, CUC, HRK,
// SLL, ZWL) keep their last exponent.
constexpr CurrencyExponent kCurrencies[] = {
    {"AED", 2}, {"AFN", 2}, {"ALL", 2}, {"AMD", 2}, {"ANG", 2}, {"AOA", 2}, {"ARS", 2}, {"AUD", 2},
    {"AWG", 2}, {"AZN", 2}, {"BAM", 2}, {"BBD", 2}, {"BDT", 2}, {"BGN", 2}, {"BHD", 3}, {"BIF", 0},
    {"BMD", 2}, {"BND", 2}, {"BOB", 2}, {"BOV", 2}, {"BRL", 2}, {"BSD", 2}, {"BTN", 2}, {"BWP", 2},
    {"BYN", 2}, {"BZD", 2}, {"CAD", 2}, {"CDF", 2}, {"CHE", 2}, {"CHF", 2}, {"CHW", 2}, {"CLF", 4},
    {"CLP", 0}, {"CNY", 2}, {"COP", 2}, {"COU", 2}, {"CRC", 2}, {"CUC", 2}, {"CUP", 2}, {"CVE", 2},
    {"CZK", 2}, {"DJF", 0}, {"DKK", 2}, {"DOP", 2}, {"DZD", 2}, {"EGP", 2}, {"ERN", 2}, {"ETB", 2},
    {"EUR", 2}, {"FJD", 2}, {"FKP", 2}, {"GBP", 2}, {"GEL", 2}, {"GHS", 2}, {"GIP", 2}, {"GMD", 2},
    {"GNF", 0}, {"GTQ", 2}, {"GYD", 2}, {"HKD", 2}, {"HNL", 2}, {"HRK", 2}, {"HTG", 2}, {"HUF", 2},
    {"IDR", 2}, {"ILS", 2}, {"INR", 2}, {"IQD", 3}, {"IRR", 2}, {"ISK", 0}, {"JMD", 2}, {"JOD", 3},
    {"JPY", 0}, {"KES", 2}, {"KGS", 2}, {"KHR", 2}, {"KMF", 0}, {"KPW", 2}, {"KRW", 0}, {"KWD", 3},
    {"KYD", 2}, {"KZT", 2}, {"LAK", 2}, {"LBP", 2}, {"LKR", 2}, {"LRD", 2}, {"LSL", 2}, {"LYD", 3},
    {"MAD", 2}, {"MDL", 2}, {"MGA", 2}, {"MKD", 2}, {"MMK", 2}, {"MNT", 2}, {"MOP", 2}, {"MRU", 2},
    {"MUR", 2}, {"MVR", 2}, {"MWK", 2}, {"MXN", 2}, {"MXV", 2}, {"MYR", 2}, {"MZN", 2}, {"NAD", 2},
    {"NGN", 2}, {"NIO", 2}, {"NOK", 2}, {"NPR", 2}, {"NZD", 2}, {"OMR", 3}, {"PAB", 2}, {"PEN", 2},
    {"PGK", 2}, {"PHP", 2}, {"PKR", 2}, {"PLN", 2}, {"PYG", 0}, {"QAR", 2}, {"RON", 2}, {"RSD", 2},
    {"RUB", 2}, {"RWF", 0}, {"SAR", 2}, {"SBD", 2}, {"SCR", 2}, {"SDG", 2}, {"SEK", 2}, {"SGD", 2},
    {"SHP", 2}, {"SLE", 2}, {"SLL", 2}, {"SOS", 2}, {"SRD", 2}, {"SSP", 2}, {"STN", 2}, {"SVC", 2},
    {"SYP", 2}, {"SZL", 2}, {"THB", 2}, {"TJS", 2}, {"TMT", 2}, {"TND", 3}, {"TOP", 2}, {"TRY", 2},
    {"TTD", 2}, {"TWD", 2}, {"TZS", 2}, {"UAH", 2}, {"UGX", 0}, {"USD", 2}, {"USN", 2}, {"UYI", 0},
    {"UYU", 2}, {"UYW", 4}, {"UZS", 2}, {"VED", 2}, {"VES", 2}, {"VND", 0}, {"VUV", 0}, {"WST", 2},
    {"XAF", 0}, {"XCD", 2}, {"XCG", 2}, {"XOF", 0}, {"XPF", 0}, {"YER", 2}, {"ZAR", 2}, {"ZMW", 2},
    {"ZWG", 2}, {"ZWL", 2},
};

constexpr bool isSorted()
{
    for (std::size_t i = 1; i < std::size(kCurrencies); ++i) {
        const auto &a = kCurrencies[i - 1].code;
        const auto &b = kCurrencies[i].code;
        if (a[0] > b[0] || (a[0] == b[0] && (a[1] > b[1] || (a[1] == b[1] && a[2] >= b[2]))))
            return false;
    }
    return true;
}
static_assert(isSorted(), "kCurrencies must be sorted and free of duplicates");

const CurrencyExponent *findCurrency(QStringView code)
{
    if (code.size() != 3)
        return nullptr;
    char key[3];
    for (int i = 0; i < 3; ++i) {
        const char16_t c = code[i].unicode();
        if (c >= u'a' && c <= u'z')
            key[i] = char(c - u'a' + 'A');
        else if (c >= u'A' && c <= u'Z')
            key[i] = char(c);
        else
            return nullptr;
    }
    const auto *it = std::lower_bound(
        std::begin(kCurrencies), std::end(kCurrencies), key,
        [](const CurrencyExponent &e, const char *k) { return std::memcmp(e.code, k, 3) < 0; });
    if (it == std::end(kCurrencies) || std::memcmp(it->code, key, 3) != 0)
        return nullptr;
    return it;
}

// Symbols that read the same to travellers everywhere (CLDR's international English forms).
// A dollar other than the US one carries its country ("CA$") so that it is never mistaken.
QString wellKnownSymbol(QStringView currency)
{
    static const QHash<QString, QString> symbols = {
        {QStringLiteral("USD"), QStringLiteral("$")},
        {QStringLiteral("EUR"), QStringLiteral("€")},
        {QStringLiteral("GBP"), QStringLiteral("£")},
        {QStringLiteral("INR"), QStringLiteral("₹")},
        {QStringLiteral("JPY"), QStringLiteral("¥")},
        {QStringLiteral("CNY"), QStringLiteral("CN¥")},
        {QStringLiteral("KRW"), QStringLiteral("₩")},
        {QStringLiteral("ILS"), QStringLiteral("₪")},
        {QStringLiteral("VND"), QStringLiteral("₫")},
        {QStringLiteral("PHP"), QStringLiteral("₱")},
        {QStringLiteral("NGN"), QStringLiteral("₦")},
        {QStringLiteral("THB"), QStringLiteral("฿")},
        {QStringLiteral("TRY"), QStringLiteral("₺")},
        {QStringLiteral("RUB"), QStringLiteral("₽")},
        {QStringLiteral("UAH"), QStringLiteral("₴")},
        {QStringLiteral("CAD"), QStringLiteral("CA$")},
        {QStringLiteral("AUD"), QStringLiteral("A$")},
        {QStringLiteral("NZD"), QStringLiteral("NZ$")},
        {QStringLiteral("HKD"), QStringLiteral("HK$")},
        {QStringLiteral("MXN"), QStringLiteral("MX$")},
        {QStringLiteral("BRL"), QStringLiteral("R$")},
        {QStringLiteral("TWD"), QStringLiteral("NT$")},
    };
    return symbols.value(currency.toString());
}

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
{
    // Codes are normalised once, here: suppliers and gateways send them in either case.
    if (const CurrencyExponent *c = findCurrency(m_currency)) {
        m_currency = QString::fromLatin1(c->code, 3);
        m_exponent = c->exponent;
    }
}

std::optional<int> Money::exponent(QStringView currency)
{
    if (const CurrencyExponent *c = findCurrency(currency))
        return c->exponent;
    return std::nullopt;
}

bool Money::isKnownCurrency(QStringView currency)
{
    return findCurrency(currency) != nullptr;
}

QString Money::normalizedCurrency(QStringView currency)
{
    if (const CurrencyExponent *c = findCurrency(currency))
        return QString::fromLatin1(c->code, 3);
    return {};
}

Result<QString> Money::checkedCurrency(QStringView typed)
{
    const QString code = normalizedCurrency(typed.trimmed());
    if (!code.isEmpty())
        return code;
    return Error::invalidInput(
        QCoreApplication::translate("Money", "“%1” is not a currency TripDesk knows; use an ISO "
                                             "4217 code such as USD, EUR or INR.")
            .arg(quotedInput(typed.toString())),
        QStringLiteral("unknown currency: %1").arg(quotedInput(typed.toString(), 200)));
}

Result<Money> Money::parse(QStringView decimal, const QString &currency)
{
    const auto fail = [&](const char *why) {
        return Error::invalidInput(
            QCoreApplication::translate("Money", "“%1” is not a valid amount of %2.")
                .arg(decimal.toString(), currency),
            QString::fromLatin1(why));
    };
    const CurrencyExponent *known = findCurrency(currency);
    if (!known)
        return fail("not an ISO 4217 currency with minor units");
    const int exp = known->exponent;
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
    return Money(negative ? -value : value, QString::fromLatin1(known->code, 3));
}

Money Money::fromScaled(qint64 value, int digits, const QString &currency)
{
    const int exp = exponent(currency).value_or(0);
    if (digits <= exp)
        return Money(value * pow10(exp - digits), currency);
    const qint64 div = pow10(digits - exp);
    const qint64 half = div / 2;
    const qint64 rounded = value >= 0 ? (value + half) / div : -((-value + half) / div);
    return Money(rounded, currency);
}

QString Money::toDecimalString() const
{
    const int exp = exponent();
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
    const int exp = exponent();
    const double major = double(m_minor) / double(pow10(exp)); // display only, never arithmetic
    if (!isValid())
        return m_currency + QChar(0x00A0) + locale.toString(major, 'f', 0);
    // The locale's own symbol fits its own currency best ("₹" in India, "$" for CAD in Canada).
    QString symbol = locale.currencySymbol(QLocale::CurrencyIsoCode) == m_currency
                         ? locale.currencySymbol(QLocale::CurrencySymbol)
                         : wellKnownSymbol(m_currency);
    if (symbol.isEmpty())
        symbol = m_currency;
    // A symbol that is letters next to the digits is spaced from them: "AED 450.00", "450,00 AED".
    const QString probe = locale.toCurrencyString(1.0, QStringLiteral("\u00A4"), 0);
    const bool before = probe.startsWith(QChar(0x00A4));
    const QChar touching = before ? symbol.back() : symbol.front();
    if (touching.isLetter() && !probe.contains(QChar(0x00A0)) && !probe.contains(u' '))
        symbol.insert(before ? symbol.size() : 0, QChar(0x00A0));
    return locale.toCurrencyString(major, symbol, exp);
}

Error Money::currencyMismatch(const Money &a, const Money &b)
{
    return Error::invalidInput(
        QCoreApplication::translate("Money",
                                    "Amounts in %1 and %2 cannot be combined without an exchange "
                                    "rate.")
            .arg(a.m_currency, b.m_currency),
        QStringLiteral("currency mismatch: %1 vs %2").arg(a.m_currency, b.m_currency));
}

Result<Money> Money::plus(const Money &other) const
{
    if (m_currency != other.m_currency)
        return currencyMismatch(*this, other);
    qint64 sum = 0;
    if (qAddOverflow(m_minor, other.m_minor, &sum))
        return Error::invalidInput(QCoreApplication::translate("Money", "The amount is too large."),
                                   QStringLiteral("overflow adding money"));
    return Money(sum, m_currency);
}

Result<Money> Money::minus(const Money &other) const
{
    if (m_currency != other.m_currency)
        return currencyMismatch(*this, other);
    qint64 diff = 0;
    if (qSubOverflow(m_minor, other.m_minor, &diff))
        return Error::invalidInput(QCoreApplication::translate("Money", "The amount is too large."),
                                   QStringLiteral("overflow subtracting money"));
    return Money(diff, m_currency);
}

std::optional<int> Money::compare(const Money &other) const
{
    if (m_currency != other.m_currency)
        return std::nullopt;
    return m_minor < other.m_minor ? -1 : (m_minor > other.m_minor ? 1 : 0);
}

// The operators are for sums already known to share a currency; a mismatch is a programming
// error, and in a release build it gives an invalid Money rather than a wrong amount.
Money Money::operator+(const Money &other) const
{
    Q_ASSERT(m_currency == other.m_currency);
    if (m_currency != other.m_currency)
        return Money();
    return Money(m_minor + other.m_minor, m_currency);
}

Money Money::operator-(const Money &other) const
{
    Q_ASSERT(m_currency == other.m_currency);
    if (m_currency != other.m_currency)
        return Money();
    return Money(m_minor - other.m_minor, m_currency);
}

Money Money::operator*(qint64 factor) const
{
    return Money(m_minor * factor, m_currency);
}

Money &Money::operator+=(const Money &other)
{
    Q_ASSERT(m_currency.isEmpty() || m_currency == other.m_currency);
    if (!m_currency.isEmpty() && m_currency != other.m_currency) {
        *this = Money();
        return *this;
    }
    if (m_currency.isEmpty()) {
        m_currency = other.m_currency;
        m_exponent = other.m_exponent;
    }
    m_minor += other.m_minor;
    return *this;
}

bool Money::operator<(const Money &other) const
{
    Q_ASSERT(m_currency == other.m_currency);
    return m_minor < other.m_minor;
}

} // namespace tripdesk
