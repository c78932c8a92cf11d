#!/usr/bin/env bash
# Times whole tripdesk-cli processes, start-up included: a flight search in a warm data folder
# (A) against an airport lookup (B), run in turn A B A B … so a machine that speeds up or slows
# down moves both alike; prints each command's median wall time and the median of the ratios
# A/B taken pair by pair. Builds nothing: uses build/release, else build/ci.
#   scripts/bench_cli.sh [RUNS]        (default 9)
set -euo pipefail
cd "$(dirname "$0")/.."
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

elapsed_ns() {
  local start end
  start=$(date +%s%N)
  "$@" >/dev/null 2>&1
  end=$(date +%s%N)
  echo $((end - start))
}

a_times=() b_times=() ratios=()
for ((i = 0; i < runs; i++)); do
  a=$(elapsed_ns "${search[@]}")
  b=$(elapsed_ns "${airports[@]}")
  a_times+=("$a")
  b_times+=("$b")
  ratios+=("$(awk -v a="$a" -v b="$b" 'BEGIN { printf "%.4f", a / b }')")
done

median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
echo "binary: $cli, $runs runs each, in turn"
awk -v m="$(median "${a_times[@]}")" 'BEGIN { printf "A  flights search DEL-BOM  median wall %.1f ms\n", m / 1e6 }'
awk -v m="$(median "${b_times[@]}")" 'BEGIN { printf "B  airports mumbai        median wall %.1f ms\n", m / 1e6 }'
echo "A/B median ratio (pair by pair): $(median "${ratios[@]}")"
