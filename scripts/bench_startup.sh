#!/usr/bin/env bash
# The desk's start-up as a whole process: from exec to the window's first paint, against a bare
# Qt window of the same size that quits at the same moment (tests/bench/bench_bare_window), and
# then with the backend built and the search screen shown (--self-test). Builds nothing: uses
# build/release, else build/ci.
#   scripts/bench_startup.sh [RUNS]    (default 15)
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/bench_lib.sh
source scripts/bench_lib.sh
runs="${1:-15}"
build=""
for dir in build/release build/ci; do
  if [ -x "$dir/app/tripdesk" ] && [ -x "$dir/tests/bench/bench_bare_window" ]; then
    build="$dir"
    break
  fi
done
if [ -z "$build" ]; then
  echo "bench_startup.sh: no tripdesk and bench_bare_window in build/release or build/ci." >&2
  exit 1
fi
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
export TRIPDESK_NOW=2026-12-02T09:00:00Z
unset QT_LOGGING_RULES TRIPDESK_LANG
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home"
desk=("$build/app/tripdesk" --quit-after-first-paint --data-dir "$home/data")
full=("$build/app/tripdesk" --self-test --data-dir "$home/data")
bare=("$build/tests/bench/bench_bare_window")
# A warm data folder: the first start creates the store and the sandbox's schedule file.
"${full[@]}" >/dev/null 2>&1

echo "binary: $build/app/tripdesk"
echo "-- to the first paint"
run_pairs "$runs" "desk, first paint" desk "bare window" bare
echo "-- backend built and the search screen shown"
run_pairs "$runs" "desk, --self-test" full "bare window" bare
