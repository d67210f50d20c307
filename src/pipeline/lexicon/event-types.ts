import { z } from "zod";
import { nounForms, VERB_FORMS, verbForms } from "./compile/inflect.ts";
import { compileAt, LexiconError, parseLexicon } from "./compile/parse.ts";
import { literal, literalAnyFirstCase } from "./compile/patterns.ts";
import { patternSchema } from "./compile/schemas.ts";
import { MONTH_WORD, WEEKDAYS } from "./calendar.ts";
import { OCCASIONS } from "./occasions.ts";
import { parseTitleTemplate, type TitleTemplate } from "./title-template.ts";
import raw from "./data/event-types.json" with { type: "json" };

/**
 * Event types (`data/event-types.json`), one entry per CAMEO code and label, each with its title
 * templates and the triggers that make a dated sentence an event of that type. A trigger has a
 * `rank` (host beats meet beats say when one event has several), a `kind` (an `occasion` names
 * something that took place and may gather undated sentences as evidence; a `document` is
 * released; an `act` or a `statement` is done or said), the occasion `noun` it refers back to
 * ("the meeting", "the report"), and its `forms`:
 *
 * - `verbs`: lemmas, inflected regularly ("visit" → visits, visited, visiting; a phrase inflects
 *   its first word); `{ "verb": …, "without": [...] }` leaves forms out;
 * - `nouns`: singular and plural; `words`: exact forms (irregular verbs, phrases); `verbWords`:
 *   exact forms that are only verbs ("said", "told"); `stems`: word starts ("inaugurat");
 * - `pattern` and `then`: names of the trigger's `patterns`, regex sources for what words cannot
 *   say: the form itself, or a condition right after it ("welcomed" only before a guest); `then`
 *   may list several names, conditions that must all hold.
 * - `parts`: regex pieces several of a trigger's patterns share ("the craft that fly"), written
 *   once and put in a pattern as `{name}`; `{month}` and `{weekday}` are the calendar's words.
 * - `needs`, beside a `pattern`: words one of which every match of the pattern holds, whole
 *   ("held" of "talks held"); a sentence with none of them is not searched for the trigger
 *   (events/trigger-words.ts). A pattern without it is searched in every sentence.
 *
 * Words match whole and ignore case unless `matchCase` (then only their first letter may be
 * either case). Triggers are searched in file order: a match that starts inside an earlier
 * trigger's match is dropped ("told reporters" is a news conference, not "told").
 */
const verbSchema = z.union([
  z.string().min(1),
  z.strictObject({ verb: z.string().min(1), without: z.array(z.enum(VERB_FORMS)).min(1) }),
]);

const formSchema = z
  .strictObject({
    verbs: z.array(verbSchema).optional(),
    nouns: z.array(z.string().min(1)).optional(),
    words: z.array(z.string().min(1)).optional(),
    verbWords: z.array(z.string().min(1)).optional(),
    stems: z.array(z.string().min(1)).optional(),
    pattern: z.string().optional(),
    needs: z.array(z.string().regex(/^\w+$/, "one word")).min(1).optional(),
    then: z.union([z.string(), z.array(z.string()).min(1)]).optional(),
  })
  .refine((f) => f.verbs || f.nouns || f.words || f.verbWords || f.stems || f.pattern, {
    message: "no verbs, nouns, words, verb words, stems or pattern",
  })
  .refine((f) => !f.needs || f.pattern, { message: "needs is for a pattern's words" });

const triggerSchema = z.strictObject({
  id: z.string().regex(/^[a-z-]+$/, "lower-case words joined by hyphens"),
  note: z.string().optional(),
  rank: z.number().int().min(0),
  kind: z.enum(["occasion", "act", "document", "statement"]),
  noun: z.string().optional(),
  matchCase: z.literal(true).optional(),
  forms: z.array(formSchema).min(1),
  patterns: z.record(z.string(), patternSchema).optional(),
  parts: z
    .record(z.string().regex(/^[a-z][a-zA-Z]*$/, "a camel-case name"), patternSchema)
    .optional(),
});

export const eventTypesFileSchema = z.array(
  z.strictObject({
    cameo: z.string().regex(/^\d{3}$/, "a three-digit CAMEO code"),
    label: z.string().min(1),
    note: z.string().optional(),
    title: z.array(z.string().min(1)),
    triggers: z.array(triggerSchema),
  }),
);
export type EventTypesFile = z.input<typeof eventTypesFileSchema>;
type TriggerEntry = z.output<typeof triggerSchema>;

/**
 * A trigger as the events stage reads it. `strong` triggers name an occasion and may gather
 * undated sentences as evidence.
 */
export interface Trigger {
  re: RegExp;
  cameo: string;
  label: string;
  rank: number;
  /** The occasion noun this trigger refers back to ("the meeting", "the report"). */
  noun?: string;
  strong?: boolean;
  id: string;
  kind: TriggerEntry["kind"];
  /**
   * Its verbs' forms that are no noun of an occasion ("said", "visited", not "visit"): a verb
   * tells an act of its own subject, never an occasion referred to ("after the firm Mandiant said").
   */
  verbForms: ReadonlySet<string>;
  /**
   * The words one of which a sentence must hold for the trigger to match in it (`wordsToFind`);
   * absent when a pattern form does not list the words it needs.
   */
  needs?: WordsNeeded;
}

/**
 * Words one of which every match of a trigger holds, as a sentence's words are read for the first
 * test of events/trigger-words.ts: lower-case runs of letters, digits and underscores (what `\b`
 * counts as a word). `words` must be a whole word of the sentence ("cut" of "cut off", "held" of
 * a pattern that needs it), `starts` may begin one ("inaugurat" of "inaugurated").
 */
export interface WordsNeeded {
  words: readonly string[];
  starts: readonly string[];
}

export interface EventType {
  cameo: string;
  label: string;
  titles: readonly TitleTemplate[];
}

export interface CompiledEventTypes {
  /** Every trigger, in search order. */
  triggers: Trigger[];
  types: EventType[];
}

const FILE = "event-types.json";

/** The inflected forms of a form's `verbs`. */
function inflectedVerbs(f: TriggerEntry["forms"][number]): string[] {
  return (f.verbs ?? []).flatMap((v) =>
    typeof v === "string" ? verbForms(v) : verbForms(v.verb, v.without),
  );
}

/** The calendar's words, written once in `calendar.json`, as a pattern may name them. */
const CALENDAR_PARTS: Readonly<Record<string, string>> = {
  month: `${MONTH_WORD}\\b`,
  weekday: `(?:${WEEKDAYS.join("|")})`,
};

/** One trigger's pattern: its forms as alternatives, each with its condition after it. */
function triggerSource(t: TriggerEntry, path: (string | number)[], data: unknown): string {
  const usedParts = new Set<string>();
  // A "{name}" of letters only: regex counts ("{0,5}") hold digits and stay as they are.
  const withParts = (source: string, at: (string | number)[]) =>
    source.replace(/\{([a-zA-Z]+)\}/g, (_, name: string) => {
      const part = t.parts?.[name];
      if (part !== undefined) {
        usedParts.add(name);
        return `(?:${part})`;
      }
      const calendar = CALENDAR_PARTS[name];
      if (calendar === undefined)
        throw new LexiconError(FILE, at, `no part "{${name}}" in this trigger's parts`, data);
      return calendar;
    });
  const named = (name: string, at: (string | number)[]) => {
    const source = t.patterns?.[name];
    if (source === undefined)
      throw new LexiconError(FILE, at, `no pattern "${name}" in this trigger's patterns`, data);
    return withParts(source, [...path, "patterns", name]);
  };
  const lit = t.matchCase ? literalAnyFirstCase : literal;
  const used = new Set<string>();
  const forms = t.forms.map((f, i) => {
    const words = [
      ...inflectedVerbs(f),
      ...(f.nouns ?? []).flatMap(nounForms),
      ...(f.words ?? []),
      ...(f.verbWords ?? []),
    ];
    const alternatives = [
      ...(words.length ? [`\\b(?:${words.map(lit).join("|")})\\b`] : []),
      ...(f.stems?.length ? [`\\b(?:${f.stems.map(lit).join("|")})`] : []),
      ...(f.pattern ? [`(?:${named(f.pattern, [...path, "forms", i, "pattern"])})`] : []),
    ];
    const conditions = typeof f.then === "string" ? [f.then] : (f.then ?? []);
    for (const name of [f.pattern, ...conditions]) if (name) used.add(name);
    const body = alternatives.length === 1 ? alternatives[0] : `(?:${alternatives.join("|")})`;
    return (
      body +
      conditions
        .map((name, k) =>
          named(name, [...path, "forms", i, "then", ...(typeof f.then === "string" ? [] : [k])]),
        )
        .join("")
    );
  });
  const unused = Object.keys(t.patterns ?? {}).find((name) => !used.has(name));
  if (unused) throw new LexiconError(FILE, [...path, "patterns", unused], "not used", data);
  const unusedPart = Object.keys(t.parts ?? {}).find((name) => !usedParts.has(name));
  if (unusedPart) throw new LexiconError(FILE, [...path, "parts", unusedPart], "not used", data);
  return forms.join("|");
}

/** The forms of a trigger's verbs (and verb words) that are not also one of its nouns or an occasion noun. */
function verbOnlyForms(t: TriggerEntry): Set<string> {
  const verbs = t.forms.flatMap((f) => [...inflectedVerbs(f), ...(f.verbWords ?? [])]);
  const nouns = new Set(
    t.forms.flatMap((f) => [...(f.nouns ?? []).flatMap(nounForms), ...(f.words ?? [])]),
  );
  return new Set(
    verbs.map((v) => v.toLowerCase()).filter((v) => !nouns.has(v) && !OCCASIONS.family[v]),
  );
}

/** A word's first run of word characters, lower case: "cut" of "cut off", "s" of "S&ED". */
const firstRun = (word: string) => /^\w+/.exec(word)?.[0].toLowerCase();

/**
 * The words one of which every match of the trigger holds: the first word of each of its words and
 * phrases, its word starts, and the words its patterns need. None when a pattern does not say
 * what it needs, or when a word does not begin with a word character (no whole word of the
 * sentence then holds its start).
 */
function wordsToFind(t: TriggerEntry, re: RegExp): Pick<Trigger, "needs"> {
  if (re.flags.includes("u") || t.forms.some((f) => f.pattern && !f.needs)) return {};
  const words = t.forms.flatMap((f) => [
    ...inflectedVerbs(f),
    ...(f.nouns ?? []).flatMap(nounForms),
    ...(f.words ?? []),
    ...(f.verbWords ?? []),
  ]);
  const stems = t.forms.flatMap((f) => f.stems ?? []);
  const runs = [...words, ...stems].map(firstRun);
  if (runs.some((r) => r === undefined)) return {};
  // A stem of word characters only may begin a longer word; one with a hyphen or a stop names
  // its first run whole ("co-" of "co-chaired").
  const isStart = (stem: string) => firstRun(stem)?.length === stem.length;
  const patternWords = t.forms.flatMap((f) => f.needs ?? []);
  return {
    needs: {
      words: [
        ...new Set([
          ...[...words, ...stems.filter((x) => !isStart(x))].map((w) => firstRun(w) ?? ""),
          ...patternWords.map((w) => w.toLowerCase()),
        ]),
      ],
      starts: [...new Set(stems.filter(isStart).map((w) => w.toLowerCase()))],
    },
  };
}

/** Checks what the schema cannot: the noun's family and a document's noun. */
function checkTrigger(t: TriggerEntry, path: (string | number)[], data: unknown): void {
  if (t.noun !== undefined && !OCCASIONS.family[t.noun])
    throw new LexiconError(FILE, [...path, "noun"], "not a noun of occasions.json", data);
  // The merge and the event type read a document by its noun.
  if ((t.kind === "document") !== (t.noun === "report"))
    throw new LexiconError(
      FILE,
      [...path, "kind"],
      'a document, and only a document, is a "report"',
      data,
    );
}

/** Triggers in search order (types in file order, each type's triggers in its order) and titles. */
export function compileEventTypes(data: z.output<typeof eventTypesFileSchema>): CompiledEventTypes {
  const ids = new Set<string>();
  const triggers: Trigger[] = [];
  const types = data.map((type, i) => {
    if (data.findIndex((t) => t.cameo === type.cameo && t.label === type.label) !== i)
      throw new LexiconError(FILE, [i, "label"], "this code and label are listed twice", data);
    type.triggers.forEach((t, j) => {
      const path = [i, "triggers", j];
      if (ids.has(t.id)) throw new LexiconError(FILE, [...path, "id"], "listed twice", data);
      ids.add(t.id);
      checkTrigger(t, path, data);
      const source = triggerSource(t, path, data);
      const re = compileAt(
        FILE,
        [...path, "forms"],
        data,
        () => new RegExp(source, t.matchCase ? "" : "i"),
      );
      triggers.push({
        re,
        cameo: type.cameo,
        label: type.label,
        rank: t.rank,
        ...(t.noun !== undefined ? { noun: t.noun } : {}),
        ...(t.kind === "occasion" ? { strong: true } : {}),
        id: t.id,
        kind: t.kind,
        verbForms: verbOnlyForms(t),
        ...wordsToFind(t, re),
      });
    });
    const titles = type.title.map((template, j) =>
      compileAt(FILE, [i, "title", j], data, () => parseTitleTemplate(template)),
    );
    return { cameo: type.cameo, label: type.label, titles };
  });
  return { triggers, types };
}

export const EVENT_TYPES: CompiledEventTypes = compileEventTypes(
  parseLexicon(eventTypesFileSchema, raw, FILE),
);

/**
 * A type's title templates, by its code and label; a label the lexicon does not know takes the
 * first type listed with its code.
 */
export function titleTemplates(cameo: string, label: string): readonly TitleTemplate[] {
  const type =
    EVENT_TYPES.types.find((t) => t.cameo === cameo && t.label === label) ??
    EVENT_TYPES.types.find((t) => t.cameo === cameo);
  return type?.titles ?? [];
}
