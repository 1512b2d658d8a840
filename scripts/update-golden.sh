#!/usr/bin/env bash
# Regenerates the golden renders of the official forms (tests/data/golden/*.png) after an
# intended change of layout or wording: builds test_forms and runs its golden test with
# EXITDESK_UPDATE_GOLDEN=1, which writes the PNGs instead of comparing. Look at the PNGs
# (and at `git diff --stat tests/data/golden`) before committing them.
#   scripts/update-golden.sh [BUILD_DIR]     (default: build/release)
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build/release}"
if [ ! -f "$build/build.ninja" ]; then
  cmake --preset release >/dev/null
fi
cmake --build "$build" -j "${EXITDESK_JOBS:-2}" --target test_forms
EXITDESK_UPDATE_GOLDEN=1 QT_QPA_PLATFORM=offscreen "$build/tests/test_forms" --gtest_filter='FormsGolden.*'
echo "update-golden: wrote $(ls tests/data/golden/*.png | wc -l) renders in tests/data/golden"
