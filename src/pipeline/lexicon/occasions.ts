import { WEEKDAYS } from "./calendar.ts";
import { z } from "zod";
import { LexiconError, parseLexicon } from "./compile/parse.ts";
import { literal } from "./compile/patterns.ts";
import raw from "./data/occasions.json" with { type: "json" };

/**
 * Occasion families (`data/occasions.json`): nouns that mean the same occasion when a later
 * sentence refers back to it ("the talks" after "the two ministers met"). "the <noun>" refers
 * back for each of `nouns`; `notReferredBack` nouns only name the family (in a trigger or an
 * occasion's name). `merge` says how the family's reports meet others of the same day: an
 * `encounter` (a visit, talks) is the two sides' one encounter told either way; an occasion kept
 * `apart` (a dinner, a speech) is another happening than the talks beside it.
 */
export const occasionsFileSchema = z.array(
  z.strictObject({
    family: z.string().min(1),
    note: z.string().optional(),
    merge: z.enum(["encounter", "apart"]).optional(),
    nouns: z.array(z.string().min(1)).min(1),
    notReferredBack: z.array(z.string().min(1)).optional(),
  }),
);
export type OccasionsFile = z.output<typeof occasionsFileSchema>;

export interface CompiledOccasions {
  /** Each noun's family. */
  family: Record<string, string>;
  /** "the meeting", "that report": a sentence referring back to an occasion already reported. */
  definite: RegExp;
  /** "this week's talks", "Tuesday's meeting": an occasion named by the time it took place. */
  timed: RegExp;
  /** The families in which the two sides meet, reported interchangeably for one encounter. */
  encounters: ReadonlySet<string>;
  /** The families with a table or an audience of their own: another happening of the day. */
  apart: ReadonlySet<string>;
}

/**
 * A day, week or month that owns the occasion in place of "the": "this week's talks", "Tuesday's
 * meeting", "last month's summit". A year's ("this year's report") names one of a series, which
 * the sentence may only mention in passing. The day names come from calendar.json.
 */
const TIME_OWNER = String.raw`(?:(?:this|last|next)\s+(?:week|month)|yesterday|today|${WEEKDAYS.join("|")})['’]s`;

/** A length between the article and the noun: "the two days of talks", "the three-day visit". */
const LENGTH = String.raw`(?:(?:two|three|four|five|six|seven|[2-7])(?:\s+days\s+of|-day)\s+)?`;

export function compileOccasions(data: OccasionsFile): CompiledOccasions {
  const family: Record<string, string> = {};
  data.forEach((f, i) => {
    for (const noun of [...f.nouns, ...(f.notReferredBack ?? [])]) {
      if (family[noun])
        throw new LexiconError("occasions.json", [i], `"${noun}" is also in ${family[noun]}`, data);
      family[noun] = f.family;
    }
  });
  const nouns = data.flatMap((f) => f.nouns).map(literal);
  return {
    family,
    definite: new RegExp(
      String.raw`\b(?:the|that|this|these)\s+${LENGTH}(${nouns.join("|")})\b`,
      "gi",
    ),
    timed: new RegExp(String.raw`\b${TIME_OWNER}\s+${LENGTH}(${nouns.join("|")})\b`, "gi"),
    encounters: new Set(data.filter((f) => f.merge === "encounter").map((f) => f.family)),
    apart: new Set(data.filter((f) => f.merge === "apart").map((f) => f.family)),
  };
}

export const OCCASIONS: CompiledOccasions = compileOccasions(
  parseLexicon(occasionsFileSchema, raw, "occasions.json"),
);

/** A visit (hosted) and a meeting (talks held): one encounter of the two sides, told either way. */
export const ENCOUNTER_FAMILIES: ReadonlySet<string> = OCCASIONS.encounters;
