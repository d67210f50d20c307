import type { Sentence, TimeMention } from "../types.ts";
import { speakerLabels } from "../actors/transcript.ts";
import { UNNAMED_SPEAKER } from "../lexicon/furniture.ts";
import { MONTH_WORD } from "../lexicon/calendar.ts";
import { dayDiff } from "../util/dates.ts";

/** The fewest turns ("Q:", "SEC. HAGEL:") that make a page a transcript. */
const MIN_TURNS = 2;

/**
 * How many days after its session a transcript may be posted and still be dated by it: a paper
 * reprints a ministry's full text a week or more later; a date a month back is another occasion.
 */
const MAX_POSTING_DELAY_DAYS = 14;

/**
 * "May 4", "4 May": a day named by its month, as a recording's or a session's note gives it
 * without the year ("taped on Friday, May 4"); the page's day supplies the year.
 */
const MONTH_AND_DAY = new RegExp(
  String.raw`\b${MONTH_WORD}\.?\s+\d{1,2}\b|\b\d{1,2}\s+${MONTH_WORD}\b`,
);

/**
 * The day a transcript's turns were spoken, and the paragraph its first turn opens: the last day
 * that the lines above the turns state in full ("The spokesman took questions at the ministry's
 * weekly briefing on May 3, 2012.") or by its month and day, or else the latest day a header's
 * date label names before the posting (`headerDays`), when the page was posted on that day or
 * within two weeks after it. A ministry posts the day's briefing the next morning, and
 * "yesterday" in a question means the day before the briefing, not before the posting.
 * Undefined for a page that is no transcript or whose opening states no such day.
 */
export function transcriptSession(
  paragraphs: readonly string[],
  sentences: readonly Sentence[],
  timesOf: (s: Sentence) => readonly TimeMention[],
  published: string,
  headerDays: readonly string[] = [],
): { day: string; firstTurn: number } | undefined {
  const labels = speakerLabels(paragraphs);
  const turns = paragraphs
    .map((p, i) => (labels[i] || UNNAMED_SPEAKER.test(p) ? i : -1))
    .filter((i) => i >= 0);
  const firstTurn = turns[0];
  if (firstTurn === undefined || turns.length < MIN_TURNS) return undefined;
  let day: string | undefined;
  for (const s of sentences) {
    if (s.paragraph >= firstTurn || s.kind === "dateline") continue;
    for (const t of timesOf(s))
      if (
        (t.basis === "explicit" || MONTH_AND_DAY.test(t.text)) &&
        t.precision === "day" &&
        !t.inQuote &&
        !t.endValue
      )
        day = t.value;
  }
  // Else a header's labelled date before the posting ("DATE: TUESDAY, MAY 3, 2011" over
  // "Posted: 05/04/2011"): the latest one.
  day ??= [...headerDays]
    .filter((d) => d < published)
    .sort()
    .at(-1);
  if (!day) return undefined;
  const delay = dayDiff(day, published);
  return delay >= 0 && delay <= MAX_POSTING_DELAY_DAYS ? { day, firstTurn } : undefined;
}
