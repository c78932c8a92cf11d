#include "backend/core/typed_date.h"

#include <QCoreApplication>
#include <QLocale>

#include <array>
#include <optional>
#include <vector>

namespace tripdesk {

namespace {

// Longer than any date anyone types; the rest is refused before it is looked at.
constexpr qsizetype kMaxLength = 64;
// Digits in a number: a four-digit year at most.
constexpr qsizetype kMaxDigits = 4;

constexpr std::array<const char16_t *, 12> kMonths = {
    u"january", u"february", u"march",     u"april",   u"may",      u"june",
    u"july",    u"august",   u"september", u"october", u"november", u"december"};
constexpr std::array<const char16_t *, 7> kWeekdays = {
    u"monday", u"tuesday", u"wednesday", u"thursday", u"friday", u"saturday", u"sunday"};

struct Token {
    bool number = false;
    QString text;       // lower case
    int value = 0;      // numbers only
    bool glued = false; // no separator before it ("24dec", "24th")
};

QString examples()
{
    return QCoreApplication::translate("TypedDate", "24/12/2026, 24 Dec, +30 or tomorrow");
}

Error unreadable(QStringView text)
{
    return Error::invalidInput(
        QCoreApplication::translate("TypedDate", "“%1” is not a date; type one such as %2.")
            .arg(quotedInput(text.toString()), examples()));
}

QString monthName(int month)
{
    return QLocale().standaloneMonthName(month, QLocale::LongFormat);
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isSeparator(QChar c)
{
    return c == u' ' || c == u'/' || c == u'.' || c == u'-' || c == u',' || c == u'\t';
}

// 1–12 for a month name or its first three letters or more ("dec", "sept"); 0 otherwise.
int monthFromWord(QStringView word)
{
    if (word.size() < 3)
        return 0;
    for (size_t i = 0; i < kMonths.size(); ++i) {
        if (QStringView(kMonths[i]).startsWith(word))
            return int(i) + 1;
    }
    return 0;
}

// 1 (Monday) – 7 for a weekday name or its first three letters or more; 0 otherwise.
int weekdayFromWord(QStringView word)
{
    if (word == u"weds")
        return 3;
    if (word.size() < 3)
        return 0;
    for (size_t i = 0; i < kWeekdays.size(); ++i) {
        if (QStringView(kWeekdays[i]).startsWith(word))
            return int(i) + 1;
    }
    return 0;
}

bool isOrdinalSuffix(QStringView word)
{
    return word == u"st" || word == u"nd" || word == u"rd" || word == u"th";
}

// Splits into runs of digits and of letters; nullopt for any other character or a leading
// separator ("-3" would otherwise read as the 3rd).
std::optional<std::vector<Token>> tokenize(QStringView text)
{
    std::vector<Token> tokens;
    bool separated = false;
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text[i];
        if (isSeparator(c)) {
            if (tokens.empty())
                return std::nullopt;
            separated = true;
            ++i;
            continue;
        }
        const bool digit = isAsciiDigit(c);
        if (!digit && !isAsciiLetter(c))
            return std::nullopt;
        qsizetype end = i;
        while (end < text.size() && (digit ? isAsciiDigit(text[end]) : isAsciiLetter(text[end])))
            ++end;
        Token token;
        token.number = digit;
        token.text = text.mid(i, end - i).toString().toLower();
        token.glued = !tokens.empty() && !separated;
        if (digit) {
            if (token.text.size() > kMaxDigits)
                return std::nullopt;
            token.value = token.text.toInt();
        }
        tokens.push_back(std::move(token));
        separated = false;
        i = end;
    }
    return tokens;
}

// A day and month with an optional year, checked; without a year, the first such day on or
// after today.
Result<QDate> resolve(QStringView text, int day, int month, std::optional<int> year, QDate today)
{
    const QString quoted = quotedInput(text.toString());
    if (month < 1 || month > 12) {
        return Error::invalidInput(
            QCoreApplication::translate(
                "TypedDate",
                "“%1” is not a valid date: there is no month %2. Type the day first, as in %3.")
                .arg(quoted, QString::number(month), QStringLiteral("24/12/2026")));
    }
    if (day < 1 || day > 31) {
        return Error::invalidInput(
            QCoreApplication::translate("TypedDate",
                                        "“%1” is not a valid date: no month has a day %2.")
                .arg(quoted, QString::number(day)));
    }
    if (year) {
        const QDate date(*year, month, day);
        if (!date.isValid()) {
            return Error::invalidInput(
                QCoreApplication::translate("TypedDate",
                                            "“%1” is not a valid date: %2 %3 has no day %4.")
                    .arg(quoted, monthName(month), QString::number(*year), QString::number(day)));
        }
        return date;
    }
    // Eight years always reach the next 29 February, even across 2100.
    for (int y = today.year(); y <= today.year() + 8; ++y) {
        const QDate date(y, month, day);
        if (date.isValid() && date >= today)
            return date;
    }
    return Error::invalidInput(
        QCoreApplication::translate("TypedDate", "“%1” is not a valid date: %2 has no day %3.")
            .arg(quoted, monthName(month), QString::number(day)));
}

// "+30", "+3d", "+2w", "+ 2 weeks".
Result<QDate> relative(QStringView text, QStringView rest, QDate today)
{
    const std::optional<std::vector<Token>> tokens = tokenize(rest.trimmed());
    if (!tokens || tokens->empty() || tokens->size() > 2 || !tokens->front().number)
        return unreadable(text);
    int days = tokens->front().value;
    if (tokens->size() == 2) {
        const QString &unit = tokens->back().text;
        if (tokens->back().number)
            return unreadable(text);
        if (unit == u"w" || unit == u"wk" || unit == u"wks" || unit == u"week" || unit == u"weeks")
            days *= 7;
        else if (unit != u"d" && unit != u"day" && unit != u"days")
            return unreadable(text);
    }
    return today.addDays(days);
}

int fullYear(const Token &token)
{
    // "24/12/26" means 2026: nobody books for 1926.
    return token.text.size() == 2 ? 2000 + token.value : token.value;
}

bool isYear(const Token &token)
{
    // Year 0 does not exist; "00" is 2000.
    return token.number && (token.text.size() == 2 || (token.text.size() == 4 && token.value > 0));
}

bool isDayOrMonth(const Token &token)
{
    return token.number && token.text.size() <= 2;
}

} // namespace

Result<QDate> parseTypedDate(QStringView text, QDate today)
{
    if (!today.isValid()) {
        return Error::internal(QCoreApplication::translate(
            "TypedDate", "Today’s date is not known, so no date can be read."));
    }
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return Error::invalidInput(
            QCoreApplication::translate("TypedDate", "Type a date, such as %1.").arg(examples()));
    }
    if (trimmed.size() > kMaxLength)
        return unreadable(trimmed);
    if (trimmed.startsWith(u'+'))
        return relative(trimmed, trimmed.mid(1), today);

    const QString lower = trimmed.toString().toLower();
    if (lower == u"today")
        return today;
    if (lower == u"tomorrow" || lower == u"tmw" || lower == u"tmrw")
        return today.addDays(1);

    std::optional<std::vector<Token>> parsed = tokenize(trimmed);
    if (!parsed)
        return unreadable(trimmed);
    std::vector<Token> tokens;
    for (Token &token : *parsed) {
        // "24th", "1st": the suffix says nothing more than the number.
        if (!token.number && token.glued && !tokens.empty() && tokens.back().number &&
            isOrdinalSuffix(token.text))
            continue;
        tokens.push_back(std::move(token));
    }
    if (tokens.size() == 1 && !tokens.front().number) {
        if (const int weekday = weekdayFromWord(tokens.front().text)) {
            const int ahead = (weekday - today.dayOfWeek() + 7) % 7;
            return today.addDays(ahead == 0 ? 7 : ahead);
        }
        return unreadable(trimmed);
    }
    // "Thu 24 Dec 2026": the weekday is what the field shows beside the date; an edited day
    // with the old weekday still means the day typed.
    if (tokens.size() > 1 && !tokens.front().number && weekdayFromWord(tokens.front().text))
        tokens.erase(tokens.begin());

    int month = 0;
    int monthAt = -1;
    for (size_t i = 0; i < tokens.size(); ++i) {
        if (tokens[i].number)
            continue;
        const int m = monthFromWord(tokens[i].text);
        if (m == 0 || monthAt >= 0)
            return unreadable(trimmed);
        month = m;
        monthAt = int(i);
    }

    const auto at = [&tokens](size_t i) -> const Token & { return tokens[i]; };
    if (monthAt >= 0) {
        // Month by name: "24 dec", "dec 24", "24 dec 2026", "dec 24 2026".
        if (tokens.size() == 2 && isDayOrMonth(at(1 - size_t(monthAt))))
            return resolve(trimmed, at(1 - size_t(monthAt)).value, month, std::nullopt, today);
        if (tokens.size() == 3 && monthAt == 1 && isDayOrMonth(at(0)) && isYear(at(2)))
            return resolve(trimmed, at(0).value, month, fullYear(at(2)), today);
        if (tokens.size() == 3 && monthAt == 0 && isDayOrMonth(at(1)) && isYear(at(2)))
            return resolve(trimmed, at(1).value, month, fullYear(at(2)), today);
        return unreadable(trimmed);
    }

    // Numbers only.
    if (tokens.size() == 1 && isDayOrMonth(at(0))) {
        const int day = at(0).value;
        if (day < 1 || day > 31)
            return resolve(trimmed, day, today.month(), std::nullopt, today);
        // The next month that has this day: "31" on 2 February is 31 March.
        const QDate first(today.year(), today.month(), 1);
        for (int ahead = 0; ahead <= 12; ++ahead) {
            const QDate monthStart = first.addMonths(ahead);
            const QDate date(monthStart.year(), monthStart.month(), day);
            if (date.isValid() && date >= today)
                return date;
        }
        return unreadable(trimmed);
    }
    if (tokens.size() == 2 && isDayOrMonth(at(0)) && isDayOrMonth(at(1)))
        return resolve(trimmed, at(0).value, at(1).value, std::nullopt, today);
    if (tokens.size() == 3) {
        if (at(0).text.size() == 4 && isYear(at(0)) && isDayOrMonth(at(1)) && isDayOrMonth(at(2)))
            return resolve(trimmed, at(2).value, at(1).value, at(0).value, today);
        if (isDayOrMonth(at(0)) && isDayOrMonth(at(1)) && isYear(at(2)))
            return resolve(trimmed, at(0).value, at(1).value, fullYear(at(2)), today);
    }
    return unreadable(trimmed);
}

} // namespace tripdesk
