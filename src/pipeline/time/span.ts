import { joinAdjacent } from "./join-adjacent.ts";
import type { TimeMention } from "../types.ts";
import { addDays, dayDiff, fromIso, isoDay } from "../util/dates.ts";
import { anyOf } from "../lexicon/compile/patterns.ts";
import { nounsOf } from "../lexicon/triggers.ts";
import { IRREGULAR_FULL_PAST_WORD, RUNS_ON } from "../lexicon/calendar.ts";
import { matchesOf } from "../util/matches.ts";

const COUNTS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };

/** "two days of talks", "a three-day visit", "2-day meeting": an occasion that lasts N days. */
const LENGTH = /\b(two|three|four|five|six|seven|[2-7])(?:\s+days\s+of\b|-day\b)/gi;

/**
 * Words that make the named day the last of the span ("wrapped up two days of talks Thursday",
 * "flew home on Friday at the end of a three-day stay").
 */
const CLOSING =
  /\b(?:ended|ends|ending|concluded|concludes|concluding|wrapped up|wraps up|wrapping up|closed|closes|closing|capped|capping|finished|after|at the (?:end|close) of|(?:on\s+)?the\s+(?:last|final)\s+day\s+of)\b/i;

/** The same words right before the length: "…, wrapping up two days of talks". */
const CLOSING_BEFORE = new RegExp(
  `${CLOSING.source}\\s+(?:a\\s+|the\\s+|their\\s+|his\\s+|her\\s+|its\\s+)?$`,
  "i",
);

/**
 * "talked on Friday, shortly after the envoys ended their three-day conference": a day told
 * before a clause that opens with "after" or "before" dates its own act, and the closing told
 * in that clause is of another occasion.
 */
const ANOTHER_ACT_BETWEEN = /\b(?:after|before|since|while)\b/i;

/**
 * "inspected the yard on Friday, the final day of her three-day trip": the day set off by the words
 * that place it in the span is the day of the sentence's act, one day of that span, not the span.
 */
const DAY_OF_THE_SPAN =
  /^,\s*(?:the\s+)?(?:last|final)\s+day\s+of\s+(?:a|an|the|his|her|their|its)?\s*$/i;

/** Words right before the day that make it the first of the span, whatever came before. */
const OPENING_BEFORE_DAY = /\b(?:starting|beginning|began|begins|opening|from)\s+(?:on\s+)?$/i;

/** Only "for" between a day and the length: "travels on Tuesday for three days of talks". */
const FOR_THE_LENGTH = /^\s+for\s+(?:a\s+|an\s+)?$/i;

/** An arrival happens on one day of the stay ("arrived on Sunday for a four-day visit"). */
const ARRIVAL = /\b(?:arriv(?:e|es|ed|ing)|land(?:s|ed|ing)?|reach(?:es|ed|ing)?)\b[^,;]*$/i;

/**
 * The length qualifies a visit (occasions.json's nouns of the visit family): "a six-day official
 * visit", "a four-day trip". An arrival opens a visit; talks may begin the day after.
 */
const OF_A_VISIT = new RegExp(
  String.raw`^\s*(?:[\w-]+\s+){0,2}?(?:${anyOf(nounsOf("visit"))})\b`,
  "i",
);

/** Longest gap (characters) between the length words and the day they qualify. */
const NEAR = 60;

/**
 * "The two days of talks under the Military Maritime Consultative Agreement ended Wednesday": the
 * length is the subject of a verb that ends or opens it on the day, however long the name between.
 */
const SUBJECT_VERB_BEFORE_DAY =
  /\b(?:ended|ends|concluded|concludes|wrapped up|wraps up|closed|closes|finished|began|begins|opened|opens|started|starts)\s+(?:on\s+)?$/i;

/**
 * "The two-day dialogue, opened by Biden on Wednesday, …": a participle that opens or closes the
 * occasion, set off by a comma right after its name, dates it as the verb would. Any other clause
 * after a comma is another act ("a three-day visit, also met Xi on Wednesday").
 */
const PARTICIPLE_AFTER_COMMA =
  /^[^,;()]*,\s*(?:opened|begun|started|launched|ended|concluded|closed|wrapped up)\b[^,;()]*$/i;

/** Longest gap (characters) between the length words and such a verb's day. */
const SUBJECT_NEAR = 160;

/**
 * "held two days of talks on Thursday", "a three-day visit starting Sunday": the day named right
 * after the length opens the span (closes it after "wrapped up"/"ended"), so the event gets both
 * ends. "On Tuesday pledged …, wrapping up two days of talks": a day before the length closes it
 * when a closing word stands right before the length. A day across a comma ("a three-day visit,
 * also met Xi on Wednesday") belongs to another clause. Only a day without an end is widened.
 */
export function applySpans(sentence: string, sentenceStart: number, times: TimeMention[]): void {
  // With no times there is nothing to widen (each LENGTH match only reads and changes `times`),
  // and the pattern is not run over the sentence.
  if (times.length === 0) return;
  for (const m of matchesOf(sentence, LENGTH)) {
    const word = (m[1] ?? "").toLowerCase();
    const days = COUNTS[word] ?? Number(word);
    const at = sentenceStart + (m.index ?? 0);
    const after = at + m[0].length;
    const text = (from: number, to: number) =>
      sentence.slice(from - sentenceStart, to - sentenceStart);
    const lead = sentence.slice(0, at - sentenceStart);
    const closing = CLOSING_BEFORE.test(lead);
    const dayTimes = times.filter((t) => t.precision === "day" && !t.endValue);
    // In "arrived on Sunday for a four-day visit" Sunday dates the arrival, one day of the visit.
    const next = dayTimes
      .filter((t) => {
        const between = text(after, t.start);
        const near = SUBJECT_VERB_BEFORE_DAY.test(between) ? SUBJECT_NEAR : NEAR;
        const sameClause = !/[,;()]/.test(between) || PARTICIPLE_AFTER_COMMA.test(between);
        return t.start >= after && t.start - after <= near && sameClause;
      })
      .sort((a, b) => a.start - b.start)[0];
    const prev = closing
      ? dayTimes
          .filter((t) => {
            const between = text(t.end, at);
            return (
              t.end <= at &&
              !/[;()]/.test(between) &&
              !DAY_OF_THE_SPAN.test(between) &&
              !ANOTHER_ACT_BETWEEN.test(between.replace(CLOSING_BEFORE, ""))
            );
          })
          .at(-1)
      : undefined;
    // "will travel to China on Tuesday for three days of meetings": the trip's first day opens
    // the span, where an arrival dates itself only.
    const leaving = dayTimes.find(
      (t) =>
        t.end <= at &&
        FOR_THE_LENGTH.test(text(t.end, at)) &&
        !ARRIVAL.test(text(sentenceStart, t.start)),
    );
    if (arrivalThrough(text, sentenceStart, times, dayTimes, at, after)) continue;
    const t = next ?? prev ?? leaving;
    if (!t) {
      if (arrivalToEnd(text, sentenceStart, times, dayTimes, at, after)) continue;
      // "arrived on Sunday for a four-day visit": the arrival is the visit's first day.
      const arrival = arrivalFor(text, sentenceStart, dayTimes, at);
      if (arrival && OF_A_VISIT.test(text(after, after + NEAR)))
        arrival.endValue = isoDay(addDays(fromIso(arrival.value), days - 1));
      continue;
    }
    // "wrapped up his six-day visit starting on May 4": "starting" makes May 4 the first day.
    const opens = t === leaving || (t === next && OPENING_BEFORE_DAY.test(text(after, t.start)));
    if (!opens && (closing || CLOSING.test(text(Math.max(sentenceStart, at - 40), t.end)))) {
      t.endValue = t.value;
      t.value = isoDay(addDays(fromIso(t.value), 1 - days));
    } else {
      t.endValue = isoDay(addDays(fromIso(t.value), days - 1));
    }
  }
}

/** "arrived on Sunday for a four-day visit": the day of an arrival right before "for" the length at `at`. */
function arrivalFor(
  text: (from: number, to: number) => string,
  sentenceStart: number,
  dayTimes: TimeMention[],
  at: number,
): TimeMention | undefined {
  return dayTimes.find(
    (d) =>
      d.end <= at &&
      FOR_THE_LENGTH.test(text(d.end, at)) &&
      ARRIVAL.test(text(sentenceStart, d.start)),
  );
}

/** ", which will end on Wednesday": the close of the occasion just named, in a clause of its own. */
const WHICH_ENDS =
  /^[^,;()]*,\s*(?:which|that)\s+(?:will\s+|is\s+to\s+|is\s+due\s+to\s+)?(?:end|ends|ended|conclude|concludes|concluded|wrap up|wraps up|wrapped up|close|closes|closed)\s+(?:on\s+)?$/i;

/**
 * "arrived in Beijing on Sunday for a four-day visit to China, which will end on Wednesday": the
 * arrival opens the visit and the clause names its last day, so the arrival's day becomes the
 * visit's span and the closing day is no date of its own. (Without the closing clause the visit
 * runs its length from the arrival: applySpans.)
 */
function arrivalToEnd(
  text: (from: number, to: number) => string,
  sentenceStart: number,
  times: TimeMention[],
  dayTimes: TimeMention[],
  at: number,
  after: number,
): boolean {
  const arrival = arrivalFor(text, sentenceStart, dayTimes, at);
  const close = dayTimes.find(
    (d) => d.start >= after && d.start - after <= NEAR * 2 && WHICH_ENDS.test(text(after, d.start)),
  );
  if (!arrival || !close || close.value <= arrival.value) return false;
  arrival.endValue = close.value;
  times.splice(times.indexOf(close), 1);
  return true;
}

/** "… visit through Wednesday", "… stay until Friday": the day right after closes the occasion. */
const THROUGH_DAY = /^[^,;()]*\b(?:through|until|till)\s+(?:on\s+)?$/i;

/**
 * "arrived in Beijing on Sunday for a four-day visit through Wednesday": the arrival opens the
 * visit and the day after "through" is its last, the first such day on or after the arrival
 * (read alone against the publication day, a weekday could fall before it). The closing day is
 * no date of its own.
 */
function arrivalThrough(
  text: (from: number, to: number) => string,
  sentenceStart: number,
  times: TimeMention[],
  dayTimes: TimeMention[],
  at: number,
  after: number,
): boolean {
  const arrival = arrivalFor(text, sentenceStart, dayTimes, at);
  const close = dayTimes.find(
    (d) => d.start >= after && d.start - after <= NEAR && THROUGH_DAY.test(text(after, d.start)),
  );
  if (!arrival || !close) return false;
  const start = fromIso(arrival.value);
  // A date with its day number ("through Sept. 9") is read as it stands; a weekday from the arrival.
  const gap = /\d/.test(close.text)
    ? dayDiff(arrival.value, close.value)
    : (fromIso(close.value).getUTCDay() - start.getUTCDay() + 7) % 7;
  if (gap <= 0) return false;
  arrival.endValue = isoDay(addDays(start, gap));
  times.splice(times.indexOf(close), 1);
  return true;
}

/**
 * Only "and" (or "and on") between two days: one occasion over both ("on Monday and Tuesday").
 * A comma before "and" opens a clause of its own (", and the following day met …").
 */
export const PAIRED_DAYS = /^\s*and\s+(?:on\s+)?$/i;

/** A verb of the past right next: "visited", "flew". */
const VERB_NEXT = new RegExp(String.raw`^\s+(?:\p{Ll}+ed|${IRREGULAR_FULL_PAST_WORD})\b`, "u");

/** "… and the following day met …": a day counted from the one before, with a verb after it. */
const NEXT_DAY_CLAUSE = /^(?:the\s+)?(?:following|next)\s+day$/i;

/**
 * "opens Wednesday and runs through Friday", "opens on Monday evening with a working dinner and
 * continues Tuesday": the second day ends what the first opened (a few words of how it opened
 * may come between).
 */
const RUNS_UNTIL = new RegExp(
  String.raw`^\s*(?:(?:with|at|in)\s+[^,;.]{0,40}?\s+)?,?\s*and\s+(?:will\s+)?(?:${RUNS_ON})\s+(?:(?:through|until|till|to|on)\s+)?$`,
  "i",
);

/** What stands between a range's two days after "from": "to", "until", "through". */
const FROM_TO = /^\s*(?:to|until|till|through)\s+$/i;

/**
 * "landed on Friday, invited by the navy, for a trip that continues until May 9": the visit the
 * arrival opens ends on that day (occasions.json's nouns of the visit family).
 */
const VISIT_RUNS_UNTIL = new RegExp(
  String.raw`^[^;]{0,120}?\b(?:${anyOf(nounsOf("visit"))})\s+(?:that|which)\s+(?:${RUNS_ON})\s+(?:through|until|till|to)\s+$`,
  "i",
);

/** The longest stretch "runs through" a weekday may close, in days. */
const RUN_DAYS = 7;
/** The longest a day of the month may close ("starts on Sunday and lasts until May 24"). */
const RUN_DATE_DAYS = 14;

/**
 * "held a dialogue on Monday and Tuesday": two consecutive days joined by "and" are the first and
 * last day of one occasion, so the two mentions become one with an end, as are "opens Wednesday
 * and runs through Friday". Days further apart ("Monday and Thursday") or repeated acts ("in
 * 2010 and again in 2012") stay apart.
 */
export function joinConsecutiveDays(
  sentence: string,
  sentenceStart: number,
  times: TimeMention[],
): TimeMention[] {
  return joinAdjacent(sentence, sentenceStart, times, (prev, t, between) => {
    if (prev.precision !== "day" || t.precision !== "day" || prev.endValue || t.endValue)
      return undefined;
    const days = dayDiff(prev.value, t.value);
    const after = sentence.slice(t.end - sentenceStart);
    // "toured the base on Tuesday and on Wednesday visited the port": a verb right after the
    // second day opens that day's own clause.
    const clause =
      (NEXT_DAY_CLAUSE.test(t.text.trim()) && /^\s+\p{Ll}/u.test(after)) || VERB_NEXT.test(after);
    const paired = PAIRED_DAYS.test(between) && days === 1 && !clause;
    const longest = /\d/.test(t.text) ? RUN_DATE_DAYS : RUN_DAYS - 1;
    // "from 3rd to 7th", "from Monday to Thursday": the first day opened with "from", the
    // second right after "to".
    const fromTo =
      FROM_TO.test(between) &&
      (/^from\s/i.test(prev.text) ||
        /\bfrom\s+$/i.test(sentence.slice(0, prev.start - sentenceStart)));
    // "between May 3 and May 6": the same, opened with "between" and closed after "and".
    const betweenAnd =
      /^\s*and\s+$/i.test(between) &&
      /\bbetween\s+$/i.test(sentence.slice(0, prev.start - sentenceStart));
    const opened =
      fromTo ||
      betweenAnd ||
      RUNS_UNTIL.test(between) ||
      (VISIT_RUNS_UNTIL.test(between) &&
        ARRIVAL.test(sentence.slice(0, prev.start - sentenceStart)));
    const runs = opened && days > 0 && days <= longest;
    if (!paired && !runs) return undefined;
    return { ...prev, endValue: t.value, future: prev.future && t.future };
  });
}
