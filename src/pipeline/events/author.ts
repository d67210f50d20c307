import type { Actor } from "../../dataset/index.ts";
import { CALENDAR_WORD } from "../lexicon/calendar.ts";
import { ORGS } from "../lexicon/orgs.ts";
import { matchesOf } from "../util/matches.ts";

/** A report's author and where its name stands in the sentence. */
export interface Author {
  actor: Actor;
  start: number;
  end: number;
}

/** Capitalised words that date a sentence rather than name its author ("on Wednesday"). */
const CALENDAR = CALENDAR_WORD;

/** A run of capitalised words, with the small words a body's name can hold ("Review Commission"). */
const NAME = String.raw`[A-Z][\w&.'’-]*(?:\s+(?:(?:of|and|for|on)\s+)?(?!${CALENDAR})[A-Z][\w&.'’-]*)*`;
const DOC = String.raw`(?:report|white paper|study|assessment|review|strategy)`;

/** Words that name a side, not an author ("a report by China" is not a body's report). */
const NO_AUTHOR =
  /^(?:The|A|An|In|On|China|Chinese|U\.S\.|US|American|United States|Beijing|Washington)$/;

/** Ways a sentence names who wrote a report, each capturing the name (group 1). */
const PATTERNS: RegExp[] = [
  // "Mandiant's report", "the Pentagon's annual report to Congress"
  new RegExp(String.raw`(${NAME})['’]s?\s+(?:[\w-]+\s+){0,3}?${DOC}\b`, "g"),
  // "In its annual report to Congress, released on Monday, the Pentagon said …"
  new RegExp(
    String.raw`\b[Ii]n\s+(?:its|their)\s+[^.;]*?\b${DOC}\b[^.;]*?,\s+(?:the\s+)?(${NAME})`,
    "g",
  ),
  // "the Pentagon said Monday in its annual report to Congress"
  new RegExp(
    String.raw`(?:^|[^\w\s]\s*|\b(?:the|The)\s+)(${NAME})\s+(?:said|says|wrote|writes|warned|warns|stated|states)\b[^.;]{0,40}?\bin\s+(?:its|their)\s+(?:[\w-]+\s+){0,3}?${DOC}\b`,
    "g",
  ),
  // "Mandiant released a report", "The commission on Wednesday issued its annual report",
  // "Mandiant, a Virginia-based security firm, released a report"
  new RegExp(
    String.raw`(?:^|[^\w\s]\s*|\b(?:the|The)\s+|\b(?:after|when|as|before)\s+)(${NAME})(?:,\s+(?:a|an|the)\s[^,;]{1,60},)?\s+(?:(?:on|late|early)\s+\w+\s+|today\s+|yesterday\s+)?(?:released|issued|published|unveiled)\s+(?:\S+\s+){0,4}?${DOC}\b`,
    "g",
  ),
];

/**
 * "a report by U.S. security firm Mandiant that …", "a study from the RAND Corporation", "the
 * report, released on Tuesday by Mandiant, …", "a report last month by Mandiant".
 */
const BY = new RegExp(
  String.raw`\b${DOC},?\s+(?:(?:last|this|earlier this|late last|early last)\s+(?:week|month|year)\s+)?(?:(?:released|issued|published)\s+(?:(?:on|late|early|last)\s+\w+\s+|today\s+|yesterday\s+)?)?(?:by|from)\s+([^,;()]+)`,
  "g",
);

/**
 * Where the words after "by" stop naming the author: a clause, or "on" and "in" before a date or a
 * lower-case word ("by the firm on Monday"); "on" inside a name ("Committee on Intelligence") stays.
 */
const ENDS_AUTHOR = new RegExp(
  String.raw`\s+(?:that|which|who|said|says|released|accusing|linking)\b|\s+(?:on|in)\b(?!\s+(?!${CALENDAR}\b)[A-Z])`,
);

/** "U.S. ", "Chinese ": the side named before a known body's name. */
const SIDE_BEFORE = /^(?:U\.S\.|US|American|Chinese)\s+/;

/** "Ohio-based ", "New York-based ": where a body is based, before its name. */
const PLACE_BASED = /^(?:[A-Z][\w.'’]*\s+)*[A-Z][\w.'’]*-based\s+(?=[A-Z])/;

/** The body an author's name stands for: a known body, or the name itself with its side. */
function actorFor(name: string, context: string): Actor | undefined {
  const bare = name.replace(/^(?:the|The)\s+/, "");
  // "U.S." keeps its last full stop when it is checked; a name's trailing one goes.
  if (NO_AUTHOR.test(bare.replace(/,$/, ""))) return undefined;
  // "Ohio-based Acme Labs": where the body is based describes it, and is no part of its name.
  const clean = bare.replace(/[.,]$/, "").replace(PLACE_BASED, "");
  if (NO_AUTHOR.test(clean)) return undefined;
  const own = clean.replace(SIDE_BEFORE, "");
  const known = ORGS.find((o) => new RegExp(`^(?:${o.re.source})$`).test(own));
  if (known) return known.actor;
  if (ORGS.some((o) => o.state && new RegExp(`^(?:${o.re.source})$`).test(clean))) return undefined;
  // "U.S. security firm Mandiant": the descriptor says whose it is.
  const country = /\b(?:U\.S\.|American|Washington-based)\s+[\w\s-]*$/.test(context)
    ? "USA"
    : /\b(?:Chinese|Beijing-based)\s+[\w\s-]*$/.test(context)
      ? "CHN"
      : undefined;
  return { name: clean, ...(country ? { country } : {}) };
}

/**
 * Who wrote the report a sentence names: "a report by Mandiant", "Mandiant's report", "the
 * Pentagon's annual report to Congress", "In its report, the commission said …". The body the
 * report accuses ("said a unit of the People's Liberation Army …") and its addressee ("to
 * Congress") are not its author.
 */
export function reportAuthor(text: string): Author | undefined {
  for (const m of matchesOf(text, BY)) {
    const stretch = (m[1] ?? "").split(ENDS_AUTHOR)[0] ?? "";
    const names = matchesOf(stretch, new RegExp(NAME, "g"));
    const last = names.at(-1);
    if (!last) continue;
    const at = (m.index ?? 0) + m[0].length - (m[1] ?? "").length + (last.index ?? 0);
    const actor = actorFor(last[0], stretch.slice(0, last.index ?? 0));
    if (actor) return { actor, start: at, end: at + last[0].length };
  }
  for (const re of PATTERNS)
    for (const m of matchesOf(text, re)) {
      const name = m[1] ?? "";
      const at = (m.index ?? 0) + m[0].indexOf(name);
      const actor = actorFor(name, text.slice(Math.max(0, at - 40), at));
      if (actor) return { actor, start: at, end: at + name.length };
    }
  return undefined;
}

/** How far back "the report" looks for the sentence that named its author. */
const WINDOW = 6;

/** "The report, released on Tuesday, …": the author named where an earlier sentence introduced it. */
export function antecedentAuthor(
  sentences: readonly { text: string }[],
  index: number,
): Author | undefined {
  for (let i = index - 1; i >= Math.max(0, index - WINDOW); i--) {
    const found = reportAuthor(sentences[i]?.text ?? "");
    if (found) return found;
  }
  return undefined;
}

/** The document noun a sentence uses outside its author's name ("report", "white paper"). */
export function documentNoun(text: string, author: Author): string | undefined {
  for (const m of matchesOf(text, new RegExp(String.raw`\b${DOC}\b`, "gi"))) {
    const at = m.index ?? 0;
    if (at < author.start || at >= author.end) return m[0].toLowerCase();
  }
  return undefined;
}
