// Trunk post-build hook: make dist/ run under a strict Content-Security-Policy.
// Trunk writes its wasm loader as an inline <script type="module">; an inline
// script would need 'unsafe-inline' or a hash. We move it into a hashed file
// next to the others and add the policy as a <meta> so it travels with the
// files to any static web server.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { generatePlan, packageText } from "./gen-large-plan.mjs";
import { bundleCss } from "./css-bundle.mjs";
import { splitWasm } from "./wasm-split.mjs";

export const CSP = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "font-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join("; ");

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("post-build: TRUNK_STAGING_DIR is not set (run through trunk)");
  process.exit(1);
}
const indexPath = join(dir, "index.html");
let html = readFileSync(indexPath, "utf8");
// First the lazily loaded screens: the wasm is split and trunk's module replaced.
html = splitWasm(dir, html);
// Two minified stylesheets: the first load's, and the open plan's (fetched with it).
html = bundleCss(dir, html);

const inline = /<script type="module"(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;
let moved = 0;
html = html.replace(inline, (_all, body) => {
  const hash = createHash("sha256").update(body).digest("hex").slice(0, 16);
  const name = `boot-${hash}.js`;
  writeFileSync(join(dir, name), body.trim() + "\n");
  moved += 1;
  return `<script type="module" src="/${name}"></script>`;
});
if (moved !== 1) {
  console.error(`post-build: expected one inline loader script, found ${moved}`);
  process.exit(1);
}
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html) || /\son[a-z]+=/.test(html)) {
  console.error("post-build: inline script or event handler left in index.html");
  process.exit(1);
}
const meta = `<meta http-equiv="Content-Security-Policy" content="${CSP}" />`;
html = html.replace(/<meta charset="utf-8"\s*\/?>/, (m) => `${m}\n    ${meta}`);
if (!html.includes(meta)) {
  console.error("post-build: could not insert the Content-Security-Policy");
  process.exit(1);
}
writeFileSync(indexPath, html);
console.log(`post-build: loader moved to a file, CSP written`);

// The large example plan (40 × 12, 600 partners, 300 alliances) is generated
// at build time rather than committed, and is not precached: it is fetched
// (same origin) only when the user opens it from the plans screen.
const LARGE_EXAMPLE = "/examples/piano-grande.alleanza.json";
mkdirSync(join(dir, "examples"), { recursive: true });
writeFileSync(join(dir, LARGE_EXAMPLE.slice(1)), packageText(generatePlan()));

// The service worker precaches exactly the files of this build (but the large example).
const files = [];
const walk = (d) => {
  for (const name of readdirSync(d)) {
    const path = join(d, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (name !== "sw.js" && !name.endsWith(".txt")) files.push("/" + relative(dir, path).split("\\").join("/"));
  }
};
walk(dir);
files.splice(files.indexOf(LARGE_EXAMPLE), 1);
files.sort();
const version = createHash("sha256");
for (const f of files) version.update(f).update(readFileSync(join(dir, f.slice(1))));
const swPath = join(dir, "sw.js");
const sw = readFileSync(swPath, "utf8")
  .replace("__ALLEANZE_VERSION__", version.digest("hex").slice(0, 16))
  .replace("__ALLEANZE_PRECACHE__", JSON.stringify(files));
if (sw.includes("__ALLEANZE_")) {
  console.error("post-build: service worker placeholders not replaced");
  process.exit(1);
}
writeFileSync(swPath, sw);
console.log(`post-build: service worker precaches ${files.length} files`);
