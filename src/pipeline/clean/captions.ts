import { COUNTRIES } from "../lexicon/countries.ts";
import { PEOPLE, shortName } from "../lexicon/people.ts";
import { IRREGULAR_PAST, MONTH_NAMES, WEEKDAYS } from "../lexicon/calendar.ts";
import { PLACES } from "../lexicon/places.ts";
import { TITLES } from "../lexicon/roles.ts";
import { anyOf } from "../lexicon/compile/patterns.ts";
import orgsRaw from "../lexicon/data/orgs.json" with { type: "json" };
import outletsRaw from "../lexicon/data/outlets.json" with { type: "json" };

/*
 * A broadcast's closed captions as a TV news archive shows them: turns opened by ">>", all in
 * lower case and without stops, hard-wrapped, with the clock of the broadcast on lines between
 * ("6:05pm"). Read as they are, no line is prose and no name is capitalised, so nothing is found.
 * Each turn is made a paragraph of one sentence, and the lexicon's names, places, months and
 * titles get their capitals back, as does a name right after a title ("spokesman zhao ming").
 */

/** A caption turn's opening mark. */
const TURN = /^>>\s*/;

/** The broadcast's clock on a line of its own ("6:05pm", "10:02 PM"). */
const CLOCK_LINE = /^\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?$/i;

/** Turns a page needs to be read as captions, and the share of their letters in capitals at most. */
const MIN_TURNS = 3;
const MAX_CAPITALS = 0.02;

/** Whether the lines are a caption transcript: several ">>" turns, nearly all in lower case. */
export function isCaptionTranscript(lines: readonly string[]): boolean {
  const turns = lines.filter((l) => TURN.test(l.trim()));
  if (turns.length < MIN_TURNS) return false;
  const letters = turns.join(" ").replace(/[^\p{L}]/gu, "");
  const capitals = letters.replace(/[^\p{Lu}]/gu, "").length;
  return letters.length > 0 && capitals / letters.length <= MAX_CAPITALS;
}

/** Every name, place, month, weekday and title of the lexicon, keyed by its lower case. */
function properWords(): Map<string, string> {
  const words = [
    ...COUNTRIES.flatMap((c) => [...c.names, ...c.adjectives, ...c.capitals]),
    ...PEOPLE.flatMap((p) => [
      p.name,
      ...(p.aliases ?? []),
      shortName(p.name, p.surnameFirst === true),
    ]),
    ...orgsRaw.flatMap((o) => [...("name" in o && o.name ? [o.name] : []), ...(o.terms ?? [])]),
    ...outletsRaw.flatMap((o) => o.names),
    ...Object.keys(PLACES),
    ...MONTH_NAMES,
    ...WEEKDAYS,
    ...TITLES.filter((t) => /^\p{Lu}/u.test(t)),
  ];
  // Only words that have capitals to give back; of two spellings of one word, the later listed.
  return new Map(
    words
      .filter((w) => w !== w.toLowerCase() && !HOMOGRAPHS.has(w.toLowerCase()))
      .map((w) => [w.toLowerCase(), w]),
  );
}

/**
 * Names that are common words in lower case too ("us", "may", "march"): given their capitals only
 * where they name a month, after a word that leads into a date or before a day's number
 * ("in may", "on march 3"), never as the pronoun or the verb.
 */
const HOMOGRAPHS = new Set(["us", "may", "march"]);
const MONTH_HOMOGRAPH =
  /\b(?:(?:in|on|of|since|until|by|early|late|mid|last|next|this|through)\s+(may|march)\b|(may|march)(?=\s+\d))/g;

let proper: { map: Map<string, string>; re: RegExp; titled: RegExp } | undefined;

function properCase(): NonNullable<typeof proper> {
  if (proper) return proper;
  const map = properWords();
  const re = new RegExp(String.raw`(?<![\p{L}\d.])(?:${anyOf(map.keys())})(?![\p{L}\d])`, "gu");
  const titles = anyOf(TITLES.filter((t) => /^\p{Lu}/u.test(t)));
  // Up to two words right after a title, each in lower case: the name the title introduces.
  const titled = new RegExp(
    String.raw`(?<=\b(?:${titles})\s+)([a-z][a-z'’-]+)(?:\s+([a-z][a-z'’-]+))?`,
    "g",
  );
  proper = { map, re, titled };
  return proper;
}

/**
 * Words that end a name after a title: grammar, and verbs ("said", "flew", "saying"; a short
 * word in "-ing" may be a name, "Ming").
 */
const NOT_A_NAME = new RegExp(
  String.raw`^(?:the|a|an|and|or|but|of|to|in|on|at|for|with|by|from|as|is|was|are|were|has|have|had|will|would|can|could|says|tells|who|which|that|this|also|today|yesterday|tonight|now|there|here|${anyOf(IRREGULAR_PAST)}|[a-z]+ed|[a-z]{3,}ing)$`,
);

const capitalised = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/** A turn's words with their capitals back, its first letter capitalised and a stop at its end. */
export function truecaseTurn(turn: string): string {
  const sentence = capitalised(restoreCapitals(turn).trim());
  return /[.!?]["'”’]?$/.test(sentence) ? sentence : `${sentence}.`;
}

/**
 * Lower-case text with the capitals of the lexicon's names, places, months, weekdays and titles
 * given back, and of a name of up to two words right after a title.
 */
export function restoreCapitals(text: string): string {
  const { map, re, titled } = properCase();
  return text
    .replace(MONTH_HOMOGRAPH, (m) => m.replace(/\b(may|march)\b/, (w) => capitalised(w)))
    .replace(re, (m) => map.get(m) ?? m)
    .replace(titled, (m, first: string, second: string | undefined) => {
      if (NOT_A_NAME.test(first)) return m;
      const rest = second === undefined || NOT_A_NAME.test(second) ? undefined : second;
      const name = rest ? `${capitalised(first)} ${capitalised(rest)}` : capitalised(first);
      return name + m.slice(rest ? m.length : first.length);
    })
    .replace(/\bi\b/g, "I");
}

/**
 * The lines with each caption turn made one line of its own, truecased, between blank lines; the
 * clock lines dropped, and a turn that only repeats the end of the turn before (captions echo a
 * line) left out. Lines above the first turn (the archive's header) are kept as they are.
 */
export function readCaptionTurns(lines: readonly string[]): string[] {
  if (!isCaptionTranscript(lines)) return [...lines];
  const first = lines.findIndex((l) => TURN.test(l.trim()));
  const turns: string[] = [];
  for (const line of lines.slice(first).map((l) => l.trim())) {
    if (!line || CLOCK_LINE.test(line)) continue;
    if (TURN.test(line)) turns.push(line.replace(TURN, ""));
    else turns[turns.length - 1] = `${turns.at(-1) ?? ""} ${line}`;
  }
  const kept = turns
    .map((t) => t.replace(/\s+/g, " ").trim())
    .filter((t, i, all) => t && !(i > 0 && (all[i - 1] ?? "").endsWith(t)));
  return [...lines.slice(0, first), ...kept.flatMap((t) => ["", truecaseTurn(t)])];
}
