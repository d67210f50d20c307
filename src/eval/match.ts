import { basename } from "node:path";
import type { ArticlesDocument, EventsDocument, TimelineEvent } from "../dataset/index.ts";
import { namesGoldActor } from "./actors.ts";
import { dayRange, goldRanges, isExactDate, overlap, type DayRange } from "./dates.ts";
import type { GoldEvent } from "./gold.ts";
import { coverage } from "./text.ts";

/**
 * An extracted event as one article reports it. An event with three sources is read three
 * times, once in each article, because each article's reader should find it there.
 */
export interface EventSource {
  event: TimelineEvent;
  /** The article's input file name: what the gold file names articles by. */
  file: string;
  /** The event's evidence sentences in this article. */
  evidence: string[];
  /** The days the event's date may mean; null only for a malformed date. */
  days: DayRange | null;
}

/** Every (event, source article) pair of a dataset, in the dataset's order. */
export function eventSources(events: EventsDocument, articles: ArticlesDocument): EventSource[] {
  const fileOf = new Map(articles.articles.map((a) => [a.id, basename(a.file)]));
  return events.events.flatMap((event) => {
    const days = dayRange(event.date.value, event.date.precision, event.date.end);
    return event.sources.map((source) => ({
      event,
      // A source whose article is missing from articles.json can still be scored by its id.
      file: fileOf.get(source.articleId) ?? basename(source.articleId),
      evidence: source.evidence.map((span) => span.text),
      days,
    }));
  });
}

/** Share of a gold evidence sentence the extracted evidence must cover to identify the event. */
const MIN_COVERAGE = 0.6;

/**
 * How well an event-source fits a gold event of its article: 0 when it cannot be that event,
 * otherwise 1, plus 0.5 for an exact date and up to 0.4 for evidence coverage, so that the
 * pairing prefers exact dates and closer evidence. It can be that event when the dates share a day (the gold date or an
 * alternative) and either its evidence covers most of a gold evidence sentence or its date is
 * exact and it names a gold actor. Events outside `window` never match.
 */
export function fit(source: EventSource, gold: GoldEvent, window: DayRange | null): number {
  const days = source.days;
  if (!days || (window && !overlap(days, window))) return 0;
  if (!goldRanges(gold).some((g) => overlap(g, days))) return 0;
  let best = 0;
  for (const x of source.evidence)
    for (const g of gold.evidence) best = Math.max(best, coverage(x, g));
  const exact = isExactDate(source.event.date, gold);
  if (best < MIN_COVERAGE && !(exact && namesGoldActor(source.event, gold.actors))) return 0;
  return 1 + (exact ? 0.5 : 0) + 0.4 * best;
}
