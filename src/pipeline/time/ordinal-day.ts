import { matchesOf } from "../util/matches.ts";

/**
 * "on the 9th", "on the 21st": a day of the month named by its number alone. It lies in the month
 * of the date told just before (in the sentence, or in the paragraph, or before it when that day
 * of the reference's month is yet to come), else in the reference's.
 * An ordinal before a noun is no date ("on the 9th floor", "on the 60th anniversary"); before a
 * word that goes on with the sentence it is ("On the 10th, …", "on the 9th for a visit", "on the
 * 7th local time", as translated news writes), and so before an article that opens the clause's
 * subject ("On the 4th the frigate sailed …") or a pronoun that is the subject ("On the 4th he
 * sailed …").
 */
const ON_THE_DAY =
  /\b[Oo]n the (\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?!(?:and|to|before|after|when|at|in|with|until|through|for|from|during|while|local|the|a|an|his|her|its|their|our|this|that|these|those|he|she|it|we|they)\b)[a-z]|\s+of\s+[A-Z])/g;

/** What may follow a day named with no "the", as a translation from Chinese writes it. */
const GOES_ON = String.raw`(?=\s*[,.;:)]|\s*$|\s+(?:and|to|before|after|at|in|with|until|through|for|from|during|while|local|will|would|had|has|have|was|were|is|met|held|visited|arrived|left)\b)`;

/**
 * The same without "the", as machine translation from Chinese leaves it: "on 4th held talks",
 * "from 3rd to 7th", or the day right after its subject's name ("Minister Wang 9th in the
 * ministry met …", "the envoy 10th will visit"). Only before a word that goes on with the
 * clause: "on 5th Avenue", "China's 12th Five-Year Plan" and "came 3rd overall" name no day.
 */
const BARE_DAY = new RegExp(
  String.raw`(?:\b(?:[Oo]n|[Ff]rom)\s+|(?<=\b[Ff]rom\s+\d{1,2}(?:st|nd|rd|th)\s+(?:to|until|through)\s+)|(?<=\b[A-Z][\w.'’-]*\s+))(\d{1,2})(?:st|nd|rd|th)\b${GOES_ON}`,
  "g",
);

export interface OrdinalDay {
  start: number;
  end: number;
  text: string;
  day: number;
  /**
   * Named with no "the", as a translation from Chinese does: such a day is of the dateline's month
   * unless a date before it in its own sentence names another ("from 3rd to 7th"), never of a
   * month an earlier sentence told in passing ("met him in February last year").
   */
  bare: boolean;
}

/** What every match opens with or holds: a sentence without it is not searched. */
const ORDINAL_NUMBER = /\d(?:st|nd|rd|th)\b/;

/** The ordinal days of a sentence, offsets into it ("on the 7th" in "played on the 7th."). */
export function findOrdinalDays(sentence: string): OrdinalDay[] {
  if (!ORDINAL_NUMBER.test(sentence)) return [];
  const days = matchesOf(sentence, ON_THE_DAY);
  const covered = (i: number) => days.some((d) => d.index <= i && i < d.index + d[0].length);
  const bare = matchesOf(sentence, BARE_DAY).filter((m) => !covered(m.index));
  const found = (m: RegExpExecArray, isBare: boolean): OrdinalDay => ({
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
    day: Number(m[1]),
    bare: isBare,
  });
  return [...days.map((m) => found(m, false)), ...bare.map((m) => found(m, true))]
    .sort((a, b) => a.start - b.start)
    .filter((d) => d.day >= 1 && d.day <= 31);
}
