import { SCHEMA_VERSION, TOPICS, type Precision, type TimelineEvent } from "../../dataset/index.ts";
import type { GoldEvent, GoldFile } from "../gold.ts";
import type { Dataset } from "../load.ts";

/**
 * Small synthetic datasets and gold files for the scorer's tests. The sentences are made up for
 * these tests; only their words matter to the scorer.
 */

/** The window of the project's gold files. */
export const WINDOW = { start: "2010-01-01", end: "2013-12-31" };

const precisionOf = (value: string): Precision =>
  value.length === 4 ? "year" : value.length === 7 ? "month" : "day";

/** What a test says about an extracted event; everything else gets a valid default. */
export interface EventSpec {
  id: string;
  /** ISO prefix; its precision follows from its length. */
  date: string;
  end?: string;
  title?: string;
  actors?: string[];
  topics?: TimelineEvent["topics"];
  /** Evidence sentences by article file: one source per file. */
  sources: Record<string, string[]>;
}

/** A contract-valid extracted event. Spans point nowhere real: the scorer reads only their text. */
export function event(spec: EventSpec): TimelineEvent {
  return {
    id: `evt-${spec.id}`,
    title: spec.title ?? `Event ${spec.id}`,
    summary: "",
    date: {
      value: spec.date,
      precision: precisionOf(spec.date),
      ...(spec.end ? { end: spec.end } : {}),
      text: spec.date,
      basis: "explicit",
    },
    status: "occurred",
    type: { cameo: "040", label: "Consult" },
    actors: (spec.actors ?? []).map((name) => ({ name })),
    topics: spec.topics ?? [],
    quotes: [],
    sources: Object.entries(spec.sources).map(([file, sentences]) => ({
      articleId: `art-${file}`,
      evidence: sentences.map((text) => ({ text, start: 0, end: text.length })),
    })),
    confidence: 0.9,
  };
}

/** A dataset of these events, with one article for every file they cite (and `extraFiles`). */
export function dataset(events: TimelineEvent[], extraFiles: string[] = []): Dataset {
  const files = new Set([
    ...events.flatMap((e) => e.sources.map((s) => s.articleId.slice("art-".length))),
    ...extraFiles,
  ]);
  return {
    events: { schemaVersion: SCHEMA_VERSION, window: WINDOW, topics: [...TOPICS], events },
    articles: {
      schemaVersion: SCHEMA_VERSION,
      articles: [...files].map((file) => ({
        id: `art-${file}`,
        file,
        title: file,
        outlet: "Test Wire",
        byline: "",
        published: { value: "2012-05-07", precision: "day" as const },
        sha256: "0".repeat(64),
        text: "",
      })),
    },
  };
}

/** A gold event: `date`'s precision follows from its length unless given. */
export function goldEvent(
  spec: Partial<GoldEvent> & Pick<GoldEvent, "date" | "evidence">,
): GoldEvent {
  return {
    what: `gold ${spec.date}`,
    actors: [],
    topics: [],
    precision: precisionOf(spec.date),
    ...spec,
  };
}

/** A gold file with the project's window, articles given as file → events. */
export function goldFile(articles: Record<string, GoldEvent[]>): GoldFile {
  return {
    window: WINDOW,
    articles: Object.entries(articles).map(([file, events]) => ({ file, events })),
  };
}

/** Made-up sentences, each a distinct happening. */
export const S = {
  meeting:
    "Admiral Jane Roe met General Zhou Wen in Hangzhou today to discuss maritime safety and military hotlines.",
  meetingAgain:
    "Roe and Zhou agreed in Hangzhou to hold another round of talks on maritime safety next spring.",
  report:
    "The ministry released its annual report on regional security, which describes new cyber units.",
  drill: "Sailors from both navies joined a search-and-rescue drill off the coast of Qingdao.",
  unrelated:
    "Weather forecasters expected heavy rain across the northern provinces over the weekend.",
} as const;
