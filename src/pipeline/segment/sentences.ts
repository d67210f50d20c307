import { DAY_SPAN, MONTH_PARTS, MONTH_WORD, WEEKDAYS } from "../lexicon/calendar.ts";
import { MAY_END, NEVER_ENDS, STARTERS, STATES_AFTER_CITY } from "../lexicon/abbreviations.ts";

/**
 * Whether a line ends on an abbreviation whose period never ends a sentence ("… the talks of Sept."
 * over "4-6, were …", "… met with Gen." over "Ma Xiaotian"): a line cut there goes on below.
 */
export function endsOnAbbreviation(line: string): boolean {
  // The pattern ends on a full stop: a line without one at its end is not searched for one.
  if (!line.endsWith(".")) return false;
  const token = line.match(/(?:^|[^A-Za-z.])([A-Za-z][A-Za-z.]*)\.$/)?.[1]?.toLowerCase();
  return token !== undefined && token !== "no" && NEVER_ENDS.has(token);
}

/** What "No." numbers: a figure, or a code of a letter or three and a figure ("No. M-2010-44"). */
const NUMBER_AFTER_NO = /^(?:[A-Z]{1,3}-?)?\d/;

/**
 * "…, Fort Bragg, N.C. Officials said": a state after its city and a comma ends the sentence
 * before any capital, since mid-sentence a comma follows it ("Fort Bragg, N.C., on Friday").
 */
function endsOnState(before: string, token: string): boolean {
  return STATES_AFTER_CITY.has(token) && before.slice(0, -(token.length + 1)).endsWith(", ");
}

/**
 * A sentence end: . ! ? (with closing quotes or brackets) before white space and a capital, a
 * digit or an opening quote or bracket; or, with the space missing, between a lower-case word
 * and a capitalised one ("the talks.Officials said").
 */
const BOUNDARY =
  /[.!?…]+["”’')\]]*(?:(?=\s+["“‘([]?[A-Z0-9])|(?<=\p{Ll}{2}[.!?])(?=\p{Lu}\p{Ll}))/gu;

/**
 * "Tuesday. Google said …": a day's name alone with a period, opening a paragraph, heads the
 * paragraph as "Tuesday:" would (a week told day by day); it ends no sentence.
 */
const DAY_HEADING = new RegExp(String.raw`^(?:${WEEKDAYS.join("|")})\.$`);

/**
 * "4 March 2011. The envoys meet …", "Early May 2011. Talks resume …": a chronology's entry
 * that opens its line with its date and a period. The date heads the entry as "4 March 2011:"
 * would; it ends no sentence.
 */
const ENTRY_DATE = new RegExp(
  String.raw`^(?:(?:${MONTH_PARTS})[\s-]+)?(?:${DAY_SPAN}\s+)?${MONTH_WORD}\.?(?:\s+${DAY_SPAN})?,?\s+(?:19|20)\d{2}\.$`,
  "i",
);

/**
 * "Dec. 12 | Washington. The envoys met …": a digest's entry that opens its line with its day, a
 * bar or a dash, and the place, each of its words capitalised, then a period. The day and place
 * head the entry; they end no sentence ("3 May 2012 - Roe visits Hanoi." does).
 */
const ENTRY_DATE_PLACE = new RegExp(
  String.raw`^(?:${DAY_SPAN}\s+)?${MONTH_WORD}\.?(?:\s+${DAY_SPAN})?(?:,?\s+(?:19|20)\d{2})?\s+[|–—-]\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4}\.$`,
);

/** Whether a sentence's start opens its text or a line of it (after a line break). */
function opensLine(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && /[ \t]/.test(text[i] ?? "")) i--;
  return i < 0 || text[i] === "\n";
}

/** Initials of a name ("T.R", "J.R.R"), as the token before the final period reads them. */
const INITIALS = /^(?:[a-z]\.)+[a-z]$/;

/**
 * Inside a quotation opened in this sentence that goes on to close with a comma ("“We agree.
 * We will meet,” he said."): the quoted sentences belong to the sentence that attributes them.
 */
function insideAttributedQuote(text: string, start: number, at: number): boolean {
  const seg = text.slice(start, at);
  const curly = (seg.match(/“/g) ?? []).length > (seg.match(/”/g) ?? []).length;
  const straight = (seg.match(/"/g) ?? []).length % 2 === 1;
  if (!curly && !straight) return false;
  const close = text.indexOf(curly ? "”" : '"', at);
  return close > 0 && /,\s*$/.test(text.slice(at, close));
}

/** A letter, then letters and periods, then the final period: the token FINAL_TOKEN reads. */
const FINAL_TOKEN = /([A-Za-z][A-Za-z.]*)\.$/;

/** Whether a character is one FINAL_TOKEN's token is made of: an ASCII letter or a period. */
function isTokenChar(c: string): boolean {
  return c === "." || (c >= "a" && c <= "z") || (c >= "A" && c <= "Z");
}

/**
 * The token before the period that ends `text`, in lower case ("u.s" in "… the U.S."), or "" when
 * it does not end on a letter and a period. The same as matching FINAL_TOKEN on all of `text`,
 * whose match can only start in the run of letters and periods that ends it (any other character
 * breaks the token): only that run is searched, not every position of a long stretch.
 */
export function finalToken(text: string): string {
  let from = text.length;
  while (from > 0 && isTokenChar(text[from - 1] ?? "")) from--;
  return text.slice(from).match(FINAL_TOKEN)?.[1]?.toLowerCase() ?? "";
}

/**
 * The words after a boundary, read only after an abbreviation: slicing the rest of the text at
 * every boundary made a long paragraph quadratic.
 */
function restAfter(text: string, end: number): string {
  return text.slice(end).trimStart();
}

/**
 * Splits a stretch of prose into sentences, returning [start, end) offsets relative to `text`.
 * Splits after . ! ? (and closing quotes) before a capital, except after titles, initials and
 * abbreviations; ambiguous abbreviations ("U.S.") end a sentence only before a typical starter.
 * Line breaks inside the text (hard-wrapped wire copy) are white space like any other.
 */
export function splitSentences(text: string): [number, number][] {
  const out: [number, number][] = [];
  const boundary = new RegExp(BOUNDARY);
  let start = 0;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const end = m.index + m[0].length;
    const before = text.slice(start, m.index + 1);
    const token = finalToken(before);
    if (m[0].startsWith(".") && token) {
      if (/^[a-z]$/.test(token)) continue; // an initial: "Leon E. Panetta"
      if (NEVER_ENDS.has(token) && (token !== "no" || NUMBER_AFTER_NO.test(restAfter(text, end))))
        continue;
      if (MAY_END.has(token)) {
        if (!STARTERS.test(restAfter(text, end)) && !endsOnState(before, token)) continue;
      } else if (INITIALS.test(token)) continue; // "T.R. Vance"
    }
    if (insideAttributedQuote(text, start, end)) continue;
    if (start === 0 && DAY_HEADING.test(before)) continue;
    if ((ENTRY_DATE.test(before) || ENTRY_DATE_PLACE.test(before)) && opensLine(text, start))
      continue;
    out.push([start, end]);
    start = end;
    while (start < text.length && /\s/.test(text[start] ?? "")) start++;
  }
  let end = text.length;
  while (end > start && /\s/.test(text[end - 1] ?? "")) end--;
  if (end > start) out.push([start, end]);
  return out;
}
