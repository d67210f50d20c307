import type { Page } from "@playwright/test";
import type { ArticlesDocument, EventsDocument, TimelineEvent } from "../../src/dataset/index.ts";
import { FIRST_SCREEN_ATTRIBUTE } from "../../src/lib/first-screen.ts";
import { JOINED_PAIRS, JOINED_PREFIXES } from "../../src/features/filters/model/compounds.ts";
import { SVG_MARK_LIMIT } from "../../src/features/timeline/model/svg-mark-limit.ts";
import { expect } from "./test.ts";

/**
 * Locators and independent expectations for the explorer's specs. The expectations are computed
 * here from the published files, not with the app's code, so a bug there cannot hide itself.
 */
export const marks = (page: Page) => page.locator("[data-event-id]");
export const mark = (page: Page, id: string) => page.locator(`[data-event-id="${id}"]`);
export const details = (page: Page) => page.getByRole("region", { name: "Event details" });
export const list = (page: Page) =>
  page.getByRole("listbox", { name: /Events in date order|Best matches/ });
export const rows = (page: Page) => list(page).getByRole("option");
export const row = (page: Page, id: string) => page.locator(`[data-event-id-row="${id}"]`);
export const search = (page: Page) => page.getByRole("searchbox", { name: "Search" });
export const shownCount = (page: Page) => page.getByTestId("shown-count");
export const topicBox = (page: Page, id: string) =>
  page.locator(`input[type=checkbox][value="${id}"]`);
export const facet = (page: Page, legend: "Actors" | "Outlets") =>
  page.getByRole("group", { name: legend });

/**
 * Opens the explorer (optionally at a query string) and waits for the data, then for the whole
 * first screen (the parts whose code comes after the first draw: filters, list, gestures; see
 * src/lib/first-screen.ts), so that a spec measures and gestures on the page a reader sees. The
 * wait is generous because a generated 10,000-event dataset is fetched and validated while
 * another worker shares the two CPUs; it is a ceiling for loading, not a speed requirement (that
 * is `npm run bench`).
 */
export async function openExplorer(page: Page, query = "") {
  await page.goto(`./${query}`);
  await expect(shownCount(page)).toBeVisible({ timeout: 30_000 });
  await firstScreenComplete(page);
}

/**
 * Waits until the timeline has drawn and the parts that load after it (filters, list, gestures)
 * are in: before, a wheel or a drag finds no gesture to answer it. The attribute, not the
 * performance mark: some specs fake the clock, which stubs the performance timeline.
 */
export async function firstScreenComplete(page: Page) {
  await expect(page.locator("html")).toHaveAttribute(FIRST_SCREEN_ATTRIBUTE, "", {
    timeout: 30_000,
  });
}

/** Chronological order as the issue defines it: start, end, title, id (code-unit order). */
export function chronological(events: readonly TimelineEvent[]): TimelineEvent[] {
  const key = (e: TimelineEvent) => [e.date.value, e.date.end ?? e.date.value, e.title, e.id];
  return [...events].sort((a, b) => {
    const [ka, kb] = [key(a), key(b)];
    for (let i = 0; i < ka.length; i++) {
      const x = ka[i] as string;
      const y = kb[i] as string;
      if (x !== y) return x < y ? -1 : 1;
    }
    return 0;
  });
}

export function outletsOf(event: TimelineEvent, articles: ArticlesDocument): string[] {
  const byId = new Map(articles.articles.map((a) => [a.id, a.outlet]));
  return event.sources.map((s) => byId.get(s.articleId) ?? "").filter(Boolean);
}

/**
 * The search's text rules, written out here: case and accents ignored, a hyphen between letters
 * read as a space, and the compounds of the app's table (data, not code) closed up.
 */
function searchable(text: string): string {
  let t = text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/([a-z])[-\u2010\u2011](?=[a-z])/g, "$1 ");
  for (const prefix of JOINED_PREFIXES)
    t = t.replace(new RegExp(`(^|[^a-z0-9])${prefix}\\s+(?=[a-z])`, "g"), `$1${prefix}`);
  for (const [first, second] of JOINED_PAIRS)
    t = t.replace(new RegExp(`(^|[^a-z0-9])${first}\\s+(?=${second})`, "g"), `$1${first}`);
  return t;
}

/** A word of a text, with a closed compound's parts as well ("cybersecurity": "security"). */
function wordsOf(text: string): string[] {
  const words = searchable(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const parts = words.flatMap((word) => {
    const prefix = JOINED_PREFIXES.find((p) => word.length >= p.length + 3 && word.startsWith(p));
    if (prefix) return [prefix, word.slice(prefix.length)];
    const pair = JOINED_PAIRS.find(([a, b]) => word.startsWith(a + b));
    return pair ? [pair[0], word.slice(pair[0].length)] : [];
  });
  return [...words, ...parts];
}

/**
 * Whether every word of the query is a word of the event's title, summary, quotes and their
 * speakers, actors or evidence, by the search's text rules; the last, being typed, may also
 * start one.
 */
export function matchesSearch(event: TimelineEvent, query: string): boolean {
  const words = wordsOf(
    [
      event.title,
      event.summary,
      ...event.quotes.flatMap((q) => [q.text, q.speaker]),
      ...event.actors.map((a) => a.name),
      ...event.sources.flatMap((s) => s.evidence.map((e) => e.text)),
    ].join("\n"),
  );
  const asked = searchable(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  return asked.every((q, i) =>
    words.some((word) => (i === asked.length - 1 ? word.startsWith(q) : word === q)),
  );
}

/** The most frequent value among events, for a filter that narrows but does not empty. */
export function mostFrequent(
  events: readonly TimelineEvent[],
  valuesOf: (e: TimelineEvent) => string[],
) {
  const counts = new Map<string, number>();
  for (const e of events)
    for (const v of new Set(valuesOf(e))) counts.set(v, (counts.get(v) ?? 0) + 1);
  const best = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
  if (!best) throw new Error("no value to filter by");
  return best[0];
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** "7 June 2013", "May 2012", "2011, year only" — written out here, independently of the app. */
export function readableDate(event: TimelineEvent): string {
  const [y, m, d] = event.date.value.split("-");
  if (event.date.end && event.date.end !== event.date.value) return ""; // ranges: not asserted
  if (event.date.precision === "year") return `${y}, year only`;
  const month = MONTHS[Number(m) - 1];
  if (event.date.precision === "month") return `${month} ${y}`;
  return `${Number(d)} ${month} ${y}`;
}

export function firstEvent(doc: EventsDocument): TimelineEvent {
  const event = chronological(doc.events)[0];
  if (!event) throw new Error("events.json has no events");
  return event;
}

const DAY_MS = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * A query part that shows `event` as a button of its own: nothing when every event of the dataset
 * is a button in the whole view, else the fortnight around the event's start (on a dataset too big
 * for buttons the whole view is painted on a canvas, and a reader zooms in to click one event).
 */
export function viewOf(doc: EventsDocument, event: TimelineEvent, daysBefore = 7): string {
  if (doc.events.length <= SVG_MARK_LIMIT) return "";
  const start = Date.parse(`${event.date.value.padEnd(10, "-01").slice(0, 10)}T00:00:00Z`);
  const first = Date.parse(`${doc.window.start}T00:00:00Z`);
  const last = Date.parse(`${doc.window.end}T00:00:00Z`);
  const from = Math.max(first, Math.min(start - daysBefore * DAY_MS, last - 14 * DAY_MS));
  return `from=${isoDay(from)}&to=${isoDay(from + 14 * DAY_MS)}`;
}

/** `viewOf` joined to other query parts, as a query string ("" or "?…"). */
export function queryFor(doc: EventsDocument, event: TimelineEvent, ...parts: string[]): string {
  const all = [viewOf(doc, event), ...parts].filter(Boolean);
  return all.length ? `?${all.join("&")}` : "";
}

/** Whether the dataset's whole view is painted on a canvas (more events than buttons). */
export const paintedWhole = (doc: EventsDocument) => doc.events.length > SVG_MARK_LIMIT;

/** Epoch ms of the start and (exclusive) end of an event's date, at its precision. */
export function extent(event: TimelineEvent): [number, number] {
  const [y, m = 1, d = 1] = event.date.value.split("-").map(Number) as [number, number?, number?];
  const start = Date.UTC(y, m - 1, d);
  const next =
    event.date.precision === "year"
      ? Date.UTC(y + 1, 0, 1)
      : event.date.precision === "month"
        ? Date.UTC(y, m, 1)
        : Date.UTC(y, m - 1, d + 1);
  const last = event.date.end ? Date.parse(`${event.date.end}T00:00:00Z`) + DAY_MS : next;
  return [start, Math.max(next, last)];
}

/** The timeline's order of marks, which the arrow keys walk, written out here: start, longer first, title, id. */
export function timelineOrder(events: readonly TimelineEvent[]): TimelineEvent[] {
  return [...events].sort((a, b) => {
    const [as, ae] = extent(a);
    const [bs, be] = extent(b);
    return as - bs || be - ae || (a.title < b.title ? -1 : 1) || (a.id < b.id ? -1 : 1);
  });
}

/**
 * Waits until at least one timeline label is drawn in the viewport: an SVG label, or, where the
 * marks are painted on the canvas, the canvas in view with labels painted on it.
 */
export async function expectLabelInViewport(page: Page) {
  await expect
    .poll(() =>
      page.locator("[data-part=label], [data-testid=timeline-canvas]").evaluateAll(
        (nodes) =>
          nodes.filter((node) => {
            const r = node.getBoundingClientRect();
            const drawn =
              node instanceof HTMLCanvasElement
                ? Number(node.dataset.labelledMarkCount ?? 0) > 0
                : true;
            return drawn && r.width > 0 && r.bottom > 0 && r.top < window.innerHeight;
          }).length,
      ),
    )
    .toBeGreaterThan(0);
}

/**
 * The timeline holds exactly `count` events in view (its marks and clusters together), and, when
 * it draws each one as a button and counts none in clusters, that many buttons.
 */
export async function expectInView(page: Page, count: number) {
  const plot = page.getByRole("group", { name: /^Timeline of/ });
  await expect(plot).toHaveAttribute("data-visible-count", String(count));
  if (count > SVG_MARK_LIMIT) return;
  if ((await page.locator("[data-cluster-count]:not(canvas)").count()) > 0) return;
  await expect(marks(page)).toHaveCount(count);
}

/**
 * Whether `event` is one a big dataset draws as a mark of its own in its fortnight: a single day
 * few other events share, a week or more from the window's edges (a view is at least a week).
 */
export function markable(doc: EventsDocument, event: TimelineEvent): boolean {
  if (event.date.precision !== "day" || event.date.end) return false;
  const at = Date.parse(`${event.date.value}T00:00:00Z`);
  const first = Date.parse(`${doc.window.start}T00:00:00Z`);
  const last = Date.parse(`${doc.window.end}T00:00:00Z`);
  if (at - first < 8 * DAY_MS || last - at < 8 * DAY_MS) return false;
  return doc.events.filter((e) => e.date.value === event.date.value).length <= 3;
}

/** The first of `events` (in their order) that is `markable` on a big dataset, else the first. */
export function preferMarkable(
  doc: EventsDocument,
  events: readonly TimelineEvent[],
): TimelineEvent | undefined {
  return (paintedWhole(doc) && events.find((e) => markable(doc, e))) || events[0];
}

/**
 * The events a spec walks mark by mark, and how it gets to each: every event in the whole view of
 * a small dataset; on one too big for buttons there, two of each kind `kinds` names, each opened
 * in its own fortnight, among the `markable` ones that have a mark of their own there (a dense
 * fortnight counts some in clusters).
 */
export async function walkMarks(
  page: Page,
  doc: EventsDocument,
  kinds: readonly ((e: TimelineEvent) => boolean)[],
  check: (event: TimelineEvent) => Promise<void>,
): Promise<void> {
  if (!paintedWhole(doc)) {
    await openExplorer(page);
    for (const event of doc.events) await check(event);
    return;
  }
  for (const kind of kinds) {
    let checked = 0;
    for (const event of doc.events.filter((e) => kind(e) && markable(doc, e)).slice(0, 8)) {
      await openExplorer(page, queryFor(doc, event));
      if ((await page.locator(`[data-event-id="${event.id}"]`).count()) === 0) continue;
      await check(event);
      if (++checked === 2) break;
    }
    if (checked === 0) throw new Error("no event of a kind has a mark of its own in its fortnight");
  }
}
