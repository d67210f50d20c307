import { z } from "zod";
import { parseLexicon } from "./compile/parse.ts";
import raw from "./data/json-exports.json" with { type: "json" };

/**
 * Field names of a story saved as JSON (`data/json-exports.json`): where its headline, its day,
 * its byline and its text stand, and which objects may hold the story itself. Names are kept
 * folded (lower case, no underscore or hyphen), as `foldFieldName` reads a field.
 */
const field = z.string().regex(/^[a-z]+$/, "folded: lower case letters only");
const schema = z.strictObject({
  note: z.string(),
  headline: z.array(field).min(1),
  /** Where a field that is an object keeps its text ({"main": …}, {"rendered": …}). */
  innerText: z.array(field).min(1),
  published: z.array(field).min(1),
  byline: z.array(field).min(1),
  personName: z.array(field).min(1),
  body: z.array(field).min(1),
  containers: z.array(field),
});

export const JSON_EXPORTS = parseLexicon(schema, raw, "json-exports.json");

/** "first_published_at", "firstPublishedAt", "First-Published-At" → "firstpublishedat". */
export const foldFieldName = (name: string) => name.toLowerCase().replace(/[_\s-]/g, "");
