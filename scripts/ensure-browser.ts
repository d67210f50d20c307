// Before the e2e tests: when no system Chromium is present, make sure Playwright's own browser is
// installed (a laptop that has never run Playwright), so `npm test` needs nothing done by hand.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";
import { systemChromiumPath } from "./browser.ts";

const system = systemChromiumPath();
if (system) {
  console.error(`e2e: using system Chromium at ${system}`);
} else if (existsSync(chromium.executablePath())) {
  console.error(`e2e: using Playwright's Chromium at ${chromium.executablePath()}`);
} else {
  console.error("e2e: no Chromium found; installing Playwright's Chromium");
  const result = spawnSync("npx", ["playwright", "install", "chromium"], { stdio: "inherit" });
  process.exit(result.status ?? 1);
}
