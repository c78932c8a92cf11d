# Shared by the whole-process benchmark scripts (sourced, not run): times two commands in turn,
# A B A B …, so a machine that speeds up or slows down moves both alike, and prints each one's
# median wall time and the median of the ratios A/B taken pair by pair.

elapsed_ns() {
  local start end
  start=$(date +%s%N)
  "$@" >/dev/null 2>&1
  end=$(date +%s%N)
  echo $((end - start))
}

median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# run_pairs RUNS LABEL_A ARRAY_A LABEL_B ARRAY_B: the arrays are names of bash arrays holding
# the two command lines.
run_pairs() {
  local runs=$1 label_a=$2 label_b=$4
  local -n cmd_a=$3
  local -n cmd_b=$5
  local a_times=() b_times=() ratios=() a b i
  for ((i = 0; i < runs; i++)); do
    a=$(elapsed_ns "${cmd_a[@]}")
    b=$(elapsed_ns "${cmd_b[@]}")
    a_times+=("$a")
    b_times+=("$b")
    ratios+=("$(awk -v a="$a" -v b="$b" 'BEGIN { printf "%.4f", a / b }')")
  done
  echo "$runs runs each, in turn"
  awk -v m="$(median "${a_times[@]}")" -v l="$label_a" 'BEGIN { printf "A  %-28s median wall %.1f ms\n", l, m / 1e6 }'
  awk -v m="$(median "${b_times[@]}")" -v l="$label_b" 'BEGIN { printf "B  %-28s median wall %.1f ms\n", l, m / 1e6 }'
  echo "A/B median ratio (pair by pair): $(median "${ratios[@]}")"
}
