#!/usr/bin/env bash
# Installs what building and testing need, skipping whatever is already there.
# Only package registries are used (crates.io, Debian, npm): nothing else is
# downloaded, so it works on machines without general internet access.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
log() { printf '[setup] %s\n' "$*"; }

if ! command -v cargo >/dev/null; then
  echo "[setup] cargo not found: install Rust (rustup) first" >&2
  exit 1
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
for component in clippy rustfmt; do
  if ! rustup component list --installed | grep -q "^$component"; then
    log "adding $component"
    rustup component add "$component"
  fi
done

if [ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]; then
  log "installing trunk $TRUNK_VERSION (about 15 minutes on 2 cores, once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# wasm-bindgen-cli must match the wasm-bindgen library in Cargo.lock exactly.
WBG_VERSION=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/,""); print; exit}' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $WBG_VERSION" ]; then
  log "installing wasm-bindgen-cli $WBG_VERSION (about 6 minutes, once)"
  cargo install wasm-bindgen-cli --version "$WBG_VERSION" --locked ||
    cargo install wasm-bindgen-cli --version "$WBG_VERSION"
fi

# wasm-split-cli cuts the linked wasm at the `#[lazy]` split points (the
# lazily loaded screens; scripts/wasm-split.mjs, called by the post-build hook).
WASM_SPLIT_VERSION=0.2.4
# The binary has no --version: cargo's record of installed crates tells.
if ! command -v wasm-split-cli >/dev/null ||
  ! grep -qs "^\"wasm_split_cli_support $WASM_SPLIT_VERSION " "${CARGO_HOME:-$HOME/.cargo}/.crates.toml"; then
  log "installing wasm_split_cli_support $WASM_SPLIT_VERSION (wasm-split-cli, about 2 minutes, once)"
  cargo install wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary --locked ||
    cargo install wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary
fi

need_apt=()
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
[ -x /usr/bin/chromedriver ] || need_apt+=(chromium-driver)
command -v node >/dev/null || need_apt+=(nodejs)
command -v npm >/dev/null || need_apt+=(npm)
if [ ${#need_apt[@]} -gt 0 ]; then
  log "installing from Debian: ${need_apt[*]}"
  SUDO=""
  [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y "${need_apt[@]}"
fi

# npm dev dependencies: wasm-opt (binaryen; Debian's is too old and breaks
# the module), lightningcss (CSS minifier), Playwright and axe-core. The
# browser is Debian's Chromium.
stamp=node_modules/.setup-stamp
if [ ! -f "$stamp" ] || [ package-lock.json -nt "$stamp" ]; then
  log "installing npm dev dependencies"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
  touch "$stamp"
fi
log "ready"
