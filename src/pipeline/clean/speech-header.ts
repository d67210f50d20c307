import { DELIVERY_HEADER } from "../lexicon/speech.ts";
import { wordCount } from "./lines.ts";
import { readStampDate } from "./stamps/stamp-date.ts";

/** A header line is short; a longer line opening with "Remarks by …" is prose about the remarks. */
const HEADER_WORDS = 25;
/** Lines under a speech's header that may still give its place and date. */
const DATE_LINES_BELOW = 2;

/** The speech a page gives: who spoke, the day its header names, and the header line. */
export interface SpeechHeader {
  speaker: string;
  day?: string;
  header: string;
}

/**
 * The header's own date, else one on the few lines under it ("Renmin University", "July 11,
 * 2011"), a blank line allowed after each.
 */
function headerDay(lines: readonly string[], at: number): string | undefined {
  const below = lines.slice(at, at + 1 + DATE_LINES_BELOW * 2).filter(Boolean);
  for (const line of below.slice(0, 1 + DATE_LINES_BELOW)) {
    if (wordCount(line) > HEADER_WORDS) return undefined;
    const day = readStampDate(line)?.day;
    if (day) return day;
  }
  return undefined;
}

/**
 * The one speaker whose speech the page gives, from its header line ("As Prepared for Delivery by
 * Secretary of Defense Jane Roe, Qingdao, China, …", "Remarks as Delivered by Adm. John Doe"): the
 * page's "I" outside quotations. None when the header names two speakers ("Remarks by President
 * A and President B"), whose turns a transcript labels, or when two headers name different ones.
 */
export function speechHeader(lines: readonly string[]): SpeechHeader | undefined {
  const found: SpeechHeader[] = [];
  lines.forEach((line, i) => {
    const speaker = DELIVERY_HEADER.exec(line)?.[1]?.trim();
    if (!speaker || wordCount(line) > HEADER_WORDS) return;
    const day = headerDay(lines, i);
    found.push({ speaker, header: line, ...(day ? { day } : {}) });
  });
  const [first] = found;
  const one = first && found.every((h) => h.speaker === first.speaker);
  return one && !/\sand\s/.test(first.speaker) ? first : undefined;
}
