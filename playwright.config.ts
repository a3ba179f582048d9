import { defineConfig } from "@playwright/test";

// An unusual port, so the suite does not collide with other servers.
const PORT = Number(process.env.E2E_PORT ?? 4791);

export default defineConfig({
  testDir: "tests/e2e",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  // One retry: a test that fails twice fails the run; one that passes on the
  // retry is reported as flaky in the output (look at those: see the notes).
  retries: 1,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: "it-IT",
    timezoneId: "Europe/Rome",
    launchOptions: {
      executablePath: process.env.CHROME_BIN ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  webServer: {
    command: `node scripts/static-server.mjs dist ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 20_000,
  },
});
