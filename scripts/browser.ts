import { existsSync } from "node:fs";

/**
 * The Chromium the e2e tests drive: `CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`, else
 * undefined, meaning Playwright's own downloaded browser (an ordinary developer laptop).
 */
export function systemChromiumPath(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium"];
  return candidates.find((path): path is string => Boolean(path && existsSync(path)));
}

/**
 * Flags for a system Chromium: root needs --no-sandbox, and the rest stop it from reaching for
 * Google's services, which a closed network refuses many times a second.
 */
export const SYSTEM_CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
