#!/usr/bin/env bash
# Installs what is missing, builds, and starts the desktop program on the embedded database.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
exec build/release/app/exitdesk "$@"
