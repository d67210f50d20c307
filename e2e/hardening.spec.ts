/**
 * The browser rows of the audit (issue 13), each with its safe outcome: what a host page, a link
 * or a dataset can put in front of the app, and the policy the pages are served under.
 */
import type { Page } from "@playwright/test";
import { readArticles, readEvents, readRawDocument } from "./support/dataset.ts";
import { embedLoaded, writeHostPage } from "./support/embed.ts";
import { details, firstEvent, openExplorer, shownCount } from "./support/explorer.ts";
import { expect, test } from "./support/test.ts";

const total = readEvents().events.length;
const alert = (page: Page) => page.getByRole("alert");

test.describe("embed.js and what a page puts in data-dialogue-timeline", () => {
  test.use({ consoleProblemsAllowed: true });

  test("only URL parameters or an http(s) embed.html become a frame; the rest is refused by name", async ({
    page,
    baseURL,
    consoleProblems,
  }) => {
    const script = new URL("./embed.js", baseURL).href;
    await writeHostPage(
      page,
      baseURL ?? "",
      `<div id="js" data-dialogue-timeline="javascript:parent.x=document.cookie"></div>
       <div id="data" class="t" data-dialogue-timeline="data:text/html,<script>parent.x=1</script>"></div>
       <div id="page" data-dialogue-timeline="${new URL("./index.html?x=1", baseURL).href}"></div>
       <div id="ok" data-dialogue-timeline="?lanes=none"></div>
       <script async src="${script}"></script>`,
    );
    await embedLoaded(page.frameLocator("#ok iframe"));
    for (const id of ["js", "data", "page"])
      await expect(page.locator(`#${id} iframe`)).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { x?: unknown }).x)).toBeUndefined();
    const refusals = consoleProblems.filter((p) => p.includes("was refused"));
    expect(refusals).toEqual([
      expect.stringContaining(
        'data-dialogue-timeline="javascript:parent.x=document.cookie" on <div#js>',
      ),
      expect.stringContaining("on <div#data.t>"),
      expect.stringContaining("on <div#page>"),
    ]);
  });
});

test.describe("the data parameter stays where it is allowed", () => {
  test.use({ consoleProblemsAllowed: true });

  for (const [data, reason] of [
    ["../other-folder/", /outside this site's data folder/],
    ["data/%2e%2e/other-folder/", /outside this site's data folder/],
    ["data/..%2fother-folder/", /encoded slash/],
    ["javascript:alert(1)", /not an http or https address/],
  ] as const)
    test(`?data=${data} is refused, saying why`, async ({ page }) => {
      await page.goto(`./?data=${encodeURIComponent(data)}`);
      await expect(alert(page)).toContainText(reason, { timeout: 30_000 });
      await expect(page.locator("[data-event-id]")).toHaveCount(0);
    });

  test("a redirect to another folder of this site is refused", async ({ page }) => {
    await page.route("**/data/moved/events.json", (route) =>
      route.fulfill({ status: 302, headers: { location: "../../other-folder/events.json" } }),
    );
    await page.route("**/other-folder/events.json", (route) =>
      route.fulfill({ json: readRawDocument("events.json") }),
    );
    await page.route("**/data/moved/articles.json", (route) =>
      route.fulfill({ json: readRawDocument("articles.json") }),
    );
    await page.goto("./?data=data/moved/");
    await expect(alert(page)).toContainText("was redirected to", { timeout: 30_000 });
    await expect(alert(page)).toContainText("outside this site's data folder");
    await expect(page.locator("[data-event-id]")).toHaveCount(0);
  });
  // A redirect to another site is checked by the same rule (src/lib/fetch-json.test.ts): the
  // browser follows it before the app sees the answer, and Playwright cannot stand in for a
  // second site behind a redirect.
});

test.describe("a dataset that is not sound", () => {
  test.use({ consoleProblemsAllowed: true });

  test("an article address that is not http(s) is refused by the contract, and never a link", async ({
    page,
  }) => {
    // The article chunk holds the texts the details show: its first article gets the address.
    const chunk = structuredClone(readRawDocument("details/articles-000.json")) as {
      articles: { id: string; url?: string }[];
    };
    const [first] = chunk.articles;
    if (!first) throw new Error("no article");
    first.url = "javascript:alert(document.cookie)";
    const event = readEvents().events.find((e) => e.sources.some((s) => s.articleId === first.id));
    if (!event) throw new Error(`no event reports ${first.id}`);
    await page.route("**/data/details/articles-000.json", (route) =>
      route.fulfill({ json: chunk }),
    );
    await openExplorer(page, `?event=${event.id}`);
    const panel = details(page).getByRole("alert");
    await expect(panel).toContainText("details/articles-000.json");
    await expect(panel).toContainText("articles.0.url");
    await expect(panel).toContainText("expected an http or https address");
    await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);
  });

  test("events.json and articles.json of two runs are refused with a clear message", async ({
    page,
  }) => {
    // A dataset with the contract documents alone (no index.json): the pair is compared.
    await page.route("**/data/index.json", (route) => route.fulfill({ status: 404 }));
    const articles = { ...(readRawDocument("articles.json") as object), version: "0000older000" };
    await page.route("**/data/articles.json", (route) => route.fulfill({ json: articles }));
    await page.goto("./");
    await expect(alert(page)).toContainText("come from different runs of the pipeline");
    await expect(alert(page)).toContainText("0000older000");
    await expect(page.locator("[data-event-id]")).toHaveCount(0);
  });

  test("a details chunk of another run than the index is refused with a clear message", async ({
    page,
  }) => {
    const chunk = {
      ...(readRawDocument("details/events-000.json") as object),
      version: "0000older000",
    };
    const event = readEvents().events[0];
    if (!event) throw new Error("no event");
    await page.route("**/data/details/events-000.json", (route) => route.fulfill({ json: chunk }));
    await openExplorer(page, `?event=${event.id}`);
    const panel = details(page).getByRole("alert");
    await expect(panel).toContainText("details/events-000.json");
    await expect(panel).toContainText("found 0000older000");
    await expect(panel).toContainText("the data is being updated");
  });

  test("duplicate ids and offsets that miss their text are shown with a console warning", async ({
    page,
    consoleProblems,
  }) => {
    // Hand-made data comes without an index: the app indexes it, and checks it, itself.
    await page.route("**/data/index.json", (route) => route.fulfill({ status: 404 }));
    const doc = structuredClone(readRawDocument("events.json")) as ReturnType<typeof readEvents>;
    const [a, b] = doc.events;
    if (!a || !b) throw new Error("need two events");
    b.id = a.id;
    const span = a.sources[0]?.evidence[0];
    if (span) span.start += 1;
    await page.route("**/data/events.json", (route) => route.fulfill({ json: doc }));
    await page.goto("./");
    await expect(shownCount(page)).toBeVisible({ timeout: 30_000 });
    await expect
      .poll(() => consoleProblems.find((p) => p.includes("problem(s)")))
      .toMatch(
        /duplicate id.*offsets \d+-\d+ do not match its text|offsets \d+-\d+ do not match its text.*duplicate id/,
      );
  });
});

test.describe("the pages' security policy", () => {
  test("the explorer and the embed run under their policy with no violation", async ({
    page,
    request,
  }) => {
    // Any violation is a console error, which this test's fixture turns into a failure.
    const event = firstEvent(readEvents());
    await openExplorer(page, `?event=${event.id}`);
    await expect(details(page).getByRole("heading", { name: event.title })).toBeVisible();
    await page.getByRole("button", { name: /About the data/ }).click();
    await page.keyboard.press("Escape");
    await page.goto(`./embed.html?event=${event.id}`);
    await expect(shownCount(page)).toBeVisible({ timeout: 30_000 });
    for (const path of ["./", "./embed.html"]) {
      const html = await (await request.get(path)).text();
      expect(html).toMatch(
        /<meta http-equiv="Content-Security-Policy" content="[^"]*object-src &#39;none&#39;/,
      );
    }
    expect(readArticles().articles.length).toBeGreaterThan(0);
  });

  test("headers: the explorer cannot be framed, the embed can by hostOrigins", async ({
    request,
  }) => {
    const explorer = (await request.get("./")).headers();
    expect(explorer["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(explorer["x-frame-options"]).toBe("DENY");
    for (const directive of [
      "script-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "connect-src 'self'",
    ])
      expect(explorer["content-security-policy"]).toContain(directive);
    const embed = (await request.get("./embed.html")).headers();
    expect(embed["content-security-policy"]).toContain("frame-ancestors *");
    expect(embed["x-frame-options"]).toBeUndefined();
  });

  test.describe("what the policy stops", () => {
    test.use({ consoleProblemsAllowed: true });

    test("an injected inline script does not run", async ({ page, consoleProblems }) => {
      await page.goto("./");
      await expect(shownCount(page)).toHaveText(new RegExp(`${total}`), { timeout: 30_000 });
      await page.evaluate(() => {
        const script = document.createElement("script");
        script.textContent = "window.injected = true";
        document.body.append(script);
      });
      expect(
        await page.evaluate(() => (window as unknown as { injected?: boolean }).injected),
      ).toBeUndefined();
      expect(consoleProblems.join("\n")).toContain("Content Security Policy");
    });

    test("the explorer in another site's frame is blocked", async ({ page, baseURL }) => {
      await writeHostPage(
        page,
        baseURL ?? "",
        `<iframe id="x" title="x" src="${new URL("./", baseURL).href}"></iframe>`,
      );
      await expect(page.frameLocator("#x").locator("#root")).toHaveCount(0);
    });
  });
});
