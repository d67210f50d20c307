import { describe, expect, it } from "vitest";
import { isJsonExport, jsonToText } from "./json-export.ts";
import { runOn, story } from "../testing/corpus.ts";

const BODY_ONE = "The two navies held a joint rescue exercise near the island on Monday.";
const BODY_TWO = "Officials said the drill would be held again next year.";

describe("jsonToText: a story saved as JSON is laid out as a page", () => {
  it("reads a publishing system's export: headline, byline list, first-published day, paragraphs", () => {
    const page = jsonToText(
      JSON.stringify({
        id: "story-1",
        headline: "Navies drill off the island",
        byline: [{ name: "Jane Roe", title: "Staff Writer" }],
        created_at: "2013-09-08T23:10:00-10:00",
        first_published_at: "2013-09-09T06:00:00-10:00",
        updated_at: "2013-09-10T08:00:00-10:00",
        body: [BODY_ONE, BODY_TWO],
        related: [{ headline: "Older story", published_at: "2012-01-01" }],
      }),
    );
    expect(page).toEqual({
      text: `Navies drill off the island\nBy Jane Roe\n\n${BODY_ONE}\n\n${BODY_TWO}`,
      title: "Navies drill off the island",
      url: undefined,
      byline: "Jane Roe",
      published: "2013-09-09",
    });
  });

  it("reads a blog's rendered fields, markup and all", () => {
    const page = jsonToText(
      JSON.stringify({
        date: "2013-09-09T10:00:00",
        title: { rendered: "Navies drill" },
        content: { rendered: `<p>${BODY_ONE}</p>\n<p>${BODY_TWO}</p>` },
      }),
    );
    expect(page.text).toBe(`Navies drill\n\n${BODY_ONE}\n\n${BODY_TWO}`);
    expect(page.published).toBe("2013-09-09");
  });

  it("finds the story inside a news API's wrapper, its body under fields", () => {
    const page = jsonToText(
      JSON.stringify({
        response: {
          status: "ok",
          content: {
            webTitle: "Navies drill",
            webPublicationDate: "2013-09-09T12:00:00Z",
            fields: { bodyText: `${BODY_ONE}\n${BODY_TWO}` },
          },
        },
      }),
    );
    expect(page.text).toBe(`Navies drill\n\n${BODY_ONE}\n\n${BODY_TWO}`);
    expect(page.published).toBe("2013-09-09");
  });
});

describe("isJsonExport", () => {
  it.each([
    [JSON.stringify({ headline: "Navies drill", body: BODY_ONE }), true],
    // Negative: JSON with no headline and body, and text that only opens with a brace.
    [JSON.stringify({ settings: { theme: "dark" }, items: [1, 2, 3] }), false],
    [JSON.stringify({ headline: "Navies drill", tags: ["navy"] }), false],
    ["{Editor's note} The two navies held a drill on Monday.", false],
  ])("%s → %s", (text, story) => {
    expect(isJsonExport(text)).toBe(story);
  });

  it("throws, naming what is missing, for JSON that holds no story", () => {
    expect(() => jsonToText(JSON.stringify({ items: [1, 2] }))).toThrow(/no story/);
  });
});

describe("a story saved as JSON in the input folder", () => {
  it("is read under any name, and a .json file with no story is left out with a warning naming it", async () => {
    const state = await runOn({
      "export.txt": JSON.stringify({
        headline: "Admirals meet",
        first_published_at: "2013-06-14T09:00:00+08:00",
        body: ["Adm. Samuel Locklear met Adm. Wu Shengli in Beijing on Thursday, the navy said."],
      }),
      "settings.json": JSON.stringify({ theme: "dark" }),
      "story.txt": story(
        "Talks",
        "BEIJING, June 4, 2013",
        "Adm. Samuel Locklear met Gen. Fang Fenghui in Beijing on Monday, the navy said.",
      ),
    });
    expect(state.warnings).toEqual([
      {
        file: "settings.json",
        message: "left out: JSON holds no story: no object with a headline and a body field",
      },
    ]);
    expect(state.output?.events.events.map((e) => e.date.value).sort()).toEqual([
      "2013-06-03",
      "2013-06-13",
    ]);
  });
});
