import { describe, expect, it } from "vitest";
import { CLOSING_AFTER, CLOSING_BEFORE, CONTENT_VERB, QUOTE_VERBS, SAID_THAT } from "./speech.ts";

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
  ])("%s on %j → %s", (re, text, matches) => {
    expect(new RegExp(re.source, re.flags.replace("g", "")).test(text)).toBe(matches);
  });
});
