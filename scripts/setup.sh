#!/usr/bin/env bash
# Installs everything the build and the tests need on a fresh Debian 12 machine.
# Idempotent: each step checks whether its result is already there. Slow results
# (the Debian source packages, npm packages) are cached in
# $BPA_CACHE (default ~/.cache/bpa-arbeidsleder), outside the work tree.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE="${BPA_CACHE:-$HOME/.cache/bpa-arbeidsleder}"
IMGUI_VERSION="1.86"
SDL_VERSION="2.26.5"
mkdir -p "$CACHE"

log() { printf '[setup] %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# What each part needs from Debian. The native part (compilers, the JSON and test
# libraries) is small and goes first: scripts/test.sh compiles the native code
# while the page's toolchain and the browser are still being installed.
DEBS_BOTH=(cmake ninja-build make python3 nlohmann-json3-dev)
DEBS_NATIVE=("${DEBS_BOTH[@]}" g++ doctest-dev clang-14 libclang-rt-14-dev)
DEBS_WEB=("${DEBS_BOTH[@]}" dpkg-dev emscripten python3-fonttools fonttools fonts-dejavu-core gzip nodejs)
DEBS_TEST=(chromium-headless-shell npm)

install_debs() {
  local missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  # nodejs from another repository may provide npm itself.
  if command -v npm >/dev/null 2>&1; then
    local m2=(); for p in "${missing[@]}"; do [ "$p" = npm ] || [ "$p" = nodejs ] || m2+=("$p"); done
    missing=("${m2[@]+"${m2[@]}"}")
  fi
  if [ "${#missing[@]}" -gt 0 ]; then
    log "installing Debian packages: ${missing[*]}"
    as_root apt-get update -qq
    if ! DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" \
        >"$CACHE/apt-install.log" 2>&1; then
      cat "$CACHE/apt-install.log" >&2
      exit 1
    fi
  fi
}

enable_deb_src() {
  local f=/etc/apt/sources.list.d/bpa-deb-src.sources
  if [ ! -f "$f" ]; then
    log "enabling Debian source packages"
    as_root tee "$f" >/dev/null <<SRC
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: bookworm
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
    as_root apt-get update -qq
  fi
}

fetch_sources() {
  local src="$CACHE/src"
  mkdir -p "$src"
  if [ ! -f "$src/imgui-$IMGUI_VERSION+ds/imgui.cpp" ] || [ ! -d "$src/libsdl2-$SDL_VERSION+dfsg" ]; then
    enable_deb_src
    log "fetching Dear ImGui and SDL2 source packages"
    (cd "$src" && apt-get source -qq imgui libsdl2 >/dev/null)
  fi
  ln -sfn "$src/imgui-$IMGUI_VERSION+ds" "$CACHE/imgui"
  ln -sfn "$src/libsdl2-$SDL_VERSION+dfsg" "$CACHE/sdl2-src"
}

npm_install() {
  local dir="$ROOT/tests/browser"
  [ -f "$dir/package.json" ] || return 0
  local stamp="$CACHE/npm-$(sha256sum "$dir/package-lock.json" | cut -c1-16)"
  if [ ! -d "$stamp/node_modules/playwright-core" ]; then
    log "installing npm packages for the browser tests"
    rm -rf "$stamp"; mkdir -p "$stamp"
    cp "$dir/package.json" "$dir/package-lock.json" "$stamp/"
    (cd "$stamp" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --silent)
  fi
  ln -sfn "$stamp/node_modules" "$dir/node_modules"
}

what="${1:-all}"
case "$what" in
  native) install_debs "${DEBS_NATIVE[@]}" ;;
  web) install_debs "${DEBS_WEB[@]}"; fetch_sources ;;
  all) install_debs "${DEBS_NATIVE[@]}" "${DEBS_WEB[@]}" "${DEBS_TEST[@]}"; fetch_sources; npm_install ;;
  *) echo "usage: setup.sh [native|web|all]" >&2; exit 64 ;;
esac
log "done ($what); cache in $CACHE"
