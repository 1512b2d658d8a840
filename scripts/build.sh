#!/usr/bin/env bash
# Configures and builds ExitDesk (Release, warnings as errors) in build/release.
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${EXITDESK_PRESET:-release}"
if [ ! -f "build/$preset/build.ninja" ]; then
  cmake --preset "$preset" >/dev/null
fi
cmake --build --preset "$preset" -j "${EXITDESK_JOBS:-2}"
