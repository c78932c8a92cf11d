#include "backend/reference/reference_data_loader.h"

#include <QCoreApplication>
#include <QSet>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>
#include <optional>

namespace tripdesk {

namespace {

constexpr int kMaxColumns = 16;
using Fields = QVarLengthArray<QByteArrayView, kMaxColumns>;

// One parse failure: which file and line, and what was wrong (for the log).
Error damaged(QLatin1StringView file, qsizetype line, const QString &what)
{
    return Error::invalidInput(
        QCoreApplication::translate("ReferenceData",
                                    "The airport and airline data is damaged (%1, line %2). "
                                    "Reinstall TripDesk to restore it.")
            .arg(file)
            .arg(line),
        QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(what));
}

// Calls handle(lineNumber, fields) for every data line; '#' lines and blank lines are comments.
template<typename Handler>
Result<void> forEachLine(QLatin1StringView file, const QByteArray &tsv, Handler &&handle)
{
    if (!tsv.isValidUtf8())
        return damaged(file, 0, QStringLiteral("not valid UTF-8"));
    const QByteArrayView all(tsv);
    qsizetype lineNumber = 0;
    qsizetype pos = 0;
    while (pos < all.size()) {
        qsizetype end = all.indexOf('\n', pos);
        if (end < 0)
            end = all.size();
        QByteArrayView line = all.sliced(pos, end - pos);
        pos = end + 1;
        ++lineNumber;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        Fields fields;
        qsizetype start = 0;
        while (true) {
            const qsizetype tab = line.indexOf('\t', start);
            if (fields.size() == kMaxColumns)
                return damaged(file, lineNumber, QStringLiteral("too many columns"));
            if (tab < 0) {
                fields.append(line.sliced(start));
                break;
            }
            fields.append(line.sliced(start, tab - start));
            start = tab + 1;
        }
        if (Result<void> r = handle(lineNumber, fields); !r.ok())
            return r;
    }
    return {};
}

bool isUpperCode(QByteArrayView v, qsizetype length, bool allowDigits)
{
    if (v.size() != length)
        return false;
    for (char c : v) {
        const bool letter = c >= 'A' && c <= 'Z';
        const bool digit = c >= '0' && c <= '9';
        if (!letter && !(allowDigits && digit))
            return false;
    }
    return true;
}

// IANA ids are ASCII letters, digits and "/_-+"; anything else cannot be a zone id.
bool isZoneId(QByteArrayView v)
{
    if (v.isEmpty() || v.size() > 64)
        return false;
    for (char c : v) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                        (c >= '0' && c <= '9') || c == '/' || c == '_' || c == '-' || c == '+';
        if (!ok)
            return false;
    }
    return true;
}

QString text(QByteArrayView v)
{
    return QString::fromUtf8(v.trimmed());
}

QString latin(QByteArrayView v)
{
    return QString::fromLatin1(v);
}

bool isLanguageTag(QByteArrayView v)
{
    if (v.size() < 2 || v.size() > 3)
        return false;
    return std::all_of(v.begin(), v.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// A name shown or searched: a letter or digit at least, no control characters, not absurdly
// long, and in NFC so that what is shown is what a keyboard produces.
constexpr qsizetype kMaxNameLength = 80;
std::optional<QString> displayableName(QByteArrayView v)
{
    const QString s = text(v);
    if (s.isEmpty() || s.size() > kMaxNameLength)
        return std::nullopt;
    bool letter = false;
    for (QChar c : s) {
        if (c.category() == QChar::Other_Control || c.isSurrogate() || c.isNonCharacter())
            return std::nullopt;
        letter = letter || c.isLetterOrNumber();
    }
    if (!letter)
        return std::nullopt;
    return s.normalized(QString::NormalizationForm_C);
}

} // namespace

Result<std::shared_ptr<const ReferenceData>> ReferenceDataLoader::parse(const QByteArray &airports,
                                                                        const QByteArray &cities,
                                                                        const QByteArray &airlines,
                                                                        const QByteArray &names)
{
    auto data = std::make_shared<ReferenceData>();
    if (Result<void> r = parseAirports(*data, airports); !r.ok())
        return r.error();
    if (Result<void> r = parseCities(*data, cities); !r.ok())
        return r.error();
    if (Result<void> r = parseAirlines(*data, airlines); !r.ok())
        return r.error();
    if (Result<void> r = parseNames(*data, names); !r.ok())
        return r.error();
    return std::shared_ptr<const ReferenceData>(std::move(data));
}

Result<void> ReferenceDataLoader::parseAirports(ReferenceData &data, const QByteArray &tsv)
{
    static constexpr QLatin1StringView file("airports.tsv");
    data.m_airports.reserve(tsv.count('\n') + 1);
    data.m_airportByCode.reserve(tsv.count('\n') + 1);
    Result<void> r = forEachLine(file, tsv, [&](qsizetype line, const Fields &f) -> Result<void> {
        if (f.size() < 11)
            return damaged(file, line, QStringLiteral("expected at least 11 columns"));
        if (!isUpperCode(f[0], 3, false))
            return damaged(file, line, QStringLiteral("bad IATA code"));
        if (!f[1].isEmpty() && !isUpperCode(f[1], 4, true))
            return damaged(file, line, QStringLiteral("bad ICAO code"));
        if (f[2].trimmed().isEmpty())
            return damaged(file, line, QStringLiteral("no name"));
        if (!f[5].isEmpty() && !isUpperCode(f[5], 2, false))
            return damaged(file, line, QStringLiteral("bad country code"));
        if (!f[6].isEmpty() && !isUpperCode(f[6], 3, false))
            return damaged(file, line, QStringLiteral("bad city code"));
        if (!isZoneId(f[7]))
            return damaged(file, line, QStringLiteral("bad time zone id"));
        bool latOk = false;
        bool lonOk = false;
        bool importanceOk = false;
        const double lat = f[8].toDouble(&latOk);
        const double lon = f[9].toDouble(&lonOk);
        const int importance = f[10].toInt(&importanceOk);
        if (!latOk || !lonOk || !std::isfinite(lat) || !std::isfinite(lon) || lat < -90 ||
            lat > 90 || lon < -180 || lon > 180)
            return damaged(file, line, QStringLiteral("bad coordinates"));
        if (!importanceOk || importance < 0 || importance > 100)
            return damaged(file, line, QStringLiteral("importance not in 0..100"));

        Airport a;
        a.code = latin(f[0]);
        a.icao = latin(f[1]);
        a.name = text(f[2]);
        a.city = text(f[3]);
        if (a.city.isEmpty())
            a.city = a.name;
        a.country = text(f[4]);
        a.countryCode = latin(f[5]);
        a.cityCode = latin(f[6]);
        a.timeZoneId = latin(f[7]);
        a.latitude = lat;
        a.longitude = lon;
        a.importance = importance;
        if (f.size() > 11)
            a.keywords = text(f[11]);
        const quint32 key = codeKey(a.code);
        if (data.m_airportByCode.contains(key))
            return damaged(file, line, QStringLiteral("duplicate airport %1").arg(a.code));
        data.m_airportByCode.insert(key, qsizetype(data.m_airports.size()));
        data.m_airports.push_back(std::move(a));
        return {};
    });
    if (!r.ok())
        return r;
    if (data.m_airports.empty())
        return damaged(file, 0, QStringLiteral("no airports"));
    return {};
}

Result<void> ReferenceDataLoader::parseCities(ReferenceData &data, const QByteArray &tsv)
{
    static constexpr QLatin1StringView file("cities.tsv");
    Result<void> r = forEachLine(file, tsv, [&](qsizetype line, const Fields &f) -> Result<void> {
        if (f.size() < 4)
            return damaged(file, line, QStringLiteral("expected 4 columns"));
        if (!isUpperCode(f[0], 3, false))
            return damaged(file, line, QStringLiteral("bad city code"));
        MetroCity c;
        c.code = latin(f[0]);
        c.name = text(f[1]);
        c.country = text(f[2]);
        if (c.name.isEmpty())
            return damaged(file, line, QStringLiteral("no name"));
        for (const QByteArray &member : f[3].toByteArray().split(',')) {
            if (!isUpperCode(member, 3, false))
                return damaged(file, line, QStringLiteral("bad member airport code"));
            const QString code = latin(member);
            if (!data.m_airportByCode.contains(codeKey(code)))
                return damaged(file, line, QStringLiteral("unknown airport %1").arg(code));
            if (!c.airports.contains(code))
                c.airports.append(code);
        }
        const quint32 key = codeKey(c.code);
        if (data.m_cityByCode.contains(key))
            return damaged(file, line, QStringLiteral("duplicate city %1").arg(c.code));
        data.m_cityByCode.insert(key, qsizetype(data.m_cities.size()));
        data.m_cities.push_back(std::move(c));
        return {};
    });
    if (!r.ok())
        return r;

    // Membership is defined by cities.tsv; an airport's own column may only agree with it.
    for (const MetroCity &c : data.m_cities) {
        for (const QString &code : c.airports) {
            Airport &a = data.m_airports[size_t(data.m_airportByCode.value(codeKey(code)))];
            if (a.cityCode.isEmpty())
                a.cityCode = c.code;
        }
    }
    for (const Airport &a : data.m_airports) {
        if (!a.cityCode.isEmpty() && !data.m_cityByCode.contains(codeKey(a.cityCode)))
            return damaged(
                QLatin1StringView("airports.tsv"), 0,
                QStringLiteral("airport %1 names unknown city %2").arg(a.code, a.cityCode));
    }
    return {};
}

Result<void> ReferenceDataLoader::parseAirlines(ReferenceData &data, const QByteArray &tsv)
{
    static constexpr QLatin1StringView file("airlines.tsv");
    return forEachLine(file, tsv, [&](qsizetype line, const Fields &f) -> Result<void> {
        if (f.size() < 2)
            return damaged(file, line, QStringLiteral("expected at least 2 columns"));
        if (!isUpperCode(f[0], 2, true))
            return damaged(file, line, QStringLiteral("bad airline code"));
        Airline a;
        a.code = latin(f[0]);
        a.name = text(f[1]);
        if (a.name.isEmpty())
            return damaged(file, line, QStringLiteral("no name"));
        if (f.size() > 2)
            a.country = text(f[2]);
        const quint32 key = codeKey(a.code);
        if (data.m_airlineByCode.contains(key))
            return damaged(file, line, QStringLiteral("duplicate airline %1").arg(a.code));
        data.m_airlineByCode.insert(key, qsizetype(data.m_airlines.size()));
        data.m_airlines.push_back(std::move(a));
        return {};
    });
}

Result<void> ReferenceDataLoader::parseNames(ReferenceData &data, const QByteArray &tsv)
{
    static constexpr QLatin1StringView file("names.tsv");
    constexpr qsizetype kMaxAliases = 8;
    QSet<QString> seen; // "code/language"
    Result<void> r = forEachLine(file, tsv, [&](qsizetype line, const Fields &f) -> Result<void> {
        if (f.size() < 3 || f.size() > 4)
            return damaged(file, line, QStringLiteral("expected 3 or 4 columns"));
        if (!isUpperCode(f[0], 3, false))
            return damaged(file, line, QStringLiteral("bad code"));
        if (!isLanguageTag(f[1]))
            return damaged(file, line, QStringLiteral("bad language tag"));
        LocalName n;
        n.language = latin(f[1]);
        const std::optional<QString> name = displayableName(f[2]);
        if (!name)
            return damaged(file, line, QStringLiteral("bad name"));
        n.name = *name;
        if (f.size() > 3 && !f[3].trimmed().isEmpty()) {
            const QList<QByteArray> aliases = f[3].toByteArray().split(',');
            if (aliases.size() > kMaxAliases)
                return damaged(file, line, QStringLiteral("too many aliases"));
            for (const QByteArray &alias : aliases) {
                const std::optional<QString> a = displayableName(alias);
                if (!a)
                    return damaged(file, line, QStringLiteral("bad alias"));
                n.aliases.append(*a);
            }
        }
        const QString code = latin(f[0]);
        const QString key = code + u'/' + n.language;
        if (seen.contains(key))
            return damaged(file, line,
                           QStringLiteral("second %1 name for %2").arg(n.language, code));
        seen.insert(key);
        // A code that is a city's and an airport's names the city, as everywhere else.
        const quint32 codeK = codeKey(code);
        if (const auto c = data.m_cityByCode.constFind(codeK); c != data.m_cityByCode.cend())
            data.m_cities[size_t(*c)].localNames.push_back(std::move(n));
        else if (const auto a = data.m_airportByCode.constFind(codeK);
                 a != data.m_airportByCode.cend())
            data.m_airports[size_t(*a)].localNames.push_back(std::move(n));
        else
            return damaged(file, line, QStringLiteral("unknown code %1").arg(code));
        return {};
    });
    if (!r.ok())
        return r;

    // The airports in a metropolitan city of the same name are in that city in every language.
    for (const MetroCity &c : data.m_cities) {
        for (const QString &code : c.airports) {
            Airport &a = data.m_airports[size_t(data.m_airportByCode.value(codeKey(code)))];
            if (a.city != c.name)
                continue;
            for (const LocalName &n : c.localNames) {
                if (localNameIn(a.localNames, n.language).isEmpty())
                    a.localNames.push_back(n);
            }
        }
    }
    return {};
}

} // namespace tripdesk
