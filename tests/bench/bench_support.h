#pragma once
// Helpers shared by the benchmarks: the bundled reference data, loaded once, and percentiles of
// per-operation timings (Google Benchmark reports means; budgets are medians and p99s).

#include "backend/reference/reference_data.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <vector>

namespace tripdesk::bench {

inline std::shared_ptr<const ReferenceData> bundled()
{
    static const std::shared_ptr<const ReferenceData> data = [] {
        auto loaded = ReferenceData::loadBundled();
        if (!loaded.ok()) {
            std::fprintf(stderr, "cannot load the bundled data: %s\n",
                         qPrintable(loaded.error().detail));
            std::exit(1);
        }
        return *loaded;
    }();
    return data;
}

// The p-quantile (0..1) by nearest rank.
inline double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto i = size_t(p * double(values.size() - 1) + 0.5);
    return values[std::min(i, values.size() - 1)];
}

} // namespace tripdesk::bench
