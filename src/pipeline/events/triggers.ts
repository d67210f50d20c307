import { refersElsewhere, TRIGGERS } from "../lexicon/triggers.ts";
import {
  BACKGROUND_CLAUSE_CONJUNCTIONS,
  HABITUAL_WORDS,
  NEGATORS,
  NOUN_NEGATORS,
} from "../lexicon/calendar.ts";
import { ASKED_PASSIVE, ASKED_TO } from "../lexicon/speech.ts";
import { anyOf } from "../lexicon/compile/patterns.ts";
import { triggersWorthSearching } from "./trigger-words.ts";
import type { QuoteSpan, Sentence, TriggerHit } from "../types.ts";

/**
 * Each trigger's pattern, global, compiled once. Its own flags decide case: most ignore it, some
 * need capitals (a place's name after "left Washington for").
 */
const SEARCHES = TRIGGERS.map((t) => ({
  t,
  re: new RegExp(t.re.source, `${t.re.flags.replace("g", "")}g`),
}));
// No union of all the patterns as a first test: ignoring case, as it must, it widens every
// pattern that needs capitals ("[A-Z][\w.-]*'s") to any word, and searching it cost more than the
// searches it spared (a third of the pipeline's time on the benchmark's articles). The first test
// is the sentence's words instead (trigger-words.ts).

/** The most words of a quoted name ("the “defense consultative talks”"). */
const NAME_WORDS = 4;

/**
 * Whether a quotation is the occasion's name, not someone's words: a few words, no speaker, ending
 * on the trigger noun ("led the “defense consultative talks”"). The talks are the narrator's.
 */
function namesOccasion(q: QuoteSpan, triggerEnd: number): boolean {
  return !q.speakerText && q.end === triggerEnd && q.text.trim().split(/\s+/).length <= NAME_WORDS;
}

/** A modal of obligation and the words after it up to the trigger, with no comma between. */
const OBLIGED = /\b(?:must|should|ought to|needs? to|has to|have to)\s+(?:[^\s.;,]+\s+){0,12}?$/i;

/** A background clause's opening word at most eight words before the trigger. */
const BACKGROUND_CLAUSE = new RegExp(
  String.raw`\b(?:${anyOf(BACKGROUND_CLAUSE_CONJUNCTIONS)})\b(?:\s+[^\s,;]+){0,7}\s*$`,
  "i",
);

/**
 * "…, signed as the president hosted his guest": "as" opening a clause with a subject of its own (a
 * name, or "the …"), not "such as", "as well as" or "as part of"; up to seven words, no comma,
 * to the trigger. The word comes first and the words before it are checked after it, so only an
 * "as" makes the engine look back; the words are whole words, which the engine cannot split in
 * thousands of ways before it gives up on a longer stretch.
 */
const AS_CLAUSE =
  /\bas(?<!\b(?:such|well|same|known|so|as)\sas)\s+(?=the\s|[A-Z])[^\s,;]+(?:\s+[^\s,;]+){0,6}\s*$/;

/**
 * "did not meet", "was not invited", "has never visited", "didn't hold a drill": a verb right
 * after a denial of the past or present (calendar.json negators; a word or two of manner
 * between), or the occasion a light verb after it holds, tells of no act. An apostrophe may be
 * typeset curly (anyOf reads both).
 */
const NEGATED = new RegExp(
  String.raw`\b(?:${anyOf(NEGATORS)})\s+(?:(?:be|have|been|yet|even|formally|officially|actually)\s+){0,2}(?:(?:hold|held|make|made|pay|paid|conduct|stage|attend)\s+(?:(?:a|an|the|any|its|their)\s+)?(?:[\w-]+\s+){0,2}?)?$`,
  "i",
);

/**
 * "No talks were held", "no further training is planned", "no U.S. ships took part": a trigger
 * right after a denying word (calendar.json nounNegators) or a word or two after it, in the noun
 * phrase it denies, tells of no act. "No." before a number is no such word.
 */
const NEGATED_NOUN = new RegExp(
  String.raw`\b(?:${anyOf(NOUN_NEGATORS)})\s+(?:[\w'’-]+\.?\s+){0,2}$`,
  "i",
);

/** "Every time the navies meet, …": the words of a habitual clause up to the trigger. */
const HABITUAL = new RegExp(
  String.raw`\b(?:${anyOf(HABITUAL_WORDS)})\b(?:\s+[^\s,;]+){0,7}\s*$`,
  "i",
);

/** Every trigger of a sentence, with whether it sits in a quotation or names an earlier occasion. */
export function findTriggers(s: Sentence, quotes: QuoteSpan[]): TriggerHit[] {
  const hits: TriggerHit[] = [];
  const worth = triggersWorthSearching(s.text);
  for (const [k, { t, re }] of SEARCHES.entries()) {
    if (!worth[k]) continue;
    re.lastIndex = 0;
    for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
      if (!m[0]) re.lastIndex++;
      const at = m.index;
      const start = s.start + at;
      if (hits.some((h) => h.start <= start && start < h.start + h.text.length)) continue;
      // A denied act is none at all, not even one told in passing: nothing more is asked of it.
      const denial = s.text.slice(Math.max(0, at - 40), at);
      if (NEGATED.test(denial) || NEGATED_NOUN.test(denial)) continue;
      // Room for "after Secretary of State John Kerry's" before the occasion noun.
      const before = s.text.slice(Math.max(0, at - 60), at);
      // In "set up in April after Kerry visited Beijing" the visit is background to the news.
      const head = s.text.slice(0, at);
      const subordinate = BACKGROUND_CLAUSE.test(head) || AS_CLAUSE.test(head);
      // "had planned to visit … but Beijing canceled the trip": the visit never happened; "hoped
      // to visit the United States soon", "was willing to hold talks": a wish or an offer, not yet
      // a plan.
      const unrealized =
        /\b(had planned|had hoped|had intended|had been scheduled|was to have|were to have|had been expected|(?:hopes?|hoped|wants?|wanted|would like)(?:\s+[A-Z][\w.'’-]*){0,3}|(?:is|are|was|were|be|been)\s+(?:willing|ready|prepared|eager)|offer(?:s|ed)?)\s+to\s+(?:(?:hold|have|conduct|start|resume|join|attend)\s+(?:\S+\s+){0,2}?)?$/i.test(
          s.text.slice(Math.max(0, at - 60), at),
        );
      // "Beijing must recognize the problem and engage in a dialogue": what someone must or
      // should do is a demand, not an act; a comma ends the demand's stretch.
      const obliged = OBLIGED.test(s.text.slice(Math.max(0, at - 120), at));
      // "Every time the two navies hold talks, the press …": what happens again and again.
      const habitual = HABITUAL.test(head);
      // "Chen, the first chief of the general staff to visit the United States in seven years,
      // held talks …": what makes someone the first to do it describes them, not the act reported.
      const describes = /\b(?:first|last|only)\s+(?:[^\s,;]+\s+){1,8}?to\s+$/i.test(
        s.text.slice(Math.max(0, at - 80), at),
      );
      // "hosted the envoy on Monday and asked him to visit Tokyo": an occasion asked for, with no
      // date of its own after it, is referred to, not held on the day the sentence names;
      // "asked him to visit Tokyo later this year" plans one, and "the envoy was invited to
      // attend a banquet" tells of the banquet, held.
      const askedWords = s.text.slice(Math.max(0, at - 100), at);
      // Most triggers have no "to" right before them: they are asked nothing more.
      const asked =
        /\bto\s+$/.test(askedWords) &&
        ASKED_TO.test(askedWords) &&
        !ASKED_PASSIVE.test(askedWords) &&
        !(s.times ?? []).some((t) => t.start > start);
      // Told, but no act of the day: a wish, a description, a demand, a habit.
      const noAct = unrealized || describes || obliged || habitual;
      hits.push({
        cameo: t.cameo,
        label: t.label,
        rank: subordinate || noAct ? Math.max(0, t.rank - 5) : t.rank,
        // A clause of its own under "after" may still be told as a happening (per-subject.ts).
        ...(subordinate && !noAct ? { clauseRank: t.rank } : {}),
        noun: t.noun,
        strong: t.strong,
        kind: t.kind,
        text: m[0],
        start,
        // "after the security firm Mandiant said": a verb is its subject's act, not a reference.
        reference:
          asked ||
          (!t.verbForms.has(m[0].toLowerCase()) &&
            (refersElsewhere(before, s.text.slice(0, at)) ||
              /\bdeparted for\b[^,]*$/i.test(before))),
        inQuote: quotes.some(
          (q) => q.start <= start && start < q.end && !namesOccasion(q, start + m[0].length),
        ),
      });
    }
  }
  // "canceled the trip", "suspended military exchanges": the cancellation is the event, not the
  // occasion it cancels.
  for (const h of hits) {
    if (h.cameo !== "160") continue;
    const after = s.text.slice(
      h.start - s.start + h.text.length,
      h.start - s.start + h.text.length + 40,
    );
    if (
      /^\s+(?:\S+\s+){0,3}?(trip|visit|talks|meeting|dialogue|exchanges?|contacts?|consultations|exercise|ties|relations)\b/i.test(
        after,
      )
    )
      h.rank = 10;
  }
  demoteRejectedDocuments(s, hits);
  return hits.sort((a, b) => a.start - b.start);
}

/** A document's bare noun ("report", "white paper"), not a verb that releases one. */
const DOCUMENT_NOUN = /^(?:report|white paper|strategy|review|assessment|study)$/i;

/** Whether a hit releases a document by a verb ("released", ", published"), not its bare noun. */
export const releasesByVerb = (h: TriggerHit): boolean =>
  h.noun === "report" && !DOCUMENT_NOUN.test(h.text.trim());

/**
 * A document a rejection names is what it answers, not one released there; the rejection is the
 * event. First the rejection's (or accusation's) object right after it ("rejected a report by
 * Mandiant"); then, for a rejection told as the sentence's news, a document named later in it
 * ("dismissed the charges on Friday, arguing that a study by an American company offered no
 * evidence"), unless the sentence also releases a document by a verb ("denied the charges and
 * released a report").
 */
function demoteRejectedDocuments(s: Sentence, hits: TriggerHit[]): void {
  for (const h of hits) {
    if (h.cameo !== "120" && h.cameo !== "112") continue;
    const at = h.start - s.start + h.text.length;
    const m = s.text
      .slice(at, at + 40)
      .match(/^\s+(?:\S+\s+){0,3}?(report|white paper|strategy|review|assessment)\b/i);
    if (!m) continue;
    const objectAt = s.start + at + (m.index ?? 0) + m[0].length - (m[1] ?? "").length;
    const object = hits.find((x) => x.start === objectAt && x.noun === "report");
    if (!object) continue;
    h.rank = 5;
    object.rank = 1;
  }
  for (const h of hits) {
    if (h.cameo !== "120" || h.rank < 1 || h.inQuote) continue;
    const later = hits.filter((x) => x.noun === "report" && x.start > h.start && x.rank > 1);
    if (!later.length || later.some(releasesByVerb)) continue;
    h.rank = Math.max(h.rank, 5);
    for (const x of later) x.rank = 1;
  }
}

/** The most specific trigger (highest rank; earliest on a tie). */
export function bestTrigger(hits: TriggerHit[]): TriggerHit | undefined {
  let best: TriggerHit | undefined;
  for (const h of hits) if (!best || h.rank > best.rank) best = h;
  return best;
}
