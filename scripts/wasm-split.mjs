// Code splitting for trunk 0.21, which has no step for it (trunk issue #1022).
// Called by the post-build hook before anything else touches dist/.
//
// Trunk has already run cargo, wasm-bindgen and staged `alleanze-<hash>.js` /
// `alleanze-<hash>_bg.wasm`. Those are replaced: the module linked by cargo
// (kept with `--emit-relocs`, see build.rs) is cut at the `#[lazy]` split
// points of src/screens.rs by `wasm-split-cli` (crate wasm_split_cli_support),
// and only its main part goes through wasm-bindgen:
//
//   target/…/alleanze.wasm ─ wasm-split-cli ─┬─ alleanze.wasm ─ wasm-bindgen ─ alleanze.js + alleanze_bg.wasm
//                                            ├─ split_<screen>.wasm, chunk_<n>.wasm (code shared by splits)
//                                            └─ __wasm_split.js (fetches and links them on demand)
//
// then wasm-opt -Oz runs on every .wasm. All of it goes into one folder,
// `pkg-<hash of its files>/`, because the files name each other with relative
// paths (alleanze.js imports __wasm_split.js, which imports alleanze.js back and
// fetches the chunks next to it): a folder hash keeps the names cacheable.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const NAME = "alleanze";
// binaryen 132 rejects --all-features for this module; these are the ones used.
const WASM_FEATURES = [
  "--enable-bulk-memory", "--enable-nontrapping-float-to-int", "--enable-sign-ext",
  "--enable-mutable-globals", "--enable-multivalue", "--enable-reference-types",
];

/** Is `file` (a name in the pkg folder) fetched only when a screen needs it? */
export const onDemand = (file) => /^(split|chunk)_.*\.wasm$/.test(file);

function run(cmd, args) {
  try {
    execFileSync(cmd, args, { stdio: ["ignore", "inherit", "inherit"] });
  } catch (e) {
    throw new Error(`wasm-split: \`${cmd} ${args.join(" ")}\` failed (${e.message})`);
  }
}

function tool(source, name) {
  const local = join(source, "node_modules", ".bin", name);
  return existsSync(local) ? local : name;
}

const files = (d) => readdirSync(d, { recursive: true }).filter((f) => statSync(join(d, f)).isFile()).sort();

/** Replaces trunk's single module in `dir` (the staging folder) by the split
 * one; returns index.html with the loader and preloads pointing at it. */
export function splitWasm(dir, html) {
  const source = process.env.TRUNK_SOURCE_DIR ?? process.cwd();
  const release = process.env.TRUNK_PROFILE === "release";
  const targetDir = resolve(source, process.env.CARGO_TARGET_DIR ?? "target");
  const input = join(targetDir, "wasm32-unknown-unknown", release ? "release" : "debug", `${NAME}.wasm`);
  if (!existsSync(input)) throw new Error(`wasm-split: ${input} not found (is CARGO_TARGET_DIR the one trunk used?)`);

  const work = mkdtempSync(join(tmpdir(), "alleanze-split-"));
  try {
    const split = join(work, "split");
    const pkg = join(work, "pkg");
    run("wasm-split-cli", [input, split, "--target", "web", "--out-name", NAME]);
    run("wasm-bindgen", [
      "--target", "web", "--no-typescript", "--keep-lld-exports", ...(release ? [] : ["--debug", "--keep-debug"]),
      "--out-dir", pkg, "--out-name", NAME, join(split, `${NAME}.wasm`),
    ]);
    for (const f of readdirSync(split)) if (f !== `${NAME}.wasm`) cpSync(join(split, f), join(pkg, f));
    if (release) {
      const wasmOpt = tool(source, "wasm-opt");
      for (const f of files(pkg).filter((f) => f.endsWith(".wasm"))) {
        // KEEP_NAMES=1 (profiling builds only): function names survive wasm-opt.
        const names = process.env.KEEP_NAMES === "1" ? ["-g"] : [];
        run(wasmOpt, ["-Oz", ...names, ...WASM_FEATURES, join(pkg, f), "-o", join(pkg, f)]);
      }
    }
    const hash = createHash("sha256");
    for (const f of files(pkg)) hash.update(f).update(readFileSync(join(pkg, f)));
    const folder = `pkg-${hash.digest("hex").slice(0, 16)}`;
    cpSync(pkg, join(dir, folder), { recursive: true });

    // Trunk's own files of the unsplit module go; the page points at ours.
    for (const suffix of [".js", "_bg.wasm"]) {
      const re = new RegExp(`/${NAME}-[0-9a-f]+${suffix.replace(".", "\\.")}`, "g");
      const trunkName = html.match(re)?.[0];
      if (!trunkName) throw new Error(`wasm-split: trunk's ${NAME}-*${suffix} not found in index.html`);
      unlinkSync(join(dir, trunkName.slice(1)));
      html = html.replaceAll(trunkName, `/${folder}/${NAME}${suffix}`);
    }
    // The preloads carry Subresource Integrity hashes of trunk's files.
    html = html.replace(/<link\b[^>]*>/g, (tag) => {
      const href = tag.match(/\bhref="\/([^"]+)"/)?.[1];
      if (!href?.startsWith(`${folder}/`) || !/\bintegrity="/.test(tag)) return tag;
      const sri = createHash("sha384").update(readFileSync(join(dir, href))).digest("base64");
      return tag.replace(/\bintegrity="[^"]*"/, `integrity="sha384-${sri}"`);
    });
    const chunks = files(join(dir, folder)).filter(onDemand);
    console.log(`wasm-split: ${folder}/ holds the main module and ${chunks.length} on-demand modules`);
    return html;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
