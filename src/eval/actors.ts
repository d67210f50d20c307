import type { TimelineEvent } from "../dataset/index.ts";
import { normalize } from "./text.ts";

/**
 * A government acting as a whole goes by many names (the capital, the defense ministry, the
 * armed forces as an institution); for the actor score each list is one actor, reported under
 * its first name.
 */
const GOVERNMENT_NAMES: readonly (readonly string[])[] = [
  [
    "United States",
    "U.S.",
    "US",
    "USA",
    "America",
    "Washington",
    "U.S. government",
    "US government",
    "Obama administration",
    "Pentagon",
    "White House",
    "Department of Defense",
    "U.S. Department of Defense",
    "Defense Department",
    "DoD",
  ],
  [
    "China",
    "PRC",
    "People's Republic of China",
    "Beijing",
    "Chinese government",
    "PLA",
    "People's Liberation Army",
    "Ministry of National Defense",
    "Chinese Ministry of National Defense",
    "Chinese defense ministry",
  ],
];

const GOVERNMENT_BY_NAME = new Map(
  GOVERNMENT_NAMES.flatMap((names) => names.map((name) => [normalize(name), names[0] ?? ""])),
);

/**
 * What identifies an actor for the actor score: the government's name for any of its aliases,
 * otherwise the person's or body's last word ("Leon E. Panetta" and "Panetta" are one actor),
 * ignoring a generational suffix ("Jr.", "III"). Person keys are lower case and one word, so
 * they never collide with a government's name.
 */
export function actorKey(name: string): string {
  const n = normalize(name).replace(/^the /, "");
  const government = GOVERNMENT_BY_NAME.get(n);
  if (government !== undefined) return government;
  return (
    n
      .replace(/,? (jr|sr|ii|iii)\.?$/, "")
      .split(" ")
      .pop() ?? ""
  );
}

/**
 * Whether an event names one of the gold actors anywhere in its actors or title, by last word.
 * Used only as the second way to match, next to evidence: an event with the exact gold date that
 * names who acted is the gold event even when its evidence is a different sentence.
 */
export function namesGoldActor(event: TimelineEvent, goldActors: readonly string[]): boolean {
  const text = normalize([...event.actors.map((a) => a.name), event.title].join(" "));
  return goldActors.some((actor) => {
    const last = normalize(actor).split(" ").pop();
    return last !== undefined && last !== "" && text.includes(last);
  });
}
