import { z } from "zod";
import { parseLexicon } from "./compile/parse.ts";
import raw from "./data/abbreviations.json" with { type: "json" };

/**
 * Abbreviations and the sentence ends they allow (`data/abbreviations.json`), as the sentence
 * splitter reads the token before a period: lower case, its inner periods kept ("u.s", "n.c").
 */
const token = z
  .string()
  .regex(/^[a-z][a-z.]*[a-z]$|^[a-z]$/, "lower case, without the last period");
export const abbreviationsFileSchema = z.strictObject({
  note: z.string(),
  neverEnd: z.array(token).min(1),
  mayEnd: z.array(token).min(1),
  statesAfterCity: z.array(token).min(1),
  startersAfter: z.array(z.string().regex(/^[A-Z][a-z]*$/, "one capitalised word")).min(1),
});

const ABBREVIATIONS = parseLexicon(abbreviationsFileSchema, raw, "abbreviations.json");

/** Abbreviations after which a period never ends a sentence (titles, months: "Gen.", "Sept."). */
export const NEVER_ENDS: ReadonlySet<string> = new Set(ABBREVIATIONS.neverEnd);

/** A state's (or the capital's) abbreviation after its city: "San Jose, Calif.", "Washington, D.C.". */
export const STATES_AFTER_CITY: ReadonlySet<string> = new Set(ABBREVIATIONS.statesAfterCity);

/** Abbreviations that often end a sentence too ("… the U.S.", "40 min."), states among them. */
export const MAY_END: ReadonlySet<string> = new Set([
  ...ABBREVIATIONS.mayEnd,
  ...ABBREVIATIONS.statesAfterCity,
]);

/** Words that start a new sentence after an abbreviation that may end one. */
export const STARTERS = new RegExp(`^["“‘(]?(?:${ABBREVIATIONS.startersAfter.join("|")})\\b`);
