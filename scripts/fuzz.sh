#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz, a separate CMake project compiled with clang and
# -fsanitize=fuzzer,address,undefined) and runs each for a bounded time. Exit status 1 when a
# target crashes; the crashing input is left in the build directory (crash-*).
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [BUILD_DIR]      (defaults: 30, build/fuzz)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
seconds="${1:-30}"
build="${2:-$root/build/fuzz}"

if ! command -v clang++ >/dev/null; then
  echo "fuzz: clang++ is missing (scripts/setup.sh --test installs clang and libclang-rt-14-dev)" >&2
  exit 1
fi
# libFuzzer's runtime comes with libclang-rt-*-dev.
if ! echo 'extern "C" int LLVMFuzzerTestOneInput(const char*, unsigned long){return 0;}' |
    clang++ -x c++ -fsanitize=fuzzer - -o /dev/null 2>/dev/null; then
  echo "fuzz: clang cannot link libFuzzer (install libclang-rt-14-dev)" >&2
  exit 1
fi

generator=()
command -v ninja >/dev/null && generator=(-G Ninja)
cmake -S "$root/tests/fuzz" -B "$build" "${generator[@]}" -DCMAKE_CXX_COMPILER=clang++ \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j2

status=0
for target in fuzz_case_json fuzz_iin; do
  corpus="$build/corpus-$target"
  mkdir -p "$corpus"
  if [ "$target" = fuzz_case_json ]; then
    cp "$root"/tests/data/cases/*.json "$corpus"/ 2>/dev/null || true
  else
    printf '871008401427' >"$corpus/valid"; printf '000000000000' >"$corpus/zeros"; printf '87100840142' >"$corpus/short"
  fi
  echo "fuzz: $target for ${seconds}s"
  # detect_leaks=0: Qt keeps a few process-lifetime allocations that LeakSanitizer reports.
  if ! (cd "$build" && ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=halt_on_error=1 \
        "./$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
        -print_final_stats=1 "$corpus" 2>"$build/$target.log"); then
    echo "fuzz: $target FAILED; see $build/$target.log" >&2
    tail -n 40 "$build/$target.log" >&2
    status=1
  else
    grep -E "stat::number_of_executed_units|Done" "$build/$target.log" | tail -n 2 || true
  fi
done
exit $status
