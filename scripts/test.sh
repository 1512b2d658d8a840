#!/usr/bin/env bash
# Installs what is missing, builds, starts a throwaway PostgreSQL server and runs the whole
# test suite through ctest. The server is stopped afterwards, also when tests fail.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
scripts/setup.sh --test
scripts/build.sh

pgdir=$(mktemp -d /tmp/exitdesk-pg.XXXXXX)
cleanup() { "$root/scripts/pg-test-server.sh" stop "$pgdir"; }
trap cleanup EXIT
EXITDESK_TEST_PG=$(scripts/pg-test-server.sh start "$pgdir")
export EXITDESK_TEST_PG
echo "test: PostgreSQL at $EXITDESK_TEST_PG"

export QT_QPA_PLATFORM=offscreen
cd build/release
ctest --output-on-failure -j 2 --timeout 600 "$@"
