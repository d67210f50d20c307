import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import type { TopicId } from "../src/dataset/index.ts";
import { details, openExplorer, outletsOf, search } from "./support/explorer.ts";
import { readArticles, readEvents } from "./support/dataset.ts";
import { expect, test } from "./support/test.ts";

const doc = readEvents();
const articles = readArticles();

/** The event with the most sources (a citation lists each), and a topic that narrows to it. */
const event = [...doc.events].sort((a, b) => b.sources.length - a.sources.length)[0];
if (!event) throw new Error("events.json has no events");
const countWith = (topic: TopicId) => doc.events.filter((e) => e.topics.includes(topic)).length;
const topic = [...event.topics].sort((a, b) => countWith(a) - countWith(b))[0] ?? "cyber";
const VIEW = `?topics=${topic}&event=${event.id}`;
const DATASET_TITLE =
  "Dialogue Timeline: US\u2013China Cyber and Military-to-Military Dialogue, 2010\u20132013";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

const shareButton = (page: Page) => page.getByRole("button", { name: "Share, embed & cite" });
const dialog = (page: Page) => page.getByRole("dialog", { name: "Share, embed & cite" });
const field = (page: Page, label: string) => dialog(page).getByLabel(label, { exact: true });
// The copy buttons' status (the export part of the dialog has its own while it loads).
const status = (page: Page) => dialog(page).getByTestId("copy-status");
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

async function openShare(page: Page) {
  await shareButton(page).click();
  await expect(dialog(page)).toBeVisible();
}

/** The attributes of the first element in an HTML snippet, decoded as the host's parser would. */
function attributes(html: string): Record<string, string> {
  const decode = (v: string) =>
    v
      .replaceAll("&quot;", '"')
      .replaceAll("&lt;", "<")
      .replaceAll("&gt;", ">")
      .replaceAll("&amp;", "&");
  const tag = /^<\w+([^>]*)>/.exec(html)?.[1] ?? "";
  return Object.fromEntries(
    [...tag.matchAll(/\s([\w-]+)="([^"]*)"/g)].map((m) => [m[1], decode(m[2] ?? "")]),
  );
}

const viewParams = (url: string) => {
  const params = new URL(url).searchParams;
  params.delete("title");
  return [...params].sort();
};

test("opens as a modal dialog; Escape and Close shut it and focus returns", async ({ page }) => {
  await openExplorer(page);
  await openShare(page);
  expect(await dialog(page).evaluate((d) => d.matches(":modal"))).toBe(true);
  for (const name of ["Link", "Embed", "Cite this view", "Export"])
    await expect(dialog(page).getByRole("heading", { name, exact: true })).toBeAttached();
  await page.keyboard.press("Escape");
  await expect(dialog(page)).toBeHidden();
  await expect(shareButton(page)).toBeFocused();

  await shareButton(page).press("Enter");
  await expect(dialog(page)).toBeVisible();
  await dialog(page).getByRole("button", { name: "Close" }).click();
  await expect(dialog(page)).toBeHidden();
  await expect(shareButton(page)).toBeFocused();
});

test("the link is the current URL of a filtered view with a selected event", async ({ page }) => {
  await openExplorer(page, VIEW);
  // A change made in the page, not only in the address typed: the link must follow it.
  await search(page).fill(event.title.split(" ")[0] ?? "");
  await expect(page).toHaveURL(/q=/);
  await expect(details(page).getByRole("heading", { name: event.title })).toBeVisible();
  await openShare(page);
  await expect(field(page, "Link to this view")).toHaveValue(page.url());
  expect(new URL(page.url()).searchParams.get("event")).toBe(event.id);
});

test("the embed code carries the view, the caption and the size", async ({ page }) => {
  await openExplorer(page, VIEW);
  await openShare(page);
  const pageUrl = page.url();
  const caption = 'US & China: "cyber" <2013>';
  await field(page, "Caption (optional)").fill(caption);
  await field(page, "Height in pixels").fill("640");

  const iframe = await field(page, "Embed code (iframe)").inputValue();
  expect(iframe).toMatch(/^<iframe [^>]*><\/iframe>$/);
  expect(iframe).toContain('title="US &amp; China: &quot;cyber&quot; &lt;2013&gt;"');
  const attrs = attributes(iframe);
  expect(attrs).toMatchObject({
    width: "100%",
    height: "640",
    title: caption,
    loading: "lazy",
    style: "border:0",
  });
  const src = new URL(attrs.src ?? "");
  expect(src.href.startsWith(new URL("embed.html", pageUrl).href)).toBe(true);
  expect(src.searchParams.get("title")).toBe(caption);
  expect(viewParams(src.href)).toEqual(viewParams(pageUrl));
  expect(src.searchParams.get("topics")).toBe(topic);
  expect(src.searchParams.get("event")).toBe(event.id);

  const auto = await field(page, "Auto-height embed code").inputValue();
  const [div, script] = auto.split("\n");
  expect(attributes(div ?? "")).toEqual({
    "data-dialogue-timeline": src.href,
    "data-title": caption,
  });
  expect(script).toBe(`<script async src="${new URL("embed.js", pageUrl).href}"></script>`);

  // A height outside the allowed range is explained, and the code keeps a usable one.
  await field(page, "Height in pixels").fill("5");
  await expect(field(page, "Height in pixels")).toHaveAttribute("aria-invalid", "true");
  await expect(dialog(page)).toContainText("whole number from 200 to 4000");
  await expect(field(page, "Embed code (iframe)")).toHaveValue(/height="520"/);

  // Without a caption the frame is still named, and the URL has no title.
  await field(page, "Caption (optional)").fill("");
  const plain = attributes(await field(page, "Embed code (iframe)").inputValue());
  expect(plain.title).toBe("Dialogue Timeline");
  expect(new URL(plain.src ?? "").searchParams.has("title")).toBe(false);
});

test("Copy puts the text on the clipboard and says so", async ({ page }) => {
  await openExplorer(page, VIEW);
  await openShare(page);
  await expect(status(page)).toHaveAttribute("aria-live", "polite");

  await dialog(page).getByRole("button", { name: "Copy link" }).click();
  await expect(status(page)).toHaveText("Link copied to the clipboard.");
  expect(await clipboard(page)).toBe(page.url());

  await dialog(page).getByRole("button", { name: "Copy embed code" }).click();
  await expect(status(page)).toHaveText("Embed code copied to the clipboard.");
  expect(await clipboard(page)).toBe(await field(page, "Embed code (iframe)").inputValue());

  await dialog(page).getByRole("button", { name: "Copy BibTeX" }).click();
  await expect(status(page)).toHaveText("BibTeX copied to the clipboard.");
  expect(await clipboard(page)).toBe(await field(page, "BibTeX").inputValue());
});

test("without the Clipboard API, Copy falls back to the copy command", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator.clipboard, "writeText", {
      value: () => Promise.reject(new DOMException("refused", "NotAllowedError")),
    });
  });
  await openExplorer(page, VIEW);
  await openShare(page);
  await dialog(page).getByRole("button", { name: "Copy citation" }).click();
  await expect(status(page)).toHaveText("Citation copied to the clipboard.");
  // Only the fallback selects the field's text, which needs the field focused.
  await expect(field(page, "Chicago style")).toBeFocused();
  expect(await clipboard(page)).toBe(await field(page, "Chicago style").inputValue());
});

test("when copying is impossible, the reader is told how to copy by hand", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator.clipboard, "writeText", {
      value: () => Promise.reject(new DOMException("refused", "NotAllowedError")),
    });
    document.execCommand = () => false;
  });
  await openExplorer(page);
  await openShare(page);
  await dialog(page).getByRole("button", { name: "Copy link" }).click();
  await expect(status(page)).toContainText("Link could not be copied");
  await expect(status(page)).toContainText("Ctrl+C");
  await expect(field(page, "Link to this view")).toBeFocused();
  const selected = await page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement;
    return el.value.slice(el.selectionStart ?? 0, el.selectionEnd ?? 0);
  });
  expect(selected).toBe(page.url());
});

test("the citation names the dataset, version, access date, view and sources", async ({ page }) => {
  await page.clock.setFixedTime(new Date("2026-11-22T12:00:00Z"));
  await openExplorer(page, VIEW);
  await openShare(page);
  const version = doc.version ?? "unversioned";
  const outlets = outletsOf(event, articles);
  expect(outlets.length).toBeGreaterThan(0);
  const chicago = await field(page, "Chicago style").inputValue();
  expect(chicago).toContain(DATASET_TITLE);
  expect(chicago).toContain(doc.version ? `version ${doc.version}` : "unversioned");
  expect(chicago).toContain("Accessed November 22, 2026.");
  expect(chicago).toContain(`${page.url()}.`);
  expect(chicago).toContain(`Selected event: \u201C${event.title}`);
  for (const outlet of outlets) expect(chicago).toContain(`\n${outlet}. `);

  // The author comes from config.json, fetched apart from the data: wait for it.
  await expect(field(page, "BibTeX")).toHaveValue(
    / {2}author = \{\{Dialogue Timeline contributors\}\},/,
  );
  const bibtex = await field(page, "BibTeX").inputValue();
  expect(bibtex).toMatch(new RegExp(`^@misc\\{dialogue-timeline-${version}-[0-9a-f]{8},\\n`));
  expect(bibtex).toContain(`  note = {Version ${version}. Accessed 2026-11-22. Selected event: `);
  expect(bibtex).toContain("  year = {2026},");
  expect(bibtex).toContain(`  url = {${page.url()}},`);
  expect(bibtex).toContain("  author = {{Dialogue Timeline contributors}},");
  // One entry per source article (two articles of one outlet are two entries).
  expect(bibtex.match(/^@article\{/gm)).toHaveLength(event.sources.length);
  for (const outlet of outlets) expect(bibtex).toContain(`  journal = {${outlet}},`);
  // Balanced braces: the file parses.
  let depth = 0;
  for (const c of bibtex) {
    depth += c === "{" ? 1 : c === "}" ? -1 : 0;
    expect(depth).toBeGreaterThanOrEqual(0);
  }
  expect(depth).toBe(0);
});

test("the citation comes as biblatex, RIS and CSL-JSON too, with the articles' addresses", async ({
  page,
}) => {
  await page.clock.setFixedTime(new Date("2026-11-22T12:00:00Z"));
  await openExplorer(page, VIEW);
  await openShare(page);
  const format = dialog(page).getByLabel("For a reference manager");
  const withUrl = event.sources
    .map((s) => articles.articles.find((a) => a.id === s.articleId))
    .filter((a) => a?.url);

  await format.selectOption("biblatex");
  // The author and publisher come from config.json, fetched apart from the data: wait for them.
  await expect(field(page, "biblatex")).toHaveValue(
    / {2}publisher = \{Dialogue Timeline project\},/,
  );
  const biblatex = await field(page, "biblatex").inputValue();
  expect(biblatex).toMatch(/^@dataset\{/);
  expect(biblatex).toContain(`  version = {${doc.version ?? "unversioned"}},`);
  expect(biblatex).toContain("  urldate = {2026-11-22},");
  expect(biblatex).toContain("  publisher = {Dialogue Timeline project},");

  await format.selectOption("ris");
  const ris = await field(page, "RIS").inputValue();
  expect(ris).toMatch(/^TY {2}- DATA\r?\n/);
  expect(ris.match(/^TY {2}- NEWS$/gm)).toHaveLength(event.sources.length);
  expect(ris).toContain("Y2  - 2026/11/22/");
  for (const article of withUrl) expect(ris).toContain(`UR  - ${article?.url}`);

  await format.selectOption("csl-json");
  const items = JSON.parse(await field(page, "CSL-JSON").inputValue()) as {
    type: string;
    URL?: string;
    author?: unknown;
  }[];
  expect(items[0]).toMatchObject({
    type: "dataset",
    URL: page.url(),
    author: [{ literal: "Dialogue Timeline contributors" }],
  });
  expect(items.filter((i) => i.type === "article-newspaper").map((i) => i.URL)).toEqual(
    event.sources
      .map((s) => articles.articles.find((a) => a.id === s.articleId)?.url)
      .filter((url) => url !== undefined),
  );
  await dialog(page).getByRole("button", { name: "Copy CSL-JSON" }).click();
  await expect(status(page)).toHaveText("CSL-JSON copied to the clipboard.");
});

test("a view of another dataset cites that dataset's address", async ({ page }) => {
  await page.clock.setFixedTime(new Date("2026-11-22T12:00:00Z"));
  // The bundled data, named by its folder: same site, so it loads like any other dataset would.
  await openExplorer(page, "?data=data%2F");
  await openShare(page);
  const address = new URL("data/", page.url()).href;
  const chicago = await field(page, "Chicago style").inputValue();
  expect(chicago).toContain(`Dataset at ${address}`);
  expect(chicago).not.toContain(DATASET_TITLE);
  await expect(field(page, "BibTeX")).toHaveValue(
    new RegExp(`title = \\{\\{Dataset at ${address.replaceAll(".", "\\.")}\\}\\}`),
  );
});

for (const theme of ["light", "dark"] as const) {
  test(`${theme} theme: the open dialog has no detectable accessibility violations`, async ({
    page,
  }) => {
    await openExplorer(page, `${VIEW}&theme=${theme}`);
    await openShare(page);
    await dialog(page).getByRole("button", { name: "Copy link" }).click();
    await expect(status(page)).not.toBeEmpty();
    const results = await new AxeBuilder({ page }).include("dialog").analyze();
    const problems = results.violations.map(
      (v) => `${v.impact}: ${v.id}: ${v.help}: ${v.nodes.map((n) => n.html).join(" | ")}`,
    );
    expect(problems).toEqual([]);
  });
}
