import { describe, expect, it } from "vitest";
import { Registry } from "../actors/registry.ts";
import { findActorMentions } from "../actors/mentions.ts";
import { sentenceOf } from "../testing/sentence.ts";
import { hostOf } from "./host.ts";

function host(text: string): string | undefined {
  const actors = findActorMentions(text, 0, new Registry());
  const s = sentenceOf(text, actors);
  return hostOf(s, actors)?.actor.name;
}

describe("hostOf", () => {
  it.each([
    ["Xi attended a banquet hosted by Vice President Joe Biden.", "Joe Biden"],
    ["Xi began his visit as a guest of Vice President Joe Biden.", "Joe Biden"],
    ["Xi was welcomed at the Pentagon by Defense Secretary Leon E. Panetta.", "Leon E. Panetta"],
    ["Defense Secretary Leon E. Panetta hosted Xi at the Pentagon.", "Leon E. Panetta"],
    ["President Barack Obama warmly welcomed Xi Jinping.", "Barack Obama"],
    ["Xi Jinping was Vice President Joe Biden's guest in Iowa.", "Joe Biden"],
    // Negative: someone's aide is no host.
    ["Xi Jinping met Vice President Joe Biden's aide in Iowa.", undefined],
    // The guest of a passive is not the host; a sentence that names no host has none.
    ["Xi Jinping was welcomed with full honors.", undefined],
    ["Xi Jinping met Leon E. Panetta at the Pentagon.", undefined],
  ])("%s → %s", (text, expected) => {
    expect(host(text)).toBe(expected);
  });
});
