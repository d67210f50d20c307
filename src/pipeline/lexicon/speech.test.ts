import { describe, expect, it } from "vitest";
import {
  ANSWER_LABEL,
  BRIEFING_TITLE,
  CLOSING_AFTER,
  CLOSING_BEFORE,
  CLOSING_BEFORE_DATE,
  CONTENT_VERB,
  LEADING_ATTRIBUTION,
  QUOTE_VERBS,
  SAID_THAT,
  SPEECH_VERBS,
} from "./speech.ts";

describe("speech lexicon", () => {
  it.each([
    [new RegExp(`^(?:${QUOTE_VERBS})$`), "pointed out", true],
    [new RegExp(`^(?:${QUOTE_VERBS})$`), "confirmed", false],
    [CONTENT_VERB, "Liang said his visit succeeded", true],
    [CONTENT_VERB, "Liang visited the academy", false],
    [SAID_THAT, "the ministry confirmed on Friday that ", true],
    [SAID_THAT, "the ministry explained that ", false],
    [BRIEFING_TITLE, "Defense Ministry Spokesman Yang Yujun's Regular Press Conference", true],
    [BRIEFING_TITLE, "Spokesman Yang Yujun attends a conference on press freedom", false],
    [ANSWER_LABEL, "A: We have noted the report.", true],
    [ANSWER_LABEL, "Asia: a region of growth", false],
    [CLOSING_AFTER, " told reporters.", true],
    [CLOSING_AFTER, " said the talks went well.", false],
    [CLOSING_BEFORE, "Talks went well, said senior aide ", true],
    [CLOSING_BEFORE, "Talks went well and the aide ", false],
    [CLOSING_BEFORE_DATE, "have agreed to talk, an official said ", true],
    [CLOSING_BEFORE_DATE, "the spokesman told journalists on ", true],
    [CLOSING_BEFORE_DATE, "the spokesman added ", true],
    [CLOSING_BEFORE_DATE, "the ships sailed ", false],
    [CLOSING_BEFORE_DATE, "Gates told Liang on ", false],
    [new RegExp(`^(?:${SPEECH_VERBS})$`), "stressed", true],
    [new RegExp(`^(?:${SPEECH_VERBS})$`), "visited", false],
  ])("%s on %j → %s", (re, text, matches) => {
    expect(new RegExp(re.source, re.flags.replace("g", "")).test(text)).toBe(matches);
  });
});

describe("LEADING_ATTRIBUTION", () => {
  it.each([
    ["Liang said Gen. Chen would visit the United States.", "Liang said "],
    [
      "The minister said on Monday that the two navies would hold a drill.",
      "The minister said on Monday that ",
    ],
    ["Officials noted both sides had met.", "Officials noted "],
    // A phrase before the reported clause's subject, up to two commas, belongs to the clause.
    [
      "Li said that during the last round, which Paris hosted, both delegations agreed.",
      "Li said that during the last round, which Paris hosted, ",
    ],
    [
      "Li said that, during the talks, Chen had pressed the point.",
      "Li said that, during the talks, ",
    ],
  ])("%s", (text, attribution) => {
    expect(LEADING_ATTRIBUTION.exec(text)?.[0]).toBe(attribution);
  });

  it.each([
    // A pronoun subject may be the speaker's own act; "told" names a listener, not a clause.
    "Liang said he would visit the United States.",
    "Hagel told Chang the militaries should talk.",
    // An announcement is the speaker's own act.
    "Hagel announced that the two countries will set up a hotline.",
    // An attribution after a comma is another sentence part.
    "After the talks, Liang said Chen would visit.",
    // … and a fronted phrase before a pronoun subject leaves it the speaker's.
    "Liang said that during the forum, he had raised the point.",
  ])("none in %s", (text) => {
    expect(LEADING_ATTRIBUTION.exec(text)).toBeNull();
  });
});
