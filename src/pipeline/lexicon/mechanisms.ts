import { z } from "zod";
import { parseLexicon } from "./compile/parse.ts";
import { anyOf } from "./compile/patterns.ts";
import raw from "./data/mechanisms.json" with { type: "json" };
import { matchesOf } from "../util/matches.ts";

/**
 * The two governments' standing bilateral mechanisms (`data/mechanisms.json`): dialogues, talks
 * and working groups whose sessions are the governments' acts when no person is named.
 */
const schema = z.strictObject({
  note: z.string(),
  names: z.array(z.string().min(1)).min(1),
});

const MECHANISMS = parseLexicon(schema, raw, "mechanisms.json");

/** Any mechanism's name, as whole words, any case. */
export const MECHANISM = new RegExp(
  String.raw`(?<![\w&])(?:${anyOf(MECHANISMS.names)})(?![\w&])`,
  "i",
);

/** MECHANISM for every match of a text, compiled once (matchesOf leaves it as it was). */
const EVERY_MECHANISM = new RegExp(MECHANISM.source, "gi");

/** Every mechanism named in a text, in order, with its offsets. */
export function findMechanisms(text: string): { name: string; start: number; end: number }[] {
  return matchesOf(text, EVERY_MECHANISM).map((m) => ({
    name: m[0],
    start: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
  }));
}
