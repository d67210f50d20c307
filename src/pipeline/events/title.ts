import type { Actor, TimelineEvent } from "../../dataset/index.ts";
import { TOPICS } from "../../dataset/index.ts";
import { shortName } from "../lexicon/people.ts";

/** "Panetta" for Western names, "Xi" for Chinese ones (surname first). */
export function shortOf(a: Actor): string {
  // An office without a person ("Chinese Minister of National Defense") has no short form.
  if (/^(Chinese|U\.S\.|American)\s/.test(a.name)) return a.name;
  return shortName(a.name, a.country === "CHN" && !a.name.includes("."));
}

function list(names: string[]): string {
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

/** "the Sunnylands estate in Rancho Mirage, Calif." → "the Sunnylands estate" for a title. */
function shortPlace(name: string): string {
  return name.split(/\s+(?:in|near)\s+|,\s+/)[0] ?? name;
}

const cap = (s: string) => (s ? `${s[0]?.toUpperCase()}${s.slice(1)}` : s);

/**
 * A short human title from the event's type, people, occasion and place: "Panetta hosts Liang
 * Guanglie at the Pentagon", "Liang Guanglie at the Shangri-La Dialogue", "Obama comments on
 * surveillance & privacy in San Jose". Planned events say so.
 */
export function makeTitle(
  e: Pick<TimelineEvent, "type" | "actors" | "location" | "topics" | "status">,
  occasion?: string,
  object?: string,
): string {
  const people = e.actors.slice(0, 3);
  const names = list(people.map(shortOf));
  const place = e.location ? shortPlace(e.location.name) : "";
  const venue =
    /^the\s/i.test(place) || /Pentagon|House|Hall|Retreat|Sunnylands|Guesthouse|Hotel/.test(place);
  const at = place ? ` ${venue ? "at" : "in"} ${place}` : "";
  const topic = TOPICS.find((t) => t.id === e.topics[0])?.label.toLowerCase();
  let title: string;
  switch (e.type.cameo) {
    case "043": {
      const host = people.find((a) => a.country === e.location?.country) ?? people[0];
      const guests = people.filter((a) => a !== host).map((a) => a.name);
      title = host ? `${shortOf(host)} hosts ${list(guests) || "a visit"}${at}` : `Visit${at}`;
      break;
    }
    case "042": {
      const dest =
        place || object?.match(/\bto\s+((?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)/)?.[1];
      title = `${names || "Officials"} ${people.length === 1 ? "visits" : "visit"}${dest ? ` ${dest}` : ""}`;
      break;
    }
    case "040":
    case "046":
      title = occasion
        ? names
          ? `${names} at the ${occasion}`
          : cap(occasion)
        : `${names || "Officials"} ${people.length === 1 ? "holds" : "hold"} talks${at}`;
      break;
    case "030":
    case "057":
      title = `${names || "The two sides"} ${people.length === 1 ? "agrees" : "agree"}${object ? ` ${object.replace(/^to\s+/, "to ")}` : " to cooperate"}`;
      if (!/^to /.test(object ?? "to")) title = `${names} agree on ${object}`;
      break;
    case "010":
      if (e.type.label === "Release report") {
        title = occasion
          ? `${cap(occasion)} released`
          : `Report released${names ? ` (${names})` : ""}`;
        break;
      }
      title = `${names || "Officials"} ${people.length > 1 ? "speak" : "speaks"}${topic ? ` on ${topic}` : ""}${at}`;
      break;
    default:
      title = `${names ? `${names}: ` : ""}${e.type.label.toLowerCase()}${occasion ? ` (${occasion})` : ""}${at}`;
  }
  title = cap(title.replace(/\s+/g, " ").trim());
  return e.status === "planned" ? `Planned: ${title}` : title;
}
