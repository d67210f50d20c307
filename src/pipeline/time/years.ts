import { COUNT_NOUN, inQuotedName, isDocumentNumber } from "./negatives.ts";
import { NUMBERS } from "./ago.ts";
import { COHORT_BEFORE, MONTH_NAMES } from "../lexicon/calendar.ts";
import { matchesOf } from "../util/matches.ts";
import { literal } from "../lexicon/compile/patterns.ts";

/** A year named without month or day ("in 2010", "fiscal 2011", "the 2010 Defense White Paper"). */
export interface YearMention {
  start: number;
  end: number;
  text: string;
  year: number;
}

const YEAR =
  /(?<![\d,.$€£¥#/-])(?:(?:fiscal(?:\s+year)?|FY|early|late|mid|mid-|the end of|end of|spring(?: of)?|summer(?: of)?|fall(?: of)?|autumn(?: of)?|winter(?: of)?)\s*)?((?:19|20)\d{2})(?!\d|,\d|\.\d|-\d)/gi;

/**
 * Every YEAR match holds its four digits: a text without "19dd" or "20dd" is not searched, which
 * spares the lookbehind YEAR tries at every position.
 */
const YEAR_DIGITS = /(?:19|20)\d\d/;

/**
 * "after a tense 2012", "a busy 2011": a year described as a stretch, after an article and an
 * adjective, with no noun after it; no act is dated by it ("an early 2012 visit" is a date).
 */
const DESCRIBED_YEAR_BEFORE = /\b(?:a|an)\s+(?!(?:early|late|mid|end)\b)[a-z]+(?:-[a-z]+)?\s+$/i;
const DESCRIBED_YEAR_AFTER = /^(?!\s+[a-z])/;

/** "Class of 2013": a group named by its year (calendar.json `cohortBefore`), right before it. */
const COHORT = new RegExp(String.raw`\b(?:${COHORT_BEFORE.map(literal).join("|")})\s+$`, "i");

/**
 * Finds bare years; numbers that are counts or measures ("2,000 soldiers", "2012-foot") are
 * skipped, and so are years described as stretches (`DESCRIBED_YEAR_BEFORE`), years inside a
 * quoted name (`inQuotedName`) and years that name a group (`COHORT`).
 */
export function findYears(text: string): YearMention[] {
  const out: YearMention[] = [];
  if (!YEAR_DIGITS.test(text)) return out;
  for (const m of matchesOf(text, YEAR)) {
    const after = text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 14);
    if (COUNT_NOUN.test(after)) continue;
    const before = text.slice(Math.max(0, (m.index ?? 0) - 30), m.index ?? 0);
    if (DESCRIBED_YEAR_BEFORE.test(before) && DESCRIBED_YEAR_AFTER.test(after)) continue;
    if (m[0] === m[1] && isDocumentNumber(before, after)) continue;
    if (inQuotedName(text, m.index ?? 0, (m.index ?? 0) + m[0].length)) continue;
    if (m[0] === m[1] && COHORT.test(before)) continue;
    out.push({
      start: m.index ?? 0,
      end: (m.index ?? 0) + m[0].length,
      text: m[0],
      year: Number(m[1]),
    });
  }
  return out;
}

/** The parts of a day ("in the morning", group 8 of ANAPHORIC). */
const DAY_PARTS = "morning|afternoon|evening|night";

/**
 * "that year", "the same year", "that month", "later that day", "the same afternoon", "three days
 * later", "a week later", "in the morning", "hours later": a date that repeats (or steps from) the
 * one told just before, in the sentence or the previous one. A part of a day counts as its day.
 * Capture groups: 1–2 "that year", 3–5 "three days later", 6–7 "that June", 8 "in the morning",
 * 9 "hours later", 10–11 "the day before", 12 "later in the month", 13 "days later".
 */
export const ANAPHORIC = new RegExp(
  [
    // "the very next day", "that very same morning": "very" only stresses the step.
    String.raw`\b(that(?: very)? same|that(?: very)?|the(?: very)? same|the(?: very)? following|the(?: very)? next|the previous|the prior)\s+(year|month|day|morning|afternoon|evening|night)\b`,
    String.raw`\b(a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (year|month|week|day)s? (later|earlier)\b`,
    // "the following February", "that June": a month named from the date before.
    String.raw`\b(that|the following|the next|the previous|the prior)\s+(${MONTH_NAMES.join("|")})\b`,
    // "that spring", "that same autumn": a season of the year told before; as the contract has no
    // season precision, that year. "fall" only before a stop: "costs that fall" is a verb.
    String.raw`\b(?:that same|that|the same)\s+(?:spring|summer|autumn|winter|fall(?=\s*[,.;]))\b`,
    // "met later on Monday, after a roundtable in the morning", "In the evening, Xi hosted a
    // banquet", "held a morning of meetings on Monday": a part of the day already told, not
    // of the day of publication.
    String.raw`\b(?:(?:in|during)\s+the\s+(?=(?:${DAY_PARTS})\b(?!\s+of\b))|an?\s+(?=(?:${DAY_PARTS})\s+of\b))(${DAY_PARTS})\b`,
    // "Hours later he told cadets …", "Hours before the meeting, the jet flew …": within the day
    // told before.
    String.raw`\b(?:(?:a few|several|two|three|some)\s+)?(hours|minutes|moments)\s+(?:later|earlier|afterwards?|before(?=\s+the\b))\b`,
    // "suspended talks the year before", "the day after, they flew on": a step from the date told,
    // where nothing follows that it could be before or after ("the day before the summit").
    // "The night before, the governor hosted him": a part of the day before.
    String.raw`\bthe\s+(year|month|day|${DAY_PARTS})\s+(before|after)(?=\s*(?:[,.;:)—–]|$)|\s+(?:and|but|when|while)\b)`,
    // "visited later in the month", "had met early in the year", "at the start of the month":
    // within the month or year of the date told before, not the reference's (chrono reads "in the
    // month" as the next one, and "the start of the month" as none).
    String.raw`\b(?:(?:later|earlier|early|late)\s+in|(?:at\s+)?the\s+(?:start|beginning)\s+of)\s+the\s+(month|year)\b`,
    // "Days later, the envoys met again": an uncounted few days or weeks after the date told before,
    // no day of it; as far as the words tell, its month.
    String.raw`\b(?:(?:a few|several|some)\s+)?(days|weeks)\s+(?:later|afterwards?)\b`,
    // "earlier that week", "the same week": the week of the date told before; as there is no
    // week precision, its month. "In the same week that X visited" sets a clause's moment.
    String.raw`\b(?:(?:earlier|later)\s+)?(?:that same|that|the same)\s+(week)\b(?!\s+(?:that|when|as|in which)\b)`,
  ].join("|"),
  "gi",
);

/**
 * A word every ANAPHORIC alternative holds, in any case as it reads them: its unit (year, month,
 * week, day, hours, minutes, moments), part of a day, season or month. A sentence with none of
 * them has no anaphoric date, and the long alternation is not run over it.
 */
const ANAPHORIC_WORD = new RegExp(
  `year|month|week|day|hour|minute|moment|${DAY_PARTS}|spring|summer|autumn|winter|fall|${MONTH_NAMES.join("|")}`,
  "i",
);

/** The ANAPHORIC matches of a sentence, in order. */
export function findAnaphors(sentence: string): RegExpMatchArray[] {
  return ANAPHORIC_WORD.test(sentence) ? matchesOf(sentence, ANAPHORIC) : [];
}

/**
 * An ANAPHORIC match that names a month ("the following February"): the month (1–12), and whether
 * it is the next such month after the date before (1), the last one before it (-1) or the one in
 * its year (0).
 */
export function anaphoricMonth(
  a: RegExpMatchArray,
): { month: number; step: -1 | 0 | 1 } | undefined {
  const name = a[7];
  if (!name) return undefined;
  const month = MONTH_NAMES.findIndex((m) => m.toLowerCase() === name.toLowerCase()) + 1;
  const step = /following|next/i.test(a[6] ?? "") ? 1 : /previous|prior/i.test(a[6] ?? "") ? -1 : 0;
  return { month, step };
}

/** Whether an ANAPHORIC match counts units from the date before ("three days later"). */
export const anaphoricCount = (a: RegExpMatchArray): boolean => !!a[4];

/** An ANAPHORIC match read: its unit, and how many of them it steps from the date before. */
export function anaphoricStep(a: RegExpMatchArray): {
  unit: "year" | "month" | "day";
  step: number;
} {
  if (a[13] || a[14]) return { unit: "month", step: 0 };
  const word = (a[2] ?? a[4] ?? a[8] ?? a[9] ?? a[10] ?? a[12] ?? "year").toLowerCase();
  const unit = word === "year" || word === "month" ? word : "day";
  if (a[4]) {
    // "a week later" is seven days later.
    const n = (NUMBERS[(a[3] ?? "").toLowerCase()] ?? Number(a[3])) * (word === "week" ? 7 : 1);
    return { unit, step: /earlier/i.test(a[5] ?? "") ? -n : n };
  }
  const order = a[1] ?? a[11] ?? "";
  const forward = /following|next|after/i.test(order) ? 1 : 0;
  const back = /previous|prior|before/i.test(order) ? -1 : 0;
  return { unit, step: forward + back };
}
