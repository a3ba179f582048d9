#!/usr/bin/env bash
# Runs every check; fails on the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
source scripts/env.sh

step() { printf '\n=== %s\n' "$*"; }
step "rustfmt"
cargo fmt --check
step "clippy (native)"
cargo clippy --all-targets --locked -- -D warnings
step "clippy (wasm32)"
cargo clippy --all-targets --locked --target wasm32-unknown-unknown -- -D warnings
step "native tests"
cargo test --locked
step "import fuzzer (60 s, release)"
FUZZ_SECONDS=60 cargo test --release --locked --test fuzz_import -- --nocapture
step "release build"
trunk build --release
step "bundle size budget"
node scripts/size-check.mjs
step "end-to-end tests (Playwright, headless Chromium)"
npx playwright test
