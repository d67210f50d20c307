import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { details, firstEvent } from "./support/explorer.ts";
import { readEvents } from "./support/dataset.ts";
import { expect, test } from "./support/test.ts";

const doc = readEvents();
const first = firstEvent(doc);

async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map(
    (v) =>
      `${v.impact}: ${v.id}: ${v.help} (${v.nodes.length}): ${v.nodes.map((n) => n.failureSummary ?? "").join(" | ")} ${v.nodes.map((n) => n.html).join(" | ")}`,
  );
}

for (const theme of ["light", "dark"] as const) {
  test(`${theme} theme: no detectable violations, with an event selected`, async ({ page }) => {
    await page.goto(`./?theme=${theme}`);
    await page.locator(`[data-event-id="${first.id}"]`).click();
    await expect(details(page)).toContainText(first.title);
    expect(await violations(page)).toEqual([]);
  });

  test(`${theme} theme: no detectable violations in the article view`, async ({ page }) => {
    await page.goto(`./?theme=${theme}&event=${first.id}`);
    await details(page).getByRole("button", { name: "Show in article" }).first().click();
    await expect(page.getByRole("dialog")).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });
}

test("selection changes are announced", async ({ page }) => {
  await page.goto("./");
  const live = page.getByTestId("announcer");
  await expect(live).toHaveAttribute("aria-live", "polite");
  await page.locator(`[data-event-id="${first.id}"]`).click();
  await expect(live).toContainText(`Selected: ${first.title}`);
});

test("every control is reachable by Tab with a visible focus indicator", async ({ page }) => {
  await page.goto(`./?event=${first.id}`);
  await expect(details(page)).toContainText(first.title);
  const seen = new Set<string>();
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press("Tab");
    const focus = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return undefined;
      const style = getComputedStyle(el);
      const ring =
        (style.outlineStyle !== "none" && style.outlineWidth !== "0px") ||
        style.boxShadow !== "none" ||
        el.matches(".timeline-mark, input");
      const label =
        el.getAttribute("aria-label") ?? el.textContent?.trim().slice(0, 40) ?? el.tagName;
      return { label: `${el.tagName}:${label}`, ring };
    });
    if (!focus) continue;
    expect(focus.ring, `${focus.label} shows focus`).toBe(true);
    seen.add(focus.label);
  }
  const all = [...seen].join("\n");
  for (const expected of [
    "Dark theme",
    "Zoom in",
    "Events in date order",
    "Next event",
    "Show in article",
  ])
    expect(all).toContain(expected);
});
