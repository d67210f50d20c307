import type { Page, TestInfo } from "@playwright/test";

/**
 * A screenshot of the page, attached to the test's output under `name` and kept as a file in
 * the test's output folder (test-results/…/NAME.png), so a run leaves the main states on disk
 * for a reader to look at, in both themes, whatever the reporter.
 */
export async function attachScreenshot(
  page: Page,
  testInfo: TestInfo,
  name: string,
  options: { fullPage?: boolean } = {},
): Promise<void> {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: options.fullPage ?? false });
  await testInfo.attach(name, { path, contentType: "image/png" });
}
