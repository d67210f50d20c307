import { z } from "zod";
import { LexiconError, parseLexicon } from "./compile/parse.ts";
import { literal, wordsPattern } from "./compile/patterns.ts";
import raw from "./data/countries.json" with { type: "json" };

/**
 * The two sides of the dialogue (`data/countries.json`): what each country is called, its
 * adjectives and capital, and the display name of its government as an actor. Listed in the order
 * the two governments are named when both acted.
 */
export const countriesFileSchema = z.array(
  z.strictObject({
    /** ISO 3166-1 alpha-3. */
    iso: z.string().regex(/^[A-Z]{3}$/, "an ISO 3166-1 alpha-3 code"),
    /** The government as an actor ("China suspended military exchanges"). */
    government: z.string().min(1),
    /** Names in running text ("the U.S.", "China"). */
    names: z.array(z.string().min(1)).min(1),
    /**
     * Other names of the whole country, read only where a destination is compared with it ("the
     * People's Republic of China"). An abbreviation's full stops are optional there.
     */
    alsoCalled: z.array(z.string().min(1)).default([]),
    /** Nationality words before a person or office ("Chinese officials", "U.S. Defense Secretary"). */
    adjectives: z.array(z.string().min(1)).min(1),
    /** Capitals stand for their government ("Beijing canceled the trip"). */
    capitals: z.array(z.string().min(1)).min(1),
    /** Further words that mark an official's country right before a title ("China's Defense Minister"). */
    beforeTitle: z.array(z.string().min(1)).default([]),
  }),
);
export type CountriesFile = z.input<typeof countriesFileSchema>;
export type Country = z.output<typeof countriesFileSchema>[number];

/** Validated countries, each once. */
export function compileCountries(data: readonly Country[]): readonly Country[] {
  data.forEach((c, i) => {
    if (data.findIndex((d) => d.iso === c.iso) !== i)
      throw new LexiconError("countries.json", [i, "iso"], "listed twice", data);
  });
  return data;
}

export const COUNTRIES: readonly Country[] = compileCountries(
  parseLexicon(countriesFileSchema, raw, "countries.json"),
);

/** Each side's names, adjectives and capital anywhere in a text ("Chinese officials met U.S. counterparts"). */
export const SIDE_WORDS: readonly { iso: string; re: RegExp }[] = COUNTRIES.map((c) => ({
  iso: c.iso,
  re: new RegExp(wordsPattern([...new Set([...c.names, ...c.adjectives, ...c.capitals])])),
}));

/** Capitals, which stand for their governments unless a place word comes before them. */
export const CAPITALS: ReadonlySet<string> = new Set(COUNTRIES.flatMap((c) => c.capitals));

/** Nationality adjectives of all sides ("Chinese", "U.S.", "American"), as a regex source. */
export const ADJECTIVE = COUNTRIES.flatMap((c) => c.adjectives)
  .map(literal)
  .join("|");

/**
 * Words that give a role its country ("the Chinese president", "the US ambassador"): the
 * adjectives and the names written as initials.
 */
export const NATIONALITY_WORD = [
  ...new Set(COUNTRIES.flatMap((c) => [...c.adjectives, ...c.names.filter(isInitials)])),
]
  .map(literal)
  .join("|");

function isInitials(name: string): boolean {
  return /^[A-Z.]+$/.test(name);
}

const BY_WORD = new Map(
  COUNTRIES.flatMap((c) =>
    [...c.adjectives, ...c.names.filter(isInitials)].map((w) => [w.toLowerCase(), c.iso]),
  ),
);

/** The country of a nationality word (any case, spaces around it ignored). */
export function countryOfWord(word: string): string | undefined {
  return BY_WORD.get(word.trim().toLowerCase());
}

/**
 * A whole country's name (lower case, nothing else): "the U.S." as a destination holds any place
 * in it. The full stops of an abbreviation are optional ("u.s", "us.").
 */
export const COUNTRY_NAME = new RegExp(
  `^(?:${COUNTRIES.flatMap((c) => [...c.names, ...c.alsoCalled])
    .map((n) =>
      n
        .toLowerCase()
        .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
        .replace(/\\\./g, "\\.?"),
    )
    .join("|")})$`,
);

/** Whether a place's name, as written ("the United States", "China"), is a whole country's. */
export const isCountryName = (name: string) =>
  COUNTRY_NAME.test(name.replace(/^the\s+/i, "").toLowerCase());
