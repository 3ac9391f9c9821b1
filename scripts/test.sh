#!/usr/bin/env bash
# Installs what is needed, builds native and wasm, and runs every test: unit and
# command line (CTest), then the browser tests (Playwright + Debian's Chromium).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$ROOT/scripts/setup.sh" all
"$ROOT/scripts/build.sh" all

echo "== unit and command-line tests"
(cd "$ROOT/build/native" && ctest --output-on-failure -j"$(nproc)")

echo "== fuzzing (libFuzzer, about a minute; the long run: scripts/fuzz.sh 3600)"
"$ROOT/scripts/fuzz.sh" 30

echo "== browser tests"
(cd "$ROOT/tests/browser" && node --test --test-concurrency=1 tests/)
