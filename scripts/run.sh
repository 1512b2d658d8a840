#!/usr/bin/env bash
# Installs what is missing, builds the desktop program (Release, build/release) and starts it on
# the embedded database. Only the program is built: the test suite (scripts/test.sh) is not
# needed to work, and building it first made the first start take many minutes longer.
# Arguments are passed to the program (e.g. --lang ru, --db FILE).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
preset="${EXITDESK_PRESET:-release}"
if [ ! -f "build/$preset/build.ninja" ]; then
  cmake --preset "$preset" >/dev/null
fi
cmake --build "build/$preset" -j "${EXITDESK_JOBS:-2}" --target exitdesk
exec "build/$preset/app/exitdesk" "$@"
