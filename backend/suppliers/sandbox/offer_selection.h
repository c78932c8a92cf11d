#pragma once
// Cutting a ranked list down to a cap without losing whole kinds of answer: the best few of
// every kind (a number of stops, an outbound flight …) are kept first, and the rest of the cap
// is filled by rank. A plain cut by rank can drop every one-stop itinerary of a route with many
// non-stop flights, although a traveller filtering by stops expects to find some.

#include <QtGlobal>

#include <functional>
#include <vector>

namespace tripdesk::sandbox {

struct Candidate {
    double score = 0; // lower is better
    std::size_t index = 0;
};

// A kind a candidate belongs to, and how many of that kind to keep before filling by rank.
struct Kind {
    quint64 key = 0;
    int quota = 1;
};

// The indices of at most `cap` candidates, best first: first, in rank order, each candidate
// that some kind of it still has quota for; then the best of the rest. `kindsOf` appends the
// kinds of the candidate with the given index.
std::vector<std::size_t>
keepVaried(std::vector<Candidate> candidates, std::size_t cap,
           const std::function<void(std::size_t index, std::vector<Kind> *kinds)> &kindsOf);

} // namespace tripdesk::sandbox
