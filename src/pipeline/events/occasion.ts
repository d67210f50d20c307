import { isAcronym } from "./acronyms.ts";
import { matchesOf } from "../util/matches.ts";
import { wordsOf } from "../util/words.ts";

/** Occasion head nouns that can end a proper name ("Shangri-La Dialogue", "Defense White Paper"). */
const HEAD =
  /^(Dialogue|Dialog|Summit|Meeting|Meeting-Plus|Forum|Conference|Talks|Consultations?|Paper|Report|Strategy|Review|Exercise|Agreement|Agreements|Mechanism|Visit|Group)[,.;:]?$/;
const ROUND =
  /\b((?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+(?:round|session|meeting)\s+of\s+the)\s+$/i;

/** How far back "the report" looks for the sentence that introduced it. */
const ANTECEDENT_WINDOW = 6;

/**
 * The name of an occasion a definite noun points back to: "The report, released on Tuesday, …"
 * after "a report by U.S. security firm Mandiant" is the Mandiant report.
 */
export function antecedentOccasion(
  sentences: readonly { text: string }[],
  index: number,
  noun: string,
): string | undefined {
  for (let i = index - 1; i >= Math.max(0, index - ANTECEDENT_WINDOW); i--) {
    const text = sentences[i]?.text ?? "";
    for (const m of matchesOf(text, new RegExp(`\\b${noun}\\b`, "gi"))) {
      const name = findOccasion(text, m.index ?? 0, m[0]);
      if (name) return name;
    }
  }
  return undefined;
}

/**
 * The named occasion around a trigger: the run of capitalised words ending in an occasion noun
 * ("Association of Southeast Asian Nations Defense Ministers Meeting-Plus"), with an ordinal
 * round when given; for a lower-case document ("a fiscal 2011 report to Congress") the noun
 * with its year and addressee.
 */
export function findOccasion(
  sentence: string,
  triggerAt: number,
  triggerText: string,
): string | undefined {
  const tokens = wordsOf(sentence);
  let end = tokens.findIndex((t) => t.at <= triggerAt && triggerAt < t.at + t.text.length);
  if (end < 0) return undefined;
  const lastWord = triggerText.split(/\s+/).length - 1;
  end += lastWord;
  const head = tokens[end]?.text ?? "";
  // "co-chaired the S&ED": the acronym is the occasion's name (expanded where the article defines it).
  const bare = head.replace(/[,.;:)]+$/, "");
  if (isAcronym(bare) && bare === triggerText) return bare;
  if (HEAD.test(head) && /^[A-Z]/.test(head)) {
    let start = end;
    while (start > 0) {
      const prev = tokens[start - 1]?.text ?? "";
      if (/^([A-Z0-9][\w.'’-]*|of|and|on|for)$/.test(prev) && !/[,;:]$/.test(prev)) start--;
      else break;
    }
    while (start < end && /^(of|and|on|for)$/.test(tokens[start]?.text ?? "")) start++;
    if (start === end) return undefined;
    const name = tokens
      .slice(start, end + 1)
      .map((t) => t.text)
      .join(" ")
      .replace(/[,.;:]+$/, "")
      .replace(/['’]s$/, "");
    const round = sentence.slice(0, tokens[start]?.at ?? 0).match(ROUND)?.[1];
    return round ? `${round[0]?.toUpperCase()}${round.slice(1)} ${name}` : name;
  }
  // "the first meeting of a new Cyber Working Group": a session of a named body.
  if (/^(meeting|session|round)$/i.test(triggerText)) {
    const of = sentence
      .slice((tokens[end]?.at ?? 0) + triggerText.length)
      .match(/^\s+of\s+(?:the|a|a new|its|their)\s+((?:[A-Z][\w.'’-]*\s+)*[A-Z][\w'’-]*)/)?.[1];
    const last = of?.split(/\s+/).at(-1) ?? "";
    if (of && (HEAD.test(last) || isAcronym(last))) return of;
    // "the first meeting of their cyber working group": a body named in lower case.
    const body = sentence
      .slice((tokens[end]?.at ?? 0) + triggerText.length)
      .match(/^\s+of\s+(?:the|a|a new|its|their)\s+((?:[\w-]+\s+){0,3}working group)\b/i)?.[1];
    if (body) return body;
  }
  if (/^(report|strategy|review|assessment|white paper)$/i.test(triggerText)) {
    const at = tokens[end]?.at ?? 0;
    const left =
      sentence
        .slice(Math.max(0, at - 30), at)
        .match(/((?:fiscal |FY ?)?(?:19|20)\d{2}\s+(?:annual\s+)?)$/)?.[1] ?? "";
    const right = sentence
      .slice(at)
      // "a report on China's military": a possessive takes the noun it qualifies along.
      .match(
        /^\S+\s+((?:to|on|of)\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*(?:['’]s\s+[a-z]+)?)/,
      )?.[1];
    // A sentence's full stop is not part of the addressee ("report to Congress."); an
    // abbreviation's is ("report to the U.S.").
    const addressee = right?.replace(/(?<=(?:^|\s)[^\s.]+)\.$/, "");
    if (left || addressee) return `${left}${triggerText}${addressee ? ` ${addressee}` : ""}`.trim();
    // "a report by U.S. security firm Mandiant": the author names the report.
    const author = sentence
      .slice(at + triggerText.length)
      .match(
        /^\s+(?:by|from)\s+(?:the\s+)?(?:[a-z.]+\s+|U\.S\.\s+){0,4}?([A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,2})\b(?!\.\w)/,
      )?.[1];
    if (author && !/^(?:The|China|Chinese|U\.S\.|United States)$/.test(author))
      return `${author} ${triggerText}`;
  }
  return undefined;
}
