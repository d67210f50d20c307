import { readFileSync } from "node:fs";
import type { Download, Page } from "@playwright/test";
import { parseEventsDocument } from "../src/dataset/index.ts";
import { marks, openExplorer, outletsOf, shownCount } from "./support/explorer.ts";
import { readArticles, readEvents, readRawDocument } from "./support/dataset.ts";
import { expect, test } from "./support/test.ts";

const doc = readEvents();
const articles = readArticles();
const total = doc.events.length;
const version = doc.version ?? "unversioned";

/** A topic that some but not all events carry: a view that really is filtered. */
const topic = doc.topics
  .map((t) => ({ id: t.id, n: doc.events.filter((e) => e.topics.includes(t.id)).length }))
  .filter((t) => t.n > 0 && t.n < total)
  .sort((a, b) => a.n - b.n || a.id.localeCompare(b.id))[0]?.id;
if (!topic) throw new Error("need a topic that narrows the events");

const dialog = (page: Page) => page.getByRole("dialog", { name: "Share, embed & cite" });

async function openExport(page: Page, query: string) {
  await openExplorer(page, query);
  await page.getByRole("button", { name: "Share, embed & cite" }).click();
  await expect(dialog(page).getByRole("heading", { name: "Export" })).toBeVisible();
}

async function download(page: Page, name: string): Promise<Download> {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    dialog(page)
      .getByRole(name.startsWith("Download JSON Schema") ? "link" : "button", { name })
      .click(),
  ]);
  return file;
}

async function text(file: Download): Promise<string> {
  const path = await file.path();
  return readFileSync(path, "utf8");
}

/** "N of M events" as the page says it. */
async function shownNumber(page: Page): Promise<number> {
  await expect(page.getByTestId("total-count")).toHaveText(`${total} in dataset`);
  const match = /^(\d+) match$/.exec((await shownCount(page).textContent()) ?? "");
  if (!match) throw new Error("no count");
  return Number(match[1]);
}

const shownIds = (page: Page) =>
  marks(page).evaluateAll((els) => els.map((el) => el.getAttribute("data-event-id") ?? ""));

/** RFC 4180, written here independently of the app: quoted fields may hold commas, quotes, CRLF. */
function parseCsv(input: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < input.length; i++) {
    const c = input[i];
    if (quoted) {
      if (c === '"' && input[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\r" && input[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += c;
  }
  if (cell || row.length) throw new Error("the last row does not end with CRLF");
  return rows;
}

test("CSV: one row per event the filtered view shows", async ({ page }) => {
  await openExport(page, `?topics=${topic}`);
  const shown = await shownNumber(page);
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(total);
  const ids = await shownIds(page);
  expect(ids).toHaveLength(shown);

  const file = await download(page, "Download CSV");
  expect(file.suggestedFilename()).toBe(`dialogue-timeline-events-${version}-filtered.csv`);
  const content = await text(file);
  expect(content.startsWith("\uFEFFid,date,date_end,")).toBe(true);
  const [header, ...rows] = parseCsv(content.slice(1));
  expect(header).toEqual([
    "id",
    "date",
    "date_end",
    "precision",
    "date_text",
    "date_basis",
    "status",
    "title",
    "summary",
    "type_cameo",
    "type_label",
    "actors",
    "location",
    "topics",
    "quotes",
    "sources",
    "source_count",
    "outlet_count",
    "outlets",
    "evidence",
    "confidence",
    "corrected",
    "corrections",
  ]);
  expect(rows).toHaveLength(shown);
  for (const row of rows) expect(row).toHaveLength(header?.length ?? 0);
  expect(rows.map((r) => r[0]).sort()).toEqual([...ids].sort());
  const byId = new Map(doc.events.map((e) => [e.id, e]));
  for (const row of rows) {
    const event = byId.get(row[0] ?? "");
    expect(row[7]?.replace(/^'/, "")).toBe(event?.title);
    expect(row[13]?.split("; ")).toContain(topic);
    // How many articles and distinct outlets report it, counted here from the published files.
    const outlets = [...new Set(event ? outletsOf(event, articles) : [])];
    expect(row[16]).toBe(String(new Set(event?.sources.map((s) => s.articleId)).size));
    expect(row[17]).toBe(String(outlets.length));
    expect(row[18]?.split("; ").filter(Boolean).sort()).toEqual(outlets.sort());
  }
});

test("CSV of the whole dataset when nothing is filtered", async ({ page }) => {
  await openExport(page, "");
  expect(await shownNumber(page)).toBe(total);
  const file = await download(page, "Download CSV");
  expect(file.suggestedFilename()).toBe(`dialogue-timeline-events-${version}.csv`);
  expect(parseCsv((await text(file)).slice(1))).toHaveLength(total + 1);
});

test("JSON: the contract's format, holding exactly the filtered events", async ({ page }) => {
  await openExport(page, `?topics=${topic}`);
  const ids = await shownIds(page);
  const file = await download(page, "Download JSON");
  expect(file.suggestedFilename()).toBe(`dialogue-timeline-events-${version}-filtered.json`);
  const exported = parseEventsDocument(JSON.parse(await text(file)));
  expect(exported.schemaVersion).toBe(doc.schemaVersion);
  expect(exported.version).toBe(doc.version);
  expect(exported.window).toEqual(doc.window);
  expect(exported.topics).toEqual(doc.topics);
  expect(exported.events.map((e) => e.id).sort()).toEqual([...ids].sort());
  const byId = new Map(doc.events.map((e) => [e.id, e]));
  for (const e of exported.events) expect(e).toEqual(byId.get(e.id));
});

test("the JSON Schema of the contract downloads as published", async ({ page }) => {
  await openExport(page, "");
  const file = await download(page, "Download JSON Schema");
  expect(file.suggestedFilename()).toBe("dialogue-timeline-events.schema.json");
  expect(JSON.parse(await text(file))).toEqual(readRawDocument("events.schema.json"));
});

test("no events shown: nothing to export", async ({ page }) => {
  await openExport(page, "?topics=");
  await expect(dialog(page).getByTestId("export-count")).toHaveText(
    "No events match the filters: nothing to export.",
  );
  await expect(dialog(page).getByRole("button", { name: "Download CSV" })).toBeDisabled();
  await expect(dialog(page).getByRole("button", { name: "Download JSON" })).toBeDisabled();
});
