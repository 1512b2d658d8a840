#!/usr/bin/env bash
# Installs the Debian 12 packages ExitDesk needs to build, run and test; does nothing when
# every package is already there. Used by scripts/run.sh and scripts/test.sh.
set -euo pipefail

packages=(
  cmake ninja-build g++ pkg-config git
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libqt6sql6-sqlite libqt6sql6-psql libgl-dev libsqlite3-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  libxlsxwriter-dev libqrencode-dev libsodium-dev
  fonts-liberation2
  libpoppler-qt6-dev libzxing-dev poppler-utils
  xvfb xauth x11-utils imagemagick xdotool
  postgresql postgresql-client
  python3 python3-openpyxl
  locales clang-format
)
if [ "${1:-}" = "--test" ]; then
  # Only the test suite needs these: LibreOffice opens the exported register, clang for fuzzing.
  packages+=(libreoffice-calc-nogui clang libclang-rt-14-dev)
fi

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [ "$status" = "install ok installed" ] || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -q
  $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# The locales under which exports must come out identical (decimal comma).
need_locale=()
for l in kk_KZ.UTF-8 ru_RU.UTF-8; do
  locale -a 2>/dev/null | grep -qi "^${l%.UTF-8}.utf-\?8$" || need_locale+=("$l")
done
if [ ${#need_locale[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  for l in "${need_locale[@]}"; do
    grep -q "^# *${l} UTF-8" /etc/locale.gen && $sudo sed -i "s/^# *${l} UTF-8/${l} UTF-8/" /etc/locale.gen
    grep -q "^${l} UTF-8" /etc/locale.gen || echo "${l} UTF-8" | $sudo tee -a /etc/locale.gen >/dev/null
  done
  $sudo locale-gen >/dev/null
fi
