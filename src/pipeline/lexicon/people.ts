import { z } from "zod";
import { LexiconError, parseLexicon } from "./compile/parse.ts";
import raw from "./data/people.json" with { type: "json" };

/**
 * A gazetteer of US and Chinese officials prominent in 2010–2013 dialogue (`data/people.json`),
 * so a bare surname ("Panetta") or a misspelling ("Xi Jingpin") resolves to one canonical actor
 * with a country. `surnameFirst` marks Chinese name order: the short form is the first token.
 */
export interface KnownPerson {
  name: string;
  country: "USA" | "CHN";
  role: string;
  surnameFirst?: boolean;
  aliases?: string[];
  /**
   * Named by a short surname alone in running text without any introduction ("Xi", "Hu"): short
   * surnames are otherwise too ambiguous to resolve before the article introduces the person.
   */
  bareShort?: boolean;
}

export const peopleFileSchema = z.array(
  z.strictObject({
    name: z.string().regex(/^\S+(?: \S+)+$/, "a full name: two words or more"),
    country: z.enum(["USA", "CHN"]),
    /** The office held in 2010–2013, as the published data names it. */
    role: z.string().min(1),
    aliases: z.array(z.string().min(1)).optional(),
    bareShort: z.literal(true).optional(),
    /** Name order; Chinese names put the surname first unless this says otherwise. */
    surnameFirst: z.boolean().optional(),
  }),
);
export type PeopleFile = z.output<typeof peopleFileSchema>;

/** Gazetteer entries as the actor stage reads them. */
export function compilePeople(data: PeopleFile): KnownPerson[] {
  return data.map((p, i) => {
    if (data.findIndex((q) => q.name === p.name) !== i)
      throw new LexiconError("people.json", [i, "name"], "listed twice", data);
    const surnameFirst = p.surnameFirst ?? p.country === "CHN";
    return {
      name: p.name,
      country: p.country,
      role: p.role,
      ...(surnameFirst ? { surnameFirst } : {}),
      aliases: p.aliases ?? [],
      ...(p.bareShort ? { bareShort: true } : {}),
    };
  });
}

export const PEOPLE: readonly KnownPerson[] = compilePeople(
  parseLexicon(peopleFileSchema, raw, "people.json"),
);

/** The short form used in running text: "Panetta", "Xi". */
export function shortName(name: string, surnameFirst: boolean): string {
  const tokens = name.replace(/\s+(Jr\.|Sr\.|II|III|IV)$/, "").split(/\s+/);
  return (surnameFirst ? tokens[0] : tokens[tokens.length - 1]) ?? name;
}
