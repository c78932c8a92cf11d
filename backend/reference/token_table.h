#pragma once
// Private to backend/reference: the autocomplete index's token store. Building it runs at
// start-up over ~80k words, so tokens live back to back in one buffer (no allocation per token,
// few cache misses) and are interned with an open-addressing table and a cheap hash; Qt's seeded
// string hash and std::unordered_map both cost several times as much here.

#include <QtGlobal>

#include <string>
#include <string_view>
#include <vector>

namespace tripdesk {

class TokenTable
{
public:
    // The id of token, adding it if new. Ids count up from 0 in order of first sight.
    quint32 intern(std::u16string_view token);

    quint32 size() const { return quint32(m_offsets.size() - 1); }
    std::u16string_view token(quint32 id) const
    {
        return {m_chars.data() + m_offsets[id], size_t(m_offsets[id + 1] - m_offsets[id])};
    }

    // The ids in lexicographic (UTF-16 code unit) order.
    std::vector<quint32> sortedIds() const;

    // Replaces the contents with the tokens in the given order (ids become positions in order).
    void reorder(const std::vector<quint32> &order);

    // [first, last) of the ids whose token starts with prefix; only valid after reordering by
    // sortedIds().
    std::pair<quint32, quint32> prefixRange(std::u16string_view prefix) const;

private:
    void grow();

    std::u16string m_chars;
    std::vector<quint32> m_offsets{0};
    std::vector<quint32> m_hashes; // per id
    std::vector<quint32> m_slots;  // id + 1; 0 is empty
};

} // namespace tripdesk
