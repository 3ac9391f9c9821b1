#!/usr/bin/env bash
# Installs what is needed, builds native and wasm, and runs every test: unit and
# command line (CTest), the fuzzers' short run, then the browser tests
# (Playwright + Debian's Chromium). Prints how long each step took.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
started=$SECONDS
step() { echo "== $1"; step_started=$SECONDS; }
took() { echo "== took $((SECONDS - step_started)) s"; }

step "set-up"
"$ROOT/scripts/setup.sh" all
took
step "build"
"$ROOT/scripts/build.sh" all
took

step "unit and command-line tests"
(cd "$ROOT/build/native" && ctest --output-on-failure -j"$(nproc)")
took

step "fuzzing (libFuzzer, about a minute; the long run: scripts/fuzz.sh 3600)"
"$ROOT/scripts/fuzz.sh" 30
took

step "browser tests"
# Two files at a time by default (BPA_TEST_JOBS sets how many; README: the test
# command's time).
(cd "$ROOT/tests/browser" && node --test --test-concurrency="${BPA_TEST_JOBS:-2}" tests/)
took
echo "== all tests passed in $((SECONDS - started)) s"
