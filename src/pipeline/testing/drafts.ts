import type { Actor, EventDate } from "../../dataset/index.ts";
import type { ActorMention, EventDraft, TriggerHit } from "../types.ts";
import { prng } from "./prng.ts";

/** An actor mention for hand-made drafts: the key is the surname, lower case. */
export function mention(name: string, country?: string): ActorMention {
  const key = (name.split(" ").at(-1) ?? name).toLowerCase();
  const actor: Actor = country ? { name, country } : { name };
  return { start: 0, end: name.length, actor, key };
}

/** A trigger hit for hand-made drafts. */
export function trigger(cameo: string, noun?: string, rank = 5): TriggerHit {
  return {
    cameo,
    label: cameo,
    rank,
    text: noun ?? "met",
    start: 0,
    reference: false,
    inQuote: false,
    ...(noun ? { noun } : {}),
  };
}

export interface DraftSpec {
  articleId?: string;
  /** "2013-06-07", "2013-06", "2013" (precision read from the form), "2013-06-07..2013-06-08". */
  date?: string;
  status?: EventDraft["status"];
  cameo?: string;
  noun?: string;
  actors?: ActorMention[];
  bodies?: Actor[];
  occasion?: string;
  location?: { name: string; country?: string };
  /** Offset of the evidence sentence in its article. */
  start?: number;
  /** The evidence sentence (by default one naming its offset). */
  text?: string;
}

/** A draft with only what merging and ids read; the rest empty. For tests. */
export function draft(spec: DraftSpec = {}): EventDraft {
  const [value = "2013-06-07", end] = (spec.date ?? "2013-06-07").split("..");
  const precision: EventDate["precision"] =
    value.length === 4 ? "year" : value.length === 7 ? "month" : "day";
  const cameo = spec.cameo ?? "040";
  const start = spec.start ?? 0;
  const text = spec.text ?? `Evidence at ${start}.`;
  return {
    articleId: spec.articleId ?? "art-a",
    date: { value, precision, text: value, basis: "explicit", ...(end ? { end } : {}) },
    status: spec.status ?? "occurred",
    type: { cameo, label: cameo },
    triggers: [trigger(cameo, spec.noun)],
    actors: spec.actors ?? [],
    ...(spec.bodies ? { bodies: spec.bodies } : {}),
    ...(spec.occasion ? { occasion: spec.occasion } : {}),
    ...(spec.location ? { location: spec.location } : {}),
    evidence: [{ text, start, end: start + text.length }],
    sentenceIdx: [],
    quotes: [],
    topics: [],
    confidence: 0.8,
  };
}

const PEOPLE = [
  mention("Leon E. Panetta", "USA"),
  mention("Barack Obama", "USA"),
  mention("Liang Guanglie", "CHN"),
  mention("Xi Jinping", "CHN"),
  mention("Jane Doe"),
];
const BODIES = [
  { name: "United States", country: "USA" },
  { name: "China", country: "CHN" },
  { name: "Japan", country: "JPN" },
  { name: "the commission" },
];
const OCCASIONS = [
  "Strategic and Economic Dialogue",
  "S&ED",
  "the S&ED",
  "Fifth round of the U.S.-China Strategic and Economic Dialogue",
  "Shangri-La Dialogue",
  "Shangri-La Dialog",
  "SSD",
  "second round of the China-U.S. Strategic Security Dialog",
  "Cyber Working Group",
  "CWG",
  "ADMM-Plus",
  "Association of Southeast Asian Nations Defense Ministers Meeting-Plus",
  "RIMPAC",
  "2010 Defense White Paper",
  "annual security talks",
  "security talks",
  "cyber talks",
  "cyber-talks",
];
const PLACES = [
  { name: "Beijing", country: "CHN" },
  { name: "the Pentagon", country: "USA" },
  { name: "Washington", country: "USA" },
  { name: "White House", country: "USA" },
  { name: "the Sunnylands estate in Rancho Mirage, Calif.", country: "USA" },
  { name: "Singapore", country: "SGP" },
  { name: "Qingdao", country: "CHN" },
];
const CAMEOS = ["040", "010", "043", "160", "057"];
/** Days around a turn of the year, so month and year edges are crossed. */
const DAYS = ["2012-12-29", "2012-12-30", "2012-12-31", "2013-01-01", "2013-01-02", "2013-01-03"];

/**
 * Drafts drawn from a small vocabulary (people, governments, occasions, places, dates at every
 * precision around a turn of the year, ranges), so that many pairs meet the merge rules and many
 * nearly do. Deterministic for a seed.
 */
export function randomDrafts(count: number, seed: number): EventDraft[] {
  const r = prng(seed);
  const pick = <T>(items: readonly T[]) => items[r(items.length)] as T;
  const some = <T>(items: readonly T[], max: number) => {
    const out = new Set<T>();
    for (let i = r(max + 1); i > 0; i--) out.add(pick(items));
    return [...out];
  };
  const out: EventDraft[] = [];
  for (let i = 0; i < count; i++) {
    const p = r(10);
    let date: string;
    if (p < 6) {
      const day = pick(DAYS);
      const end = r(4) === 0 ? DAYS[DAYS.indexOf(day) + 1 + r(2)] : undefined;
      date = end ? `${day}..${end}` : day;
    } else if (p < 8) date = pick(["2012-12", "2013-01"]);
    else date = pick(["2012", "2013"]);
    const actors = r(3) === 0 ? [] : some(PEOPLE, 2);
    const spec: DraftSpec = {
      articleId: `art-${r(6)}`,
      date,
      status: r(8) === 0 ? "planned" : "occurred",
      cameo: pick(CAMEOS),
      actors,
      start: i,
    };
    if (r(8) === 0) spec.noun = "report";
    if (!actors.length || r(4) === 0) spec.bodies = some(BODIES, 3);
    if (r(3) === 0) spec.occasion = pick(OCCASIONS);
    if (r(2) === 0) spec.location = pick(PLACES);
    out.push(draft(spec));
  }
  return out;
}
