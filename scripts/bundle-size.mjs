// Brotli (quality 11) sizes of what a first visit downloads from dist/.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";
import { planStylesheet } from "./css-bundle.mjs";
import { onDemand } from "./wasm-split.mjs";

export function brotli(bytes) {
  return brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  }).length;
}

/** { wasm, js, css, fonts, raw } in bytes of the first load of the built app in
 * `dir`, and `chunks`: the brotli bytes of each file fetched only for an open
 * plan (the split wasm modules, see scripts/wasm-split.mjs, and the plan's
 * stylesheet, see scripts/css-bundle.mjs). */
export function bundleSizes(dir = "dist") {
  const out = { wasm: 0, js: 0, css: 0, fonts: 0, raw: 0, chunks: {} };
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      if (name.startsWith(".")) continue; // trunk's staging folder
      const path = join(d, name);
      if (statSync(path).isDirectory()) {
        walk(path);
        continue;
      }
      const bytes = readFileSync(path);
      const kind = name.endsWith(".wasm") ? "wasm"
        : name.endsWith(".js") ? "js"
        : name.endsWith(".css") ? "css"
        : name.endsWith(".woff2") ? "fonts" : null;
      if (!kind) continue;
      if (onDemand(name) || planStylesheet(name)) {
        out.chunks[name] = brotli(bytes);
        continue;
      }
      // woff2 is already brotli-compressed inside: count it as served.
      out[kind] += kind === "fonts" ? bytes.length : brotli(bytes);
      if (kind !== "fonts") out.raw += bytes.length;
    }
  };
  walk(dir);
  return out;
}
