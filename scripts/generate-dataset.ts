/**
 * A synthetic dataset for load tests: `tsx scripts/generate-dataset.ts --count 10000 --out DIR
 * [--seed 1]` writes events.json and articles.json (and the app's index and chunks) that satisfy the contract in src/dataset.
 * Deterministic: the same count and seed give the same bytes. Never commit its output.
 */
import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import {
  findCrossReferenceProblems,
  parseArticlesDocument,
  parseEventsDocument,
  TOPICS,
  type ArticlesDocument,
  type EventsDocument,
  type TimelineEvent,
  type TopicId,
} from "../src/dataset/index.ts";
import { seededRandom } from "../src/lib/testing/seeded-random.ts";
import { buildEventIndex, DETAILS_FOLDER, INDEX_FILE } from "../src/dataset/event-index/index.ts";
import { writeIndexFiles } from "../src/pipeline/write-index.ts";

const WINDOW = { start: "2010-01-01", end: "2013-12-31" };
const DAY = 86_400_000;
const WINDOW_START = Date.UTC(2010, 0, 1);
const WINDOW_DAYS = 1461;
/** Days on which many events pile up, as they do around summits: the layout's hard case. */
const BUSY_DAYS = ["2011-01-19", "2012-05-07", "2013-06-07", "2013-06-08", "2012-02-14"];

const ACTORS = [
  { name: "Leon E. Panetta", country: "USA", role: "Secretary of Defense" },
  { name: "Hillary Clinton", country: "USA", role: "Secretary of State" },
  { name: "Barack Obama", country: "USA", role: "President" },
  { name: "Liang Guanglie", country: "CHN", role: "Minister of National Defense" },
  { name: "Xi Jinping", country: "CHN", role: "President" },
  { name: "Yang Jiechi", country: "CHN", role: "Foreign Minister" },
  { name: "Shinzo Abe", country: "JPN", role: "Prime Minister" },
  { name: "Unnamed official" },
];
const VERBS = ["meets", "calls", "hosts", "criticises", "agrees with", "visits", "warns"];
/** Outlets in turn, one per article: an event reported by two neighbouring articles has two. */
const OUTLETS = ["Synthetic Wire", "Example Daily", "Sample Times", "Model Post", "Test Herald"];
/** The one word written three ways, as outlets do: search must find them all. */
const CYBER_SPELLINGS = ["cybersecurity", "cyber security", "cyber-security"];
/** Shares of events quoted, and reported by a second article. */
const QUOTED = 0.2;
const REPORTED_TWICE = 0.12;

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export interface GeneratedDataset {
  events: EventsDocument;
  articles: ArticlesDocument;
}

export function generateDataset(count: number, seed = 1): GeneratedDataset {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const articleCount = Math.max(3, Math.min(500, Math.ceil(count / 200)));
  const texts: string[] = Array.from({ length: articleCount }, () => "");
  const events: TimelineEvent[] = [];

  for (let i = 0; i < count; i++) {
    const dayMs =
      random() < 0.05
        ? Date.parse(`${pick(BUSY_DAYS)}T00:00:00Z`)
        : WINDOW_START + Math.floor(random() * WINDOW_DAYS) * DAY;
    const roll = random();
    const day = isoDay(dayMs);
    const date: TimelineEvent["date"] =
      roll < 0.1
        ? { value: day.slice(0, 7), precision: "month", text: "that month", basis: "explicit" }
        : roll < 0.14
          ? { value: day.slice(0, 4), precision: "year", text: "that year", basis: "explicit" }
          : { value: day, precision: "day", text: "on that day", basis: "explicit" };
    if (date.precision === "day" && random() < 0.06) {
      const last = Math.min(dayMs + (1 + Math.floor(random() * 4)) * DAY, Date.UTC(2013, 11, 31));
      if (last > dayMs) date.end = isoDay(last);
    }
    const actor = pick(ACTORS);
    const counterpart = pick(ACTORS);
    const topics = [...new Set([pick(TOPICS).id, pick(TOPICS).id])].slice(
      0,
      1 + Math.floor(random() * 2),
    ) as TopicId[];
    const title = `${actor.name} ${pick(VERBS)} ${counterpart.name} (#${i + 1})`;
    const article = i % articleCount;
    const words = `talks on ${pick(CYBER_SPELLINGS)} and ${pick(TOPICS).label.toLowerCase()}`;
    const quoted = random() < QUOTED;
    const spoken = `we will keep talking about ${words}`;
    const sentence = quoted
      ? `${title} on ${day}, saying: “${spoken}.”`
      : `${title} on ${day} after ${words}.`;
    const write = (to: number) => {
      const start = texts[to]?.length ?? 0;
      texts[to] = `${texts[to] ?? ""}${sentence} `;
      return start;
    };
    const start = write(article);
    const sources = [
      {
        articleId: `art-syn-${article + 1}`,
        evidence: [{ text: sentence, start, end: start + sentence.length }],
      },
    ];
    if (articleCount > 1 && random() < REPORTED_TWICE) {
      const other = (article + 1) % articleCount;
      const at = write(other);
      sources.push({
        articleId: `art-syn-${other + 1}`,
        evidence: [{ text: sentence, start: at, end: at + sentence.length }],
      });
    }
    const quoteAt = start + sentence.indexOf(spoken);
    events.push({
      id: `evt-syn-${seed}-${String(i + 1).padStart(6, "0")}`,
      title,
      summary: sentence,
      date,
      status: random() < 0.08 ? "planned" : "occurred",
      type: { cameo: "040", label: "Consult" },
      actors: [actor, counterpart].filter((a, j, all) => all.indexOf(a) === j),
      topics,
      quotes: quoted
        ? [
            {
              text: spoken,
              start: quoteAt,
              end: quoteAt + spoken.length,
              speaker: actor.name,
              articleId: `art-syn-${article + 1}`,
            },
          ]
        : [],
      sources,
      confidence: Math.round(random() * 100) / 100,
    });
  }

  events.sort((a, b) => (a.date.value < b.date.value ? -1 : a.date.value > b.date.value ? 1 : 0));
  const articles: ArticlesDocument = {
    schemaVersion: 1,
    articles: texts.map((text, i) => ({
      id: `art-syn-${i + 1}`,
      file: `synthetic-${i + 1}.txt`,
      title: `Synthetic report ${i + 1}`,
      outlet: OUTLETS[i % OUTLETS.length] as string,
      byline: "Generator",
      published: { value: "2013-12-31", precision: "day" },
      sha256: createHash("sha256").update(text).digest("hex"),
      text,
    })),
  };
  return {
    events: { schemaVersion: 1, window: WINDOW, topics: [...TOPICS], events },
    articles,
  };
}

/** Validates against the contract, then writes both documents and the app's index into `dir`. */
export function writeDataset(dir: string, dataset: GeneratedDataset): void {
  parseEventsDocument(dataset.events);
  parseArticlesDocument(dataset.articles);
  const problems = findCrossReferenceProblems(dataset.events, dataset.articles);
  if (problems.length) throw new Error(`generated dataset is inconsistent: ${problems[0]}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "events.json"), JSON.stringify(dataset.events));
  writeFileSync(path.join(dir, "articles.json"), JSON.stringify(dataset.articles));
  writeIndexFiles(
    buildEventIndex(dataset.events, dataset.articles),
    path.join(dir, INDEX_FILE),
    path.join(dir, DETAILS_FOLDER),
  );
}

function main(argv: string[]) {
  const arg = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const count = Number(arg("count") ?? 10_000);
  const out = arg("out");
  const seed = Number(arg("seed") ?? 1);
  if (!out || !Number.isInteger(count) || count < 1 || !Number.isInteger(seed)) {
    process.stderr.write("usage: tsx scripts/generate-dataset.ts --count N --out DIR [--seed S]\n");
    process.exit(2);
  }
  writeDataset(path.resolve(out), generateDataset(count, seed));
  process.stderr.write(`wrote ${count} events to ${path.resolve(out)}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  main(process.argv.slice(2));
