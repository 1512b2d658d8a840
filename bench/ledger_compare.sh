#!/usr/bin/env bash
# The register's Excel export side by side with what a user would otherwise do, in one run, on
# the same cases: `exitdesk-cli ledger export` (libxlsxwriter, constant memory), LibreOffice
# headless converting the same register from CSV to xlsx, and openpyxl's write-only mode
# writing the same rows. Time and peak memory of each from /usr/bin/time -v.
#
#   bench/ledger_compare.sh [CASES...]            default: 100000 1000000
#   EXITDESK_CLI=path/to/exitdesk-cli             default: build/release/app/exitdesk-cli
#   LEDGER_BENCH_DIR=/some/dir                    where databases and files go (default /tmp/ledger-bench)
#
# A database of N demo cases (seed 1, today 2026-03-02) is generated once per N and kept.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
cli=${EXITDESK_CLI:-$root/build/release/app/exitdesk-cli}
dir=${LEDGER_BENCH_DIR:-/tmp/ledger-bench}
today=2026-03-02
mkdir -p "$dir"
[ -x "$cli" ] || { echo "no exitdesk-cli at $cli (build Release, or set EXITDESK_CLI)" >&2; exit 2; }
command -v soffice >/dev/null || { echo "soffice missing: apt-get install libreoffice-calc-nogui" >&2; exit 2; }

sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(100000 1000000)

# measure LOG COMMAND...: runs it under /usr/bin/time -v, prints "wall-seconds cpu-seconds MB"
# (wall to the hundredth of a second)
# (CPU = user + system, the fairer figure on a shared machine).
measure() {
  local log=$1; shift
  /usr/bin/time -v "$@" >"$log.out" 2>"$log" || { echo "failed: $* (see $log)" >&2; tail -5 "$log" >&2; return 1; }
  local wall rss user sys
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$log")
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")
  user=$(awk -F': ' '/User time \(seconds\)/ {print $2}' "$log")
  sys=$(awk -F': ' '/System time \(seconds\)/ {print $2}' "$log")
  # h:mm:ss or m:ss.cc -> seconds
  echo "$wall" | awk -F: -v rss="$rss" -v cpu="$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')" \
    '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.2f %.1f %.0f\n", s, cpu, rss / 1024 }'
}

echo "| cases | tool | wall time (s) | CPU time (s) | peak memory (MB) | file (MB) |"
echo "|---|---|---|---|---|---|"
for n in "${sizes[@]}"; do
  db="$dir/demo-$n.sqlite"
  if [ ! -s "$db" ]; then
    echo "generating $n demo cases into $db ..." >&2
    read -r s c m < <(measure "$dir/generate-$n.log" "$cli" demo generate --cases "$n" --seed 1 --today "$today" --db "$db" --lang en)
    echo "| $n | exitdesk-cli demo generate (not part of the comparison) | $s | $c | $m | $(du -m "$db" | cut -f1) |"
  fi
  # The CSV the two alternatives start from: the same register, written by the same query.
  csv="$dir/register-$n.csv"
  [ -s "$csv" ] || "$cli" ledger export --db "$db" --on "$today" --lang ru -o "$csv" >/dev/null

  # The export five times (one run varies by a fifth on this shared machine): the run of median
  # wall time, and the range. The stage cache is filled first if the database lacks it.
  out="$dir/exitdesk-$n.xlsx"
  runs=$(for i in 1 2 3 4 5; do
    measure "$dir/exitdesk-$n.log" "$cli" ledger export --db "$db" --on "$today" --lang ru -o "$out"
  done | sort -n)
  read -r s c m < <(echo "$runs" | sed -n 3p)
  range="$(echo "$runs" | head -1 | cut -d' ' -f1)–$(echo "$runs" | tail -1 | cut -d' ' -f1)"
  echo "| $n | exitdesk-cli ledger export (libxlsxwriter, constant memory; includes the query; median of 5 runs, $range s) | $s | $c | $m | $(du -m "$out" | cut -f1) |"

  lo="$dir/lo-$n"
  rm -rf "$lo" && mkdir -p "$lo"
  read -r s c m < <(measure "$dir/libreoffice-$n.log" soffice "-env:UserInstallation=file://$lo/profile" --headless \
      --infilter="CSV:44,34,76,1" --convert-to xlsx --outdir "$lo" "$csv")
  echo "| $n | LibreOffice headless, CSV → xlsx | $s | $c | $m | $(du -m "$lo/register-$n.xlsx" | cut -f1) |"

  py="$dir/openpyxl-$n.xlsx"
  read -r s c m < <(measure "$dir/openpyxl-$n.log" /usr/bin/python3 "$here/ledger_openpyxl.py" "$csv" "$py")
  echo "| $n | openpyxl write-only, CSV → xlsx | $s | $c | $m | $(du -m "$py" | cut -f1) |"
done
