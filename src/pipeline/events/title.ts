import { literal } from "../lexicon/compile/patterns.ts";
import { withoutDangling } from "./clip.ts";
import type { Actor, TimelineEvent } from "../../dataset/index.ts";
import { TOPICS } from "../../dataset/index.ts";
import { ADJECTIVE } from "../lexicon/countries.ts";
import { titleTemplates } from "../lexicon/event-types.ts";
import { shortName } from "../lexicon/people.ts";
import { writesSurnameFirst } from "../lexicon/names.ts";
import { isVenue } from "../lexicon/places.ts";
import { renderTitle, type TitleSlot } from "../lexicon/title-template.ts";
import { countryOfDestination } from "./location.ts";

/** A nationality first: an office named without its holder. */
const OFFICE_ONLY = new RegExp(`^(${ADJECTIVE})\\s`);

/** "Panetta" for Western names, "Xi" for Chinese ones (surname first). */
export function shortOf(a: Actor): string {
  // An office without a person ("Chinese Minister of National Defense") has no short form.
  if (OFFICE_ONLY.test(a.name)) return a.name;
  const chinese = writesSurnameFirst(a.name.split(/\s+/), a.country);
  return shortName(a.name, chinese && !a.name.includes("."));
}

function list(names: string[]): string {
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

/** "the Sunnylands estate in Rancho Mirage, Calif." → "the Sunnylands estate" for a title. */
function shortPlace(name: string): string {
  return name.split(/\s+(?:in|near)\s+|,\s+/)[0] ?? name;
}

/** A title has no closing full stop, but an abbreviation keeps its own ("the U.S."). */
export function endless(s: string): string {
  return /(?:^|[\s.])[A-Z]\.$/.test(s) ? s : s.replace(/[.\s]+$/, "");
}

const cap = (s: string) => (s ? `${s[0]?.toUpperCase()}${s.slice(1)}` : s);

/**
 * "Kerry meets Wang and": a part cut where the next act of its sentence begins may keep the word
 * that joined them. The title ends without such words (clip.ts `withoutDangling`), nor the comma
 * before them.
 */
export const endsWhole = (title: string): string => withoutDangling(title).replace(/,$/, "");

/** What the title templates draw on besides the event itself. */
export interface TitleParts {
  /** People only (bodies such as "China" read better in the headline). */
  people: Actor[];
  occasion?: string;
  object?: string;
  destination?: string;
  /** The host's name, when a report says who hosted. */
  host?: string;
  /** Whom a meeting was with, in the article's words. */
  counterpart?: string;
  headline?: string;
  /** The event is an announcement told so: its headline is its title (EventDraft `announced`). */
  announced?: boolean;
}

/**
 * Whether a person is the one the words name: by the whole name, or by its first and last words
 * ("Ashton B. Carter" in "Deputy Defense Secretary Ashton Carter"), not by a surname alone, which
 * two people may share.
 */
function namedIn(name: string, words: string): boolean {
  if (words.includes(name)) return true;
  const parts = name.split(/\s+/);
  if (parts.length < 2) return false;
  const has = (w: string) =>
    new RegExp(String.raw`(?:^|\s)${literal(w)}(?=$|[\s,.'’])`).test(words);
  return has(parts[0] ?? "") && has(parts.at(-1) ?? "");
}

/** The type of a visit made, whose title names who travelled. */
const VISIT_CAMEO = "042";

/**
 * "Hagel invited Chang to visit the United States": of a visit's people, those of the country
 * visited received the visit rather than made it, so the title names the others (all of them
 * when the destination's country is unknown or everyone is of it).
 */
function travellers(cameo: string, people: Actor[], destination: string | undefined): Actor[] {
  const country =
    cameo === VISIT_CAMEO && destination ? countryOfDestination(destination) : undefined;
  const away = country ? people.filter((a) => a.country !== country) : people;
  return away.length ? away : people;
}

/**
 * A short human title from the event's type, people, occasion and place: "Panetta hosts Liang
 * Guanglie at the Pentagon", "Liang at the Shangri-La Dialogue", "Obama speaks on surveillance &
 * privacy in San Jose". The type's first template (data/event-types.json) whose parts are known
 * gives it; where none does (or no person is named) the main clause of the event's sentence
 * stands in. Planned events say so.
 */
export function makeTitle(
  e: Pick<TimelineEvent, "type" | "location" | "topics" | "status">,
  parts: TitleParts,
): string {
  // A body visited or met is named by the destination or counterpart, not as a traveller.
  const named = [parts.destination, parts.counterpart].filter(Boolean).join(" ");
  const people = travellers(
    e.type.cameo,
    parts.people.filter((a) => !named || !namedIn(a.name, named)),
    parts.destination,
  ).slice(0, 3);
  const names = list(people.map(shortOf));
  const place = e.location ? shortPlace(e.location.name) : "";
  const venue = isVenue(place);
  const topic = TOPICS.find((t) => t.id === e.topics[0])?.label.toLowerCase();
  const plural = people.length > 1;
  // The host is who the report says hosted, else the official of the country where it happened;
  // with neither known, no one is called the host.
  const host =
    people.find((a) => a.name === parts.host) ??
    people.find((a) => !!e.location?.country && a.country === e.location.country);
  // The host's compatriots host with them: the guests are the other side.
  const guests = people
    .filter((a) => a !== host && (!host?.country || a.country !== host.country))
    .map((a) => a.name);
  const slots: Record<TitleSlot, () => string | undefined> = {
    people: () => names || undefined,
    pair: () => (plural ? names : undefined),
    leader: () => (people[0] ? shortOf(people[0]) : undefined),
    host: () => (host ? shortOf(host) : undefined),
    guests: () => (guests.length ? list(guests) : undefined),
    destination: () => (parts.destination ?? place) || undefined,
    // "Liang at the second round of the …", but "Liang at the Shangri-La Dialogue".
    occasion: () =>
      parts.occasion
        ?.replace(/^the\s+/i, "")
        .replace(
          /^(First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|\d+\w*)\s(round|session|meeting)\b/,
          (w) => w.toLowerCase(),
        ) || undefined,
    document: () => parts.occasion || undefined,
    counterpart: () => parts.counterpart || undefined,
    plan: () => (parts.object?.startsWith("to ") ? parts.object : undefined),
    topic: () => topic || undefined,
    at: () => (place ? `${venue ? "at" : "in"} ${place}` : undefined),
  };
  let title = parts.headline || `${names ? `${names}: ` : ""}${e.type.label.toLowerCase()}`;
  const templates =
    parts.announced && parts.headline ? [] : titleTemplates(e.type.cameo, e.type.label);
  for (const template of templates) {
    const filled = renderTitle(template, (slot) => slots[slot](), plural);
    if (filled === undefined) continue;
    title = cap(filled);
    break;
  }
  title = cap(endsWhole(endless(title.replace(/\s+/g, " ").trim())));
  return e.status === "planned" ? `Planned: ${title}` : title;
}
