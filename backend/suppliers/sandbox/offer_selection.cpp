#include "backend/suppliers/sandbox/offer_selection.h"

#include <QHash>

#include <algorithm>

namespace tripdesk::sandbox {

std::vector<std::size_t>
keepVaried(std::vector<Candidate> candidates, std::size_t cap,
           const std::function<void(std::size_t index, std::vector<Kind> *kinds)> &kindsOf)
{
    std::sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        return a.score != b.score ? a.score < b.score : a.index < b.index;
    });
    std::vector<std::size_t> out;
    if (cap == 0 || candidates.empty())
        return out;
    if (candidates.size() <= cap) {
        for (const Candidate &c : candidates)
            out.push_back(c.index);
        return out;
    }
    std::vector<char> kept(candidates.size(), 0);
    QHash<quint64, int> used;
    std::vector<Kind> kinds;
    std::size_t count = 0;
    for (std::size_t i = 0; i < candidates.size() && count < cap; ++i) {
        kinds.clear();
        kindsOf(candidates[i].index, &kinds);
        const bool wanted = std::any_of(kinds.begin(), kinds.end(), [&](const Kind &k) {
            return used.value(k.key, 0) < k.quota;
        });
        if (!wanted)
            continue;
        kept[i] = 1;
        ++count;
        for (const Kind &k : kinds)
            ++used[k.key];
    }
    for (std::size_t i = 0; i < candidates.size() && count < cap; ++i) {
        if (!kept[i]) {
            kept[i] = 1;
            ++count;
        }
    }
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        if (kept[i])
            out.push_back(candidates[i].index);
    }
    return out;
}

} // namespace tripdesk::sandbox
