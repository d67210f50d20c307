import type { Span } from "./groups.ts";
import { AND_PREDICATE } from "./split.ts";
import { IRREGULAR_FULL_PAST_WORD } from "../lexicon/calendar.ts";
import type { Sentence } from "../types.ts";
import { SAID_THAT } from "../lexicon/speech.ts";
import { speakerLabelLength } from "../actors/transcript.ts";
import { clipPhrase, withoutDangling } from "./clip.ts";
import { NEAR_MEASURES, SIMULTANEOUS } from "../lexicon/calendar.ts";
import { anyOf } from "../lexicon/compile/patterns.ts";
import { matchesOf } from "../util/matches.ts";

const MAX = 90;

/** A relative clause with no subject of its own: "which will hold …", "which was held …". */
const SUBJECT_RELATIVE =
  /^(?:also\s+|then\s+)?(?:will|would|is|was|are|were|has|have|had|can|could|may|might|shall|should|must)\b/i;

/** Words that open a noun phrase, the first of which a title reads better as "the". */
const DETERMINER = /^(?:a|an|the|its|their|his|her|this|these|those)$/i;

/**
 * The noun phrase that ends `text`, from its determiner ("to set up a working group on cyber
 * security" → "the working group on cyber security"), when one opens it within a few words.
 */
function nounPhraseBefore(text: string): string | undefined {
  const words = text.trim().split(/\s+/);
  for (let i = words.length - 1; i >= Math.max(0, words.length - 8); i--) {
    if (!DETERMINER.test(words[i] ?? "")) continue;
    const np = words.slice(i);
    if (np.length < 2) return undefined;
    if (/^an?$/i.test(np[0] ?? "")) np[0] = "the";
    return np.join(" ");
  }
  return undefined;
}

/** ", set up in April during Kerry's visit, ": a past participle's aside set off by commas. */
const PARTICIPIAL_ASIDE =
  /,\s+(?:set up|established|created|founded|launched|formed|held|led|headed|based|built|signed|announced|agreed)\b[^,;]*,\s+/;

/**
 * What goes with a date when it is taken out of a title: the preposition before it ("on", "set
 * for"), a part of the period ("mid-", "in mid-") and the word that places it ("last December",
 * "in late May", "next March"); not the particle of "sworn in" ("sworn in May 3 with …").
 */
const BEFORE_DATE =
  /(?:\b(?:on|(?<!\b(?:sworn|swore|swears)\s)in|during|since|at|by|early|late|of|from|for|starting|beginning)\s+)?(?:\b(?:last|next|this|early|late)\s+)?(?:\bmid-?\s*)?$/i;

/**
 * `h` without the date at [a, b) and the words that lead into it ("on", "early"); a date that owns
 * what follows ("Tuesday's news conference") gives way to "the".
 */
function withoutDate(h: string, a: number, b: number): string {
  const rest = h.slice(b);
  return /^['’]s\b/.test(rest)
    ? `${h.slice(0, a)}the${rest.slice(2)}`
    : `${h.slice(0, a).replace(BEFORE_DATE, "")}${rest}`;
}

/**
 * Where a clause of its own begins: ", but", ", and", "; ", or a conjunction of one moment
 * (calendar.json `simultaneous`: ", when the coast guards held an exercise"), bare "as" aside,
 * which as often names a role or a likeness (", as part of", ", as a guest").
 */
const CLAUSE_OPENER = new RegExp(
  String.raw`,\s+(?:but|and|whereas|yet|${anyOf(SIMULTANEOUS.filter((w) => w !== "as"))})\s+|;\s+`,
  "g",
);

/**
 * A restrictive relative clause with its own subject and verb in the past, closed right before
 * the main verb: "(that) Hagel proposed in Jakarta in May" before "met".
 */
const CLOSED_RELATIVE = new RegExp(
  String.raw`^(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*\s+(?:\p{Ll}+ed|${IRREGULAR_FULL_PAST_WORD})\b[^,;]*\s$`,
  "u",
);

/** The "and" that opens a later predicate of the same subject: "…, and also vowed …". */
const PREDICATE_AND = new RegExp(String.raw`^,?${AND_PREDICATE}`);

/**
 * A later clause of cause or time that the title leaves out, with a word of how near it stands
 * before it ("spoke by phone shortly after the premier …" is headed "… spoke by phone").
 */
const NEAR_OR_CAUSE_CLAUSE = new RegExp(
  String.raw`\s+(?:(?:${anyOf(NEAR_MEASURES)})\s+)?(?:after|because|although|over)\s+(?:the\b|U\.S\.|its\b|their\b).*$`,
  "s",
);

/**
 * A clause of another time at the start, after a date set off by a comma or none, up to the last
 * comma before the act: "In May, after the talks had stalled, " before "Beijing suspended".
 */
const LEADING_TIME_CLAUSE =
  /^\s*(?:[^,;]{1,40},\s*)?(?:after|before|when|while|once|until|following)\s+[^;]*,\s+(?=[^,;]*$)/i;

/** Words that open a subordinate clause ("after", "while"). */
const SUBORDINATE = /\b(?:after|before|when|while|because|since|once|until|as)\s+/gi;

/**
 * A title made from the sentence itself: its main clause (up to ", after …", ", which …",
 * "…, officials said"), without its dates ("on Jan. 30, 2010") and leading adverbs.
 * Used when no template fits the event type or no person is named.
 */
export function headlineOf(s: Sentence, text: string, focus?: number, span?: Span): string {
  // The clause holding the event's trigger: "Gates had planned to visit China in June, but
  // Beijing canceled the trip" is headed by its second clause when the trigger is "canceled".
  let from = s.start;
  let to = s.end;
  if (focus !== undefined) {
    for (const m of matchesOf(text.slice(s.start, s.end), CLAUSE_OPENER)) {
      const cut = s.start + (m.index ?? 0);
      if (cut < focus) from = cut + m[0].length;
      else if (cut < to) to = cut;
    }
  }
  // One of two predicates of one subject told apart (per-distinct-act.ts): the first ends at the
  // "and"; the later one is told after the subject, the first predicate blanked (offsets kept).
  if (span?.subjectEnd !== undefined) {
    if (span.start <= span.subjectEnd) to = Math.min(to, span.end);
    else {
      const and = PREDICATE_AND.exec(text.slice(span.start, span.end))?.[0].length ?? 0;
      const resume = span.start + and;
      text =
        text.slice(0, span.subjectEnd) + " ".repeat(resume - span.subjectEnd) + text.slice(resume);
    }
  }
  // "It drew notice after Google threatened to leave": the act is the subordinate clause's, so
  // the title starts at that clause's subject (a few words before the trigger).
  if (focus !== undefined) {
    const head = text.slice(from, focus);
    const sub = matchesOf(head, SUBORDINATE).at(-1);
    const subject = sub && head.slice((sub.index ?? 0) + sub[0].length);
    if (
      subject !== undefined &&
      !/[,;]/.test(subject) &&
      subject.split(/\s+/).filter(Boolean).length <= 4
    )
      from += (sub?.index ?? 0) + (sub?.[0].length ?? 0);
  }
  // "In May 2011, after the port raised its fees, the line suspended its calls": a clause
  // of another time that opens the sentence, closed by a comma before the act, is left out.
  if (focus !== undefined) {
    const opening = LEADING_TIME_CLAUSE.exec(text.slice(from, focus));
    if (opening) from += opening[0].length;
  }
  // "relations, which China suspended a year ago": the relative clause's subject and verb, then
  // the noun it refers back to ("China suspended military-to-military relations").
  let antecedent = "";
  let verbEnd = -1;
  // "a working group, which will hold its first meeting in July": the clause's subject is the
  // noun phrase before ", which" ("The working group … will hold its first meeting").
  let subject = "";
  // "A spokesman told a briefing that China and the U.S. held talks": what was said is the title.
  if (focus !== undefined) {
    const said = matchesOf(text.slice(from, focus), SAID_THAT).at(-1);
    if (said) from += (said.index ?? 0) + said[0].length;
  }
  if (focus !== undefined) {
    const head = text.slice(from, focus);
    const rel = matchesOf(head, /(,\s+which|\s+that|,\s+whom)\s+/g).at(-1);
    const relEnd = (rel?.index ?? 0) + (rel?.[0].length ?? 0);
    const phrase = rel?.[1]?.includes("which") && SUBJECT_RELATIVE.test(head.slice(relEnd));
    // "a frigate that crossed the destroyer's bow": the act's verb right after "that" has the noun
    // before it for its subject ("the frigate crossed …"), not for its object.
    const verbRight = !!rel && /^\s*$/.test(head.slice(relEnd));
    const np = phrase || verbRight ? nounPhraseBefore(head.slice(0, rel?.index)) : undefined;
    if (rel && CLOSED_RELATIVE.test(head.slice(relEnd))) {
      // "The panel that Hagel proposed in May met …": the clause closed before the act is a
      // modifier of the subject, left out of the title.
      const cut = from + (rel.index ?? 0);
      text = text.slice(0, cut) + " ".repeat(focus - cut) + text.slice(focus);
    } else if (np && !/[,;]/.test(head.slice(relEnd))) {
      subject = np;
      from += relEnd;
    } else if (rel && !verbRight && !/[,;]/.test(head.slice(relEnd))) {
      const before = head.slice(0, rel.index).split(/\s+/).filter(Boolean);
      const words: string[] = [];
      while (before.length && words.length < 2) {
        const w = before.pop() ?? "";
        if (
          /^(the|a|an|its|their|his|her|to|of|and|with|on|in|for|\w+ed|strengthen|repair|restore|resume|improve|expand|build)$/i.test(
            w,
          )
        )
          break;
        words.unshift(w);
      }
      if (words.length) {
        antecedent = words.join(" ");
        from = from + (rel.index ?? 0) + rel[0].length;
        verbEnd = focus + (text.slice(focus).match(/^\S+/)?.[0].length ?? 0);
      }
    }
  }
  let h =
    verbEnd > 0
      ? `${text.slice(from, verbEnd)} ${antecedent}${text.slice(verbEnd, to)}`
      : text.slice(from, to);
  const shift = verbEnd > 0 ? antecedent.length + 1 : 0;
  for (const t of [...s.times].sort((a, b) => b.start - a.start)) {
    if (verbEnd > 0 && t.start >= verbEnd) {
      const a = t.start - from + shift;
      const b = t.end - from + shift;
      if (a >= 0 && b <= h.length) h = withoutDate(h, a, b);
      continue;
    }
    const a = t.start - from;
    const b = t.end - from;
    if (a < 0 || b > h.length || (verbEnd > 0 && b > verbEnd - from)) continue;
    h = withoutDate(h, a, b);
  }
  // "- Mandiant publishes …", "* - China declares …", "--, the frigate …": a list's bullet or a
  // dateline's dash left before the clause.
  // A day's heading taken out leaves its period ("Tuesday. The minister …").
  h = h.replace(/^(\(\w+\)\s*[-–—]+\s*)/, "").replace(/^[\s,;:.*•·–—-]+/, "");
  // '"…," Rogers said in an interview': who spoke heads the title, not the words quoted; a
  // quotation that is the whole title loses its marks.
  const quoted = /^["“]([^"”]*)["”],?\s*(.*)$/s.exec(h);
  if (quoted)
    h = (quoted[2] ?? "").split(/\s+/).length >= 3 ? (quoted[2] ?? "") : (quoted[1] ?? "");
  h = h.replace(/^["“]/, "");
  // "ANCHOR: …", "SECRETARY HAGEL: …": a transcript's label says who spoke, not what was done.
  h = h
    .slice(speakerLabelLength(h))
    // "But it drew notice …": a conjunction ties the sentence to the one before, not the title.
    .replace(/^(?:but|and|yet|so|still)\b,?\s+/i, "")
    // "agreed that …, and that their navies would hold a drill": the second clause's own words.
    .replace(/^that\s+/i, "")
    // "The visit follows the meeting …": the earlier occasion is the news of this clause.
    .replace(
      /^(?:the|this|that)\s+(?:visit|meeting|trip|talks|summit|session)\s+(?:follows|followed|comes after|came after)\s+/i,
      "",
    )
    .replace(
      /^(also|meanwhile|separately|however|earlier|later|in addition|on \w+|even so|nonetheless|nevertheless|instead|in turn|by contrast)\s*,?\s+/i,
      "",
    )
    // "Earlier (this week), Lew hosted …": what the date and its adverb leave before the clause.
    .replace(/^[\s,;:]+/, "")
    .replace(
      /,\s*(?:after|before|as|which|who|while|when|because|although|according|but)\b.*$/s,
      "",
    )
    .replace(NEAR_OR_CAUSE_CLAUSE, "")
    .replace(/,\s*[^,]*\b(said|says|told|noted|added)\b[^,]*$/s, "")
    .replace(/\s+([,.;:])/g, "$1")
    .replace(/[\s,.;:]+$/, "")
    // "suspended in 2010 and again in 2012" without its dates leaves "suspended and again".
    .replace(/\s+(?:and|or)(?:\s+again)?$/i, "")
    .replace(/\s+(?:and|or)\s+(?:again|once more)\b/gi, "")
    .replace(/\s{2,}/g, " ")
    .trim();
  // "The working group, set up during Kerry's visit, will meet again": an aside between the
  // subject and its verb tells of another act, unless that act is the event's own.
  const focusWord = focus === undefined ? "" : (text.slice(focus).match(/^[\w-]+/)?.[0] ?? "");
  h = h.replace(PARTICIPIAL_ASIDE, (aside) =>
    focusWord && new RegExp(`\\b${focusWord}\\b`).test(aside) ? aside : " ",
  );
  // "A meeting is planned for (Sunday)": a date's preposition the list above does not know.
  h = withoutDangling(h);
  if (subject && h) h = `${subject} ${h}`;
  if (h.length > MAX) h = `${clipPhrase(h, MAX - 1)}…`;
  return h ? `${h[0]?.toUpperCase()}${h.slice(1)}` : h;
}
