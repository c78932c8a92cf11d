// Ranking the matches of one query. The rarest word proposes the candidates; they are taken in
// order of what that word and their importance give, and the other words are checked only until
// the best `limit` places are certain: "united s" proposes every airport in the United States,
// but only the few busy ones can end up in the first ten, so only those are checked for "s".
// For a word with many matches that order is worked out when the index is built (its head);
// when the other words are rare too ("san fr"), scanning them once is cheaper and is done.
#include "backend/reference/place_index_impl.h"

#include <algorithm>
#include <queue>

namespace tripdesk {

using namespace placeindex;

namespace {

struct Candidate {
    quint32 entry;
    int score;
};

// What the first word and importance can give: 300 for an exact code, 100 for importance.
constexpr int kMaxBase = 400;

// Per-thread scratch space, so a lookup allocates nothing per entry. Marks carry the query's
// own tag, so nothing needs clearing between queries.
struct Scratch {
    std::vector<quint32> mark;   // per entry: the tag of the query that saw it, plus a state
    std::vector<quint16> best;   // per entry: the best quality, then the score (see rank)
    std::vector<quint32> found;  // entries the rarest word matches
    std::vector<quint32> byBase; // found, by base score, best first
    std::vector<quint32> count;  // per base score
    quint32 tag = 0;

    // States of an entry within one query, added to the query's tag.
    enum : quint32 { Found = 0, Candidate = 1, Listed = 2, States = 4 };

    quint32 next(size_t entries)
    {
        if (mark.size() < entries) {
            mark.assign(entries, 0);
            best.assign(entries, 0);
        }
        if (tag >= ~0u - 2 * States) {
            std::fill(mark.begin(), mark.end(), 0);
            tag = 0;
        }
        tag += States;
        return tag;
    }
};

Scratch &scratch()
{
    thread_local Scratch s;
    return s;
}

} // namespace

quint16 PlaceIndex::Impl::bound(std::u16string_view word, quint32 first, quint32 last) const
{
    quint16 most = 0;
    quint32 t = first;
    if (t < last && tokens.token(t).size() == word.size()) // sorted: the whole word comes first
        most = bestExact[t++];
    constexpr quint32 kScanned = 64;
    if (last - t <= kScanned || shortPrefixes.empty()) {
        for (; t < last; ++t)
            most = std::max(most, bestPrefix[t]);
        return most;
    }
    // A long range: its one- or two-letter start's range holds it, and its bound is known.
    const std::u16string start(word.substr(0, std::min(word.size(), kShortPrefix)));
    const auto it = std::lower_bound(shortPrefixes.begin(), shortPrefixes.end(), start);
    quint16 beyond = 300; // the most any field gives
    if (it != shortPrefixes.end() && *it == start)
        beyond = shortBound[size_t(it - shortPrefixes.begin())];
    return std::max(most, beyond);
}

quint16 PlaceIndex::Impl::quality(quint32 entry, std::u16string_view word, quint32 first,
                                  quint32 last) const
{
    quint16 most = 0;
    for (quint32 i = entryStart[entry]; i < entryStart[entry + 1]; ++i) {
        const quint32 t = byEntry[i].entry;
        if (t < first)
            continue;
        if (t >= last)
            break;
        const Quality q = kQuality[int(byEntry[i].field)];
        most = std::max(most, tokens.token(t).size() == word.size() ? q.exact : q.prefix);
    }
    return most;
}

quint16 PlaceIndex::Impl::head(std::u16string_view word, quint32 first, quint32 last,
                               std::vector<HeadItem> &out, size_t length) const
{
    Scratch &s = scratch();
    const quint32 found = s.next(entries.size()) + Scratch::Found;
    s.found.clear();
    for (quint32 t = first; t < last; ++t) {
        const bool exact = tokens.token(t).size() == word.size();
        for (quint32 p = tokenStart[t]; p < tokenStart[t + 1]; ++p) {
            const Posting &posting = postings[p];
            const Quality q = kQuality[int(posting.field)];
            const quint16 value = exact ? q.exact : q.prefix;
            if (value == 0)
                continue;
            if (s.mark[posting.entry] != found) {
                s.mark[posting.entry] = found;
                s.best[posting.entry] = value;
                s.found.push_back(posting.entry);
            } else if (value > s.best[posting.entry]) {
                s.best[posting.entry] = value;
            }
        }
    }
    // Best base first, by counting.
    const auto baseOf = [&](quint32 e) {
        return quint16(std::min(kMaxBase, int(s.best[e]) + int(entries[e].importance)));
    };
    s.count.assign(kMaxBase + 2, 0);
    for (quint32 e : s.found)
        ++s.count[size_t(kMaxBase - baseOf(e) + 1)];
    for (size_t i = 1; i < s.count.size(); ++i)
        s.count[i] += s.count[i - 1];
    s.byBase.resize(s.found.size());
    for (quint32 e : s.found)
        s.byBase[s.count[size_t(kMaxBase - baseOf(e))]++] = e;
    const size_t kept = std::min(length, s.byBase.size());
    out.reserve(out.size() + kept);
    for (size_t i = 0; i < kept; ++i)
        out.push_back({s.byBase[i], baseOf(s.byBase[i])});
    return kept < s.byBase.size() ? baseOf(s.byBase[kept]) : quint16(0);
}

void PlaceIndex::Impl::precomputeHeavyPrefixes()
{
    // Depth first from each first letter: a prefix's range splits by the letter after it.
    struct Pending {
        std::u16string prefix;
        quint32 first;
        quint32 last;
    };
    std::vector<Pending> pending;
    const auto split = [&](size_t length, quint32 first, quint32 last) {
        quint32 t = first;
        while (t < last && tokens.token(t).size() <= length)
            ++t; // the prefix itself, sorted first
        while (t < last) {
            const char16_t next = tokens.token(t)[length];
            quint32 end = t + 1;
            while (end < last && tokens.token(end)[length] == next)
                ++end;
            if (tokenStart[end] - tokenStart[t] > kHeavy)
                pending.push_back({std::u16string(tokens.token(t).substr(0, length + 1)), t, end});
            t = end;
        }
    };
    split(0, 0, tokens.size());
    std::vector<Pending> heavy;
    while (!pending.empty()) {
        Pending p = std::move(pending.back());
        pending.pop_back();
        split(p.prefix.size(), p.first, p.last);
        heavy.push_back(std::move(p));
    }
    std::sort(heavy.begin(), heavy.end(),
              [](const Pending &a, const Pending &b) { return a.prefix < b.prefix; });
    heavyStart.push_back(0);
    for (Pending &p : heavy) {
        heavyCut.push_back(head(p.prefix, p.first, p.last, heavyHeads, kHeadLength));
        heavyStart.push_back(quint32(heavyHeads.size()));
        heavyPrefixes.push_back(std::move(p.prefix));
    }
}

std::vector<quint32> PlaceIndex::Impl::rank(const std::vector<std::u16string> &words,
                                            size_t limit) const
{
    struct Range {
        std::u16string_view word;
        quint32 first;
        quint32 last;
        quint32 postings;
    };
    std::vector<Range> ranges;
    ranges.reserve(words.size());
    for (const std::u16string &w : words) {
        const auto [first, last] = tokens.prefixRange(w);
        if (first == last)
            return {}; // every word must match something
        ranges.push_back({w, first, last, tokenStart[last] - tokenStart[first]});
    }
    std::sort(ranges.begin(), ranges.end(),
              [](const Range &a, const Range &b) { return a.postings < b.postings; });

    int othersAtMost = 0;
    for (size_t i = 1; i < ranges.size(); ++i)
        othersAtMost += bound(ranges[i].word, ranges[i].first, ranges[i].last);

    // The rarest word's matches in order of base; the other words are checked in that order
    // until no later match can reach the limit-th score.
    std::vector<Candidate> candidates;
    std::priority_queue<int, std::vector<int>, std::greater<>> kept; // the best `limit` scores
    const auto cut = [&](int base) {
        return kept.size() == limit && base + othersAtMost < kept.top();
    };
    const auto consider = [&](const HeadItem &item) {
        int score = item.base;
        for (size_t i = 1; i < ranges.size() && score > 0; ++i) {
            const quint16 q = quality(item.entry, ranges[i].word, ranges[i].first, ranges[i].last);
            score = q == 0 ? 0 : score + q;
        }
        if (score == 0)
            return; // a word it does not match
        candidates.push_back({item.entry, score});
        kept.push(score);
        if (kept.size() > limit)
            kept.pop();
    };
    const Range &rarest = ranges.front();
    bool done = false;
    if (rarest.postings > kHeavy) {
        const auto it = std::lower_bound(heavyPrefixes.begin(), heavyPrefixes.end(), rarest.word);
        if (it != heavyPrefixes.end() && *it == rarest.word) {
            const auto h = size_t(it - heavyPrefixes.begin());
            done = true;
            for (quint32 i = heavyStart[h]; i < heavyStart[h + 1]; ++i) {
                if (cut(heavyHeads[i].base))
                    break;
                consider(heavyHeads[i]);
            }
            if (heavyCut[h] != 0 && !cut(heavyCut[h])) {
                done = false; // the list's tail may still count: start again with all of them
                candidates.clear();
                kept = {};
            }
        }
    }
    if (!done) {
        std::vector<HeadItem> all;
        head(rarest.word, rarest.first, rarest.last, all, ~size_t(0));
        quint32 otherPostings = 0;
        for (size_t i = 1; i < ranges.size(); ++i)
            otherPostings += ranges[i].postings;
        const size_t perEntry = byEntry.size() / std::max<size_t>(1, entries.size()) + 1;
        if (ranges.size() > 1 && otherPostings < all.size() * perEntry) {
            // The other words are rare too ("san fr"): scanning their postings once costs less
            // than looking into every match.
            for (const HeadItem &item : all)
                candidates.push_back({item.entry, item.base});
            Scratch &s = scratch();
            for (size_t i = 1; i < ranges.size() && !candidates.empty(); ++i) {
                const quint32 tag = s.next(entries.size());
                for (const Candidate &c : candidates) {
                    s.mark[c.entry] = tag;
                    s.best[c.entry] = 0;
                }
                for (quint32 t = ranges[i].first; t < ranges[i].last; ++t) {
                    const bool exact = tokens.token(t).size() == ranges[i].word.size();
                    for (quint32 p = tokenStart[t]; p < tokenStart[t + 1]; ++p) {
                        const Posting &posting = postings[p];
                        if (s.mark[posting.entry] != tag)
                            continue;
                        const Quality q = kQuality[int(posting.field)];
                        s.best[posting.entry] =
                            std::max(s.best[posting.entry], exact ? q.exact : q.prefix);
                    }
                }
                std::erase_if(candidates, [&](Candidate &c) {
                    c.score += s.best[c.entry];
                    return s.best[c.entry] == 0;
                });
            }
        } else {
            for (const HeadItem &item : all) {
                if (cut(item.base))
                    break;
                consider(item);
            }
        }
    }

    const auto better = [this](const Candidate &a, const Candidate &b) {
        if (a.score != b.score)
            return a.score > b.score;
        const Entry &ea = entries[a.entry];
        const Entry &eb = entries[b.entry];
        // A city before its own airports when they tie: "London (all airports)" then LHR.
        if (ea.kind != eb.kind)
            return ea.kind == Place::Kind::City;
        if (ea.importance != eb.importance)
            return ea.importance > eb.importance;
        return a.entry < b.entry; // data file order (by code): deterministic
    };
    // A metropolitan city's airports follow it ("nyc": NYC, then JFK, EWR, LGA), whether or not
    // they matched on their own, so they leave the ranking when their city is in it, unless
    // they match better than the city ("dal" is Dallas Love Field first, then Dallas). A city
    // scores at least as much as an airport of its below the cut, so it was not cut either.
    Scratch &s = scratch();
    const quint32 tag = s.next(entries.size());
    const quint32 candidate = tag + Scratch::Candidate;
    const quint32 listed = tag + Scratch::Listed;
    for (const Candidate &c : candidates) {
        s.mark[c.entry] = candidate;
        s.best[c.entry] = quint16(c.score); // at most kMaxWords * 300 + 100
    }
    std::erase_if(candidates, [&](const Candidate &c) {
        const quint32 metro = metroEntry[c.entry];
        return metro != kNoEntry && s.mark[metro] == candidate && c.score <= s.best[metro];
    });

    std::vector<quint32> out;
    out.reserve(std::min<size_t>(limit, 32));
    const auto list = [&](quint32 entry) {
        if (s.mark[entry] == listed || out.size() >= limit)
            return;
        s.mark[entry] = listed;
        out.push_back(entry);
    };
    // Sorted only as far as needed: a city's airports fill places too.
    size_t sorted = 0;
    for (size_t next = 0; next < candidates.size() && out.size() < limit; ++next) {
        if (next == sorted) {
            const size_t more = std::min(candidates.size() - sorted, limit - out.size());
            std::partial_sort(candidates.begin() + qsizetype(sorted),
                              candidates.begin() + qsizetype(sorted + more), candidates.end(),
                              better);
            sorted += more;
        }
        const quint32 entry = candidates[next].entry;
        list(entry);
        for (quint32 member : membersOf(entry))
            list(member);
    }
    return out;
}

} // namespace tripdesk
