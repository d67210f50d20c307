import { expect, test as base } from "@playwright/test";
import { serveDataDir } from "./dataset.ts";

interface Fixtures {
  /** Every console error or warning and uncaught page error, as "type: text". */
  consoleProblems: string[];
}
interface Options {
  /** Specs that provoke failed loads on purpose turn off the automatic "no console problems" check. */
  consoleProblemsAllowed: boolean;
}

/**
 * The app's test: the page serves the dataset under test, and any console error or warning fails
 * the test after it has run, unless the spec allows them.
 */
export const test = base.extend<Fixtures & Options>({
  consoleProblemsAllowed: [false, { option: true }],
  page: async ({ page }, use) => {
    await serveDataDir(page);
    await use(page);
  },
  consoleProblems: [
    async ({ page, consoleProblemsAllowed }, use) => {
      const problems: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error" || message.type() === "warning")
          problems.push(`${message.type()}: ${message.text()}`);
      });
      page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
      await use(problems);
      if (!consoleProblemsAllowed) expect(problems, "console errors and warnings").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
