import { defineConfig, devices } from "@playwright/test";
import { SYSTEM_CHROMIUM_ARGS, systemChromiumPath } from "./scripts/browser.ts";

const executablePath = systemChromiumPath();
// E2E_PORT lets two checkouts run their e2e tests side by side on one machine.
const PORT = Number(process.env.E2E_PORT ?? 4317);
// Each port builds into its own folder, so side-by-side runs never serve each other's half-built files.
const OUT_DIR = `dist-e2e-${PORT}`;

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // CI shares two CPUs between two workers, each with its own Chromium, the preview server and
  // the other jobs on the machine: a step that takes half a second here can take ten there. These
  // are ceilings for waiting, not speed requirements (speed is measured by `npm run bench`).
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    timezoneId: "UTC",
    locale: "en-GB",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: executablePath ? { executablePath, args: SYSTEM_CHROMIUM_ARGS } : {},
      },
    },
  ],
  // The tests run against the production build, served the way `npm start` serves it.
  webServer: {
    command: `npx vite build --outDir ${OUT_DIR} && npx vite preview --outDir ${OUT_DIR} --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
