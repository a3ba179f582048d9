// The headless Chromium the benchmark and developer scripts measure in: Debian's
// Chromium (CHROME_BIN to use another), the same flags as the e2e suite, and
// nothing running in the background that would share the machine's cores.
import { chromium } from "@playwright/test";

// EXTRA_ARGS: more Chromium flags, space-separated (e.g. V8 flags while profiling).
export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROME_BIN ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync", ...(process.env.EXTRA_ARGS ? process.env.EXTRA_ARGS.split(" ") : [])],
  });
}
