#!/usr/bin/env bash
# Takes the user guide's screenshots of the real program (docs/images/*-kk.png, *-ru.png):
# the widget tests drive the screens with demo data and save each window under Xvfb.
# Usage: scripts/screenshots.sh [BUILD_DIR]   (default build/dev; built when missing)
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build/dev}"
if [ ! -x "$build/tests/test_ui" ]; then
  [ -f "$build/build.ninja" ] || cmake --preset dev >/dev/null
  cmake --build "$build" -j2 --target test_ui
fi
out="$PWD/docs/images"
mkdir -p "$out"
for lang in kk ru; do
  EXITDESK_SCREENSHOTS="$out" EXITDESK_TEST_LANG="$lang" QT_QPA_PLATFORM=xcb \
    xvfb-run -a -s "-screen 0 1400x900x24" "$build/tests/test_ui" --gtest_filter='IntakeFlowTest.*:GuideScreens.*:MainWindowTest.FilterBar*:DeadlinesDashboardTest.*' >/dev/null
done
ls "$out"
