import { eventActors } from "../actors.ts";
import { attachSentence, narrationOf, sharedActors } from "../attach.ts";
import { pickBest } from "../refer.ts";
import type { Ctx } from "./context.ts";

/**
 * "Liang presents a book to Lt. Gen. Huntoon, West Point, May 10, 2012": a sentence dated to a
 * day that names no act, only people, shows the event of that day that shares a person with it
 * (wherever that event is reported in the article), so it joins it as evidence.
 */
export function joinActless(ctx: Ctx): void {
  for (const s of ctx.actless) {
    const days = new Set(s.times.filter((t) => t.precision === "day").map((t) => t.value));
    const actors = eventActors(s, ctx.work, []);
    const same = ctx.events.filter(
      (e) =>
        e.date.precision === "day" &&
        days.has(e.date.value) &&
        !e.sentenceIdx.includes(s.index) &&
        sharedActors(e, actors) > 0,
    );
    const target = pickBest(same, actors);
    if (target) attachSentence(target, s, actors, [], narrationOf(s, ctx.work.quotes));
  }
}
