import { describe, expect, it } from "vitest";
import { Registry } from "./registry.ts";
import { findActorMentions } from "./mentions.ts";

/** Resolves sentences in order with one registry, as within one article. */
function resolve(...sentences: string[]) {
  const reg = new Registry();
  return sentences.map((s) =>
    findActorMentions(s, 0, reg).map(
      (m) => `${s.slice(m.start, m.end)}=${m.actor.name}/${m.actor.country ?? "?"}`,
    ),
  );
}

describe("findActorMentions", () => {
  it.each([
    [["Defense Secretary Leon E. Panetta said today."], [["Leon E. Panetta=Leon E. Panetta/USA"]]],
    [["Chinese President Xi Jingpin spoke."], [["Xi Jingpin=Xi Jinping/CHN"]]],
    [
      ["Chinese Defense Minister Gen. Liang Guanglie arrived."],
      [["Liang Guanglie=Liang Guanglie/CHN"]],
    ],
    [["Obama spoke first."], [["Obama=Barack Obama/USA"]]],
    [
      [
        "Defense Secretary Leon E. Panetta met Gen. Liang Guanglie.",
        "Panetta applauded the general.",
        "the secretary said.",
      ],
      [
        ["Leon E. Panetta=Leon E. Panetta/USA", "Liang Guanglie=Liang Guanglie/CHN"],
        ["Panetta=Leon E. Panetta/USA", "the general=Liang Guanglie/CHN"],
        ["the secretary=Leon E. Panetta/USA"],
      ],
    ],
    [
      [
        "President Barack Obama met Chinese President Xi Jinping.",
        "Obama spoke.",
        "Xi spoke.",
        "Obama left.",
        "the president said.",
      ],
      [
        ["Barack Obama=Barack Obama/USA", "Xi Jinping=Xi Jinping/CHN"],
        ["Obama=Barack Obama/USA"],
        ["Xi=Xi Jinping/CHN"],
        ["Obama=Barack Obama/USA"],
        ["the president=Barack Obama/USA"],
      ],
    ],
    [
      ["President Barack Obama met Chinese President Xi Jinping.", "the Chinese president said."],
      [
        ["Barack Obama=Barack Obama/USA", "Xi Jinping=Xi Jinping/CHN"],
        ["the Chinese president=Xi Jinping/CHN"],
      ],
    ],
    [
      ["Chinese Foreign Minister Wang Yi met Secretary of State John Kerry."],
      [["Wang Yi=Wang Yi/CHN", "John Kerry=John Kerry/USA"]],
    ],
    [
      ["The Chinese Minister of National Defense will visit."],
      [["Chinese Minister of National Defense=Chinese Minister of National Defense/CHN"]],
    ],
    [
      ["Vice Adm. Jane Doe spoke with Chinese Navy Commander Adm. Wu Shengli."],
      [["Jane Doe=Jane Doe/?", "Wu Shengli=Wu Shengli/CHN"]],
    ],
  ])("%j", (sentences, expected) => {
    expect(resolve(...sentences)).toEqual(expected);
  });
});
