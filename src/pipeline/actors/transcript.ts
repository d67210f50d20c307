import { asName } from "../util/capitals.ts";
import { UNNAMED_SPEAKER } from "../lexicon/furniture.ts";
import { MONTH_NAMES, WEEKDAYS } from "../lexicon/calendar.ts";

/** A transcript's speaker of a paragraph, and where the spoken words begin. */
export interface SpeakerLabel {
  /** The label's name as a name is written ("SEC. HAGEL" → "Sec. Hagel"). */
  name: string;
  /** Length of the label with its colon and the spaces after it (0 where the turn goes on). */
  length: number;
}

/**
 * "SECRETARY CHUCK HAGEL:", "GEN. CHANG (through interpreter):": a label in capitals; the
 * broadcasters' "JANE ROE, HOST:" names the speaker's part in the programme after a comma.
 */
const CAPITALS_LABEL =
  /^((?:[A-Z][A-Z.'’-]*\s+){0,4}[A-Z][A-Z'’-]+)(?:,\s+[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+){0,2})?\s*(?:\([^)]{0,40}\))?:\s+/;
/** "Voss:", "Laura Voss:": a label as a name is written, a speaker only when it recurs. */
const NAME_LABEL = /^([A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+)?)\s*(?:\([^)]{0,40}\))?:\s+/;

/**
 * "MONDAY:", "Tuesday:", "JANUARY:", "TODAY:": an agenda's or a chronology's heading of a day or
 * a month has a label's shape but names no speaker (calendar.json's weekdays and months, whole).
 */
const DAY_HEADING = new RegExp(
  String.raw`^(?:${[...WEEKDAYS, ...MONTH_NAMES, "today", "tonight", "tomorrow"].join("|")})$`,
  "i",
);

/**
 * The speaker of each paragraph of a transcript, or undefined. A label in capitals is one
 * wherever it stands; a label written as a name ("Voss:") only when it opens two paragraphs or
 * more, since a paragraph may also open with a place ("Washington: …"). A paragraph with no label
 * goes on with the turn before it; the questioner's turn ("Q:") is nobody's the story names.
 */
export function speakerLabels(paragraphs: readonly string[]): (SpeakerLabel | undefined)[] {
  const named = paragraphs.map((p) => NAME_LABEL.exec(p));
  const counts = new Map<string, number>();
  for (const m of named) if (m?.[1]) counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
  let turn: string | undefined;
  return paragraphs.map((p, i) => {
    const caps = CAPITALS_LABEL.exec(p);
    const m = named[i];
    if (UNNAMED_SPEAKER.test(p) || DAY_HEADING.test(caps?.[1] ?? m?.[1] ?? "")) {
      turn = undefined;
      return undefined;
    }
    let label: SpeakerLabel | undefined;
    if (caps?.[1]) label = { name: asName(caps[1]), length: caps[0].length };
    else if (m?.[1] && (counts.get(m[1]) ?? 0) >= 2) label = { name: m[1], length: m[0].length };
    if (label) turn = label.name;
    return label ?? (turn === undefined ? undefined : { name: turn, length: 0 });
  });
}

/**
 * The length of the speaker's label a transcript's turn opens with ("Q: ", "ANCHOR: ", "SECRETARY
 * CHUCK HAGEL: "), 0 when it has none: a title tells what was done, not who was speaking.
 */
export function speakerLabelLength(text: string): number {
  const unnamed = UNNAMED_SPEAKER.exec(text);
  if (unnamed)
    return unnamed[0].length + (/^\s*/.exec(text.slice(unnamed[0].length))?.[0].length ?? 0);
  const caps = CAPITALS_LABEL.exec(text);
  return caps?.[1] && !DAY_HEADING.test(caps[1]) ? caps[0].length : 0;
}

/**
 * Words that open a phrase of time before the subject ("On Tuesday I held …", "Two months ago I
 * …", "Last night Maria and I …", "This morning, we …"). Grammar, not vocabulary of the domain.
 */
const TIME_OPENER = String.raw`(?:(?:On|In|During|Later|Earlier|Tomorrow|Yesterday|Today|Tonight|This|Last|Next)\b(?:\s+[^\s,"“.]+){0,3}?|(?:[A-Z][a-z]+|\d+)\s+(?:days?|weeks?|months?|years?)\s+ago),?\s+`;

/**
 * "I told the general …", "We agreed today …", "General Chang and I have just concluded …", "On
 * Tuesday I held …": the first person as the subject of a sentence, and where it stands.
 */
const FIRST_PERSON = new RegExp(
  String.raw`^(?:${TIME_OPENER})?(?:(?:[A-Z][\w.'’-]*\s+){1,4}and\s+)?(I|[Ww]e)(?=\s|['’])`,
);

export function firstPersonSubject(text: string): { at: number; word: string } | undefined {
  const m = FIRST_PERSON.exec(text);
  const word = m?.[1];
  if (!m || !word) return undefined;
  return { at: m.index + m[0].length - word.length, word };
}
