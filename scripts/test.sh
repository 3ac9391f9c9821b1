#!/usr/bin/env bash
# Installs what is needed, builds native and wasm, and runs every test: unit and
# command line (CTest), the fuzzers' short run, then the browser tests
# (Playwright + Debian's Chromium). Prints how long each step took.
#
# The native code (the `bpa` command, the unit tests, the fuzzers) is compiled
# while the page's toolchain and the browser are still being installed: set-up
# waits on the network and the package manager, the compiler on the CPU.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
started=$SECONDS
step() { echo "== $1"; step_started=$SECONDS; }
took() { echo "== took $((SECONDS - step_started)) s"; }

step "set-up: compilers and libraries for the native build"
"$ROOT/scripts/setup.sh" native
took

mkdir -p "$ROOT/build"
native_log="$ROOT/build/native-builds.log"
native_started=$SECONDS
# A process group of its own: whatever ends this script stops those compilers too.
setsid bash -c '"$0/scripts/build.sh" native && "$0/scripts/fuzz.sh" build' "$ROOT" >"$native_log" 2>&1 &
native_pid=$!
trap 'kill -- -"$native_pid" 2>/dev/null || true' EXIT
echo "== native build and the fuzzers' build started in the background ($native_log)"

step "set-up: the page's toolchain, the browser and the test packages"
"$ROOT/scripts/setup.sh" all
took
step "build: the page"
"$ROOT/scripts/build.sh" web
took

step "waiting for the native build and the fuzzers' build"
if ! wait "$native_pid"; then
  tail -n 60 "$native_log" >&2
  echo "== the native build failed: $native_log" >&2
  exit 1
fi
trap - EXIT
took
echo "== the native builds took $((SECONDS - native_started)) s in all, beside the steps above"

step "unit and command-line tests"
(cd "$ROOT/build/native" && ctest --output-on-failure -j"$(nproc)")
took

step "fuzzing (libFuzzer, about a minute; the long run: scripts/fuzz.sh 3600)"
"$ROOT/scripts/fuzz.sh" 30
took

step "browser tests"
# Three processes at a time by default, the files dealt out among them: with two
# the cores wait a tenth of the time on the pages' frames (BPA_TEST_JOBS sets how
# many; tests/browser/run.mjs; README: the test command's time).
(cd "$ROOT/tests/browser" && node run.mjs)
took
echo "== all tests passed in $((SECONDS - started)) s"
