import { describe, expect, it } from "vitest";
import { feedDay, feedToText, isFeed } from "./feed.ts";
import { runOn, story } from "../testing/corpus.ts";

const rss = (...items: string[]) =>
  [
    '<?xml version="1.0" encoding="utf-8"?>',
    "<!-- saved by a feed reader -->",
    '<rss version="2.0"><channel>',
    "<title>Harbour Wire - Asia</title>",
    "<lastBuildDate>Fri, 14 Jun 2013 22:10:00 -0400</lastBuildDate>",
    ...items,
    "</channel></rss>",
  ].join("\n");

const item = (title: string, date: string, body: string) =>
  `<item><title>${title}</title><pubDate>${date}</pubDate><description><![CDATA[${body}]]></description></item>`;

describe("a saved feed", () => {
  it.each([
    ["Fri, 14 Jun 2013 22:10:00 -0400", "2013-06-14"],
    ["3 Feb 2012 08:00:00 GMT", "2012-02-03"],
    ["2011-10-09T23:30:00+08:00", "2011-10-09"],
    // Negative: no day, or no month the calendar knows.
    ["June 2013", undefined],
    ["Fri, 14 Foo 2013 22:10:00", undefined],
  ])("dates %j as %s, in the outlet's own clock", (date, day) => {
    expect(feedDay(date)).toBe(day);
  });

  it.each([
    [rss(), true],
    ['<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title></feed>', true],
    // Negative: a page, or a story that names the tag in its text.
    ["<!doctype html><html><body><p>x</p></body></html>", false],
    ["A reader may subscribe to <rss> feeds of the ministry.", false],
  ])("%j is a feed: %s", (text, feed) => {
    expect(isFeed(text)).toBe(feed);
  });

  it("is laid out as its items, each under its own date line, its markup gone", () => {
    const page = feedToText(
      rss(
        item(
          "Envoys meet",
          "Thu, 13 Jun 2013 10:00:00 -0400",
          "<p>The envoys met on Thursday.</p>",
        ),
        item("Talks open", "Tue, 11 Jun 2013 09:00:00 -0400", "Talks opened on Tuesday."),
      ),
    );
    expect(page.text).toBe(
      [
        "Harbour Wire - Asia",
        "",
        "Envoys meet",
        "Thu, 13 Jun 2013 10:00:00 -0400",
        "The envoys met on Thursday.",
        "",
        "Talks open",
        "Tue, 11 Jun 2013 09:00:00 -0400",
        "Talks opened on Tuesday.",
      ].join("\n"),
    );
    expect(page.published).toBe("2013-06-14");
    expect(page.title).toBe("Harbour Wire - Asia");
  });

  it("is published on its newest item's day when it names no build date", () => {
    const atom = [
      '<feed xmlns="http://www.w3.org/2005/Atom"><title>Notes</title>',
      "<entry><title>a</title><published>2012-03-02T08:00:00Z</published><summary>One.</summary></entry>",
      "<entry><title>b</title><published>2012-03-05T08:00:00Z</published><summary>Two.</summary></entry>",
      "</feed>",
    ].join("");
    expect(feedToText(atom).published).toBe("2012-03-05");
  });

  it("with no items, or nested past the markup's bound, is an error that says so", () => {
    expect(() => feedToText(rss())).toThrow(/no <item> or <entry>/);
    const deep = "<div>".repeat(5000);
    expect(() => feedToText(rss(item("Deep", "Thu, 13 Jun 2013", deep)))).toThrow(/nested/);
  });

  it("that cannot be read is left out with a warning naming it, the other files read", async () => {
    const state = await runOn({
      "empty-feed.txt": rss(),
      "story.txt": story(
        "Talks",
        "BEIJING, June 14, 2013",
        "Adm. Samuel Locklear met Adm. Wu Shengli in Beijing on Thursday, the navy said.",
      ),
    });
    expect(state.warnings).toEqual([
      { file: "empty-feed.txt", message: "left out: feed has no <item> or <entry>" },
    ]);
    expect(state.output?.events.events.map((e) => e.date.value)).toEqual(["2013-06-13"]);
  });

  it("dates each item's events by its own day, not the feed's", async () => {
    const state = await runOn({
      "feed.txt": rss(
        item(
          "Admirals meet",
          "Thu, 13 Jun 2013 10:00:00 -0400",
          "Adm. Samuel Locklear met Adm. Wu Shengli in Beijing on Tuesday, the navy said. They spoke of port calls.",
        ),
        item(
          "Ships call",
          "Mon, 03 Jun 2013 09:00:00 -0400",
          "Two Chinese warships arrived at Pearl Harbor on Saturday for a port call, the fleet said. The crews will stay four days.",
        ),
      ),
    });
    const events = state.output?.events.events ?? [];
    expect(events.map((e) => e.date.value).sort()).toEqual(["2013-06-01", "2013-06-11"]);
    expect(state.warnings).toEqual([]);
  });
});
