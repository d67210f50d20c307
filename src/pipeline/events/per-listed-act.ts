import type { Group } from "./groups.ts";
import type { Sentence, TriggerHit } from "../types.ts";
import { boundsOf, inOrder, stretch } from "./split.ts";
import { ACT_RANK } from "./ranks.ts";
import { US_INSTALLATION, namesSite } from "../lexicon/places.ts";
import { matchesOf } from "../util/matches.ts";

/** A comma or "and" (or both), perhaps "then", "also" or "later", and the lower-case word after it. */
const LISTED = /(?:,\s+(?:and\s+)?|\s+and\s+)(?:(?:then|also|later)\s+)?(?=(\p{Ll}+)\b)/gu;

/** Words after a comma that open no verb phrase of the subject's own. */
const NOT_A_VERB = new Set([
  "the",
  "a",
  "an",
  "his",
  "her",
  "their",
  "its",
  "who",
  "whom",
  "which",
  "where",
  "when",
  "while",
  "as",
  "and",
  "or",
  "but",
  "with",
  "in",
  "on",
  "at",
  "for",
  "from",
  "to",
  "of",
  "after",
  "before",
  "during",
  "including",
  "according",
  "officials",
  "he",
  "she",
  "they",
]);

/** A pronoun for someone named before, as whom an act is with ("with him", "met them"). */
const BACK_TO_SOMEONE = /\b(?:him|her|them)\b/i;

/** An act of its own in a stretch: not a reference, not quoted. */
const ownAct = (h: TriggerHit) => !h.reference && !h.inQuote && h.rank >= ACT_RANK;

/** A part that names a site of its own: an installation, a known venue or a building. */
const namesOwnSite = (text: string) => US_INSTALLATION.test(text) || namesSite(text);

/**
 * "She will meet the prime minister, hold talks with the defense minister, and visit the port with
 * its commander": one subject's acts listed with commas or "and", each with a trigger and someone
 * of its own, are the parts of a programme, one happening each (ANNOTATION.md: parts with their own
 * counterpart, or their own place on a tour of sites: "toured Fort Hood, and flew on to Travis Air
 * Force Base"). A list with a part that names no one and no site of its own stays one.
 */
export function perListedAct(s: Sentence, g: Group): Group[] {
  const { from, to } = boundsOf(s, g);
  const [subject] = inOrder(g);
  if (!subject) return [g];
  // A cut opens a verb phrase whose act is told at once ("hold talks", "have lunch", "meet"),
  // not an aside of a name before it (", a deputy of …").
  const actSoon = (at: number) =>
    g.triggers.some(
      (h) =>
        ownAct(h) &&
        h.start >= at &&
        /^\S*(?:\s+\S+)?\s*$/.test(s.text.slice(at - s.start, h.start - s.start)),
    );
  const cuts = matchesOf(s.text.slice(from - s.start, to - s.start), LISTED)
    .filter((m) => !NOT_A_VERB.has(m[1] ?? "") && !/ing$/.test(m[1] ?? ""))
    .filter((m) => actSoon(from + (m.index ?? 0) + m[0].length))
    .map((m) => from + (m.index ?? 0))
    .filter((at) => at > subject.end);
  if (!cuts.length) return [g];
  const bounds = [from, ...cuts, to];
  const parts = bounds.slice(0, -1).map((lo, i) => [lo, bounds[i + 1] ?? to] as const);
  const own = parts.map(([lo, hi]) => ({
    acts: g.triggers.filter((h) => ownAct(h) && h.start >= lo && h.start < hi),
    people: g.actors.filter((a) => a.key !== subject.key && a.start >= lo && a.start < hi),
  }));
  // "… and had lunch with her, joined by an aide": a part whose act is with someone named before
  // ("her") is more of that meeting, whoever else joins it.
  const again = ([lo, hi]: readonly [number, number]) =>
    BACK_TO_SOMEONE.test(s.text.slice(lo - s.start, hi - s.start));
  // A part with no one of its own is its own happening still where the list moves from site to
  // site, two parts or more each naming one ("toured Fort Hood, and flew on to Travis Air Force
  // Base"); a visit to one site and a meeting there ("visited the Pentagon and met the secretary")
  // stay one.
  const sited = parts.map(([lo, hi]) => namesOwnSite(s.text.slice(lo - s.start, hi - s.start)));
  const tour = sited.filter(Boolean).length >= 2;
  const apart = (i: number) => !!own[i]?.people.length || (tour && !!sited[i]);
  if (!own.every((p, i) => p.acts.length && apart(i) && !again(parts[i] ?? [0, 0]))) return [g];
  return parts.map(([lo, hi], i) => stretch(g, lo, hi, [subject, ...(own[i]?.people ?? [])]));
}
