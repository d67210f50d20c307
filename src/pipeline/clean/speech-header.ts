import { Registry } from "../actors/registry.ts";
import { findActorMentions } from "../actors/mentions.ts";
import { DELIVERY_HEADER, DELIVERY_MARK, OCCASION_HEADER } from "../lexicon/speech.ts";
import { moreWordsThan } from "./lines.ts";
import { readStampDate } from "./stamps/stamp-date.ts";

/** A header line is short; a longer line opening with "Remarks by …" is prose about the remarks. */
const HEADER_WORDS = 25;
/** Lines under a speech's header that may still give its place and date (its role, its venue). */
const DATE_LINES_BELOW = 3;

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
    if (moreWordsThan(line, HEADER_WORDS)) return undefined;
    const day = readStampDate(line)?.day;
    if (day) return day;
  }
  return undefined;
}

/** How many non-blank lines above or below a speech's title or mark its speaker and day may be. */
const BLOCK_LINES = 5;
/** A speaker's line is short: a name, a title, perhaps a country. */
const SPEAKER_WORDS = 14;

/**
 * The non-blank lines after (step 1) or before (step -1) line `at`, up to the first line of prose,
 * notes in brackets left out.
 */
function blockOf(lines: readonly string[], at: number, step: 1 | -1): string[] {
  const out: string[] = [];
  for (let i = at + step; i >= 0 && i < lines.length && out.length < BLOCK_LINES; i += step) {
    const line = (lines[i] ?? "").trim();
    // A note in brackets ("[Photo: … Credit: …]") stands between a header's lines on some pages.
    if (!line || line.startsWith("[")) continue;
    if (moreWordsThan(line, SPEAKER_WORDS)) break;
    out.push(line);
  }
  return out;
}

/**
 * "Jane Roe, Minister of Defense, Ruritania" or "Gen. Jane Roe": a line that names a person (a
 * known one, or one with a title) in the words before its first comma, and nothing else there.
 */
function speakerOf(line: string): string | undefined {
  const first = (line.split(",")[0] ?? "").trim();
  const person = findActorMentions(first, 0, new Registry())[0];
  return person && person.end === first.length ? first : undefined;
}

/**
 * "Jane Roe" over "Assistant Secretary, Bureau of …": a name alone on its line is a speaker's when
 * the line under it opens with the role that makes it a person's; the speaker is read with that
 * role ("Assistant Secretary Jane Roe").
 */
function namedOverRole(lines: readonly string[], line: string): string | undefined {
  const name = line.trim();
  if (name.includes(",")) return undefined;
  const at = lines.findIndex((l) => l.trim() === name);
  const role = (lines[at + 1] ?? "").split(",")[0]?.trim() ?? "";
  if (!role) return undefined;
  const joined = `${role} ${name}`;
  const person = findActorMentions(joined, 0, new Registry())[0];
  return person && person.start === role.length + 1 && person.end === joined.length
    ? joined
    : undefined;
}

/**
 * A speech told by its title and its speaker's line, not by a "… by" header: "Remarks at the
 * Harbor Forum" over the speaker's name, title, place and day (OCCASION_HEADER); or a mark of the
 * speech's text, "Check against delivery", under them (DELIVERY_MARK).
 */
function titledSpeech(lines: readonly string[], i: number): SpeechHeader | undefined {
  const line = lines[i] ?? "";
  // The patterns hold at the line's start, and fail at once on most lines: they go before the
  // count of the line's words.
  const titled = OCCASION_HEADER.test(line);
  if (!titled && !DELIVERY_MARK.test(line)) return undefined;
  if (moreWordsThan(line, HEADER_WORDS)) return undefined;
  // A title's speaker stands under it, or on some pages above it ("Jane Roe / Assistant
  // Secretary / Statement Before the Commission / June 4, 2012").
  const block = titled
    ? [...blockOf(lines, i, 1), ...blockOf(lines, i, -1)]
    : [...blockOf(lines, i, -1), ...blockOf(lines, i, 1)];
  for (const speakerLine of block) {
    const speaker = speakerOf(speakerLine) ?? namedOverRole(lines, speakerLine);
    if (!speaker) continue;
    const day = block.map((l) => readStampDate(l)?.day).find(Boolean);
    return { speaker, header: speakerLine, ...(day ? { day } : {}) };
  }
  return undefined;
}

/** The page's lines with each joined one split at its line breaks, as flatMap of split gives. */
function linesOf(pageLines: readonly string[]): string[] {
  const lines: string[] = [];
  // Most lines hold no break, and split would copy each into an array of its own.
  for (const line of pageLines)
    if (line.includes("\n")) lines.push(...line.split("\n"));
    else lines.push(line);
  return lines;
}

/**
 * The one speaker whose speech the page gives, from its header line ("As Prepared for Delivery by
 * Secretary of Defense Jane Roe, Qingdao, China, …", "Remarks as Delivered by Adm. John Doe"), or
 * its title and speaker's line (titledSpeech): the page's "I" outside quotations. None when the
 * header names two speakers ("Remarks by President A and President B"), whose turns a transcript
 * labels, or when two headers name different ones.
 */
export function speechHeader(pageLines: readonly string[]): SpeechHeader | undefined {
  // A title joined to the header line under it as one broken sentence is still two lines here.
  const lines = linesOf(pageLines);
  const found: SpeechHeader[] = [];
  lines.forEach((line, i) => {
    const speaker = DELIVERY_HEADER.exec(line)?.[1]?.trim();
    if (!speaker || moreWordsThan(line, HEADER_WORDS)) {
      const titled = titledSpeech(lines, i);
      if (titled) found.push(titled);
      return;
    }
    const day = headerDay(lines, i);
    found.push({ speaker, header: line, ...(day ? { day } : {}) });
  });
  const [first] = found;
  // A page may name its speaker twice, with a title once and without it once: one person.
  const personOf = (h: SpeechHeader) =>
    findActorMentions(h.speaker, 0, new Registry())[0]?.key ?? h.speaker;
  const person = first && personOf(first);
  const one = first && found.every((h) => personOf(h) === person);
  return one && !/\sand\s/.test(first.speaker) ? first : undefined;
}
