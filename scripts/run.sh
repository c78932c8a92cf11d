#!/usr/bin/env bash
# Installs what is missing, builds TripDesk (release) and starts the desk app.
# Extra arguments go to the app, e.g. scripts/run.sh --lang hi
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset release -DTRIPDESK_BUILD_TESTS=OFF >/dev/null
cmake --build --preset release --target tripdesk tripdesk-cli
exec build/release/app/tripdesk "$@"
