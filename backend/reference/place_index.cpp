#include "backend/reference/place_index.h"

#include "backend/reference/text_fold.h"
#include "backend/reference/token_table.h"

#include <algorithm>
#include <span>
#include <string_view>
#include <utility>

namespace tripdesk {

using textfold::forEachWord;
using textfold::u16;

namespace {

// Where a token came from decides how much a match on it is worth.
enum class Field : quint8 { Code, Icao, City, CityWord, Metro, Keyword, Name, Generic, Country };

struct Quality {
    quint16 prefix; // the query token is a proper prefix of the indexed token
    quint16 exact;  // the query token is the whole indexed token
};

// Match quality per field. The gaps are comparable to the 0..100 importance added on top, so an
// exact code beats everything, and a city-name prefix of a busy airport ("ba" -> Bangkok) beats a
// code prefix of a quiet one (BAx), while Londrina never beats London. A city whose name starts
// with what was typed beats a word further into a name: "lon" is London, Long Beach and
// Londrina before Guiyang's Longdongbao Airport or East London, "par" is Paris and Paro before
// Avon Park. A whole word of an airport's name still counts ("heathrow", "narita").
constexpr Quality kQuality[] = {
    {120, 300}, // Code
    {0, 250},   // Icao: only a whole ICAO code counts; its prefixes are noise
    {110, 150}, // City: the city name's first word, or all its words run together ("newyork")
    {60, 130},  // CityWord: a later word of a city's name ("york", "paulo")
    {90, 130},  // Metro: the metropolitan city an airport belongs to ("New York" for EWR)
    {100, 140}, // Keyword: a former or local name ("Bombay", "München")
    {40, 120},  // Name: a word of the airport's name
    {10, 20},   // Generic: "airport", "international", "del" … match, but barely count
    {50, 110},  // Country: a whole country name ("india") outranks a city prefix (Indianapolis)
};

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

struct Posting {
    quint32 entry;
    Field field;
};

struct Entry {
    Place::Kind kind;
    quint32 ref; // index into airports() or cities()
    quint16 importance;
};

struct Candidate {
    quint32 entry;
    int score;
};

} // namespace

constexpr quint32 kNoEntry = ~0u;

struct PlaceIndex::Impl {
    std::shared_ptr<const ReferenceData> data;
    std::vector<Entry> entries;
    std::vector<quint32> metroEntry;  // per entry: its metropolitan city's entry, or kNoEntry
    std::vector<quint32> memberStart; // per entry + 1: a city's airports in members
    std::vector<quint32> members;     // airport entries, busiest first per city

    std::span<const quint32> membersOf(quint32 entry) const
    {
        return {members.data() + memberStart[entry], memberStart[entry + 1] - memberStart[entry]};
    }
    TokenTable tokens;               // distinct folded tokens, sorted
    std::vector<quint32> tokenStart; // postings of token i: [tokenStart[i], tokenStart[i+1])
    std::vector<Posting> postings;

    void build();
    Place place(const Entry &e) const;
};

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
    if (d->data)
        d->build();
}

PlaceIndex::~PlaceIndex() = default;

std::vector<Place> PlaceIndex::complete(QStringView query, int limit) const
{
    // A query longer than any place name is a paste accident; words beyond the eighth add nothing.
    constexpr qsizetype kMaxQueryLength = 200;
    constexpr size_t kMaxWords = 8;
    if (limit <= 0 || query.size() > kMaxQueryLength || d->entries.empty())
        return {};

    std::vector<std::u16string> words;
    const QString folded = fold(query);
    forEachWord(folded, [&](std::u16string_view w) {
        if (words.size() < kMaxWords && std::find(words.begin(), words.end(), w) == words.end())
            words.push_back(std::u16string(w));
    });
    if (words.empty())
        return {};

    struct Range {
        std::u16string_view word;
        quint32 first;
        quint32 last;
        quint32 postings;
    };
    std::vector<Range> ranges;
    ranges.reserve(words.size());
    for (const std::u16string &w : words) {
        const auto [first, last] = d->tokens.prefixRange(w);
        if (first == last)
            return {}; // every word must match something
        ranges.push_back({w, first, last, d->tokenStart[last] - d->tokenStart[first]});
    }
    // The rarest word proposes the candidates; the others only confirm them.
    std::sort(ranges.begin(), ranges.end(),
              [](const Range &a, const Range &b) { return a.postings < b.postings; });

    // Best quality per entry for the current word; stamp marks which word wrote it, so nothing
    // needs clearing between words.
    const size_t n = d->entries.size();
    std::vector<quint16> best(n, 0);
    std::vector<quint8> stamp(n, 0);
    auto scan = [&](const Range &r, quint8 word, auto &&onFirstMatch) {
        for (quint32 t = r.first; t < r.last; ++t) {
            const bool exact = d->tokens.token(t).size() == r.word.size();
            for (quint32 p = d->tokenStart[t]; p < d->tokenStart[t + 1]; ++p) {
                const Posting &posting = d->postings[p];
                const Quality q = kQuality[int(posting.field)];
                const quint16 value = exact ? q.exact : q.prefix;
                if (value == 0)
                    continue;
                if (stamp[posting.entry] != word) {
                    stamp[posting.entry] = word;
                    best[posting.entry] = value;
                    onFirstMatch(posting.entry);
                } else if (value > best[posting.entry]) {
                    best[posting.entry] = value;
                }
            }
        }
    };

    std::vector<Candidate> candidates;
    scan(ranges[0], 1, [&](quint32 entry) { candidates.push_back({entry, 0}); });
    for (Candidate &c : candidates)
        c.score = best[c.entry] + d->entries[c.entry].importance;
    for (size_t i = 1; i < ranges.size() && !candidates.empty(); ++i) {
        const auto word = quint8(i + 1);
        scan(ranges[i], word, [](quint32) {});
        std::erase_if(candidates, [&](Candidate &c) {
            if (stamp[c.entry] != word)
                return true;
            c.score += best[c.entry];
            return false;
        });
    }

    const auto better = [this](const Candidate &a, const Candidate &b) {
        if (a.score != b.score)
            return a.score > b.score;
        const Entry &ea = d->entries[a.entry];
        const Entry &eb = d->entries[b.entry];
        // A city before its own airports when they tie: "London (all airports)" then LHR.
        if (ea.kind != eb.kind)
            return ea.kind == Place::Kind::City;
        if (ea.importance != eb.importance)
            return ea.importance > eb.importance;
        return a.entry < b.entry; // data file order (by code): deterministic
    };
    // A metropolitan city's airports follow it ("nyc": NYC, then JFK, EWR, LGA), whether or not
    // they matched on their own, so they leave the ranking when their city is in it, unless
    // they match better than the city ("dal" is Dallas Love Field first, then Dallas).
    constexpr quint8 kCandidate = 0xff; // stamps of words are 1..kMaxWords
    constexpr quint8 kListed = 0xfe;
    for (const Candidate &c : candidates) {
        stamp[c.entry] = kCandidate;
        best[c.entry] = quint16(c.score); // at most kMaxWords * 300 + 100
    }
    std::erase_if(candidates, [&](const Candidate &c) {
        const quint32 metro = d->metroEntry[c.entry];
        return metro != kNoEntry && stamp[metro] == kCandidate && c.score <= best[metro];
    });

    std::vector<Place> out;
    out.reserve(size_t(std::min<qsizetype>(limit, 32)));
    const auto list = [&](quint32 entry) {
        if (stamp[entry] == kListed || out.size() >= size_t(limit))
            return;
        stamp[entry] = kListed;
        out.push_back(d->place(d->entries[entry]));
    };
    // Sorted only as far as needed: a city's airports fill places too.
    size_t sorted = 0;
    for (size_t next = 0; next < candidates.size() && out.size() < size_t(limit); ++next) {
        if (next == sorted) {
            const size_t more = std::min(candidates.size() - sorted, size_t(limit) - out.size());
            std::partial_sort(candidates.begin() + qsizetype(sorted),
                              candidates.begin() + qsizetype(sorted + more), candidates.end(),
                              better);
            sorted += more;
        }
        const quint32 entry = candidates[next].entry;
        list(entry);
        for (quint32 member : d->membersOf(entry))
            list(member);
    }
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
