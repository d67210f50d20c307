import { describe, expect, it } from "vitest";
import {
  CLOSING_AFTER,
  CLOSING_BEFORE,
  CLOSING_BEFORE_DATE,
  CONTENT_VERB,
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
