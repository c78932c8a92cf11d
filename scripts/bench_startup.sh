#!/usr/bin/env bash
# The desk's start-up as a whole process: from exec to the window's first paint, against a bare
# Qt window of the same size that quits at the same moment, measured pair by pair in one run.
# Uses the binaries of an existing build (default build/ci; BUILD=build/release to choose).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build/ci}
RUNS=${RUNS:-15}
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
export TRIPDESK_NOW=${TRIPDESK_NOW:-2026-12-02T09:00:00Z}
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home"
# A warm data folder: the first start creates the store.
"$BUILD/app/tripdesk" --self-test --data-dir "$home/data" >/dev/null 2>&1
echo "desk to first paint vs a bare window (median of the pairwise ratios is the figure):"
farm-bench -n "$RUNS" --vs "$BUILD/tests/bench/bench_bare_window" -- \
    "$BUILD/app/tripdesk" --quit-after-first-paint --data-dir "$home/data"
echo
echo "desk with its backend built and the search screen shown (--self-test) vs a bare window:"
farm-bench -n "$RUNS" --vs "$BUILD/tests/bench/bench_bare_window" -- \
    "$BUILD/app/tripdesk" --self-test --data-dir "$home/data"
