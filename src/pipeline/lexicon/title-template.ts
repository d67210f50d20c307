import { matchesOf } from "../util/matches.ts";

/**
 * Title templates of event types (`title` in data/event-types.json): "{people} {visit|visits}
 * {destination}". `{slot}` is a part of the event (below) and must be known for the template to
 * apply; `{plural|singular}` agrees with the number of people; `[ … ]` is left out when a slot
 * inside it is unknown ("[ {at}]"). A type lists its templates in order of preference; where none
 * applies, the title is the article's headline or the type's label.
 */

/** The parts of an event a template can name. */
export const TITLE_SLOTS = [
  /** The people, by their short names: "Kerry and Wang". */
  "people",
  /** The people when they are two or more (those who meet): "Kerry and Wang". */
  "pair",
  /** The first person, by short name. */
  "leader",
  /** Whoever hosted (the report's word, else the official of the country where it happened). */
  "host",
  /** Everyone else, by full name. */
  "guests",
  /** Where a visit went, else the event's place. */
  "destination",
  /** The occasion's name, an ordinal round in lower case ("the second round of …"). */
  "occasion",
  /** A document's name as written. */
  "document",
  /** Whom a meeting was with, in the article's words. */
  "counterpart",
  /** What was agreed, when it is an infinitive ("to resume military talks"). */
  "plan",
  /** The event's first topic, in lower case. */
  "topic",
  /** "at the Pentagon", "in Beijing". */
  "at",
] as const;
export type TitleSlot = (typeof TITLE_SLOTS)[number];

type Part =
  | { text: string }
  | { slot: TitleSlot }
  | { plural: string; singular: string }
  | { optional: Part[] };

export type TitleTemplate = readonly Part[];

const TOKEN = /\{([^{}|]+)\|([^{}|]+)\}|\{([^{}|]+)\}|\[|\]|[^{}[\]]+/g;

/** Parses a template; throws on an unknown slot or unbalanced brackets. */
export function parseTitleTemplate(template: string): TitleTemplate {
  const top: Part[] = [];
  let group: Part[] | undefined;
  let seen = "";
  for (const m of matchesOf(template, TOKEN)) {
    seen += m[0];
    const into = group ?? top;
    if (m[1] !== undefined && m[2] !== undefined) into.push({ plural: m[1], singular: m[2] });
    else if (m[3] !== undefined) {
      const slot = m[3] as TitleSlot;
      if (!TITLE_SLOTS.includes(slot)) throw new SyntaxError(`unknown slot {${m[3]}}`);
      into.push({ slot });
    } else if (m[0] === "[") {
      if (group) throw new SyntaxError("[ inside [");
      group = [];
    } else if (m[0] === "]") {
      if (!group) throw new SyntaxError("] without [");
      top.push({ optional: group });
      group = undefined;
    } else into.push({ text: m[0] });
  }
  if (group) throw new SyntaxError("[ without ]");
  if (seen !== template) throw new SyntaxError(`cannot read "${template}"`);
  return top;
}

/** The template filled in, or undefined when a slot it needs is unknown. */
export function renderTitle(
  template: TitleTemplate,
  slot: (name: TitleSlot) => string | undefined,
  plural: boolean,
): string | undefined {
  const render = (parts: readonly Part[]): string | undefined => {
    let out = "";
    for (const p of parts) {
      if ("text" in p) out += p.text;
      else if ("plural" in p) out += plural ? p.plural : p.singular;
      else if ("slot" in p) {
        const value = slot(p.slot);
        if (value === undefined) return undefined;
        out += value;
      } else out += render(p.optional) ?? "";
    }
    return out;
  };
  return render(template);
}
