#!/usr/bin/env bash
# Times whole tripdesk-cli processes, start-up included: a flight search in a warm data folder
# (A) against an airport lookup (B), run in turn A B A B … so a machine that speeds up or slows
# down moves both alike; prints each command's median wall time and the median of the ratios
# A/B taken pair by pair. Builds nothing: uses build/release, else build/ci.
#   scripts/bench_cli.sh [RUNS]        (default 9)
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/bench_lib.sh
source scripts/bench_lib.sh
runs="${1:-9}"
cli=""
for dir in build/release build/ci; do
  if [ -x "$dir/app/tripdesk-cli" ]; then
    cli="$dir/app/tripdesk-cli"
    break
  fi
done
if [ -z "$cli" ]; then
  echo "bench_cli.sh: no tripdesk-cli in build/release or build/ci; build one first." >&2
  exit 1
fi

data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
export TRIPDESK_NOW=2026-12-02T09:00:00Z
unset QT_LOGGING_RULES TRIPDESK_LANG
search=("$cli" flights search --from DEL --to BOM --date 2026-12-24 --data-dir "$data")
airports=("$cli" airports mumbai --data-dir "$data")

# Warm the folder: the first search builds what later ones only read.
"${search[@]}" >/dev/null
"${airports[@]}" >/dev/null

echo "binary: $cli"
run_pairs "$runs" "flights search DEL-BOM" search "airports mumbai" airports
