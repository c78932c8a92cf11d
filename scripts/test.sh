#!/usr/bin/env bash
# Installs what is missing, builds everything with warnings as errors, and runs every test
# offscreen. Benchmarks are built but not run here: see scripts/bench.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
export QT_QPA_PLATFORM=offscreen
cmake --preset ci
cmake --build --preset ci
ctest --preset ci --output-on-failure --timeout 600 "$@"
