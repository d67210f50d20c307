import AxeBuilder from "@axe-core/playwright";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "@playwright/test";
import { DATA_REQUEST, dataFileFor } from "../scripts/data-route.ts";
import type { EventsDocument, TimelineEvent } from "../src/dataset/index.ts";
import { details, openExplorer, row, shownCount } from "./support/explorer.ts";
import { expect, test } from "./support/test.ts";

/**
 * A researcher's corrections, end to end: the documented example corrections run through the
 * pipeline on the seeds, the app showing the result, and entries written by the app's form fed
 * back to the pipeline. Each run writes into its own temporary folder; nothing in the repository
 * changes.
 */
const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** Runs `npm run data` on the seeds with these corrections files; returns the output folder. */
function runPipeline(files: Record<string, string>): string {
  const base = mkdtempSync(path.join(tmpdir(), "dt-e2e-corrections-"));
  const corrections = path.join(base, "corrections");
  mkdirSync(corrections);
  for (const [name, text] of Object.entries(files))
    writeFileSync(path.join(corrections, name), text);
  const out = path.join(base, "out");
  execFileSync(
    process.execPath,
    [
      path.join(ROOT, "node_modules/tsx/dist/cli.mjs"),
      "src/pipeline/cli.ts",
      "--out",
      out,
      "--corrections",
      corrections,
    ],
    { cwd: ROOT, stdio: "pipe" },
  );
  return out;
}

const readDoc = (dir: string) =>
  JSON.parse(readFileSync(path.join(dir, "events.json"), "utf8")) as EventsDocument;

/** Answers the page's data requests from a pipeline run's output. */
const serve = (page: Page, dir: string) =>
  page.route(DATA_REQUEST, (route) =>
    route.fulfill({ path: dataFileFor(dir, route.request().url()) }),
  );

const example = readFileSync(path.join(ROOT, "docs/corrections-example.json"), "utf8");
let corrected: string;
let doc: EventsDocument;
let whitePaper: TimelineEvent;

test.beforeAll(() => {
  corrected = runPipeline({ "example.json": example });
  doc = readDoc(corrected);
  whitePaper = doc.events.find((e) => e.title.includes("White Paper")) as TimelineEvent;
});

test("a corrected event says so, with the extracted value, the reason and the author", async ({
  page,
}) => {
  await serve(page, corrected);
  await openExplorer(page, `?event=${whitePaper.id}`);
  const panel = details(page);
  await expect(panel.getByTestId("event-date")).toHaveText("31 March 2011");
  await expect(panel.getByText("Corrected", { exact: true }).first()).toBeVisible();
  const notes = panel.getByRole("region", { name: "Corrections" });
  const date = notes.locator('[data-field="date"]');
  await expect(date).toContainText("corrected");
  await expect(date.getByTestId("extracted-value")).toHaveText("2010");
  await expect(date).toContainText("The year in the paper's name is not its release date");
  await expect(date).toContainText("(A. Researcher)");
  await expect(date).toContainText("corrections/example.json:");
});

test("corrections=off, or the toggle, shows the extraction alone; About lists what was removed", async ({
  page,
}) => {
  await serve(page, corrected);
  await openExplorer(page, `?event=${whitePaper.id}`);
  const count = doc.events.length;
  await expect(shownCount(page)).toContainText(String(count));
  const toggle = page.getByRole("checkbox", { name: "Corrections applied" });
  await expect(toggle).toBeChecked();
  await toggle.uncheck();
  await expect(page).toHaveURL(/corrections=off/);
  await expect(details(page).getByTestId("event-date")).toHaveText(/^2010/);
  await expect(details(page).getByRole("region", { name: "Corrections" })).toHaveCount(0);
  await expect(shownCount(page)).toContainText(String(count + 1));
  await toggle.check();
  await expect(details(page).getByTestId("event-date")).toHaveText("31 March 2011");

  await page.getByRole("banner").getByRole("button", { name: "About the data" }).click();
  const about = page.getByRole("dialog", { name: "About the data" });
  const removed = about.getByRole("list", { name: "Removed events" });
  await expect(removed.getByRole("listitem")).toHaveCount(1);
  await expect(removed).toContainText("Obama speaks on surveillance & privacy in San Jose");
  await expect(removed).toContainText("Off the dataset's subject");
});

/** Opens the form on an event of the bundled data and returns it. */
async function openForm(page: Page, event: TimelineEvent) {
  await openExplorer(page, `?event=${event.id}`);
  await details(page).getByRole("button", { name: "Suggest a correction" }).click();
  return page.getByRole("form", { name: "Suggest a correction" });
}

test("the form's entry, pasted into a corrections file, is applied by the next run", async ({
  page,
}) => {
  const extracted = readDoc(path.join(ROOT, "public/data"));
  const event = extracted.events.find((e) => e.sources.length > 1) as TimelineEvent;
  const form = await openForm(page, event);
  await expect(form.getByTestId("correction-problem")).toHaveText("Change a value first.");
  await form.getByRole("textbox", { name: "Title" }).fill("Sunnylands summit: Obama and Xi");
  await form.getByRole("textbox", { name: "Date" }).fill("2013-06-07");
  await form.getByRole("textbox", { name: "Last day, for an event of several days" }).fill("");
  await form.getByRole("checkbox", { name: "Economy & trade" }).uncheck();
  await expect(form.getByTestId("correction-problem")).toHaveText(
    "Say why: a correction needs a reason.",
  );
  await form
    .getByRole("textbox", { name: "Reason" })
    .fill("A shorter title; trade was not discussed.");
  await form.getByRole("textbox", { name: "Your name (optional)" }).fill("E2E");
  const entry = await form
    .getByRole("textbox", { name: "Entry for the corrections file" })
    .inputValue();

  const out = runPipeline({ "fixes.json": `{ "corrections": [${entry}] }\n` });
  const after = readDoc(out).events.find((e) => e.id === event.id) as TimelineEvent;
  expect(after.title).toBe("Sunnylands summit: Obama and Xi");
  expect(after.topics).toEqual(event.topics.filter((t) => t !== "economy-trade"));
  const fields = after.corrections?.map((c) => c.field);
  expect(fields).toContain("title");
  expect(fields).toContain("topics");
  expect(after.corrections?.every((c) => c.author === "E2E")).toBe(true);
  // The date was left as it was (its end removed only if it had one).
  expect(fields?.includes("date")).toBe(event.date.end !== undefined);
});

test("a merge partner is picked on the timeline, and the next run merges the two", async ({
  page,
}) => {
  const extracted = readDoc(path.join(ROOT, "public/data"));
  const [keep, other] = extracted.events.filter((e) => e.date.value.startsWith("2013-06-07")) as [
    TimelineEvent,
    TimelineEvent,
  ];
  const form = await openForm(page, keep);
  await form.getByRole("radio", { name: "Merge with another event" }).check();
  await form.getByRole("button", { name: "Pick on the timeline" }).click();
  await expect(form.getByRole("status")).toContainText("Choose the event on the timeline");
  await row(page, other.id).click();
  // The pick went to the form: the details still show the event being corrected.
  await expect(page).toHaveURL(new RegExp(`event=${keep.id}`));
  await expect(details(page).getByRole("heading", { level: 2 })).toHaveText(keep.title);
  await expect(form.getByRole("combobox", { name: /The same happening/ })).toHaveValue(other.id);
  await form.getByRole("textbox", { name: "Reason" }).fill("One day, one summit.");
  const entry = await form
    .getByRole("textbox", { name: "Entry for the corrections file" })
    .inputValue();
  expect(JSON.parse(entry)).toMatchObject({ action: "merge", with: { id: other.id } });

  const out = runPipeline({ "merge.json": `{ "corrections": [${entry}] }\n` });
  const events = readDoc(out).events;
  expect(events.find((e) => e.id === other.id)).toBeUndefined();
  const merged = events.find((e) => e.id === keep.id) as TimelineEvent;
  const evidence = (e: TimelineEvent) => e.sources.flatMap((s) => s.evidence.map((x) => x.text));
  for (const sentence of evidence(other)) expect(evidence(merged)).toContain(sentence);
});

test("the corrections and the form pass an accessibility check", async ({ page }) => {
  await serve(page, corrected);
  await openExplorer(page, `?event=${whitePaper.id}`);
  await details(page).getByRole("button", { name: "Suggest a correction" }).click();
  await page.getByRole("radio", { name: "Merge with another event" }).check();
  const results = await new AxeBuilder({ page }).include('[aria-label="Event details"]').analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});
