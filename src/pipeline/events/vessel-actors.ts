import type { Actor } from "../../dataset/index.ts";
import {
  findVessels,
  LIST_JOINT,
  NOT_ACTING_BEFORE,
  PARTNER_BEFORE,
  type VesselMention,
} from "../lexicon/vessels.ts";
import { ORGS } from "../lexicon/orgs.ts";

/**
 * The ships that act in a sentence's event, whose act is its trigger at `before`: those named
 * before it (its subject) unless a place or object word comes before them, and those it brings in
 * as partners ("held a drill with the cruiser Lake Erie", "an exercise between USS Mason and the
 * destroyer Harbin"). `masked` is the text with every ship's phrase blanked, so that the side's
 * words of a ship ("the Chinese destroyer") are not also read as a government or a navy acting.
 */
export function vesselActors(text: string, before: number): { actors: Actor[]; masked: string } {
  const all = findVessels(text);
  const acting: VesselMention[] = [];
  const acts: boolean[] = [];
  all.forEach((v, i) => {
    // A ship listed after another ("…, the frigate Linyi and the oiler Hongzehu") or in the same
    // phrase ("ships Qingdao and Linyi") stands where the first of the list stands.
    const previous = all[i - 1];
    const listed =
      !!previous &&
      (previous.start === v.start ||
        (previous.end <= v.start && LIST_JOINT.test(text.slice(previous.end, v.start))));
    const lead = text.slice(Math.max(0, v.start - 30), v.start);
    acts[i] = listed
      ? !!acts[i - 1]
      : !NOT_ACTING_BEFORE.test(lead) && (v.start < before || PARTNER_BEFORE.test(lead));
    if (acts[i]) acting.push(v);
  });
  let masked = text;
  for (const v of all)
    masked = masked.slice(0, v.start) + " ".repeat(v.end - v.start) + masked.slice(v.end);
  const actors: Actor[] = [];
  const add = (actor: Actor) => {
    if (!actors.some((a) => a.name === actor.name)) actors.push(actor);
  };
  for (const v of acting) {
    add(v.actor);
    // "the Chinese navy's training ship Zheng He", "the PLA Navy destroyer Shenzhen": a ship
    // named with its navy acts for it, and the navy acts too.
    const navy = ORGS.find((o) => !o.state && o.re.test(text.slice(v.start, v.end)));
    if (navy) add(navy.actor);
  }
  return { actors, masked };
}
