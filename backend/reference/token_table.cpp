#include "backend/reference/token_table.h"

#include <algorithm>

namespace tripdesk {

namespace {

// FNV-1a over the code units: tokens are a handful of letters.
quint32 hashOf(std::u16string_view s)
{
    quint32 h = 2166136261u;
    for (char16_t c : s) {
        h ^= c;
        h *= 16777619u;
    }
    return h;
}

// The first four code units, so most comparisons while sorting never touch the characters.
quint64 prefixKey(std::u16string_view s)
{
    quint64 key = 0;
    for (size_t i = 0; i < 4; ++i)
        key = (key << 16) | (i < s.size() ? quint64(s[i]) : 0);
    return key;
}

} // namespace

quint32 TokenTable::intern(std::u16string_view token)
{
    if ((size() + 1) * 2 > m_slots.size())
        grow();
    const quint32 h = hashOf(token);
    const size_t mask = m_slots.size() - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        const quint32 slot = m_slots[i];
        if (slot == 0) {
            const quint32 id = size();
            m_chars.append(token);
            m_offsets.push_back(quint32(m_chars.size()));
            m_hashes.push_back(h);
            m_slots[i] = id + 1;
            return id;
        }
        if (m_hashes[slot - 1] == h && this->token(slot - 1) == token)
            return slot - 1;
    }
}

void TokenTable::grow()
{
    m_slots.assign(std::max<size_t>(1024, m_slots.size() * 2), 0);
    const size_t mask = m_slots.size() - 1;
    for (quint32 id = 0; id < size(); ++id) {
        size_t i = m_hashes[id] & mask;
        while (m_slots[i] != 0)
            i = (i + 1) & mask;
        m_slots[i] = id + 1;
    }
}

std::vector<quint32> TokenTable::sortedIds() const
{
    struct Key {
        quint64 prefix;
        quint32 id;
    };
    std::vector<Key> keys(size());
    for (quint32 id = 0; id < size(); ++id)
        keys[id] = {prefixKey(token(id)), id};
    std::sort(keys.begin(), keys.end(), [this](const Key &a, const Key &b) {
        if (a.prefix != b.prefix)
            return a.prefix < b.prefix;
        return token(a.id) < token(b.id);
    });
    std::vector<quint32> ids(keys.size());
    for (size_t i = 0; i < keys.size(); ++i)
        ids[i] = keys[i].id;
    return ids;
}

void TokenTable::reorder(const std::vector<quint32> &order)
{
    std::u16string chars;
    chars.reserve(m_chars.size());
    std::vector<quint32> offsets{0};
    offsets.reserve(order.size() + 1);
    for (quint32 id : order) {
        chars.append(token(id));
        offsets.push_back(quint32(chars.size()));
    }
    m_chars = std::move(chars);
    m_offsets = std::move(offsets);
    // Interning is over; lookups from here on are by prefix.
    m_hashes = {};
    m_slots = {};
}

std::pair<quint32, quint32> TokenTable::prefixRange(std::u16string_view prefix) const
{
    quint32 lo = 0;
    quint32 hi = size();
    while (lo < hi) { // first token >= prefix
        const quint32 mid = lo + (hi - lo) / 2;
        if (token(mid) < prefix)
            lo = mid + 1;
        else
            hi = mid;
    }
    const quint32 first = lo;
    hi = size();
    while (lo < hi) { // first token after first that does not start with prefix
        const quint32 mid = lo + (hi - lo) / 2;
        if (token(mid).starts_with(prefix))
            lo = mid + 1;
        else
            hi = mid;
    }
    return {first, lo};
}

} // namespace tripdesk
