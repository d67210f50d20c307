import { describe, expect, it } from "vitest";
import { scoreDataset } from "./score.ts";
import { S, dataset, event, goldEvent, goldFile, type EventSpec } from "./testing/fixtures.ts";

const A = "a.txt";
const B = "b.txt";

/** Scores events against gold given as file → gold events. */
const score = (gold: Parameters<typeof goldFile>[0], ...events: EventSpec[]) =>
  scoreDataset(goldFile(gold), dataset(events.map(event)));

describe("pairing", () => {
  it("pairs each gold event with the event that reports it", () => {
    const report = score(
      {
        [A]: [
          goldEvent({ date: "2012-05-07", evidence: [S.meeting] }),
          goldEvent({ date: "2012", evidence: [S.report] }),
        ],
      },
      { id: "m", date: "2012-05-07", sources: { [A]: [S.meeting] } },
      { id: "r", date: "2012", sources: { [A]: [S.report] } },
    );
    expect(report).toMatchObject({
      goldEvents: 2,
      found: 2,
      eventSources: 2,
      correct: 2,
      precision: 1,
      recall: 1,
      f1: 1,
      dateExact: 1,
      duplicates: 0,
    });
  });

  it("pairs one to one for the most pairs, not greedily by the best fit", () => {
    // "both" fits the day-precise gold event best, but only "again" can take that one.
    const report = score(
      {
        [A]: [
          goldEvent({ date: "2012-05", evidence: [S.meeting] }),
          goldEvent({ date: "2012-05-07", evidence: [S.meetingAgain] }),
        ],
      },
      { id: "both", date: "2012-05-07", sources: { [A]: [S.meeting, S.meetingAgain] } },
      { id: "again", date: "2012-05-07", sources: { [A]: [S.meetingAgain] } },
    );
    expect(report).toMatchObject({ found: 2, correct: 2, duplicates: 0, misses: [] });
  });

  it("counts a second event for the same gold event as a duplicate, against precision", () => {
    const report = score(
      { [A]: [goldEvent({ date: "2012-05-07", evidence: [S.meeting] })] },
      { id: "one", date: "2012-05-07", sources: { [A]: [S.meeting] } },
      { id: "two", date: "2012-05", title: "Roe meets Zhou", sources: { [A]: [S.meeting] } },
    );
    expect(report).toMatchObject({ found: 1, eventSources: 2, correct: 1, precision: 0.5 });
    expect(report.recall).toBe(1);
    expect(report.f1).toBe(0.667);
    expect(report.duplicates).toBe(1);
    // The exact date wins the pair; the month-precision copy is the duplicate.
    expect(report.duplicateSources).toEqual([`${A}: 2012-05/month Roe meets Zhou`]);
    expect(report.wrong).toEqual([]);
  });

  it.each([
    ["an exact date over a month", { date: "2012-05" }, { date: "2012-05-07" }],
    [
      "closer evidence over looser",
      { evidence: S.meeting.split(" ").slice(0, 12).join(" ") },
      { evidence: S.meeting },
    ],
  ])("pairs the better of two candidates, whatever their order: %s", (_, worse, better) => {
    const candidate = (id: string, spec: { date?: string; evidence?: string }): EventSpec => ({
      id,
      title: id,
      date: spec.date ?? "2012-05-07",
      sources: { [A]: [spec.evidence ?? S.meeting] },
    });
    const gold = { [A]: [goldEvent({ date: "2012-05-07", evidence: [S.meeting] })] };
    for (const order of [
      [candidate("worse", worse), candidate("better", better)],
      [candidate("better", better), candidate("worse", worse)],
    ])
      expect(score(gold, ...order).duplicateSources).toEqual([expect.stringMatching(/ worse$/)]);
  });

  it("counts an event that matches no gold event as spurious, not as a duplicate", () => {
    const report = score(
      { [A]: [goldEvent({ date: "2012-05-07", evidence: [S.meeting] })] },
      { id: "m", date: "2012-05-07", sources: { [A]: [S.meeting] } },
      { id: "u", date: "2012-05-07", title: "Rain", sources: { [A]: [S.unrelated] } },
    );
    expect(report).toMatchObject({ precision: 0.5, recall: 1, duplicates: 0 });
    expect(report.wrong).toEqual([`${A}: 2012-05-07/day Rain`]);
  });

  it("lists a missed gold event with its file, date and description", () => {
    const report = score(
      {
        [A]: [
          goldEvent({ date: "2012-05-07", evidence: [S.meeting] }),
          goldEvent({ date: "2011", evidence: [S.report], what: "the annual report" }),
        ],
      },
      { id: "m", date: "2012-05-07", sources: { [A]: [S.meeting] } },
    );
    expect(report).toMatchObject({ found: 1, recall: 0.5, precision: 1, f1: 0.667 });
    expect(report.misses).toEqual([`${A}: 2011 the annual report`]);
  });

  it("reads an event once per article it cites and scores only articles with gold", () => {
    const report = score(
      {
        [A]: [goldEvent({ date: "2012-05-07", evidence: [S.meeting] })],
        [B]: [goldEvent({ date: "2012-05-07", evidence: [S.meetingAgain] })],
      },
      {
        id: "m",
        date: "2012-05-07",
        sources: { [A]: [S.meeting], [B]: [S.meetingAgain], "c.txt": [S.drill] },
      },
    );
    expect(report).toMatchObject({ eventSources: 2, correct: 2, found: 2, precision: 1 });
  });

  it("reports no precision and no date figure when nothing was extracted", () => {
    const report = score({ [A]: [goldEvent({ date: "2012-05-07", evidence: [S.meeting] })] });
    expect(report).toMatchObject({ precision: null, recall: 0, f1: 0, dateExact: null });
  });

  it("counts every event of an article annotated with no events as spurious", () => {
    const report = score({ [A]: [] }, { id: "d", date: "2012-05-07", sources: { [A]: [S.drill] } });
    expect(report).toMatchObject({ goldEvents: 0, recall: null, precision: 0, f1: 0 });
    expect(report.wrong).toHaveLength(1);
  });
});

describe("dates: overlap to match, exact at the gold's precision to count in dateExact", () => {
  it.each([
    // gold date, gold extras, extracted date, extracted end, matches, exact
    ["2012-05-07", {}, "2012-05-07", undefined, true, true],
    ["2012-05-07", {}, "2012-05", undefined, true, false],
    ["2012-05-07", {}, "2012", undefined, true, false],
    ["2012-05-07", {}, "2012-05-08", undefined, false, false],
    ["2012-05-07", {}, "2012-05-05", "2012-05-08", true, false],
    ["2012-05", {}, "2012-05", undefined, true, true],
    ["2012-05", {}, "2012-05-20", undefined, true, false],
    ["2012-05", {}, "2012-06", undefined, false, false],
    ["2011", {}, "2011", undefined, true, true],
    ["2011", {}, "2011-03", undefined, true, false],
    ["2011", {}, "2012", undefined, false, false],
    ["2013-06-07", { end: "2013-06-09" }, "2013-06-08", undefined, true, true],
    ["2013-06-07", { end: "2013-06-09" }, "2013-06-10", undefined, false, false],
    ["2013-06-07", { end: "2013-06-09" }, "2013-06", undefined, true, false],
    ["2010-12-10", { alternatives: ["2010-12-09"] }, "2010-12-09", undefined, true, true],
    ["2010-12-10", { alternatives: ["2010-12-09"] }, "2010-12-11", undefined, false, false],
    ["2010", { alternatives: ["2011"] }, "2011", undefined, true, true],
  ])(
    "gold %s %o, extracted %s (end %s): matches %s, exact %s",
    (date, extra, value, end, matches, exact) => {
      const report = score(
        { [A]: [goldEvent({ date, ...extra, evidence: [S.meeting] })] },
        { id: "m", date: value, ...(end ? { end } : {}), sources: { [A]: [S.meeting] } },
      );
      expect(report.found).toBe(matches ? 1 : 0);
      expect(report.precision).toBe(matches ? 1 : 0);
      expect(report.dateExact).toBe(matches ? (exact ? 1 : 0) : null);
      expect(report.inexact).toHaveLength(matches && !exact ? 1 : 0);
    },
  );

  it("never matches an event outside the gold's window", () => {
    const report = score(
      { [A]: [goldEvent({ date: "2009", evidence: [S.report] })] },
      { id: "r", date: "2009", sources: { [A]: [S.report] } },
    );
    expect(report).toMatchObject({ found: 0, precision: 0 });
  });

  it("writes an inexact line with both dates", () => {
    const report = score(
      { [A]: [goldEvent({ date: "2012-05-07", evidence: [S.meeting], what: "the meeting" })] },
      { id: "m", date: "2012-05", sources: { [A]: [S.meeting] } },
    );
    expect(report.inexact).toEqual([`${A}: gold 2012-05-07/day, got 2012-05/month: the meeting`]);
  });
});

describe("optional gold events are neither required nor penalised", () => {
  const gold = {
    [A]: [
      goldEvent({ date: "2012-05-07", evidence: [S.meeting], topics: ["cyber"] }),
      goldEvent({ date: "2012-05-08", evidence: [S.drill], optional: true, topics: ["cyber"] }),
    ],
  };
  const meeting: EventSpec = {
    id: "m",
    date: "2012-05-07",
    topics: ["cyber"],
    sources: { [A]: [S.meeting] },
  };

  it("missing one costs no recall and lists no miss", () => {
    expect(score(gold, meeting)).toMatchObject({ goldEvents: 1, recall: 1, misses: [] });
  });

  it("finding one costs no precision, and its topics and date are not scored", () => {
    const drill: EventSpec = {
      id: "d",
      date: "2012-05",
      topics: ["diplomacy"],
      sources: { [A]: [S.drill] },
    };
    expect(score(gold, meeting, drill)).toMatchObject({
      goldEvents: 1,
      found: 1,
      eventSources: 2,
      correct: 2,
      precision: 1,
      dateExact: 1,
      topicsF1: 1,
      inexact: [],
    });
  });
});

describe("evidence must cover most of a gold sentence, or the date be exact with a gold actor", () => {
  const filler = (n: number) => Array.from({ length: n }, (_, i) => `filler${i}`).join(" ");
  // S.meeting has 17 distinct words: 11 of them are 65%, 10 are 59%.
  const first = (n: number) => S.meeting.split(" ").slice(0, n).join(" ");
  it.each([
    ["the whole sentence", { evidence: [S.meeting] }, true],
    ["65% of its words", { evidence: [first(11)] }, true],
    ["59% of its words", { evidence: [first(10)] }, false],
    [
      "the sentence in a passage three times as long",
      { evidence: [`${S.meeting} ${filler(34)}`] },
      true,
    ],
    ["the sentence in a longer passage", { evidence: [`${S.meeting} ${filler(35)}`] }, false],
    ["two sentences, one of them the gold's", { evidence: [S.drill, S.meeting] }, true],
    [
      "other words, the exact date and a gold actor",
      { evidence: [S.drill], actors: ["Jane Roe"] },
      true,
    ],
    [
      "other words, the exact date, a gold actor in the title",
      { evidence: [S.drill], title: "Roe meets Zhou" },
      true,
    ],
    [
      "other words, the exact date, another actor",
      { evidence: [S.drill], actors: ["Li Ming"] },
      false,
    ],
    [
      "other words, a gold actor, the month only",
      { evidence: [S.drill], actors: ["Jane Roe"], date: "2012-05" },
      false,
    ],
  ])("%s: matches %s", (_, spec, matches) => {
    const {
      evidence,
      date = "2012-05-07",
      ...rest
    } = spec as {
      evidence: string[];
      date?: string;
      actors?: string[];
      title?: string;
    };
    const report = score(
      { [A]: [goldEvent({ date: "2012-05-07", evidence: [S.meeting], actors: ["Jane Roe"] })] },
      { id: "m", date, ...rest, sources: { [A]: evidence } },
    );
    expect(report.found).toBe(matches ? 1 : 0);
  });

  it("takes any one of the gold's evidence sentences", () => {
    const report = score(
      { [A]: [goldEvent({ date: "2012-05-07", evidence: [S.meeting, S.meetingAgain] })] },
      { id: "m", date: "2012-05-07", sources: { [A]: [S.meetingAgain] } },
    );
    expect(report.found).toBe(1);
  });
});

describe("actors and topics, micro F1 over the found events", () => {
  it("scores actors by last name, and a government by any of its names", () => {
    const report = score(
      {
        [A]: [
          goldEvent({
            date: "2012-05-07",
            evidence: [S.meeting],
            actors: ["Jane Roe", "Zhou Wen", "China"],
          }),
        ],
      },
      {
        id: "m",
        date: "2012-05-07",
        title: "Roe in Hangzhou",
        actors: ["Adm. Jane Roe", "Beijing", "Li Ming"],
        sources: { [A]: [S.meeting] },
      },
    );
    // 2 right (Roe, China), 1 extra (Ming), 1 missing (Wen): P = R = 0.667.
    expect(report.actorsF1).toBe(0.667);
    expect(report.actorErrors).toEqual([`${A}: Roe in Hangzhou: +ming -wen`]);
  });

  it("gives actor F1 1 and no line when the actors agree", () => {
    const report = score(
      {
        [A]: [goldEvent({ date: "2012-05-07", evidence: [S.meeting], actors: ["United States"] })],
      },
      { id: "m", date: "2012-05-07", actors: ["the Pentagon"], sources: { [A]: [S.meeting] } },
    );
    expect(report).toMatchObject({ actorsF1: 1, actorErrors: [] });
  });

  it.each([
    [["cyber"], ["cyber"], 1],
    [["cyber", "diplomacy", "economy-trade"], ["cyber", "military-to-military"], 0.4],
    [["diplomacy"], ["cyber"], 0],
    [[], ["cyber"], 0],
  ] as const)("topics %o against gold %o: F1 %s", (got, want, f1) => {
    const report = score(
      { [A]: [goldEvent({ date: "2012-05-07", evidence: [S.meeting], topics: [...want] })] },
      { id: "m", date: "2012-05-07", topics: [...got], sources: { [A]: [S.meeting] } },
    );
    expect(report.topicsF1).toBe(f1);
  });

  it("adds the counts of all found events before dividing", () => {
    const report = score(
      {
        [A]: [
          goldEvent({ date: "2012-05-07", evidence: [S.meeting], topics: ["cyber"] }),
          goldEvent({ date: "2012", evidence: [S.report], topics: ["defense-policy", "cyber"] }),
        ],
      },
      { id: "m", date: "2012-05-07", topics: ["cyber"], sources: { [A]: [S.meeting] } },
      { id: "r", date: "2012", topics: ["defense-policy"], sources: { [A]: [S.report] } },
    );
    // 2 right, 0 extra, 1 missing: P 1, R 0.667, F1 0.8. Averaging per event would give 0.833.
    expect(report.topicsF1).toBe(0.8);
  });
});

describe("merge: a gold key reported by several articles should be one event", () => {
  const gold = {
    [A]: [goldEvent({ key: "k", date: "2012-05-07", evidence: [S.meeting] })],
    [B]: [goldEvent({ key: "k", date: "2012-05", evidence: [S.meetingAgain] })],
  };

  it("counts a key found as one event with both sources as merged", () => {
    const report = score(gold, {
      id: "m",
      date: "2012-05-07",
      sources: { [A]: [S.meeting], [B]: [S.meetingAgain] },
    });
    expect(report.merge).toBe("1/1");
    expect(report.unmerged).toEqual([]);
  });

  it("counts a key found as two events as not merged, and lists where each place went", () => {
    const report = score(
      gold,
      { id: "a", date: "2012-05-07", title: "Talks", sources: { [A]: [S.meeting] } },
      { id: "b", date: "2012-05", title: "Talks again", sources: { [B]: [S.meetingAgain] } },
    );
    expect(report.merge).toBe("0/1");
    expect(report.unmerged).toEqual([
      `k: ${A}: 2012-05-07/day Talks | ${B}: 2012-05/month Talks again`,
    ]);
  });

  it("leaves out a key found in only one place", () => {
    const report = score(gold, { id: "a", date: "2012-05-07", sources: { [A]: [S.meeting] } });
    expect(report.merge).toBe("0/0");
  });

  it("counts optional gold events under a key too", () => {
    const report = score(
      {
        [A]: [goldEvent({ key: "k", date: "2012-05-07", evidence: [S.meeting] })],
        [B]: [goldEvent({ key: "k", date: "2012-05", evidence: [S.meetingAgain], optional: true })],
      },
      { id: "a", date: "2012-05-07", sources: { [A]: [S.meeting] } },
      { id: "b", date: "2012-05", sources: { [B]: [S.meetingAgain] } },
    );
    expect(report.merge).toBe("0/1");
  });
});
