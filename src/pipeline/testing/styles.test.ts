import { describe, expect, it } from "vitest";
import { join } from "node:path";
import type { PipelineState } from "../types.ts";
import { runPipeline } from "../run.ts";
import { titleProblems } from "../../eval/index.ts";

/**
 * Hand-written articles in the page styles of other outlets (Xinhua, AP, Reuters, China Daily):
 * metadata and the main events must come out without any rule written for these texts.
 */
const FIXTURES = join(import.meta.dirname, "fixtures");

let state: PipelineState | undefined;
async function run(): Promise<PipelineState> {
  state ??= await runPipeline(FIXTURES);
  return state;
}

describe("other outlets' page styles", () => {
  it.each([
    [
      "xinhua.txt",
      "China, U.S. hold first cyber working group meeting",
      "Xinhua",
      "",
      "2013-07-08",
      "WASHINGTON",
    ],
    [
      "ap.txt",
      "Hagel: US, China must build military trust",
      "Associated Press",
      "By LOLITA C. BALDOR",
      "2013-04-08",
      "BEIJING",
    ],
    [
      "reuters.txt",
      "U.S., China agree to work on cyber issues",
      "Reuters",
      "",
      "2013-02-14",
      "WASHINGTON",
    ],
    [
      "chinadaily.txt",
      "China, US militaries to step up exchanges",
      "China Daily",
      "By Zhao Shengnan",
      "2012-05-08",
      undefined,
    ],
    [
      "afps-gates.txt",
      "Gates, Chinese Counterpart Agree to Strengthen Military Ties",
      "American Forces Press Service",
      "By Jim Garamone",
      "2011-01-10",
      "BEIJING",
    ],
    [
      "dodnews-hagel-chang.txt",
      "Hagel Hosts Chinese Defense Minister at Pentagon",
      "American Forces Press Service",
      "By Karen Parrish",
      "2013-08-19",
      "WASHINGTON",
    ],
    [
      "state-sed-2013.txt",
      "U.S., China end annual dialogue with pledges on cyber, climate",
      "The Washington Dispatch",
      "By Maria Delgado",
      "2013-07-11",
      "WASHINGTON",
    ],
    [
      "wire-mandiant.txt",
      "China rejects U.S. firm's hacking report as groundless",
      "Global Wire",
      "By Wen Li and Thomas Hale",
      "2013-02-20",
      "BEIJING",
    ],
    [
      "voa-xi-2012.txt",
      "Xi Jinping Begins U.S. Visit With White House, Pentagon Stops",
      "Voice of America",
      "By Kent Marsh",
      "2012-02-15",
      "WASHINGTON",
    ],
  ])(
    "%s: title, outlet, byline, date, dateline",
    async (file, title, outlet, byline, published, dateline) => {
      const a = (await run()).output?.articles.articles.find((x) => x.file === file);
      expect(a).toMatchObject({ title, outlet, byline, published: { value: published } });
      expect(a?.dateline).toBe(dateline);
      expect(a?.text).not.toMatch(
        /Related:|Editor:|Copyright|Share this|Reporting by|Sign In|Biographies|Print Friendly/,
      );
    },
  );

  it.each([
    ["ap.txt", "2013-04-08", "occurred", "Chang hosts Chuck Hagel at the Bayi Building"],
    ["ap.txt", "2013-04-09", "planned", "Planned: Hagel and Xi hold talks"],
    // Gates's January 2011 visit, dated to the month here and to the day by AFPS: one event.
    ["ap.txt", "2011-01-09", "occurred", "Gates visits Beijing"],
    [
      "ap.txt",
      "2010-01-30",
      "occurred",
      "China suspended military exchanges with the United States",
    ],
    ["chinadaily.txt", "2012-05-07", "occurred", "Panetta hosts Liang Guanglie at the Pentagon"],
    ["chinadaily.txt", "2012-02", "occurred", "Xi visits the US"],
    ["peoplesdaily.txt", "2012-07", "occurred", "Liang and Dempsey hold talks in Beijing"],
    ["peoplesdaily.txt", "2012-09", "planned", "Planned: Panetta visits China"],
    ["mfa-transcript.txt", "2013-03-11", "occurred", "Donilon speaks on cyber security"],
    [
      "mfa-transcript.txt",
      "2013-03-10",
      "occurred",
      expect.stringMatching(/^The Philippines said/),
    ],
    ["afps-gates.txt", "2011-01-10", "occurred", "Gates and Liang hold talks at the Bayi Building"],
    ["afps-gates.txt", "2011-01-12", "planned", "Planned: Gates and Hu hold talks"],
    ["afps-gates.txt", "2011-01-13", "planned", "Planned: Gates visits Japan"],
    ["afps-gates.txt", "2010-06", "occurred", "Beijing canceled the trip"],
    ["afps-gates.txt", "2011", "planned", "Planned: Liang visits the United States"],
    [
      "reuters.txt",
      "2013-02-14",
      "occurred",
      expect.stringMatching(/^The United States and China agreed to hold talks/),
    ],
    ["reuters.txt", "2013-06", "planned", "Planned: Strategic Security Dialogue"],
    ["reuters.txt", "2012-09", "occurred", "Clinton and Dai hold talks in Beijing"],
    ["xinhua.txt", "2013-07-08", "occurred", "Cui and Burns at the cyber working group"],
    [
      "xinhua.txt",
      "2013-07-10",
      "planned",
      expect.stringMatching(/Strategic and Economic Dialogue$/),
    ],
    [
      "dodnews-hagel-chang.txt",
      "2013-08-19",
      "occurred",
      "Hagel hosts Chang Wanquan at the Pentagon",
    ],
    // "The visit follows the meeting between the two ministers in Beijing in April": AP's report
    // of that meeting (the two sides' ministers, on April 8), so one event dated to the day.
    [
      "dodnews-hagel-chang.txt",
      "2013-04-08",
      "occurred",
      "Chang hosts Chuck Hagel at the Bayi Building",
    ],
    ["dodnews-hagel-chang.txt", "2013-08-15", "occurred", "Chang visits the United States"],
    // The 2010 suspension, dated to the year here and to the day by AP: the day is kept.
    [
      "dodnews-hagel-chang.txt",
      "2010-01-30",
      "occurred",
      "China suspended military exchanges with the United States",
    ],
    ["dodnews-hagel-chang.txt", "2011-01", "occurred", "Talks resumed"],
    [
      "state-sed-2013.txt",
      "2013-07-10",
      "occurred",
      "Kerry, Lew and Wang at the fifth round of the U.S.-China Strategic and Economic Dialogue",
    ],
    [
      "state-sed-2013.txt",
      "2013-07-09",
      "occurred",
      "Burns and Zhang at the Strategic Security Dialogue",
    ],
    ["state-sed-2013.txt", "2013-07-08", "occurred", "Cui and Burns at the cyber working group"],
    // "Later that day … at the Pentagon": a second event of the same day at another venue.
    ["voa-xi-2012.txt", "2012-02-14", "occurred", "Obama hosts Xi Jinping at the White House"],
    ["voa-xi-2012.txt", "2012-02-14", "occurred", "Panetta hosts Xi Jinping at the Pentagon"],
    ["voa-xi-2012.txt", "2012-02-15", "planned", "Planned: Xi visits Iowa"],
    // Calling the accusations "groundless" is a verdict of its own, titled by its clause.
    [
      "wire-mandiant.txt",
      "2013-02-19",
      "occurred",
      'Foreign Ministry spokesman Hong Lei called the accusations "groundless"…',
    ],
    ["wire-mandiant.txt", "2013-02-19", "occurred", "Mandiant report released"],
    ["wire-mandiant.txt", "2013-02-19", "occurred", "Carney speaks on cyber security"],
    [
      "wire-mandiant.txt",
      "2013-02-20",
      "occurred",
      expect.stringMatching(
        /^China's Defense Ministry rejected a report by U\.S\. security firm Mandiant/,
      ),
    ],
  ])("%s: %s %s %s", async (file, date, status, title) => {
    const s = await run();
    const id = s.output?.articles.articles.find((x) => x.file === file)?.id;
    const events = s.output?.events.events.filter((e) =>
      e.sources.some((src) => src.articleId === id),
    );
    expect(
      events?.map((e) => ({ date: e.date.value, status: e.status, title: e.title })),
    ).toContainEqual({
      date,
      status,
      title,
    });
  });

  it("every title reads well: no fragment, no dangling word, no name said twice", async () => {
    const events = (await run()).output?.events.events ?? [];
    expect(events.length).toBeGreaterThan(30);
    const bad = events
      .map(
        (e) =>
          [
            e.title,
            titleProblems(
              e.title,
              e.actors.map((a) => a.name),
            ),
          ] as const,
      )
      .filter(([, problems]) => problems.length);
    expect(bad).toEqual([]);
  });

  it("no event is dated by a duration or by the page's own time stamp", async () => {
    const s = await run();
    const events = s.output?.events.events ?? [];
    for (const e of events) expect(e.date.value < "2014").toBe(true);
    // Xinhua's page stamp (2013-07-09) dates no event of that article.
    const xinhua = s.output?.articles.articles.find((a) => a.file === "xinhua.txt")?.id;
    const fromXinhua = events.filter((e) => e.sources.some((src) => src.articleId === xinhua));
    expect(fromXinhua.map((e) => e.date.value)).not.toContain("2013-07-09");
    // A range keeps its last day; a transcript's "Q:" is no dateline.
    const maritime = events.find((e) => e.date.value === "2012-08-27");
    expect(maritime?.date.end).toBe("2012-08-28");
    // "since the Sept. 11 attacks", "since 2007" and "In 2001" name no event in the window.
    expect(events.filter((e) => /-09-11$/.test(e.date.value))).toEqual([]);
  });

  it.each<[string, string, string, unknown]>([
    // Two outlets on the first Cyber Working Group meeting: one event, two sources.
    ["state-sed-2013.txt", "Cui and Burns at the cyber working group", "sources", 2],
    // "The dialogue opened on Wednesday" widens the dialogue reported for Thursday.
    [
      "state-sed-2013.txt",
      "Kerry, Lew and Wang at the fifth round of the U.S.-China Strategic and Economic Dialogue",
      "end",
      "2013-07-11",
    ],
    // Three outlets on the 2010 suspension, at year and at day precision, linked by the act and
    // the government that did it.
    [
      "dodnews-hagel-chang.txt",
      "China suspended military exchanges with the United States",
      "sources",
      3,
    ],
    // "Talks resumed" names nobody, but "between the two countries" the sentence before does.
    ["dodnews-hagel-chang.txt", "Talks resumed", "actors", ["United States", "China"]],
    [
      "dodnews-hagel-chang.txt",
      "Hagel hosts Chang Wanquan at the Pentagon",
      "topics",
      ["cyber", "military-to-military", "maritime-regional-security"],
    ],
    [
      "voa-xi-2012.txt",
      "Panetta hosts Xi Jinping at the Pentagon",
      "topics",
      ["military-to-military", "diplomacy", "maritime-regional-security"],
    ],
    // "play by the rules of the global trading system": the talks' narrated subject.
    [
      "voa-xi-2012.txt",
      "Obama hosts Xi Jinping at the White House",
      "topics",
      ["diplomacy", "economy-trade"],
    ],
    // A president signing an order at home is cyber policy, not diplomacy.
    [
      "wire-mandiant.txt",
      "President Barack Obama signed an executive order on cyber security",
      "topics",
      ["cyber"],
    ],
  ])("%s: %s → %s", async (file, title, field, want) => {
    const s = await run();
    const id = s.output?.articles.articles.find((x) => x.file === file)?.id;
    const e = s.output?.events.events.find(
      (x) => x.title === title && x.sources.some((src) => src.articleId === id),
    );
    const got = {
      sources: e?.sources.length,
      end: e?.date.end,
      actors: e?.actors.map((a) => a.name),
      topics: e?.topics,
    }[field];
    expect(got).toEqual(want);
  });
});
