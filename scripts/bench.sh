#!/usr/bin/env bash
# Builds (release) and runs every benchmark under tests/bench, printing medians and p99s.
# Pass a regex to run only some: scripts/bench.sh autocomplete
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset release -DTRIPDESK_BUILD_TESTS=ON -DTRIPDESK_BUILD_BENCHMARKS=ON >/dev/null
cmake --build --preset release
filter="${1:-.}"
export QT_QPA_PLATFORM=offscreen
for bench in build/release/tests/bench/bench_*; do
  [ -f "$bench" ] && [ -x "$bench" ] || continue
  name=$(basename "$bench")
  [[ "$name" =~ $filter ]] || continue
  [ "$name" = bench_bare_window ] && continue # the floor of scripts/bench_startup.sh
  echo "== $name"
  "$bench" --benchmark_repetitions=5 --benchmark_report_aggregates_only=true \
    --benchmark_display_aggregates_only=true
done
