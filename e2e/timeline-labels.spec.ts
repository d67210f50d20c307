import type { Page } from "@playwright/test";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { readArticles, readEvents } from "./support/dataset.ts";
import {
  chronological,
  mark,
  openExplorer,
  paintedWhole,
  preferMarkable,
  queryFor,
  viewOf,
} from "./support/explorer.ts";
import { serveFrom, syntheticDataDir } from "./support/synthetic-dataset.ts";
import { expect, test } from "./support/test.ts";

const doc = readEvents();
/** An event of a single day: on a dataset too big for buttons, the specs look at its fortnight. */
const aDay = chronological(doc.events).find((e) => e.date.precision === "day" && !e.date.end);
const ELLIPSIS = "\u2026";

interface Drawn {
  /** The event id or cluster key the box belongs to. */
  owner: string;
  part: "label" | "shape" | "badge";
  kind: string | null;
  text: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Every label, mark shape and cluster badge as the browser laid it out. */
function drawn(page: Page): Promise<Drawn[]> {
  return page
    .locator("[data-event-id] [data-part], [data-cluster-count] [data-part]")
    .evaluateAll((nodes) =>
      nodes.map((n) => {
        const owner = n.closest("[data-event-id], [data-cluster-count]");
        const r = n.getBoundingClientRect();
        return {
          owner:
            owner?.getAttribute("data-event-id") ??
            `cluster@${owner?.getBoundingClientRect().x ?? 0},${owner?.getBoundingClientRect().y ?? 0}`,
          part: n.getAttribute("data-part") as Drawn["part"],
          kind: owner?.getAttribute("data-kind") ?? null,
          text: n.textContent ?? "",
          left: r.left,
          right: r.right,
          top: r.top,
          bottom: r.bottom,
        };
      }),
    );
}

const overlap = (a: Drawn, b: Drawn) =>
  a.left < b.right - 0.5 &&
  b.left < a.right - 0.5 &&
  a.top < b.bottom - 0.5 &&
  b.top < a.bottom - 0.5;

/**
 * The geometric promise, from the rendered boxes: no label overlaps another label, or any mark
 * but the span it sits in (a span is its label's background) or the badge it widens.
 */
async function expectNoCollisions(page: Page) {
  const boxes = await drawn(page);
  const labels = boxes.filter((b) => b.part === "label");
  const problems: string[] = [];
  labels.forEach((label, i) => {
    for (const other of labels.slice(i + 1))
      if (overlap(label, other)) problems.push(`label ${label.text} / label ${other.text}`);
    for (const box of boxes) {
      if (box.part === "label") continue;
      const own = box.owner === label.owner && (box.kind === "span" || box.part === "badge");
      if (!own && overlap(label, box)) problems.push(`label ${label.text} / ${box.owner}`);
    }
  });
  expect(problems).toEqual([]);
  return labels;
}

/** The label text drawn for each event id ("" when it has none). */
async function labelTexts(page: Page): Promise<Map<string, string>> {
  const pairs = await page
    .locator("[data-event-id]")
    .evaluateAll((nodes) =>
      nodes.map(
        (n) =>
          [
            n.getAttribute("data-event-id") ?? "",
            n.querySelector("[data-part=label]")?.textContent ?? "",
          ] as const,
      ),
    );
  return new Map(pairs);
}

for (const size of [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
])
  test(`labels name the marks without covering anything at ${size.width} px`, async ({ page }) => {
    await page.setViewportSize(size);
    await openExplorer(page, aDay ? queryFor(doc, aDay) : "");
    const labels = await expectNoCollisions(page);
    expect(labels.length).toBeGreaterThan(0);
    const titles = new Map(doc.events.map((e) => [e.id, e.title]));
    for (const [id, text] of await labelTexts(page)) {
      if (!text) continue;
      const title = titles.get(id) ?? "";
      // The whole title, or its beginning and an ellipsis.
      if (text !== title) {
        expect(text.endsWith(ELLIPSIS), text).toBe(true);
        expect(title.startsWith(text.slice(0, -1).trimEnd()), text).toBe(true);
      }
    }
  });

test("zooming in reveals more labels", async ({ page }) => {
  // Three hundred events: crowded at the first view, still drawn as SVG buttons.
  await serveFrom(page, syntheticDataDir(300));
  const share = async () => {
    const texts = [...(await labelTexts(page)).values()];
    return { marks: texts.length, labelled: texts.filter(Boolean).length };
  };
  await openExplorer(page);
  await expectNoCollisions(page);
  const first = await share();
  const steps = [first];
  for (let i = 0; i < 4; i++) {
    await page.getByRole("button", { name: "Zoom in" }).click();
    steps.push(await share());
  }
  await expectNoCollisions(page);
  const last = steps.at(-1) ?? first;
  expect(first.labelled / first.marks).toBeLessThan(0.6);
  expect(last.labelled / last.marks).toBeGreaterThan(first.labelled / first.marks);
  expect(last.labelled / last.marks).toBeGreaterThan(0.8);
});

test("the whole title shows on hover and on keyboard focus", async ({ page }) => {
  // The event whose label is cut shortest at the first view, or any event drawn there.
  await openExplorer(page, aDay ? queryFor(doc, aDay) : "");
  const texts = await labelTexts(page);
  const event =
    [...doc.events.filter((e) => texts.has(e.id))].sort(
      (a, b) =>
        (texts.get(a.id)?.length ?? 0) -
        a.title.length -
        ((texts.get(b.id)?.length ?? 0) - b.title.length),
    )[0] ?? doc.events[0];
  if (!event) throw new Error("no events");
  const tip = page.getByRole("tooltip");
  await mark(page, event.id).locator("[data-part=shape]").hover();
  await expect(tip.locator("[data-part=tip-title]")).toHaveText(event.title);
  await page.mouse.move(0, 0);
  await expect(tip).toHaveCount(0);
  await mark(page, event.id).focus();
  await expect(tip.locator("[data-part=tip-title]")).toHaveText(event.title);
});

test.describe("clusters", () => {
  const PILE = 20;
  let dir = "";
  const base = preferMarkable(
    doc,
    doc.events.filter((e) => e.date.precision === "day" && !e.date.end),
  );

  test.beforeAll(() => {
    if (!base) throw new Error("the data should have a single day event");
    const copies = Array.from({ length: PILE }, (_, i) => ({
      ...base,
      id: `evt-pile-${i + 1}`,
      title: `${base.title} (copy ${i + 1})`,
    }));
    dir = mkdtempSync(path.join(tmpdir(), "timeline-labels-"));
    writeFileSync(
      path.join(dir, "events.json"),
      JSON.stringify({ ...doc, events: [...doc.events, ...copies] }),
    );
    writeFileSync(path.join(dir, "articles.json"), JSON.stringify(readArticles()));
  });

  test("say how many they hold and when", async ({ page }) => {
    if (!base) throw new Error("the data should have a single day event");
    await serveFrom(page, dir);
    // On a big dataset, the fortnight from three days before: clear of the view's middle, where
    // the events covering the whole view are counted.
    const view = viewOf(doc, base, 3);
    await page.goto(`./${view ? `?${view}` : ""}`);
    const [y, m, d] = base.date.value.split("-").map(Number) as [number, number, number];
    const day = new Date(Date.UTC(y, m - 1, d)).toLocaleDateString("en-GB", {
      day: "numeric",
      month: "short",
      year: "numeric",
      timeZone: "UTC",
    });
    // The pile's cluster (a big dataset has others in view too).
    const cluster = page
      .getByRole("button", { name: new RegExp(`^\\d+ more events in .*, ${day};`) })
      .first();
    await expect(cluster).toBeVisible({ timeout: 30_000 });
    const count = await cluster.getAttribute("data-cluster-count");
    await expect(cluster).toHaveAccessibleName(new RegExp(`^${count} more events in .*, ${day};`));
    // Its day beside it when there is room (a crowded view keeps the count alone).
    if (paintedWhole(doc)) await expect(cluster).toContainText(`+${count}`);
    else await expect(cluster.locator("[data-part=label]")).toHaveText(`+${count} · ${day}`);
    await expectNoCollisions(page);
  });
});

test.describe("on the canvas", () => {
  test("the same layout labels the marks that have room", async ({ page }) => {
    await serveFrom(page, syntheticDataDir(10_000));
    await page.goto("./");
    const canvas = page.getByTestId("timeline-canvas");
    await expect(canvas).toBeVisible({ timeout: 30_000 });
    const labelled = async () => Number(await canvas.getAttribute("data-labelled-mark-count"));
    const marks = async () => Number(await canvas.getAttribute("data-mark-count"));
    // Thousands of marks in view: some have room for a label, most do not.
    expect(await labelled()).toBeGreaterThan(0);
    expect(await labelled()).toBeLessThan(await marks());
    const plot = page.getByRole("group", { name: /^Timeline of/ });
    await plot.focus();
    await page.keyboard.press("+");
    await expect(plot).not.toHaveAttribute("data-to", "2013-12-31");
    await expect(page.locator("[data-render-mode=canvas]")).toBeVisible();
    expect(await labelled()).toBeGreaterThan(0);
  });
});
