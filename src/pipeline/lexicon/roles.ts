import { z } from "zod";
import { parseLexicon } from "./compile/parse.ts";
import { anyOf, literal, termPattern } from "./compile/patterns.ts";
import { wordSetSchema } from "./compile/schemas.ts";
import { COUNTRIES, NATIONALITY_WORD } from "./countries.ts";
import raw from "./data/roles.json" with { type: "json" };
import { asName } from "../util/capitals.ts";

/** Titles, offices and role words (`data/roles.json`); the people who hold them are in people.json. */
const schema = z.strictObject({
  /**
   * Titles that introduce a person ("Defense Secretary Leon E. Panetta", "Chinese Defense
   * Minister Gen. Liang Guanglie"). Longer first, so "Vice President" wins over "President".
   */
  titles: z.array(z.string().min(1)),
  /**
   * A title of several people, before a list of their names ("Sens. Ann Hale, D-Mich., and Bo
   * Kent, R-Ariz."): each name in the list holds it.
   */
  pluralTitles: z.array(z.string().min(1)),
  /** Rank words between a nationality and the title it qualifies ("U.S. Deputy Defense Secretary"). */
  ranks: z.array(z.string().min(1)),
  /**
   * Words of address before a surname, as transcripts label speakers ("MR. LITTLE:", "SEC.
   * HAGEL:"); with the titles, they mark a label as a person, not a place.
   */
  honorifics: z.array(z.string().min(1)),
  /**
   * Words of address written before a name, with or without a full stop as British papers write
   * them ("Mr Chen", "Mrs. Hale"): never a word of the name itself.
   */
  address: z.array(z.string().min(1)),
  /** Roles (their first words) that only one side's officials hold in this corpus. */
  heldBy: z.record(z.string().regex(/^[A-Z]{3}$/), z.array(z.string().min(1))),
  /** Roles whose meetings are diplomacy (leaders and foreign ministers), as the data names them. */
  diplomatic: z.array(z.string().min(1)),
  /** Offices (terms) whose meetings with the other side are military-to-military contacts. */
  defense: z.array(z.string().min(1)),
  /** Role nouns used to refer back to a person ("the secretary", "the Chinese president"). */
  anaphora: z.array(z.string().min(1)),
  /** Nouns for a travelling party that refer back to it ("The fleet … was welcomed by …"). */
  parties: z.array(z.string().min(1)),
  /** Plural role nouns that name the two sides' people together ("the two leaders"). */
  pairs: z.array(z.string().min(1)),
  /** Nouns a role word modifies rather than names a person with ("the general staff"). */
  bodyWords: wordSetSchema,
  /** Heads of offices named "… of the …" ("chief of the general staff"). */
  titleHeads: wordSetSchema,
  /** Head words of offices named at length ("Under Secretary of State for Economic Affairs"). */
  officeHeads: z.array(z.string().min(1)),
  /** Capitalised words that belong to an office's domain, never to a person's name. */
  officeDomainWords: wordSetSchema,
  /**
   * Nouns after a person's name that make the name a modifier ("the Obama administration", "the
   * Hu era"): the person is not who acted.
   */
  attributiveHeads: wordSetSchema,
  /**
   * Nouns that describe a person in an appositive after their name ("Jane Roe, a former
   * engineer,", "Li Ming, China's chief negotiator,"): what makes an untitled name a person's.
   */
  personNouns: wordSetSchema,
  /**
   * Words that end an appositive's head before its person noun could come ("Acme Dialogue, a day
   * after a dissident left,"): the noun after them is no description of the name.
   */
  descriptionBreaks: wordSetSchema,
  /**
   * Past participles of taking office ("the secretary, confirmed by the Senate in January,"):
   * set off after a name, they date the appointment, not the sentence's act.
   */
  tookOffice: z.array(z.string().min(1)),
  /**
   * Acts of coming to or leaving an office, told of a person ("since Xi became president in
   * March"): a change of office, not a visit or a meeting.
   */
  officeChanges: z.array(z.string().min(1)),
  /**
   * Words of an office still to come ("the vice president, expected to become leader this fall,"):
   * set off after a name, they date the succession, not the sentence's act.
   */
  toTakeOffice: z.array(z.string().min(1)),
});

const ROLES = parseLexicon(schema, raw, "roles.json");

export const TITLES: readonly string[] = ROLES.titles;
/** A word of address before a name, with its optional full stop ("Mr", "Mrs."). */
export const ADDRESS_WORD = String.raw`(?:${ROLES.address.map(literal).join("|")})\.?(?=\s)`;
export const PLURAL_TITLES: readonly string[] = ROLES.pluralTitles;
export const TOOK_OFFICE: readonly string[] = ROLES.tookOffice;
/** Any act of coming to or leaving an office, as whole words ("became", "took office"). */
export const OFFICE_CHANGE = new RegExp(String.raw`\b(?:${anyOf(ROLES.officeChanges)})\b`, "i");
export const TO_TAKE_OFFICE: readonly string[] = ROLES.toTakeOffice;

/** A name that opens with a title or a word of address ("Secretary Chuck Hagel", "Mr. Little"). */
const TITLED_NAME = new RegExp(
  String.raw`^(?:${anyOf([...ROLES.titles, ...ROLES.honorifics])})(?=\s|$)`,
  "i",
);

/** Whether words, in capitals or not, name a person by title or address ("SECRETARY CHUCK HAGEL"). */
export const isTitledName = (words: string) => TITLED_NAME.test(asName(words));

/** Nationality words before a title or name, to ISO 3166-1 alpha-3. */
// "Chinese Assistant Foreign Minister", "U.S. Deputy Defense Secretary": a rank word may stand
// between the nationality and the title it qualifies.
const RANK = String.raw`(?:\s+(?:${ROLES.ranks.join("|")}))*\s*$`;
export const NATIONALITY: readonly [RegExp, string][] = COUNTRIES.map((c) => [
  new RegExp(String.raw`\b(${[...c.adjectives, ...c.beforeTitle].map(literal).join("|")})${RANK}`),
  c.iso,
]);

const HELD_BY = Object.entries(ROLES.heldBy).map(
  ([iso, roles]) => [new RegExp(`^(${roles.map(literal).join("|")})`), iso] as const,
);

/** Roles that only one side's officials hold in this corpus. */
export function countryOfRole(role: string): string | undefined {
  return HELD_BY.find(([re]) => re.test(role))?.[1];
}

/** Roles whose meetings are diplomacy (leaders and foreign ministers) rather than defense contacts. */
export const DIPLOMATIC_ROLE = new RegExp(`^(${ROLES.diplomatic.map(literal).join("|")})$`);

/** Offices whose visits and meetings with the other side are military-to-military contacts. */
export const DEFENSE_ROLE = new RegExp(ROLES.defense.map(termPattern).join("|"));

/**
 * Nouns a role word modifies rather than names a person with ("the general staff", "the
 * secretary general", "the general public").
 */
const ROLE_MODIFIED = ROLES.bodyWords.join("|");

/** "General Staff", "General Political Department": a body's name, not a general named Staff. */
export const BODY_AFTER_TITLE = new RegExp(`^(?:${ROLE_MODIFIED})\\b`, "i");

/**
 * Offices whose name contains "of the …" ("chief of the general staff", "chairman of the
 * general assembly"): the role word inside belongs to the title, not to an earlier person.
 */
const TITLE_HEADS = ROLES.titleHeads.join("|");

/** Role nouns used to refer back to a person ("the secretary", "the general", "the Chinese president"). */
export const ROLE_ANAPHORA = new RegExp(
  String.raw`(?<!\b(?:${TITLE_HEADS})\s+of\s+)\bthe\s+((?:${NATIONALITY_WORD})\s+)?(${ROLES.anaphora.join("|")})\b(?!\s+(?:${ROLE_MODIFIED})\b)`,
  "gi",
);

/** "The two leaders", "both ministers": the two sides' people named together. */
export const THE_PAIR = String.raw`(?:the two|the 2|both)\s+(?:${[...ROLES.pairs]
  .sort((a, b) => b.length - a.length)
  .join("|")})\b`;

/**
 * Offices named at length, beyond TITLES: "Under Secretary of State for Economic Affairs",
 * "Deputy Chief of the General Staff". The head word, then "of"/"for" and capitalised words of
 * the office's domain; the person's name follows the last of these.
 */
export const OFFICE_HEADS: readonly string[] = ROLES.officeHeads;

/** Capitalised words that belong to an office's domain, never to a person's name. */
export const OFFICE_DOMAIN_WORDS: ReadonlySet<string> = new Set(ROLES.officeDomainWords);

/** One of the person nouns, as an alternation for a pattern. */
export const PERSON_NOUN = `(?:${[...ROLES.personNouns].join("|")})`;
/** One word of an appositive before its person noun: not a word that ends the head. */
export const DESCRIPTION_WORD = String.raw`(?!(?:${ROLES.descriptionBreaks.join("|")})\s)[^,;.()\s]+`;

/**
 * A description of one person that opens an appositive ("chairman of the Joint Chiefs", "a
 * senior official"): a word that heads a title or a person noun, in the singular.
 */
export const ONE_PERSON_DESCRIBED = new RegExp(
  String.raw`^(?:(?:the|a|an)\s+)?(?:[\p{Ll}-]+\s+)?(?:${TITLE_HEADS}|${PERSON_NOUN})\b(?!['’]s)`,
  "u",
);

/** What follows a name used as a modifier ("Obama administration officials", "the Hu era"). */
export const ATTRIBUTIVE_HEAD = new RegExp(`^\\s+(?:${ROLES.attributiveHeads.join("|")})\\b`, "i");

/**
 * A sentence whose subject is the people of the sentence before: a pronoun, "The two …", "Both …",
 * "The leaders …" (the pairs), or the travelling party ("The delegation …").
 */
export const CONTINUED_SUBJECT = new RegExp(
  `^(?:They|He|She|The two|Both)\\b|^The (?:${[...ROLES.pairs, ...ROLES.parties].map(literal).join("|")})\\b`,
);
