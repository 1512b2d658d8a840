#!/usr/bin/env bash
# A throwaway PostgreSQL server for the integration tests: initdb in a temporary directory,
# listening on a Unix socket only (no TCP port to clash with).
#   scripts/pg-test-server.sh start DIR   -> prints the connection URL
#   scripts/pg-test-server.sh stop DIR
set -euo pipefail
cmd="$1"; dir="$2"
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
as_pg=()
if [ "$(id -u)" -eq 0 ]; then
  as_pg=(runuser -u postgres --)   # the server refuses to run as root
fi
case "$cmd" in
  start)
    mkdir -p "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
    "${as_pg[@]}" "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1
    "${as_pg[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-c listen_addresses='' -k $dir -c max_connections=60 -c fsync=off" start >/dev/null
    "${as_pg[@]}" "$bin/createdb" -h "$dir" -U postgres exitdesk_test
    echo "postgresql://postgres@localhost/exitdesk_test?host=$dir"
    ;;
  stop)
    if [ -f "$dir/data/postmaster.pid" ]; then
      "${as_pg[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
  *) echo "usage: $0 start|stop DIR" >&2; exit 2 ;;
esac
