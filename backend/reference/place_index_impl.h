#pragma once
// Private to backend/reference: the autocomplete index's data, shared by place_index.cpp (which
// builds it and answers lookups) and place_index_rank.cpp (which ranks the matches of a query).

#include "backend/reference/place_index.h"
#include "backend/reference/token_table.h"

#include <atomic>
#include <mutex>
#include <span>
#include <string>
#include <vector>

namespace tripdesk::placeindex {

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

struct Posting {
    quint32 entry;
    Field field;
};

struct Entry {
    Place::Kind kind;
    quint32 ref; // index into airports() or cities()
    quint16 importance;
};

constexpr quint32 kNoEntry = ~0u;
constexpr size_t kMaxWords = 8;
constexpr size_t kShortPrefix = 2;       // letters of the queries answered in advance
constexpr size_t kPrecomputedLimit = 20; // places kept per such answer (the UI shows ten)
constexpr quint32 kHeavy = 256;          // postings that make a prefix worth a head start
constexpr size_t kHeadLength = 256;      // matches kept per such prefix

// A match of a prefix and what it is worth before the other words of a query count.
struct HeadItem {
    quint32 entry;
    quint16 base; // the prefix's best quality in the entry plus the entry's importance
};

} // namespace tripdesk::placeindex

namespace tripdesk {

struct PlaceIndex::Impl {
    std::shared_ptr<const ReferenceData> data;
    std::vector<placeindex::Entry> entries;
    std::vector<quint32> metroEntry;  // per entry: its metropolitan city's entry, or kNoEntry
    std::vector<quint32> memberStart; // per entry + 1: a city's airports in members
    std::vector<quint32> members;     // airport entries, busiest first per city

    std::span<const quint32> membersOf(quint32 entry) const
    {
        return {members.data() + memberStart[entry], memberStart[entry + 1] - memberStart[entry]};
    }
    TokenTable tokens;               // distinct folded tokens, sorted
    std::vector<quint32> tokenStart; // postings of token i: [tokenStart[i], tokenStart[i+1])
    std::vector<placeindex::Posting> postings;
    // The same postings by entry, each entry's in token order, for checking the words of a
    // query other than the rarest on the few entries that are still in the running.
    std::vector<quint32> entryStart;          // of entry i: [entryStart[i], entryStart[i+1])
    std::vector<placeindex::Posting> byEntry; // .entry holds the token here
    // Per token, the most a query word can get from it as a prefix or as the whole token.
    std::vector<quint16> bestPrefix;
    std::vector<quint16> bestExact;
    // The answers to every one- and two-letter query, kPrecomputedLimit long at most: those
    // scan thousands of postings, so doing it per keystroke made the slowest lookups ten times
    // the median. Answer i, for shortPrefixes[i], is shortAnswers[shortStart[i], shortStart[i+1]).
    std::vector<std::u16string> shortPrefixes; // sorted
    std::vector<quint32> shortStart;
    std::vector<quint32> shortAnswers;
    std::vector<quint16> shortBound; // the most a token longer than shortPrefixes[i] gives
    // For every prefix matching more than kHeavy postings ("uni", "united", "international"):
    // its best kHeadLength matches by base, best first, so a query whose rarest word it is
    // skips the scan ("united s"). heavyCut[i] is the base of the best match left out, 0 when
    // none was; a query that gets that far scans after all.
    std::vector<std::u16string> heavyPrefixes; // sorted
    std::vector<quint32> heavyStart;
    std::vector<placeindex::HeadItem> heavyHeads;
    std::vector<quint16> heavyCut;
    // Built on the first lookup, not at start-up: a window that never completes a place pays
    // nothing, and the data loads without waiting for it.
    std::once_flag built;
    std::atomic<bool> ready = false;

    void ensureBuilt();
    void build();
    void precomputeShortPrefixes();
    void precomputeHeavyPrefixes();
    // Appends the matches of the word's token range, best base first, `length` at most; returns
    // the base of the best match left out, or 0.
    quint16 head(std::u16string_view word, quint32 first, quint32 last,
                 std::vector<placeindex::HeadItem> &out, size_t length) const;
    // The best entries for the folded words, a city's airports after it, limit at most.
    std::vector<quint32> rank(const std::vector<std::u16string> &words, size_t limit) const;
    // The most the word can add to any entry's score (an upper bound, cheap to work out).
    quint16 bound(std::u16string_view word, quint32 first, quint32 last) const;
    // What the word adds to the entry's score: its best posting in [first, last), 0 if none.
    quint16 quality(quint32 entry, std::u16string_view word, quint32 first, quint32 last) const;
    Place place(const placeindex::Entry &e) const;
};

} // namespace tripdesk
