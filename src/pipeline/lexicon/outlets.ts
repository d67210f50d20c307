import { z } from "zod";
import { LexiconError, parseLexicon } from "./compile/parse.ts";
import { literal, wordsPattern } from "./compile/patterns.ts";
import raw from "./data/outlets.json" with { type: "json" };

/**
 * Known news outlets of the corpus's kind (`data/outlets.json`): defense and foreign-ministry news
 * services, wire agencies, newspapers. An outlet is found by its `names` (whole words: masthead,
 * credit line) or its `marks` (found anywhere: an agency tag "(AP)", a site's domain); case is
 * ignored unless `matchCase` (a tag such as "BBC" or "(AP)" is only ever in capitals).
 */
export const outletsFileSchema = z.array(
  z.strictObject({
    /** The outlet as the published data names it. */
    name: z.string().min(1),
    names: z.array(
      z.string().regex(/^\w(?:.*\w)?$/, "a name starts and ends with a letter or digit"),
    ),
    marks: z.array(z.string().min(1)).optional(),
    matchCase: z.literal(true).optional(),
  }),
);
export type OutletsFile = z.output<typeof outletsFileSchema>;

export interface Outlet {
  name: string;
  /** Its names and marks. */
  match: RegExp;
  /** Its marks alone, if it has any. */
  mark?: RegExp;
}

/** Each outlet with one pattern of its names and marks. */
export function compileOutlets(data: OutletsFile): Outlet[] {
  const seen = new Set<string>();
  return data.map((o, i) => {
    if (seen.has(o.name)) throw new LexiconError("outlets.json", [i, "name"], "listed twice", data);
    seen.add(o.name);
    const flags = o.matchCase ? "" : "i";
    const marks = (o.marks ?? []).map(literal);
    const parts = [wordsPattern(o.names), ...marks].filter(Boolean);
    return {
      name: o.name,
      match: new RegExp(parts.join("|"), flags),
      ...(marks.length ? { mark: new RegExp(marks.join("|"), flags) } : {}),
    };
  });
}

export const OUTLETS: readonly Outlet[] = compileOutlets(
  parseLexicon(outletsFileSchema, raw, "outlets.json"),
);

/** The outlet named on one of some short lines of their own (a masthead, a credit line). */
export function outletNamedOn(lines: string[]): string {
  for (const line of lines) {
    for (const o of OUTLETS) if (line.length < 80 && o.match.test(line)) return o.name;
  }
  return "";
}

/**
 * The outlet named anywhere on the page but in the story's own sentences, or marked even there
 * (an agency tag "(AP)", the site's domain): a name in the prose ("The New York Times reported")
 * is another outlet's.
 */
export function outletInPage(lines: string[], isProse: (line: string) => boolean): string {
  const chrome = lines.filter((l) => !isProse(l)).join("\n");
  const whole = lines.join("\n");
  for (const o of OUTLETS) if (o.match.test(chrome) || o.mark?.test(whole)) return o.name;
  return "";
}
