import { JSON_EXPORTS, foldFieldName } from "../lexicon/json-exports.ts";
import { bodyLines, feedDay } from "./feed.ts";
import type { HtmlPage } from "./html.ts";

/*
 * A story saved as JSON, as a publishing system exports it or a news API returns it: an object
 * whose fields hold the headline, the day, the byline and the text (a string, markup, or a list
 * of paragraphs), perhaps inside a response's wrapper ("response.content", "docs[0]"). As it
 * stands, every paragraph is a quoted string with a comma after it and the day a machine's
 * timestamp; laid out as a page (headline, byline, then the body one paragraph a line), it is
 * read as any other. The day is the first of the fields `json-exports.json` lists, in its order
 * (first published before created), as the writer's own clock gives it.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (v: Json | undefined): v is JsonObject =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** How deep in wrappers a story may stand ("response" › "docs" › [0] › "fields"). */
const WRAPPER_DEPTH = 4;

/** The object's field whose folded name comes first in `names`, if any. */
function fieldOf(o: JsonObject, names: readonly string[]): Json | undefined {
  const keys = new Map(Object.keys(o).map((k) => [foldFieldName(k), k]));
  for (const name of names) {
    const key = keys.get(name);
    if (key !== undefined && o[key] !== null && o[key] !== "") return o[key];
  }
  return undefined;
}

/** A field's text: a string, or the text an object holds ({"main": …}, {"rendered": …}). */
function textOf(v: Json | undefined, names: readonly string[]): string | undefined {
  if (typeof v === "string") return v.trim() || undefined;
  if (isObject(v)) return textOf(fieldOf(v, names), names);
  return undefined;
}

/** The paragraphs of a body field: a string (plain or markup) or a list of strings or objects. */
function paragraphsOf(v: Json | undefined): string[] {
  if (typeof v === "string") return bodyLines(v.replace(/\n/g, "<br>"));
  if (Array.isArray(v))
    return v.flatMap((p) => paragraphsOf(isObject(p) ? fieldOf(p, JSON_EXPORTS.body) : p));
  if (isObject(v)) return paragraphsOf(fieldOf(v, JSON_EXPORTS.body));
  return [];
}

/** The byline's names: a string, a person ({"name": …}) or a list of them. */
function bylineOf(v: Json | undefined): string | undefined {
  const names = (Array.isArray(v) ? v : [v])
    .map((p) => textOf(p, JSON_EXPORTS.personName))
    .filter((n): n is string => !!n);
  return names.length ? names.join(" and ") : undefined;
}

/** A story's body: its own field, or one of its "fields" object, as the Guardian's API nests it. */
function bodyFieldOf(o: JsonObject): Json | undefined {
  const inner = fieldOf(o, ["fields"]);
  return (
    fieldOf(o, JSON_EXPORTS.body) ??
    (isObject(inner) ? fieldOf(inner, JSON_EXPORTS.body) : undefined)
  );
}

/** The object holding the story: one with a body, itself or inside a wrapper (first of a list). */
function storyOf(v: Json | undefined, depth = 0): JsonObject | undefined {
  if (Array.isArray(v)) return depth < WRAPPER_DEPTH ? storyOf(v[0], depth + 1) : undefined;
  if (!isObject(v)) return undefined;
  if (paragraphsOf(bodyFieldOf(v)).length && fieldOf(v, JSON_EXPORTS.headline)) return v;
  if (depth >= WRAPPER_DEPTH) return undefined;
  for (const name of JSON_EXPORTS.containers) {
    const inner = storyOf(fieldOf(v, [name]), depth + 1);
    if (inner) return inner;
  }
  return undefined;
}

/** The parsed JSON of a text that opens as an object or a list, or undefined. */
function parsed(text: string): Json | undefined {
  if (!/^\s*[[{]/.test(text)) return undefined;
  try {
    return JSON.parse(text) as Json;
  } catch {
    return undefined;
  }
}

/** The story of a JSON export laid out as a page, or undefined when the text holds none. */
export function jsonStoryPage(text: string): HtmlPage | undefined {
  const story = storyOf(parsed(text));
  if (!story) return undefined;
  const title = textOf(fieldOf(story, JSON_EXPORTS.headline), JSON_EXPORTS.innerText);
  const byline = bylineOf(fieldOf(story, JSON_EXPORTS.byline));
  const stamp = textOf(fieldOf(story, JSON_EXPORTS.published), JSON_EXPORTS.innerText);
  const body = paragraphsOf(bodyFieldOf(story));
  const header = [title, byline && `By ${byline}`].filter((l): l is string => !!l);
  return {
    text: [...header, "", ...body.flatMap((p) => [p, ""])].join("\n").trim(),
    title,
    url: undefined,
    byline,
    published: feedDay(stamp),
  };
}

/** Whether a file's text is a story saved as JSON (a headline and a body the fields name). */
export const isJsonExport = (text: string): boolean => jsonStoryPage(text) !== undefined;

/** The story of a JSON export laid out as a page; throws when the text holds none. */
export function jsonToText(text: string): HtmlPage {
  const page = jsonStoryPage(text);
  if (!page) throw new Error("JSON holds no story: no object with a headline and a body field");
  return page;
}
