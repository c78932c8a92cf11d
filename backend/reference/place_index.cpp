#include "backend/reference/place_index.h"

#include "backend/reference/place_index_impl.h"
#include "backend/reference/text_fold.h"

#include <algorithm>
#include <atomic>
#include <mutex>
#include <span>
#include <string_view>
#include <utility>

namespace tripdesk {

using namespace placeindex;
using textfold::forEachWord;
using textfold::u16;

namespace {

// Words of airport names that say nothing about which airport is meant.
bool isGenericWord(std::u16string_view w)
{
    static constexpr std::u16string_view kWords[] = {
        u"airport",   u"international",
        u"intl",      u"regional",
        u"municipal", u"national",
        u"domestic",  u"aeropuerto",
        u"aeroporto", u"aeroport",
        u"aerodrome", u"airfield",
        u"field",     u"airpark",
        u"air",       u"base",
        u"of",        u"the",
        u"de",        u"del",
        u"da",        u"do",
        u"di",        u"la",
        u"le",        u"el",
        u"and",       u"county",
    };
    return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

// Short names people type for a few countries whose official names they rarely spell out.
QStringView countryAliases(QStringView countryCode)
{
    if (countryCode == u"US")
        return u"usa america";
    if (countryCode == u"GB")
        return u"uk britain";
    if (countryCode == u"AE")
        return u"uae emirates";
    if (countryCode == u"KR")
        return u"korea";
    if (countryCode == u"CZ")
        return u"czechia";
    if (countryCode == u"TR")
        return u"turkiye";
    return {};
}

} // namespace

void PlaceIndex::Impl::build()
{
    const auto &airports = data->airports();
    const auto &cities = data->cities();
    std::vector<std::pair<quint32, Posting>> raw; // token id, posting
    raw.reserve(airports.size() * 14);
    QString folded;
    QString joinedWords;

    auto addWords = [&](quint32 entry, QStringView text, Field field, bool joined) {
        folded.truncate(0);
        textfold::foldInto(text, folded);
        joinedWords.truncate(0);
        int words = 0;
        forEachWord(folded, [&](std::u16string_view w) {
            Field f = field;
            if ((field == Field::City || field == Field::Metro) && words > 0)
                f = isGenericWord(w) ? Field::Generic : Field::CityWord;
            else if (field == Field::Name && isGenericWord(w))
                f = Field::Generic;
            raw.emplace_back(tokens.intern(w), Posting{entry, f});
            if (joined)
                joinedWords.append(QStringView(w.data(), qsizetype(w.size())));
            ++words;
        });
        // "newyork", "saopaulo": people drop the space in multi-word city names.
        if (joined && words > 1)
            raw.emplace_back(tokens.intern(u16(joinedWords)), Posting{entry, field});
    };
    // A name in another script counts as the English one; its other spellings as keywords.
    auto addLocalNames = [&](quint32 entry, const std::vector<LocalName> &names, Field field) {
        for (const LocalName &n : names) {
            addWords(entry, n.name, field, true);
            for (const QString &alias : n.aliases)
                addWords(entry, alias, field == Field::City ? Field::Keyword : field, true);
        }
    };
    auto addCode = [&](quint32 entry, const QString &code, Field field) {
        if (code.isEmpty())
            return;
        folded.truncate(0);
        textfold::foldInto(code, folded);
        raw.emplace_back(tokens.intern(u16(folded)), Posting{entry, field});
    };

    entries.reserve(airports.size() + cities.size());
    for (size_t i = 0; i < airports.size(); ++i) {
        const Airport &a = airports[i];
        const auto entry = quint32(entries.size());
        entries.push_back({Place::Kind::Airport, quint32(i), quint16(a.importance)});
        addCode(entry, a.code, Field::Code);
        addCode(entry, a.icao, Field::Icao);
        addWords(entry, a.city, Field::City, true);
        addLocalNames(entry, a.localNames, Field::City);
        if (const MetroCity *metro = data->city(a.cityCode); metro && metro->name != a.city) {
            addWords(entry, metro->name, Field::Metro, true);
            addLocalNames(entry, metro->localNames, Field::Metro);
        }
        addWords(entry, a.keywords, Field::Keyword, false);
        addWords(entry, a.name, Field::Name, false);
        addWords(entry, a.country, Field::Country, true);
        addWords(entry, countryAliases(a.countryCode), Field::Country, false);
    }
    for (size_t i = 0; i < cities.size(); ++i) {
        const MetroCity &c = cities[i];
        int importance = 0;
        QString countryCode;
        for (const QString &code : c.airports) {
            if (const Airport *a = data->airport(code)) {
                importance = std::max(importance, a->importance);
                countryCode = a->countryCode;
            }
        }
        const auto entry = quint32(entries.size());
        entries.push_back({Place::Kind::City, quint32(i), quint16(importance)});
        addCode(entry, c.code, Field::Code);
        addWords(entry, c.name, Field::City, true);
        addLocalNames(entry, c.localNames, Field::City);
        addWords(entry, c.country, Field::Country, true);
        addWords(entry, countryAliases(countryCode), Field::Country, false);
    }

    // Entries are the airports in data order, then the cities; membership is cities.tsv's.
    metroEntry.assign(entries.size(), kNoEntry);
    memberStart.assign(1, 0);
    for (size_t e = 0; e < entries.size(); ++e) {
        if (entries[e].kind == Place::Kind::City) {
            for (const QString &code : cities[entries[e].ref].airports) {
                const Airport *a = data->airport(code);
                if (!a)
                    continue; // the loader lets no such city through
                const auto member = quint32(a - airports.data());
                members.push_back(member);
                if (metroEntry[member] == kNoEntry)
                    metroEntry[member] = quint32(e);
            }
        }
        memberStart.push_back(quint32(members.size()));
    }

    // Sort the distinct tokens, then bucket the postings by token rank: a counting sort keeps
    // each token's postings in entry order.
    const std::vector<quint32> order = tokens.sortedIds();
    std::vector<quint32> rank(order.size());
    for (quint32 r = 0; r < order.size(); ++r)
        rank[order[r]] = r;
    tokens.reorder(order);
    std::vector<quint32> start(order.size() + 1, 0);
    for (const auto &[token, posting] : raw)
        ++start[rank[token] + 1];
    for (size_t i = 1; i < start.size(); ++i)
        start[i] += start[i - 1];
    std::vector<Posting> sorted(raw.size());
    std::vector<quint32> next(start.begin(), start.end() - 1);
    for (const auto &[token, posting] : raw)
        sorted[next[rank[token]]++] = posting;

    // Drop repeats of the same (entry, field) within a token; the same token in two fields of
    // one entry ("Paris" as city and in the name) stays twice and the scan keeps the better.
    tokenStart.reserve(order.size() + 1);
    postings.reserve(sorted.size());
    for (size_t t = 0; t < order.size(); ++t) {
        tokenStart.push_back(quint32(postings.size()));
        const size_t first = postings.size();
        for (quint32 p = start[t]; p < start[t + 1]; ++p) {
            const Posting &posting = sorted[p];
            bool repeat = false;
            for (size_t q = postings.size(); q > first && postings[q - 1].entry == posting.entry;
                 --q)
                repeat = repeat || postings[q - 1].field == posting.field;
            if (!repeat)
                postings.push_back(posting);
        }
    }
    tokenStart.push_back(quint32(postings.size()));

    bestPrefix.assign(order.size(), 0);
    bestExact.assign(order.size(), 0);
    entryStart.assign(entries.size() + 1, 0);
    for (quint32 t = 0; t < order.size(); ++t) {
        for (quint32 p = tokenStart[t]; p < tokenStart[t + 1]; ++p) {
            const Quality q = kQuality[int(postings[p].field)];
            bestPrefix[t] = std::max(bestPrefix[t], q.prefix);
            bestExact[t] = std::max(bestExact[t], q.exact);
            ++entryStart[postings[p].entry + 1];
        }
    }
    for (size_t e = 1; e < entryStart.size(); ++e)
        entryStart[e] += entryStart[e - 1];
    byEntry.resize(postings.size());
    std::vector<quint32> fill(entryStart.begin(), entryStart.end() - 1);
    for (quint32 t = 0; t < order.size(); ++t) {
        for (quint32 p = tokenStart[t]; p < tokenStart[t + 1]; ++p)
            byEntry[fill[postings[p].entry]++] = Posting{t, postings[p].field};
    }
}

Place PlaceIndex::Impl::place(const Entry &e) const
{
    Place p;
    p.kind = e.kind;
    if (e.kind == Place::Kind::Airport) {
        const Airport &a = data->airports()[e.ref];
        p.code = a.code;
        p.name = a.name;
        p.city = a.city;
        p.country = a.country;
    } else {
        const MetroCity &c = data->cities()[e.ref];
        p.code = c.code;
        p.name = c.name;
        p.city = c.name;
        p.country = c.country;
    }
    return p;
}

PlaceIndex::PlaceIndex(std::shared_ptr<const ReferenceData> data)
    : d(std::make_unique<Impl>())
{
    d->data = std::move(data);
}

PlaceIndex::~PlaceIndex() = default;

void PlaceIndex::Impl::precomputeShortPrefixes()
{
    // Every distinct one- and two-letter start of a token, in token order (so sorted).
    std::u16string_view previous1;
    std::u16string_view previous2;
    for (quint32 t = 0; t < tokens.size(); ++t) {
        const std::u16string_view token = tokens.token(t);
        for (size_t length = 1; length <= kShortPrefix && length <= token.size(); ++length) {
            const std::u16string_view start = token.substr(0, length);
            std::u16string_view &previous = length == 1 ? previous1 : previous2;
            if (start == previous)
                continue;
            previous = start;
            shortPrefixes.push_back(std::u16string(start));
        }
    }
    std::sort(shortPrefixes.begin(), shortPrefixes.end());
    shortStart.reserve(shortPrefixes.size() + 1);
    shortStart.push_back(0);
    // What a longer token of each range can give: bound() uses it for long ranges.
    shortBound.reserve(shortPrefixes.size());
    for (const std::u16string &prefix : shortPrefixes) {
        const auto [first, last] = tokens.prefixRange(prefix);
        quint16 most = 0;
        for (quint32 t = first; t < last; ++t) {
            if (tokens.token(t).size() > prefix.size())
                most = std::max(most, bestPrefix[t]);
        }
        shortBound.push_back(most);
    }
    std::vector<std::u16string> words(1);
    for (const std::u16string &prefix : shortPrefixes) {
        words[0] = prefix;
        const std::vector<quint32> answer = rank(words, kPrecomputedLimit);
        shortAnswers.insert(shortAnswers.end(), answer.begin(), answer.end());
        shortStart.push_back(quint32(shortAnswers.size()));
    }
}

void PlaceIndex::Impl::ensureBuilt()
{
    std::call_once(built, [this] {
        if (!data)
            return;
        build();
        precomputeHeavyPrefixes();
        precomputeShortPrefixes();
        ready = true;
    });
}

bool PlaceIndex::isBuilt() const
{
    return d->ready;
}

std::vector<Place> PlaceIndex::complete(QStringView query, int limit) const
{
    // A query longer than any place name is a paste accident; words beyond the eighth add nothing.
    constexpr qsizetype kMaxQueryLength = 200;
    if (limit <= 0 || query.size() > kMaxQueryLength || !d->data)
        return {};
    d->ensureBuilt();
    if (d->entries.empty())
        return {};

    std::vector<std::u16string> words;
    const QString folded = fold(query);
    forEachWord(folded, [&](std::u16string_view w) {
        if (words.size() < kMaxWords && std::find(words.begin(), words.end(), w) == words.end())
            words.push_back(std::u16string(w));
    });
    if (words.empty())
        return {};

    std::vector<Place> out;
    const auto append = [&](std::span<const quint32> entries) {
        out.reserve(entries.size());
        for (quint32 e : entries)
            out.push_back(d->place(d->entries[e]));
    };
    // One or two letters match thousands of places; their answers were worked out at build time.
    if (words.size() == 1 && words[0].size() <= kShortPrefix &&
        size_t(limit) <= kPrecomputedLimit) {
        const auto it =
            std::lower_bound(d->shortPrefixes.begin(), d->shortPrefixes.end(), words[0]);
        if (it == d->shortPrefixes.end() || *it != words[0])
            return {}; // no token starts so
        const auto i = size_t(it - d->shortPrefixes.begin());
        const std::span<const quint32> answer(d->shortAnswers.data() + d->shortStart[i],
                                              d->shortStart[i + 1] - d->shortStart[i]);
        append(answer.first(std::min(answer.size(), size_t(limit))));
        return out;
    }
    append(d->rank(words, size_t(limit)));
    return out;
}

QString PlaceIndex::fold(QStringView text)
{
    QString out;
    out.reserve(text.size());
    textfold::foldInto(text, out);
    return out;
}

} // namespace tripdesk
