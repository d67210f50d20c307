import { beforeAll, describe, expect, it } from "vitest";
import {
  hasCorrections,
  parseEventsDocument,
  withoutCorrections,
  type ArticlesDocument,
  type EventsDocument,
  type TimelineEvent,
} from "../../dataset/index.ts";
import { correctDataset } from "./correct.ts";
import { loadCorrections } from "./load.ts";
import { anchorOf, correctionsFolder, extractedSeeds } from "./testing.ts";

let events: EventsDocument;
let articles: ArticlesDocument;

beforeAll(async () => {
  ({ events, articles } = await extractedSeeds());
});

/** The extracted seed event a test is about, found by what it is rather than by its id. */
function find(what: string, test: (e: TimelineEvent) => boolean): TimelineEvent {
  const event = events.events.find(test);
  if (!event) throw new Error(`the seeds no longer have ${what}`);
  return event;
}
const whitePaper = () => find("the white paper", (e) => e.title.includes("White Paper"));
const summit = () => find("a two-source event", (e) => e.sources.length === 2);
const sanJose = () => find("Obama in San Jose", (e) => e.title.includes("San Jose"));
const anchor = (e: TimelineEvent) => anchorOf(e, articles);
const fileOf = (articleId: string) =>
  articles.articles.find((a) => a.id === articleId)?.file as string;

/** Applies the files' entries to the seeds' extraction. */
function apply(files: Record<string, unknown[] | string>) {
  return correctDataset(loadCorrections(correctionsFolder(files)), events, articles);
}
const byId = (doc: EventsDocument, id: string) => doc.events.find((e) => e.id === id);
const note = { reason: "a test", author: "Tester" };

describe("each kind of entry", () => {
  it("set: changes the fields, marks each with the extracted value, reason, author and line", () => {
    const wp = whitePaper();
    const out = apply({
      "fixes.json": [
        {
          action: "set",
          event: anchor(wp),
          expect: {
            date: { value: wp.date.value, precision: wp.date.precision },
            status: wp.status,
          },
          set: { date: { value: "2011-03-31", precision: "day" }, status: "planned" },
          ...note,
        },
      ],
    });
    expect(out.errors).toEqual([]);
    expect(out.unapplied).toEqual([]);
    expect(out.applied).toBe(1);
    const fixed = byId(out.events, wp.id) as TimelineEvent;
    expect(fixed.date).toEqual({
      value: "2011-03-31",
      precision: "day",
      text: wp.date.text,
      basis: "corrected",
    });
    expect(fixed.status).toBe("planned");
    expect(fixed.corrections).toEqual([
      { field: "date", extracted: wp.date, ...note, entry: "corrections/fixes.json:3" },
      { field: "status", extracted: wp.status, ...note, entry: "corrections/fixes.json:3" },
    ]);
    // The output still follows the contract, and its version names the corrected data.
    expect(() => parseEventsDocument(out.events)).not.toThrow();
    expect(out.events.version).not.toBe(events.version);
  });

  it("set: title, summary, actors, topics, type and location (null drops it)", () => {
    const e = summit();
    const values = {
      title: "Sunnylands summit",
      summary: "Two days of talks.",
      actors: [{ name: "Barack Obama", country: "USA" }],
      topics: ["cyber", "diplomacy"],
      type: { cameo: "036", label: "Express intent to meet" },
      location: null,
    };
    const out = apply({
      "a.json": [
        {
          action: "set",
          event: anchor(e),
          expect: {
            title: e.title,
            summary: e.summary,
            actors: e.actors,
            topics: e.topics,
            type: e.type,
            location: e.location ?? null,
          },
          set: values,
          reason: "tidy",
        },
      ],
    });
    expect(out.errors).toEqual([]);
    const fixed = byId(out.events, e.id) as TimelineEvent;
    expect(fixed).toMatchObject(
      Object.fromEntries(Object.entries(values).filter(([k]) => k !== "location")),
    );
    expect(fixed.location).toBeUndefined();
    expect(fixed.corrections?.map((c) => c.field).sort()).toEqual(
      [...(e.location ? ["location"] : []), "actors", "summary", "title", "topics", "type"].sort(),
    );
    expect(fixed.corrections?.find((c) => c.field === "title")?.extracted).toBe(e.title);
  });

  it("remove: drops the event and lists it whole with its reason", () => {
    const e = sanJose();
    const out = apply({ "x.json": [{ action: "remove", event: anchor(e), ...note }] });
    expect(byId(out.events, e.id)).toBeUndefined();
    expect(out.events.events).toHaveLength(events.events.length - 1);
    expect(out.events.removed).toEqual([{ ...note, entry: "corrections/x.json:3", event: e }]);
  });

  it("merge: joins two events under the first's id, with both events' sources", () => {
    const keep = summit();
    const gone = sanJose();
    const out = apply({
      "m.json": [{ action: "merge", event: anchor(keep), with: anchor(gone), ...note }],
    });
    expect(out.errors).toEqual([]);
    expect(byId(out.events, gone.id)).toBeUndefined();
    const merged = byId(out.events, keep.id) as TimelineEvent;
    const spans = (ev: TimelineEvent) => ev.sources.flatMap((s) => s.evidence.map((x) => x.text));
    expect(new Set(spans(merged))).toEqual(new Set([...spans(keep), ...spans(gone)]));
    expect(merged.quotes.length).toBeGreaterThanOrEqual(keep.quotes.length);
    const mergedMark = merged.corrections?.find((c) => c.field === "merged");
    expect(mergedMark?.extracted).toEqual(gone);
    expect(merged.corrections?.find((c) => c.field === "sources")?.extracted).toEqual(keep.sources);
    expect(() => parseEventsDocument(out.events)).not.toThrow();
  });

  it("detach: takes one article's sentences and quotes off an event", () => {
    const e = summit();
    const dropped = e.sources[1]?.articleId as string;
    const out = apply({
      "d.json": [{ action: "detach", event: anchor(e), source: fileOf(dropped), ...note }],
    });
    expect(out.errors).toEqual([]);
    const fixed = byId(out.events, e.id) as TimelineEvent;
    expect(fixed.sources.map((s) => s.articleId)).toEqual([e.sources[0]?.articleId]);
    expect(fixed.quotes.every((q) => q.articleId !== dropped)).toBe(true);
    expect(fixed.corrections?.find((c) => c.field === "sources")?.extracted).toEqual(e.sources);
  });

  it("add: an event by hand, its evidence located in the article's own text", () => {
    const article = articles.articles.find((a) =>
      a.text.includes("Liang"),
    ) as (typeof articles.articles)[number];
    const sentence = "the first U.S. visit in nine years by a Chinese defense minister";
    const out = apply({
      "add.json": [
        {
          action: "add",
          add: {
            title: "Liang Guanglie visits the United States",
            date: { value: "2012-05", precision: "month" },
            status: "occurred",
            type: { cameo: "042", label: "Make a visit" },
            actors: [{ name: "Liang Guanglie", country: "CHN" }],
            topics: ["military-to-military"],
            // Typed with straight quotes and extra spaces: found all the same.
            evidence: [{ article: article.file, sentence: ` ${sentence}  ` }],
          },
          ...note,
        },
      ],
    });
    expect(out.errors).toEqual([]);
    expect(out.unapplied).toEqual([]);
    const added = out.events.events.find((e) => e.title.startsWith("Liang Guanglie visits"));
    expect(added?.id).toMatch(/^evt-2012-05-[0-9a-f]{8}$/);
    const span = added?.sources[0]?.evidence[0];
    expect(span && article.text.slice(span.start, span.end)).toBe(sentence);
    expect(added?.corrections).toEqual([
      { field: "added", ...note, entry: "corrections/add.json:3" },
    ]);
    expect(() => parseEventsDocument(out.events)).not.toThrow();
  });

  it("finds the sentence whatever its quotation marks, dashes and spaces", () => {
    const e = whitePaper();
    const a = anchor(e);
    const typed = {
      ...a,
      id: undefined,
      sentence: a.sentence.replace(/’/g, "'").replace(/ /g, "\n  "),
    };
    const out = apply({ "r.json": [{ action: "remove", event: typed, ...note }] });
    expect(out.unapplied).toEqual([]);
    expect(out.events.removed?.[0]?.event.id).toBe(e.id);
  });
});

describe("entries that are reported and left unapplied", () => {
  it("event not found: names file, line and the sentence, and changes nothing", () => {
    const e = whitePaper();
    const out = apply({
      "f.json": [
        { action: "remove", event: { ...anchor(e), sentence: "No such sentence." }, ...note },
        { action: "remove", event: { ...anchor(e), article: "missing.txt" }, ...note },
      ],
    });
    expect(out.errors).toEqual([]);
    expect(out.unapplied).toEqual([
      {
        where: "corrections/f.json:3",
        message: `event not found: no event of ${anchor(e).article} rests on the sentence "No such sentence."; not applied`,
      },
      {
        where: expect.stringMatching(/^corrections\/f\.json:1\d$/) as unknown as string,
        message: "article missing.txt is not in the corpus; not applied",
      },
    ]);
    expect(out.events).toBe(events);
  });

  it("corrected values changed since the entry was written: stale, never applied", () => {
    const e = whitePaper();
    const out = apply({
      "s.json": [
        {
          action: "set",
          event: anchor(e),
          expect: { date: { value: "2009", precision: "year" } },
          set: { date: { value: "2011", precision: "year" } },
          ...note,
        },
      ],
    });
    expect(out.errors).toEqual([]);
    expect(out.unapplied).toHaveLength(1);
    expect(out.unapplied[0]?.message).toBe(
      `${e.id} changed since this correction was written: date is {"precision":"${e.date.precision}","value":"${e.date.value}"}, expected {"precision":"year","value":"2009"}; not applied`,
    );
    expect(byId(out.events, e.id)).toEqual(e);
  });

  it("an id that no longer matches does not matter when the sentence names one event", () => {
    const e = whitePaper();
    const out = apply({
      "i.json": [{ action: "remove", event: { ...anchor(e), id: "evt-1999-00000000" }, ...note }],
    });
    expect(out.unapplied).toEqual([]);
    expect(out.events.removed?.[0]?.event.id).toBe(e.id);
  });

  it("a sentence several events rest on needs the id of one, else it is ambiguous", () => {
    const shared = events.events.filter((e) =>
      events.events.some(
        (o) => o !== e && o.sources[0]?.evidence[0]?.text === e.sources[0]?.evidence[0]?.text,
      ),
    );
    expect(shared.length).toBeGreaterThanOrEqual(2);
    const [first] = shared as [TimelineEvent];
    const out = apply({
      "a.json": [
        { action: "remove", event: { ...anchor(first), id: undefined }, ...note },
        { action: "remove", event: anchor(first), ...note },
      ],
    });
    expect(out.unapplied).toHaveLength(1);
    expect(out.unapplied[0]?.where).toBe("corrections/a.json:3");
    expect(out.unapplied[0]?.message).toMatch(/^ambiguous: \d events of .* give the id of one/);
    expect(out.events.removed?.map((r) => r.event.id)).toEqual([first.id]);
  });

  it("detaching the only source is refused: remove the event instead", () => {
    const e = whitePaper();
    const out = apply({
      "d.json": [{ action: "detach", event: anchor(e), source: anchor(e).article, ...note }],
    });
    expect(out.unapplied[0]?.message).toContain("is the only source of");
  });
});

describe("errors that stop the run", () => {
  it("conflicting entries: an error naming both, across files", () => {
    const e = whitePaper();
    const expectDate = { date: { value: e.date.value, precision: e.date.precision } };
    const setDate = (value: string) => ({
      action: "set",
      event: anchor(e),
      expect: expectDate,
      set: { date: { value, precision: "year" } },
      ...note,
    });
    const out = apply({ "a.json": [setDate("2011")], "b.json": [setDate("2012")] });
    expect(out.errors).toEqual([
      `corrections/a.json:3: conflicts with corrections/b.json:3: the first sets its date, the second sets its date (${e.id})`,
    ]);
    const removeAndSet = apply({
      "a.json": [{ action: "remove", event: anchor(e), ...note }, setDate("2011")],
    });
    expect(removeAndSet.errors).toHaveLength(1);
    expect(removeAndSet.errors[0]).toMatch(
      /a\.json:3: conflicts with corrections\/a\.json:\d+: the first removes it/,
    );
  });

  it("two merges into one event do not conflict (three reports of one meeting)", () => {
    const keep = summit();
    const others = events.events.filter((e) => e.id !== keep.id).slice(0, 2);
    const out = apply({
      "m.json": others.map((o) => ({
        action: "merge",
        event: anchor(keep),
        with: anchor(o),
        ...note,
      })),
    });
    expect(out.errors).toEqual([]);
    expect(out.events.events).toHaveLength(events.events.length - 2);
  });

  it.each([
    [
      "a date that does not match its precision",
      {
        action: "set",
        event: { article: "a.txt", sentence: "S." },
        expect: { date: { value: "2010", precision: "year" } },
        set: { date: { value: "2011-3", precision: "month" } },
        reason: "r",
      },
      "set.date.value: value must be an ISO prefix matching its precision (2012, 2012-05, 2012-05-07)",
    ],
    [
      "an unknown topic",
      {
        action: "set",
        event: { article: "a.txt", sentence: "S." },
        expect: { topics: [] },
        set: { topics: ["weather"] },
        reason: "r",
      },
      "set.topics.0: Invalid option",
    ],
    [
      "a set without the value it corrects",
      {
        action: "set",
        event: { article: "a.txt", sentence: "S." },
        expect: {},
        set: { title: "T" },
        reason: "r",
      },
      "expect.title: must record the current title, so a changed event is noticed",
    ],
    [
      "no reason",
      { action: "remove", event: { article: "a.txt", sentence: "S." } },
      "reason: Invalid input",
    ],
    [
      "an unknown action",
      { action: "rename", event: { article: "a.txt", sentence: "S." }, reason: "r" },
      "action: Invalid discriminator value",
    ],
    [
      "a misspelt field",
      { action: "remove", event: { article: "a.txt", sentence: "S." }, reasn: "r", reason: "r" },
      "(entry): Unrecognized key",
    ],
  ])("an invalid value: %s, by file and line", (_what, entry, message) => {
    const out = apply({
      "bad.json": [{ action: "remove", event: anchor(whitePaper()), ...note }, entry],
    });
    expect(out.errors).toHaveLength(1);
    expect(out.errors[0]).toMatch(/^corrections\/bad\.json:\d+: /);
    expect(out.errors[0]).toContain(message);
    // Nothing is applied while an entry is invalid, not even the valid one.
    expect(out.events).toBe(events);
  });

  it("a file that is not JSON names the file and line", () => {
    const out = apply({
      "broken.json": '{\n  "corrections": [\n    { "action": "remove", }\n  ]\n}\n',
    });
    expect(out.errors).toHaveLength(1);
    expect(out.errors[0]).toMatch(/^corrections\/broken\.json:3: not valid JSON: /);
  });
});

describe("the extraction without corrections", () => {
  it("is rebuilt from the marks the corrections leave: every kind undone", () => {
    const wp = whitePaper();
    const keep = summit();
    const gone = sanJose();
    const other = events.events.find((e) => ![wp.id, keep.id, gone.id].includes(e.id));
    const out = apply({
      "all.json": [
        {
          action: "set",
          event: anchor(wp),
          expect: { date: { value: wp.date.value, precision: wp.date.precision }, location: null },
          set: { date: { value: "2011-03-31", precision: "day" }, location: { name: "Beijing" } },
          ...note,
        },
        { action: "merge", event: anchor(keep), with: anchor(gone), ...note },
        {
          action: "detach",
          event: anchor(keep),
          source: fileOf(keep.sources[1]?.articleId ?? ""),
          ...note,
        },
        { action: "remove", event: anchor(other as TimelineEvent), ...note },
        {
          action: "add",
          add: {
            title: "Added",
            date: { value: "2012", precision: "year" },
            status: "occurred",
            type: { cameo: "010", label: "Make statement" },
            actors: [],
            topics: [],
            evidence: [{ article: anchor(wp).article, sentence: anchor(wp).sentence }],
          },
          ...note,
        },
      ],
    });
    expect(out.errors).toEqual([]);
    expect(out.unapplied).toEqual([]);
    expect(out.applied).toBe(5);
    expect(hasCorrections(out.events)).toBe(true);
    const reverted = withoutCorrections(out.events);
    expect(reverted.events).toEqual(events.events);
    expect(reverted.removed).toBeUndefined();
    expect(reverted.version).toBe(`${out.events.version}-uncorrected`);
    expect(hasCorrections(events)).toBe(false);
    expect(withoutCorrections(events)).toBe(events);
  });
});
