import { actorKey } from "./actors.ts";
import { bestAssignment } from "./assignment.ts";
import { dayRange, isExactDate, type DayRange } from "./dates.ts";
import type { GoldFile } from "./gold.ts";
import type { Dataset } from "./load.ts";
import { eventSources, fit, type EventSource } from "./match.ts";
import { compareSets, emptyTally, harmonic, ratio, tallyF1 } from "./ratio.ts";

/** The figures of one scoring run (README, "Validating on your own corpus", says how to read them). */
export interface Score {
  /** Required gold events: every gold event not marked optional. */
  goldEvents: number;
  /** Required gold events paired with an extracted event. */
  found: number;
  /** Extracted events read once per article they cite, counting only articles of the gold. */
  eventSources: number;
  /** Event-sources paired with a gold event, optional ones included. */
  correct: number;
  /** correct / eventSources; null without event-sources. */
  precision: number | null;
  /** found / goldEvents; null without required gold events. */
  recall: number | null;
  f1: number;
  /** Share of found events whose date equals the gold date at the gold's precision. */
  dateExact: number | null;
  /** Micro F1 of topic ids over the found events. */
  topicsF1: number;
  /** Micro F1 of actors (by last name; a government by any of its names) over the found events. */
  actorsF1: number;
  /** Event-sources that could be a gold event already paired with another: one happening twice. */
  duplicates: number;
  /** "k/n": of n gold keys paired in two or more places, k came out as a single event. */
  merge: string;
}

/** One line per problem, each starting with the article's file name; for `--verbose` and `--json`. */
export interface ScoreDetails {
  /** Required gold events no extracted event was paired with. */
  misses: string[];
  /** Event-sources that match no gold event of their article. */
  wrong: string[];
  /** Event-sources that could match only gold events already paired. */
  duplicateSources: string[];
  /** Found events whose date is not exact at the gold's precision. */
  inexact: string[];
  /** Found events whose actors differ from the gold's: "+extra -missing". */
  actorErrors: string[];
  /**
   * Gold keys paired in two or more places that did not come out as one event: the key, then
   * each place's article and the date and title of the event it was paired with.
   */
  unmerged: string[];
}

export type ScoreReport = Score & ScoreDetails;

const label = (file: string, s: EventSource) =>
  `${file}: ${s.event.date.value}/${s.event.date.precision} ${s.event.title}`;

/**
 * Scores a dataset against a gold file. Within each gold article, its event-sources and gold
 * events are paired one to one with the largest total fit (see `fit`), as event extraction is
 * scored in ACE and TempEval; articles without gold are not scored.
 */
export function scoreDataset(gold: GoldFile, data: Dataset): ScoreReport {
  const sources = eventSources(data.events, data.articles);
  const window: DayRange | null = gold.window
    ? {
        first: dayRange(gold.window.start, "day")?.first ?? -Infinity,
        last: dayRange(gold.window.end, "day")?.last ?? Infinity,
      }
    : null;

  let required = 0;
  let found = 0;
  let exact = 0;
  let paired = 0;
  let unpaired = 0;
  const topics = emptyTally();
  const actors = emptyTally();
  const details: ScoreDetails = {
    misses: [],
    wrong: [],
    duplicateSources: [],
    inexact: [],
    actorErrors: [],
    unmerged: [],
  };
  // For each gold key, the event paired with it in each place it is annotated.
  const eventsByKey = new Map<string, { id: string; label: string }[]>();

  for (const article of gold.articles) {
    const rows = sources.filter((s) => s.file === article.file);
    const weights = rows.map((s) => article.events.map((g) => fit(s, g, window)));
    const pairs = bestAssignment(weights);
    const rowOfGold = new Map(pairs.map(([row, col]) => [col, row]));
    const pairedRows = new Set(pairs.map(([row]) => row));

    rows.forEach((s, row) => {
      if (pairedRows.has(row)) {
        paired++;
        return;
      }
      unpaired++;
      // Left over although it fits a gold event: that event was already paired with another.
      if (weights[row]?.some((w) => w > 0)) details.duplicateSources.push(label(article.file, s));
      else details.wrong.push(label(article.file, s));
    });

    article.events.forEach((g, col) => {
      const row = rowOfGold.get(col);
      const s = row === undefined ? undefined : rows[row];
      if (g.key !== undefined && s) {
        const places = eventsByKey.get(g.key) ?? [];
        places.push({ id: s.event.id, label: label(article.file, s) });
        eventsByKey.set(g.key, places);
      }
      if (g.optional) return;
      required++;
      if (!s) {
        details.misses.push(`${article.file}: ${g.date} ${g.what}`);
        return;
      }
      found++;
      const { date } = s.event;
      if (isExactDate(date, g)) exact++;
      else
        details.inexact.push(
          `${article.file}: gold ${g.date}/${g.precision}, got ${date.value}/${date.precision}: ${g.what}`,
        );
      compareSets(topics, new Set(s.event.topics), new Set(g.topics));
      const actorDiff = compareSets(
        actors,
        new Set(s.event.actors.map((a) => actorKey(a.name))),
        new Set(g.actors.map(actorKey)),
      );
      if (actorDiff.length)
        details.actorErrors.push(`${article.file}: ${s.event.title}: ${actorDiff.join(" ")}`);
    });
  }

  // Only keys paired in two or more places test merging; they merged when all are one event.
  const spread = [...eventsByKey].filter(([, places]) => places.length >= 2);
  const apart = spread.filter(([, places]) => new Set(places.map((p) => p.id)).size > 1);
  details.unmerged = apart.map(
    ([key, places]) => `${key}: ${places.map((p) => p.label).join(" | ")}`,
  );
  const merged = spread.length - apart.length;

  const precision = ratio(paired, paired + unpaired);
  const recall = ratio(found, required);
  return {
    goldEvents: required,
    found,
    eventSources: paired + unpaired,
    correct: paired,
    precision,
    recall,
    f1: harmonic(precision, recall),
    dateExact: ratio(exact, found),
    topicsF1: tallyF1(topics),
    actorsF1: tallyF1(actors),
    duplicates: details.duplicateSources.length,
    merge: `${merged}/${spread.length}`,
    ...details,
  };
}
