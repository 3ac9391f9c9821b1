#!/bin/sh
# Fuzzes the file reader and every computation on a document that reads
# (tests/fuzz/) with libFuzzer, AddressSanitizer and UndefinedBehaviorSanitizer.
#
#   scripts/fuzz.sh            a short run: 30 s, both harnesses at once (part of scripts/test.sh)
#   scripts/fuzz.sh 3600       the long run: an hour, both at once
#   scripts/fuzz.sh build      only builds the harnesses
#
# Built with clang in build/fuzz (kept: later runs only rebuild what changed).
# The corpus grows in build/fuzz/corpus/<harness>, seeded from tests/fixtures
# and the examples in tests/fixtures/examples. An input that crashes, leaks or takes
# longer than 10 s is written to build/fuzz/<harness>-crash-* (or -timeout-*)
# and the script fails: fix it and make the input a unit test.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-30}
build=${BPA_FUZZ_BUILD:-$root/build/fuzz}
cxx=${BPA_FUZZ_CXX:-}
if [ -z "$cxx" ]; then
  for c in clang++-14 clang++; do
    if command -v "$c" >/dev/null 2>&1; then cxx=$c; break; fi
  done
fi
if [ -z "$cxx" ]; then echo "fuzz: clang++ not found (scripts/setup.sh native installs it)" >&2; exit 1; fi

# -O1 with line tables only: the sanitizers' reports name file and line, and the
# build takes 15 % less CPU than -O2 with full debug information at the same
# speed of fuzzing (-O0 would build in half the time but fuzz 16 times slower).
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Fuzz -DCMAKE_CXX_FLAGS_FUZZ="-O1 -gline-tables-only" \
  -DCMAKE_CXX_COMPILER="$cxx" \
  -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined" \
  -DBPA_FUZZ=ON -DBUILD_TESTING=OFF >/dev/null
cmake --build "$build" --target fuzz_read fuzz_compute -j"$(nproc)"
[ "$seconds" = build ] && exit 0

# The two harnesses run at the same time (one core each).
run() {
  harness=$1
  corpus="$build/corpus/$harness"
  mkdir -p "$corpus"
  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  "$build/tests/fuzz/$harness" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=262144 \
    -print_final_stats=1 -artifact_prefix="$build/$harness-" \
    "$corpus" "$root/tests/fixtures" "$root/tests/fixtures/examples" 2>"$build/$harness.log"
}
echo "fuzz: fuzz_read and fuzz_compute for $seconds s"
run fuzz_read & read_pid=$!
run fuzz_compute & compute_pid=$!
failed=""
wait $read_pid || failed="$failed fuzz_read"
wait $compute_pid || failed="$failed fuzz_compute"
for harness in fuzz_read fuzz_compute; do
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "$build/$harness.log" | sed "s/^/fuzz: $harness /"
done
for harness in $failed; do
  tail -n 40 "$build/$harness.log" >&2
  echo "fuzz: $harness found an input that fails: $build/$harness-*" >&2
done
[ -z "$failed" ]
