#!/usr/bin/env bash
# Installs what is needed, builds the page and serves it on http://127.0.0.1:8080.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PORT="${PORT:-8080}"
"$ROOT/scripts/setup.sh" web
"$ROOT/scripts/build.sh" web
echo
echo "BPA Arbeidsleder: http://127.0.0.1:$PORT/"
echo "The saved page (one file, works offline from disk): $ROOT/dist/bpa-arbeidsleder.html"
echo "Stop with Ctrl+C."
exec python3 -m http.server --bind 127.0.0.1 --directory "$ROOT/dist" "$PORT"
