import AxeBuilder from "@axe-core/playwright";
import type { TimelineEvent } from "../src/dataset/index.ts";
import { readEvents } from "./support/dataset.ts";
import { expectLabelInViewport } from "./support/explorer.ts";
import { attachScreenshot } from "./support/screenshot.ts";
import { expect, test } from "./support/test.ts";

const doc = readEvents();
/** The event with the most evidence: the longest card, the hardest case for a small frame. */
const rich = [...doc.events].sort(
  (a, b) =>
    b.sources.reduce((n, s) => n + s.evidence.length, 0) -
    a.sources.reduce((n, s) => n + s.evidence.length, 0),
)[0] as TimelineEvent;

/** The corners of the sizes the embed promises to work at, and one in between. */
const SIZES = [
  { width: 320, height: 300 },
  { width: 400, height: 600 },
  { width: 800, height: 600 },
] as const;

for (const size of SIZES)
  test.describe(`an embed ${size.width} × ${size.height}`, () => {
    test.use({ viewport: size });

    for (const theme of ["light", "dark"] as const)
      test(`${theme}: key, labels, count and the selected event's card all inside the frame`, async ({
        page,
      }, testInfo) => {
        const view = `event=${rich.id}&theme=${theme}&lanes=none`;
        await page.goto(`./embed.html?${view}`);
        const card = page.getByRole("region", { name: "Event details" });
        await expect(card.getByRole("heading", { level: 2 })).toHaveText(rich.title, {
          timeout: 30_000,
        });
        // Nothing below the fold and nothing to the side: the page is the frame.
        const extent = await page.evaluate(() => ({
          height: document.documentElement.scrollHeight,
          width: document.documentElement.scrollWidth,
        }));
        expect(extent.height).toBeLessThanOrEqual(size.height);
        expect(extent.width).toBeLessThanOrEqual(size.width);

        const inside = async (what: string, locator: ReturnType<typeof page.locator>) => {
          const b = await locator.boundingBox();
          expect(b, what).not.toBeNull();
          if (!b) return;
          expect(b.y, `${what} top`).toBeGreaterThanOrEqual(0);
          expect(b.y + b.height, `${what} bottom`).toBeLessThanOrEqual(size.height + 0.5);
        };
        await inside("key", page.getByRole("region", { name: "Key" }));
        await expect(page.getByRole("list", { name: "Legend" })).toBeVisible();
        await inside("card", card);
        await inside("count", page.getByTestId("view-count"));
        await expect(page.getByTestId("in-view-count")).toHaveText(/^\d+ in view$/);
        await expectLabelInViewport(page);

        // The evidence is reached by scrolling the card, never the page.
        const evidence = card.locator("blockquote");
        await expect(evidence.first()).toHaveText(rich.sources[0]?.evidence[0]?.text ?? "");
        await evidence.last().scrollIntoViewIfNeeded();
        await expect(evidence.last()).toBeInViewport();
        expect(await page.evaluate(() => document.documentElement.scrollTop)).toBe(0);
        // Scrolled to, it starts inside the frame (a long sentence may run on below the card).
        const lastBox = await evidence.last().boundingBox();
        expect(lastBox?.y ?? -1).toBeGreaterThanOrEqual(0);
        expect(lastBox?.y ?? size.height).toBeLessThan(size.height);

        // The full explorer, on the same view.
        const link = page.getByRole("link", { name: /Open in the full explorer/ });
        await inside("explorer link", link);
        const href = new URL((await link.getAttribute("href")) ?? "", page.url());
        expect(href.pathname).not.toMatch(/embed\.html$/);
        expect(href.searchParams.get("event")).toBe(rich.id);
        expect(href.searchParams.get("lanes")).toBe("none");

        const results = await new AxeBuilder({ page }).analyze();
        const serious = results.violations.filter(
          (v) => v.impact === "serious" || v.impact === "critical",
        );
        expect(serious.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
        await attachScreenshot(page, testInfo, `embed-${size.width}x${size.height}-${theme}`);
      });
  });
