import { describe, expect, it } from "vitest";
import { generateDataset } from "../../../scripts/generate-dataset.ts";
import seedArticles from "../../../public/data/articles.json";
import seedEvents from "../../../public/data/events.json";
import type { ArticlesDocument, EventsDocument, TimelineEvent } from "../types.ts";
import { buildEventIndex } from "./build.ts";
import { checkChunkHead, checkEventIndex, IndexFormatError } from "./check.ts";
import { dayNumber, isoDayOf, isoPrefixOf } from "./day-number.ts";
import type { EventIndexDocument } from "./format.ts";
import type { LightEvent } from "./light-event.ts";
import { sortChronologically } from "./chronology.ts";
import { articleOutlets, chronologicalOf, lightEventsOf, toTransfer } from "./transfer.ts";

const seeds = {
  events: seedEvents as EventsDocument,
  articles: seedArticles as ArticlesDocument,
};

/** What the index should say of a full event. */
function lightOf(event: TimelineEvent): LightEvent {
  const { value, precision, end } = event.date;
  return {
    id: event.id,
    title: event.title,
    date: end === undefined ? { value, precision } : { value, precision, end },
    status: event.status,
    type: { cameo: event.type.cameo, label: event.type.label },
    topics: event.topics,
    actors: event.actors.map((a) =>
      a.country === undefined ? { name: a.name } : { name: a.name, country: a.country },
    ),
    sources: event.sources.map((s) => ({ articleId: s.articleId })),
    confidence: event.confidence,
  };
}

/** Through JSON, as a reader gets it. */
const reread = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe("day numbers", () => {
  it("count days from 1970 and give back the prefix of a precision", () => {
    expect(dayNumber("1970-01-01")).toBe(0);
    expect(dayNumber("2012-05-07")).toBe(15467);
    expect(dayNumber("2012")).toBe(dayNumber("2012-01-01"));
    expect(dayNumber("2012-05")).toBe(dayNumber("2012-05-01"));
    expect(isoDayOf(15467)).toBe("2012-05-07");
    expect(isoPrefixOf(15467, "month")).toBe("2012-05");
    expect(isoPrefixOf(15467, "year")).toBe("2012");
  });
});

describe("the index", () => {
  it("gives back every event's light fields, in order (the seeds)", () => {
    const built = buildEventIndex(seeds.events, seeds.articles);
    const index = checkEventIndex(reread(built.index));
    expect(lightEventsOf(toTransfer(index))).toEqual(seeds.events.events.map(lightOf));
    expect(index.version).toBe(seeds.events.version);
  });

  it("gives back every event of a generated dataset, chunked in order", () => {
    const { events, articles } = generateDataset(2500, 3);
    const built = buildEventIndex(events, articles);
    const transfer = toTransfer(checkEventIndex(reread(built.index)));
    expect(lightEventsOf(transfer)).toEqual(events.events.map(lightOf));
    expect(built.index.chunks.events).toEqual([
      "details/events-000.json",
      "details/events-001.json",
      "details/events-002.json",
    ]);
    expect(built.eventChunks.flatMap((c) => c.events)).toEqual(events.events);
    expect(built.eventChunks.map((c) => c.first)).toEqual([0, 1000, 2000]);
    expect(built.articleChunks.flatMap((c) => c.articles)).toEqual(articles.articles);
    // Each article says which chunk holds it.
    built.index.articles.id.forEach((id, i) => {
      const chunk = built.articleChunks[built.index.articles.chunk[i] ?? -1];
      expect(chunk?.articles.some((a) => a.id === id)).toBe(true);
    });
    const outlets = articleOutlets(transfer);
    for (const article of articles.articles)
      expect(outlets.get(article.id)?.outlet).toBe(article.outlet);
  });

  it("is the same for the same input (deterministic)", () => {
    const { events, articles } = generateDataset(1200, 5);
    expect(JSON.stringify(buildEventIndex(events, articles))).toBe(
      JSON.stringify(buildEventIndex(events, articles)),
    );
  });

  it("keeps an explicit last day and a source whose article is not in articles.json", () => {
    const event = {
      ...(seeds.events.events[0] as TimelineEvent),
      date: {
        value: "2012-05",
        precision: "month" as const,
        end: "2012-06-02",
        text: "x",
        basis: "explicit",
      },
      sources: [{ articleId: "art-missing", evidence: [{ text: "x", start: 0, end: 1 }] }],
    };
    const built = buildEventIndex({ ...seeds.events, events: [event] }, seeds.articles);
    const [light] = lightEventsOf(toTransfer(checkEventIndex(reread(built.index))));
    expect(light?.date).toEqual({ value: "2012-05", precision: "month", end: "2012-06-02" });
    expect(light?.sources).toEqual([{ articleId: "art-missing" }]);
    const position = built.index.articles.id.indexOf("art-missing");
    expect(built.index.articles.chunk[position]).toBe(-1);
    expect(built.index.articles.outlet[position]).toBe(-1);
  });
});

describe("the index's reading order", () => {
  it("lists the events as sortChronologically orders them, and the page takes it as it is", () => {
    const { events, articles } = generateDataset(3000, 5);
    const index = checkEventIndex(reread(buildEventIndex(events, articles).index));
    const transfer = toTransfer(index);
    const light = lightEventsOf(transfer);
    expect(chronologicalOf(transfer, light)).toEqual(sortChronologically(light));
  });

  it("is refused where it is not in reading order, naming the entry", () => {
    const { events, articles } = generateDataset(50, 5);
    const transfer = toTransfer(buildEventIndex(events, articles).index);
    const light = lightEventsOf(transfer);
    [transfer.order[10], transfer.order[11]] = [transfer.order[11] ?? 0, transfer.order[10] ?? 0];
    expect(() => chronologicalOf(transfer, light)).toThrow(
      /order\.11: the events are not in reading order here/,
    );
    transfer.order[11] = transfer.order[0] ?? 0;
    expect(() => chronologicalOf(transfer, light)).toThrow(/order\.11: expected each event once/);
  });
});

describe("checking an index", () => {
  const good = () =>
    reread(buildEventIndex(seeds.events, seeds.articles).index) as EventIndexDocument &
      Record<string, unknown>;
  const failure = (doc: unknown) => {
    try {
      checkEventIndex(doc, "data/index.json");
    } catch (err) {
      return err as IndexFormatError;
    }
    throw new Error("expected the check to fail");
  };

  it("passes the index the build makes", () => {
    expect(() => checkEventIndex(good())).not.toThrow();
  });

  it("names the file and the field of what is wrong", () => {
    const wrongFormat = { ...good(), format: "something-else" };
    expect(failure(wrongFormat).message).toMatch(/^data\/index\.json .*: format: expected/);
    expect(failure([]).field).toBe("(root)");

    const short = good();
    short.events.title.pop();
    expect(failure(short).field).toBe("events.title");

    const badDay = good() as unknown as { events: { start: unknown[] } };
    badDay.events.start[2] = "2012-05-07";
    expect(failure(badDay).field).toBe("events.start.2");

    const badTopic = good();
    badTopic.events.topics.values[0] = 999;
    expect(failure(badTopic).field).toBe("events.topics.values.0");

    const badCount = good() as unknown as { events: { actors: { counts: unknown[] } } };
    badCount.events.actors.counts[3] = -1;
    expect(failure(badCount).field).toBe("events.actors.counts.3");

    const fewSources = good();
    fewSources.events.sources.values.pop();
    expect(failure(fewSources).message).toMatch(
      /events\.sources\.values: expected \d+ entries \(the counts' sum\)/,
    );

    const nested = good() as unknown as { events: { topics: unknown } };
    nested.events.topics = [[0], [1]];
    expect(failure(nested).field).toBe("events.topics");

    const badActor = good() as unknown as { tables: { actors: unknown[] } };
    badActor.tables.actors[0] = { country: "USA" };
    expect(failure(badActor).field).toBe("tables.actors.0");

    const badArticle = good();
    badArticle.articles.outlet[0] = 42;
    expect(failure(badArticle).field).toBe("articles.outlet.0");

    const fewChunks = good();
    fewChunks.chunks.events = [];
    expect(failure(fewChunks).field).toBe("chunks.events");

    const twice = good();
    twice.order[1] = twice.order[0] as number;
    expect(failure(twice).message).toMatch(/order\.1: position \d+ is listed twice/);
    const outside = good();
    outside.order[0] = outside.order.length;
    expect(failure(outside).field).toBe("order.0");
    const shortOrder = good();
    shortOrder.order.pop();
    expect(failure(shortOrder).field).toBe("order");

    const older = { ...good(), formatVersion: 1 };
    expect(failure(older).message).toMatch(/formatVersion: expected 2/);
    const newer = { ...good(), formatVersion: 3 };
    expect(failure(newer).field).toBe("formatVersion");
  });

  it("refuses a chunk of another run or format, naming the file", () => {
    const built = buildEventIndex(seeds.events, seeds.articles);
    const chunk = reread(built.eventChunks[0]);
    expect(
      checkChunkHead(chunk, "details/events-000.json", "events", built.index.version),
    ).toHaveLength(9);
    expect(() => checkChunkHead(chunk, "details/events-000.json", "events", "another")).toThrow(
      /^details\/events-000\.json .*version: expected another/,
    );
    expect(() =>
      checkChunkHead(
        { ...(chunk as object), format: "x" },
        "c.json",
        "events",
        built.index.version,
      ),
    ).toThrow(/c\.json .*format/);
    expect(() => checkChunkHead(chunk, "c.json", "articles", built.index.version)).toThrow(
      /c\.json .*articles: expected an array/,
    );
  });
});
