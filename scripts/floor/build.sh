#!/usr/bin/env bash
# Builds the floor app (see Cargo.toml) and prints the brotli bytes of its
# optimized wasm and its js, with the flags scripts/wasm-split.mjs gives the
# app's modules. Usage: scripts/floor/build.sh <label> [cargo feature args]
# Run after ./scripts/setup.sh (wasm target, wasm-bindgen, npm's wasm-opt).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$here/../.."
cd "$root" && source scripts/env.sh
label=${1:-full}
shift || true
export CARGO_TARGET_DIR="$root/target/floor"
cd "$here"
cargo build --release --target wasm32-unknown-unknown "$@"
out="$root/target/floor-dist/$label"
rm -rf "$out" && mkdir -p "$out"
wasm-bindgen --target web --no-typescript --out-dir "$out" "$CARGO_TARGET_DIR/wasm32-unknown-unknown/release/floor.wasm"
wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-multivalue --enable-reference-types \
  -o "$out/opt.wasm" "$out/floor_bg.wasm"
node -e '
const z = require("zlib"), f = require("fs");
const br = (p) => z.brotliCompressSync(f.readFileSync(p), { params: { [z.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const [w, j] = process.argv.slice(1);
console.log(`floor ${process.argv[3]}: wasm ${br(w)} B + js ${br(j)} B brotli (raw ${f.statSync(w).size} + ${f.statSync(j).size})`);
' "$out/opt.wasm" "$out/floor.js" "$label"
