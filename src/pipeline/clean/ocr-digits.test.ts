import { describe, expect, it } from "vitest";
import { mendOcrDigits } from "./ocr-digits.ts";

describe("mendOcrDigits", () => {
  it.each([
    // Look-alike letters inside a number are its digits …
    ["Tuesday, March l4, 2012", "Tuesday, March 14, 2012"],
    ["FRIDAY, JUNE I8, 2O12", "FRIDAY, JUNE 18, 2012"],
    ["talks held in March 20l1", "talks held in March 2011"],
    // … and a zero that opens a word is the capital O.
    ["due in 0ctober", "due in October"],
    // Words, Roman numerals, a lone letter and codes with other letters stay as they are.
    ["Pershing II and the IOC met in Oslo", "Pershing II and the IOC met in Oslo"],
    ["I met him on 12 May; F-16s and 3Com", "I met him on 12 May; F-16s and 3Com"],
    ["the 0n switch", "the 0n switch"],
  ])("%s", (line, mended) => {
    expect(mendOcrDigits(line)).toBe(mended);
    expect(mendOcrDigits(line)).toHaveLength(line.length);
  });
});
