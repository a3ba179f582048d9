// Called by the post-build hook: trunk's one stylesheet per file in style/
// becomes two minified ones (lightningcss):
//
//   app-<hash>.css   what the shell and the plans screen need: in the first load;
//   plan-<hash>.css  the screens of an open plan: linked `disabled`, so the browser
//                    does not fetch it, and switched on by the app when it loads the
//                    plan module (src/styles.rs), which every step screen waits for.
//
// The cascade stays the one of index.html's order: print.css, last there, closes
// both files, so its print rules still come after every screen's rules.
import { createHash } from "node:crypto";
import { readFileSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { transform } from "lightningcss";

/** The stylesheets (style/<name>.css) of the first load; the others are the plan's. */
export const FIRST_LOAD = ["tokens", "layout", "components", "print"];
/** Closes the plan file too (see above). */
const LAST = "print";
/** Is `file` the open plan's stylesheet (fetched with the plan module)? */
export const planStylesheet = (file) => /^plan-[0-9a-f]{16}\.css$/.test(file);
/** The id by which src/styles.rs finds the plan's stylesheet. */
export const PLAN_STYLES_ID = "plan-styles";

const LINK = /<link rel="stylesheet" href="\/([a-z]+)-[0-9a-f]+\.css" integrity="[^"]*"\s*\/?>/g;

function write(dir, stem, sources, names) {
  const code = names.map((n) => sources.get(n)).join("\n");
  const min = transform({ filename: `${stem}.css`, code: Buffer.from(code), minify: true }).code;
  const name = `${stem}-${createHash("sha256").update(min).digest("hex").slice(0, 16)}.css`;
  writeFileSync(join(dir, name), min);
  const integrity = "sha384-" + createHash("sha384").update(min).digest("base64");
  return { name, integrity, bytes: [Buffer.byteLength(code), min.length] };
}

/** Rewrites the stylesheets in `dir` (the staging folder); returns index.html. */
export function bundleCss(dir, html) {
  const sources = new Map();
  const order = [];
  html = html.replace(LINK, (all, stem) => {
    const file = all.match(/href="\/([^"]+)"/)[1];
    sources.set(stem, readFileSync(join(dir, file), "utf8"));
    unlinkSync(join(dir, file));
    order.push(stem);
    return "\u0000";
  });
  const missing = FIRST_LOAD.filter((n) => !sources.has(n));
  if (missing.length > 0 || !order.includes(LAST)) {
    throw new Error(`css-bundle: stylesheets not found in index.html: ${missing.join(", ") || LAST}`);
  }
  const first = order.filter((n) => FIRST_LOAD.includes(n));
  const plan = [...order.filter((n) => !FIRST_LOAD.includes(n)), LAST];
  const a = write(dir, "app", sources, first);
  const p = write(dir, "plan", sources, plan);
  const links =
    `<link rel="stylesheet" href="/${a.name}" integrity="${a.integrity}" />\n    ` +
    `<link rel="stylesheet" href="/${p.name}" integrity="${p.integrity}" id="${PLAN_STYLES_ID}" disabled />`;
  let placed = false;
  html = html.replace(/\u0000/g, () => (placed ? "" : ((placed = true), links)));
  console.log(
    `post-build: css ${first.join("+")} ${a.bytes[0]} → ${a.bytes[1]} bytes (first load), ` +
      `${plan.join("+")} ${p.bytes[0]} → ${p.bytes[1]} bytes (with the plan module)`,
  );
  return html;
}
