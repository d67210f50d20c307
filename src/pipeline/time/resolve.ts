import { awaitsItsYear, joinMonthWithYear, monthsOfOpeningYear } from "./month-of-year.ts";
import type { ParsedResult } from "chrono-node";
import type { Precision } from "../../dataset/index.ts";
import type { TimeMention } from "../types.ts";
import { addDays, dayDiff, fromIso, isoDay, mondayOf, noonUtc, prefixAt } from "../util/dates.ts";
import { parseAt } from "./chrono.ts";
import { SINCE_WHEN, inCounterfactual, inQuotedName, isNonDate } from "./negatives.ts";
import {
  clauseAround,
  clauseOf,
  datesPastTelling,
  entryToCome,
  inSchedulePresent,
  isPastDecision,
  isPastVow,
  isPlannedBefore,
  pastActAfterOpeningDate,
  describedInFuture,
  describedInPast,
  datesWhatWasBuiltOn,
  describedInPresent,
  isScheduled,
  isFutureInPast,
  isFutureTense,
  isScheduledFor,
  pastActBeforeDate,
  tellsNoPast,
} from "./tense.ts";
import { inNamedWeek } from "./named-week.ts";
import { yearOfItsWeekday } from "./weekday-year.ts";
import { carryEntryYear, carrySentenceYear } from "./sentence-year.ts";
import { zonedNextDay } from "./zone.ts";
import { PLAN_MARKED } from "../clean/table-row.ts";
import { anaphoricCount, anaphoricMonth, anaphoricStep, findAnaphors, findYears } from "./years.ts";
import { findAgo } from "./ago.ts";
import { findOrdinalDays } from "./ordinal-day.ts";
import { findSlashRanges } from "./slash-range.ts";
import { findPeriodEnds } from "./period-end.ts";
import { findSeasons } from "./seasons.ts";
import { applySpans, joinConsecutiveDays, PAIRED_DAYS } from "./span.ts";
import { joinMonthRange } from "./month-range.ts";
import { monthFirst } from "./numeric-order.ts";

/** What a sentence's dates are resolved against. */
export interface TimeContext {
  /** Noon UTC of the publication day: the reference of narration. */
  published: Date;
  /** Noon UTC of the day the quoted words were spoken: the reference inside quotations. */
  scene: Date;
  /** The last date named by an earlier sentence, for "that year". */
  previous?: TimeMention;
  /**
   * The last date an earlier sentence's narration named, in an aside or not: "that same month"
   * and "that year" name the period told last ("…, held in May 2012. Liang visited that same
   * month"), where a step of days counts from the main clause's date (`previous`).
   */
  lastTold?: TimeMention;
  /**
   * The last day named by an earlier sentence, for "that same evening" after a sentence whose
   * last date is coarser ("On Tuesday Google said it was attacked in mid-December.").
   */
  previousDay?: TimeMention;
  /**
   * The publication date is a guess (the article states none): a date after it is not thereby
   * still to come, and only the words (tense, "next") say what is planned.
   */
  estimated?: boolean;
  /**
   * An earlier sentence told of the coming week ("the envoys meet next week"): the story is a
   * preview, and a weekday it tells with no verb in the past is that week's.
   */
  weekAhead?: boolean;
  /**
   * An earlier sentence's narration told a date from the publication day ("on Monday", "last
   * year", a month-day with no year). Until one does, the story narrates from the years it names.
   */
  toldFromPublication?: boolean;
  /**
   * The sentence is a photo's caption: it tells in the present what the photo shows, so a verb
   * of a schedule there ("closes his tour on Friday") is no plan; only words of the future are.
   */
  caption?: boolean;
  /**
   * `previous` was told in an earlier paragraph. A day named by its number alone ("on the 7th") is
   * then of the reference's month when that day has passed: a new paragraph has turned from the
   * background the last one ended on. (A chronology's heading opens the paragraph it heads.)
   */
  previousElsewhere?: boolean;
  /** The page writes its numeric dates day first ("4/9/2012" is 4 September; numeric-order.ts). */
  dayFirst?: boolean;
  /** The page writes its dotted numeric dates day first ("06.09.2013" is 6 September). */
  dotsDayFirst?: boolean;
}

/** Words that name a day relative to the reference even though chrono marks no day as known. */
const DAY_WORDS =
  /\b(today|tonight|yesterday|tomorrow|morning|afternoon|evening|night|noon|midnight|earlier in the day|later in the day)\b/i;
const FUTURE_WORDS = /\b(tonight|this evening|tomorrow|next|coming|later|upcoming|within)\b/i;
/** A part of a day with no word to say which day ("this", "yesterday", a weekday's name). */
const BARE_PART_OF_DAY = /^(?:morning|afternoon|evening|night|noon|midnight)$/i;
/** The later part of the day of publication: still to come, unless a verb in the past tells it. */
const LATER_TODAY = /^(?:tonight|this evening)$/i;

function known(r: ParsedResult, c: "day" | "month" | "year" | "weekday" | "hour"): boolean {
  return r.start.isCertain(c);
}

function dayOf(r: ParsedResult): Date {
  const d = r.start.date();
  return noonUtc(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** A season with no year of its own: "the summer", "in the fall", "in spring". */
const BARE_SEASON = /^(?:(?:early|late|mid-?)\s*)?(?:the|in)\s/i;

/**
 * A week or weekend: "this week", "last weekend", "next week", "over the weekend", "later in the
 * week". There is no week precision: each is dated by a month.
 */
const WEEK =
  /^(?:(?:the\s+)?(last|past|this|next|coming)\s+|(?:in|during|over|at|on)\s+the\s+|the\s+)?week(?:end)?$/i;

/** The part of a month chrono reads as a day: "end of the month", "the beginning of May". */
const PART_OF_MONTH = /^(?:the\s+)?(?:end|beginning|start|middle)\s+of\b/i;

/**
 * A weekday alone names the closest such day before the reference (after it, in the future; on
 * either side, the nearer, for a future in the past).
 */
function resolveWeekday(r: ParsedResult, ref: Date, tense: "past" | "future" | "either"): Date {
  const target = r.start.get("weekday") ?? 0;
  const today = ref.getUTCDay();
  // AP style names the weekday even for the reference day itself ("said Monday" on a Monday);
  // only "last Monday" / "next Monday" skip a whole week.
  const skip = /\b(last|next|past|coming)\b/i.test(r.text) ? 7 : 0;
  const ahead = (target - today + 7) % 7 || skip;
  const since = (today - target + 7) % 7 || skip;
  // "last Saturday" said on a Sunday is the Saturday a week before: the day before would be
  // "yesterday" or plain "Saturday".
  const back = since === 1 && /\b(last|past)\b/i.test(r.text) ? 8 : since;
  if (tense === "future" || (tense === "either" && ahead <= back)) return addDays(ref, ahead);
  return addDays(ref, -back);
}

/**
 * Days from a span's first day to its last weekday ("from Tuesday through Friday"): the first
 * such weekday on or after the first day.
 */
function daysToLastWeekday(first: Date, end: NonNullable<ParsedResult["end"]>): number {
  return ((end.get("weekday") ?? first.getUTCDay()) - first.getUTCDay() + 7) % 7;
}

/** Turns one chrono result into a mention, or undefined when it is not a calendar date. */
function fromChrono(
  r: ParsedResult,
  sentence: string,
  absStart: number,
  inQuote: boolean,
  ctx: TimeContext,
): TimeMention | undefined {
  const before = sentence.slice(Math.max(0, r.index - 24), r.index);
  // The sentence's own words: chrono may have read some of them as others of the same length.
  const bare = sentence.slice(r.index, r.index + r.text.length).replace(/[\s,;:.]+$/, "");
  let text = bare;
  let start = absStart;
  // "earlier in the day": chrono only sees "in the day"; the whole phrase names the day.
  const lead = /^in the day\b(?!s)/i.test(text) ? before.match(/\b(earlier|later)\s+$/i) : null;
  if (/^in the day/i.test(text)) {
    if (!lead) return undefined;
    // Reported speech: "earlier in the day" is the day the speaker was speaking, not publication day.
    text = `${lead[0]}in the day`;
    start -= lead[0].length;
    const m = mention(start, text, isoDay(ctx.scene), "day", true, "relative", false);
    m.inQuote = inQuote;
    // "Later in the day he met …" is told in the past: only a clause with no past is to come.
    m.future =
      /later/i.test(text) &&
      tellsNoPast(clauseOf(sentence, r.index, r.index + r.text.length).clause);
    return m;
  }
  // "a busy afternoon of meetings", "the evening session": a part of a day named alone is no day.
  if (BARE_PART_OF_DAY.test(text)) return undefined;
  const ref = inQuote ? ctx.scene : ctx.published;
  const refDay = isoDay(ref);
  const within = /^within the (year|month)$/i.exec(text);
  if (within) {
    const precision: Precision = within[1]?.toLowerCase() === "year" ? "year" : "month";
    return mention(start, text, prefixAt(ref, precision), precision, inQuote, "relative", true);
  }
  // From the end of the sentence's own words: "Sat." keeps its period in what follows.
  const after = sentence.slice(r.index + bare.length);
  if (!lead && isNonDate(text, before, after)) return undefined;
  if (inQuotedName(sentence, r.index, r.index + bare.length)) return undefined;
  const week = WEEK.exec(text);
  if (week) {
    // There is no week precision: "this week" is dated by the reference day's month; another week
    // by the month holding its Thursday (the ISO rule for weeks that straddle two months).
    const shift = /last|past/i.test(week[1] ?? "")
      ? -7
      : /next|coming/i.test(week[1] ?? "")
        ? 7
        : 0;
    const day = addDays(ref, shift);
    const thursday = addDays(mondayOf(day), 3);
    // "will visit Fort Hood later this week": this week's month holds days still to come, so the
    // tense says whether the act is one of them.
    const planned =
      shift > 0 ||
      (shift === 0 &&
        (isScheduledFor(clauseAround(sentence, r.index, r.index + bare.length), text) ||
          isPlannedBefore(sentence, r.index)));
    // "over the weekend" with no "this" or "last": the weekend just past, or the next one when
    // the act is still to come; dated by the month of its Saturday.
    const saturday = planned
      ? addDays(ref, (6 - ref.getUTCDay() + 7) % 7)
      : addDays(ref, -((ref.getUTCDay() + 1) % 7));
    const weekend = /weekend$/i.test(text);
    const bareWeekend = !week[1] && weekend;
    // "last weekend", "next weekend": the Saturday of the weekend before or after the reference
    // day's week (Monday to Sunday), not that week's Thursday, which can fall in the month before.
    const monday = mondayOf(ref);
    const namedSaturday = addDays(monday, 5 + shift);
    const month = prefixAt(
      bareWeekend ? saturday : weekend && shift ? namedSaturday : shift ? thursday : ref,
      "month",
    );
    return mention(start, text, month, "month", inQuote, "relative", planned);
  }
  // "later this year", "early next month": the qualifier is part of the words the date came from.
  const part = /^(?:this|next|last)\s+(?:year|month)$/i.test(text)
    ? before.match(/\b(?:later|earlier|early|late)\s+$/i)
    : null;
  if (part) {
    text = `${part[0]}${text}`;
    start -= part[0].length;
  }
  const res = inQuote && !/\b(19|20)\d{2}\b/.test(text) ? (parseAt(text, ref)[0] ?? r) : r;
  // The clause ends at the date's own words, not at the comma chrono takes with them.
  const { clause, before: clauseBefore } = clauseOf(sentence, r.index, r.index + bare.length);
  // "spoke with Hu this evening": a later part of today after a verb in the past is over; so is
  // one that opens its clause before such a verb ("This evening Hagel spoke with Chang").
  const toldIn = /\w/.test(clauseBefore) ? clauseBefore : clause;
  // "August (planned): the minister in Washington": a table's row marks its plans.
  const futureWords =
    (FUTURE_WORDS.test(text) && !(LATER_TODAY.test(text) && !tellsNoPast(toldIn))) ||
    PLAN_MARKED.test(after);
  const future =
    !datesPastTelling(sentence.slice(0, r.index)) &&
    !datesWhatWasBuiltOn(sentence.slice(0, r.index)) &&
    ((isScheduledFor(clause, text) &&
      !pastActBeforeDate(clauseBefore) &&
      !pastActAfterOpeningDate(clauseBefore, sentence.slice(r.index + bare.length)) &&
      (!ctx.caption || isFutureTense(clause))) ||
      isPlannedBefore(sentence, r.index) ||
      describedInPresent(after) ||
      describedInFuture(after) ||
      futureWords);
  const explicitYear = /\b(19|20)\d{2}\b/.test(text);
  const basis = explicitYear ? "explicit" : "relative";
  const decided = isPastDecision(sentence, r.index);
  // A past day told by a clock ahead of the story's (time/zone.ts): after publication, yet over.
  let aheadOfStory = false;
  let date: Date;
  let precision: Precision;
  if (known(res, "day")) {
    date = dayOf(res);
    precision = "day";
    // "Tuesday, March 8": the weekday named with the day settles its year before the tense does.
    const weekdayYear =
      !known(res, "year") && known(res, "weekday")
        ? yearOfItsWeekday(date, res.start.get("weekday") ?? -1, ref)
        : undefined;
    if (weekdayYear) date = weekdayYear;
    else if (!known(res, "year"))
      date =
        agendaEntry(sentence, r.index, r.text) ||
        decided ||
        (!future && upcomingInPresent(sentence, date, ref))
          ? nearestYear(date, ref)
          : adjustYear(date, ref, future && !spanUnderWay(date, res, ref), "day");
  } else if (known(res, "weekday")) {
    // "Monday: the working group holds its first meeting": an agenda's weekday, told with no
    // verb in the past or with a schedule's verb in the present, is the coming one; so is one
    // right after "coming" ("Coming Thursday:").
    const agenda =
      (agendaEntry(sentence, r.index, r.text) && entryToCome(sentence)) ||
      /\bcoming\s+$/i.test(before);
    const tense =
      !future && !agenda
        ? inSchedulePresent(clause) && !describedInPast(after)
          ? "either"
          : "past"
        : isFutureInPast(clause) || isPastVow(sentence, r.index)
          ? "either"
          : "future";
    // "… is to meet Liang on Tuesday. On Thursday he travels to Qingdao": a schedule told in the
    // present right after a day still to come goes on from it, however near the last such weekday.
    // In a preview of the coming week, so does any clause with no verb in the past ("On Monday
    // the envoys hold their first session").
    // So does a sentence with no verb at all in the past ("Friday is the busiest day of the tour").
    const toldAsToCome = (words: string) =>
      tense === "either" || (tense === "past" && tellsNoPast(words));
    const goesOn =
      !inQuote &&
      ((toldAsToCome(sentence) && ctx.previous?.future && ctx.previous.precision === "day") ||
        (ctx.weekAhead === true && toldAsToCome(clause)));
    date = resolveWeekday(res, ref, goesOn ? "future" : tense);
    if (tense === "past") {
      const zoned = zonedNextDay(date, ref, after);
      aheadOfStory = zoned !== date;
      date = zoned;
    }
    // "Dempsey, who is in China from Sunday to Wednesday," said on a Monday: a stay told in the
    // present over a span of weekdays that holds the reference day is under way since its first.
    // The other tests run only for such a span, the rare case.
    if (
      tense === "future" &&
      res.end?.isCertain("weekday") &&
      !isFutureTense(clause) &&
      !isPlannedBefore(sentence, r.index) &&
      !FUTURE_WORDS.test(text)
    ) {
      const begun = resolveWeekday(res, ref, "past");
      if (addDays(begun, daysToLastWeekday(begun, res.end)) >= ref) date = begun;
    }
    precision = "day";
  } else if (known(res, "month")) {
    if (
      !/^[A-Z]/.test(text.replace(/^(in|on|of|during|early|late|mid-?|last|next|this)\s+/i, "")) &&
      !known(res, "year")
    )
      return undefined; // "may" the verb
    date = dayOf(res);
    precision = "month";
    // "April to July 2012", one range to chrono: the first month is of the last one's year.
    const endYear = res.end?.isCertain("year") ? res.end.get("year") : undefined;
    if (!known(res, "year") && endYear)
      date = noonUtc(
        endYear - ((res.end?.get("month") ?? 12) < date.getUTCMonth() + 1 ? 1 : 0),
        date.getUTCMonth() + 1,
        1,
      );
    else if (!known(res, "year"))
      date = decided ? nearestYear(date, ref) : adjustYear(date, ref, future, "month");
    // "last December" said in December is a year back; "next March" said in March a year on, and
    // so is "this coming March" said in December ("coming" steps as "next" does).
    const step = known(res, "year")
      ? undefined
      : (/\b(last|next|coming)\s+$/i.exec(before)?.[1] ??
        /^(last|next|coming)\s+/i.exec(text)?.[1]);
    const [named, now] = [prefixAt(date, "month"), prefixAt(ref, "month")];
    const years = (d: Date, n: number) =>
      noonUtc(d.getUTCFullYear() + n, d.getUTCMonth() + 1, d.getUTCDate());
    if (/last/i.test(step ?? "") && named >= now) date = years(date, -1);
    if (/next|coming/i.test(step ?? "") && named <= now) date = years(date, 1);
  } else if (known(res, "year")) {
    date = dayOf(res);
    precision = "year";
  } else if (DAY_WORDS.test(text) || lead) {
    date = dayOf(res);
    precision = "day";
  } else {
    return undefined; // a bare clock time
  }
  // "at the end of the month", "the beginning of May": a part of a month names no day.
  if (precision === "day" && PART_OF_MONTH.test(text)) precision = "month";
  const m = mention(start, text, prefixAt(date, precision), precision, inQuote, basis, false);
  if (res.end && known(res, "day") && res.end.isCertain("day")) {
    // The range keeps its length from wherever its first day was placed: "April 21 to 24" said of
    // the past is 21–24 April of the same (earlier) year, not the next year's 24th.
    const e = res.end.date();
    const chronoEnd = noonUtc(e.getUTCFullYear(), e.getUTCMonth() + 1, e.getUTCDate());
    const days = dayDiff(isoDay(dayOf(res)), isoDay(chronoEnd));
    const endDay = isoDay(addDays(date, days));
    if (endDay > m.value) m.endValue = endDay;
  } else if (res.end?.isCertain("weekday") && precision === "day" && !known(res, "day")) {
    // "from Tuesday through Friday": the last day is the first such weekday on or after the first.
    const days = daysToLastWeekday(date, res.end);
    if (days > 0) m.endValue = isoDay(addDays(date, days));
  }
  m.future =
    !aheadOfStory &&
    (futureWords ||
      (!ctx.estimated && prefixAt(date, precision) > prefixAt(ref, precision)) ||
      (future && (ctx.estimated || m.value >= refDay.slice(0, m.value.length))));
  return m;
}

/**
 * "* July 10-11: Strategic and Economic Dialogue, Washington", "Wednesday and Thursday: the
 * dialogue": a day that opens an entry of a calendar or agenda, with a colon after it, has no
 * tense of its own to read.
 */
function agendaEntry(sentence: string, at: number, text: string): boolean {
  return (
    /^\s*(?:[*•·–-]\s*)?(?:coming\s+)?(?:\p{L}+\s+(?:and|or|to|through)\s+)?$/iu.test(
      sentence.slice(0, at),
    ) &&
    /^(?:[^:]{0,12}|\s+(?:and|or|to|through)\s+\p{L}+)\s*:/u.test(sentence.slice(at + text.length))
  );
}

/** The most days ahead a day told in the present may be and still be this year's next one. */
const PRESENT_AHEAD_DAYS = 62;

/**
 * "The two chiefs hold their dialogue on June 7-8", said in May: a day without a year in a
 * sentence with no verb in the past is the coming one when it is at most two months ahead. News
 * tells the past in the past tense; a present with a day soon to come is a schedule.
 */
function upcomingInPresent(sentence: string, date: Date, ref: Date): boolean {
  const within = (year: number) =>
    dayDiff(isoDay(ref), isoDay(noonUtc(year, date.getUTCMonth() + 1, date.getUTCDate())));
  const thisYear = within(ref.getUTCFullYear());
  const ahead = thisYear > 0 ? thisYear : within(ref.getUTCFullYear() + 1);
  return ahead > 0 && ahead <= PRESENT_AHEAD_DAYS && tellsNoPast(sentence);
}

/** A day named without a year and without a tense: the one nearest the reference day. */
function nearestYear(date: Date, ref: Date): Date {
  const years = [-1, 0, 1].map((n) =>
    noonUtc(ref.getUTCFullYear() + n, date.getUTCMonth() + 1, date.getUTCDate()),
  );
  const distance = (d: Date) => Math.abs(d.getTime() - ref.getTime());
  return years.reduce((a, b) => (distance(b) < distance(a) ? b : a));
}

/**
 * A span of days with no year that holds the reference day ("tours the port today, the end of
 * his 3-6 May trip", told on the 6th) is under way: this year's, though its clause tells of a plan.
 */
function spanUnderWay(date: Date, res: ParsedResult, ref: Date): boolean {
  if (!res.end?.isCertain("day")) return false;
  const year = ref.getUTCFullYear();
  const end = res.end.date();
  const first = noonUtc(year, date.getUTCMonth() + 1, date.getUTCDate());
  const last = noonUtc(year, end.getUTCMonth() + 1, end.getUTCDate());
  return first <= ref && ref <= last;
}

/** Month or day named without a year: the latest past one, or the next one for future tense. */
function adjustYear(date: Date, ref: Date, future: boolean, precision: Precision): Date {
  const at = (d: Date) => prefixAt(d, precision);
  const shift = (d: Date, years: number) =>
    noonUtc(d.getUTCFullYear() + years, d.getUTCMonth() + 1, d.getUTCDate());
  let d = noonUtc(ref.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
  const slack = precision === "day" ? addDays(ref, 2) : ref;
  if (!future && at(d) > at(slack)) d = shift(d, -1);
  if (future && at(d) < at(addDays(ref, -2))) d = shift(d, 1);
  return d;
}

function mention(
  start: number,
  text: string,
  value: string,
  precision: Precision,
  inQuote: boolean,
  basis: "explicit" | "relative" | "previous-date",
  future: boolean,
): TimeMention {
  const b =
    basis === "relative" ? (inQuote ? "relative-to-utterance" : "relative-to-publication") : basis;
  return { start, end: start + text.length, text, value, precision, basis: b, inQuote, future };
}

/** Whether an absolute offset lies in one of the quotations' [start, end) ranges. */
function inQuotes(quotes: readonly [number, number][], abs: number): boolean {
  return quotes.some(([s, e]) => s <= abs && abs < e);
}

/**
 * Whether [s, e) (absolute) overlaps neither a mention already taken nor an anaphoric date of the
 * sentence (offsets relative to `sentenceStart`).
 */
function isFree(
  out: readonly TimeMention[],
  anaphors: readonly RegExpMatchArray[],
  sentenceStart: number,
  s: number,
  e: number,
): boolean {
  if (out.some((m) => m.start < e && s < m.end)) return false;
  return !anaphors.some((a) => {
    const as = sentenceStart + (a.index ?? 0);
    return as < e && s < as + a[0].length;
  });
}

/** How many months lie between a date's month (a year's January) and a reference day's. */
function monthsApart(value: string, ref: Date): number {
  const [year, month = 1] = value.split("-").map(Number);
  return Math.abs((year ?? 0) * 12 + month - (ref.getUTCFullYear() * 12 + ref.getUTCMonth() + 1));
}

/** Whether the day of that number in the reference's month is the reference's day or before it. */
function passedThisMonth(ref: Date, day: number): boolean {
  return day <= ref.getUTCDate();
}

/**
 * The last date told before an offset, in a quotation or out of one as the offset is, else the
 * last one of the sentences before.
 */
function dateBefore(
  out: readonly TimeMention[],
  at: number,
  quoted: boolean,
  previous: TimeMention | undefined,
): TimeMention | undefined {
  return out.filter((m) => m.end <= at && m.inQuote === quoted).at(-1) ?? previous;
}

/**
 * "The ships left port on May 3. On the 9th they will drill …": a day told as still to come
 * lies on or after the day of telling, in its month or the next, not in a past month told before.
 */
function nextDayOfMonth(ref: Date, day: number): Date {
  const month = ref.getUTCMonth() + (day < ref.getUTCDate() ? 1 : 0);
  return noonUtc(ref.getUTCFullYear(), month + 1, day);
}

/**
 * Whether the clause at an offset of the sentence (or around a span from it to `end`, as a date
 * that opens the sentence takes its main clause's tense) tells of something scheduled or planned.
 */
function plannedAt(sentence: string, at: number, end = at + 1): boolean {
  return isScheduled(clauseAround(sentence, at, end)) || isPlannedBefore(sentence, at);
}

/**
 * Resolves every temporal expression of one sentence. `quotes` are absolute [start, end) ranges
 * of quotations; dates inside them are resolved against the moment of speaking (`ctx.scene`).
 */
export function resolveTimes(
  sentence: string,
  sentenceStart: number,
  quotes: [number, number][],
  ctx: TimeContext,
): TimeMention[] {
  // The helpers this function used to define as closures on every call are module functions
  // taking what they read as arguments (inQuotes, isFree, dateBefore, plannedAt): the same tests
  // in the same order, without allocating (and naming) seven functions per sentence.
  const out: TimeMention[] = [];
  // Anaphoric dates step from the date told just before them: an earlier one of the same
  // sentence ("left on Monday and held a drill the same afternoon"), else the previous sentence's.
  const anaphors = findAnaphors(sentence);
  // "1/9-12/2011": a stretch of days chrono would read as its last month.
  for (const r of findSlashRanges(sentence)) {
    const m = mention(sentenceStart + r.start, r.text, r.value, "day", false, "explicit", false);
    m.inQuote = inQuotes(quotes, m.start);
    m.endValue = r.endValue;
    m.future = r.value > isoDay(m.inQuote ? ctx.scene : ctx.published);
    out.push(m);
  }
  const ordered = ctx.dayFirst
    ? monthFirst(sentence)
    : ctx.dotsDayFirst
      ? monthFirst(sentence, ".")
      : sentence;
  for (const r of parseAt(ordered, ctx.published)) {
    const abs = sentenceStart + r.index;
    // "a year later" counts from the previous date, not from publication.
    if (!isFree(out, anaphors, sentenceStart, abs, abs + r.text.length)) continue;
    const m = fromChrono(r, sentence, abs, inQuotes(quotes, abs), ctx);
    if (m) out.push(m);
  }
  for (const a of findAgo(sentence, ctx.published)) {
    const s = sentenceStart + a.start;
    // "a year ago this month" is one date: "this month", read alone, is no date of its own.
    if (a.samePart)
      for (let i = out.length - 1; i >= 0; i--) {
        const t = out[i];
        if (t && t.start >= s && t.end <= sentenceStart + a.end) out.splice(i, 1);
      }
    if (!isFree(out, anaphors, sentenceStart, s, sentenceStart + a.end)) continue;
    if (inCounterfactual(sentence.slice(0, a.start))) continue;
    const q = inQuotes(quotes, s);
    const ref = q ? ctx.scene : ctx.published;
    const again = q ? (findAgo(a.text, ref)[0] ?? a) : a;
    out.push(mention(s, a.text, again.value, again.precision, q, "relative", false));
  }
  for (const y of findYears(sentence)) {
    const s = sentenceStart + y.start;
    const e = sentenceStart + y.end;
    if (!isFree(out, anaphors, sentenceStart, s, e)) continue;
    // "since 2007" is the start of a period, unless "…, when" tells what happened then.
    const since = /\bsince\s+(the\s+)?$/i.test(sentence.slice(0, y.start));
    if (since && !SINCE_WHEN.test(sentence.slice(y.end))) continue;
    const q = inQuotes(quotes, s);
    const ref = q ? ctx.scene : ctx.published;
    const m = mention(s, y.text, String(y.year), "year", q, "explicit", false);
    const clause = clauseAround(sentence, y.start, y.end);
    const planned = isScheduled(clause) || isPlannedBefore(sentence, y.start);
    m.future = ctx.estimated
      ? planned
      : y.year > ref.getUTCFullYear() || (planned && y.year === ref.getUTCFullYear());
    out.push(m);
  }
  for (const z of findSeasons(sentence, ctx.published, (at) => plannedAt(sentence, at))) {
    const s = sentenceStart + z.start;
    if (!isFree(out, anaphors, sentenceStart, s, sentenceStart + z.end)) continue;
    const q = inQuotes(quotes, s);
    // Quotations see the season from the day they were spoken.
    const again = q
      ? (findSeasons(z.text, ctx.scene, () => plannedAt(sentence, z.start))[0] ?? z)
      : z;
    // "cut its port calls early last year, and the pause lasted into the summer": a bare season
    // told after a past year in the narration is that year's, not the latest one begun.
    const base = dateBefore(out, s, false, ctx.previous);
    const told =
      !q &&
      BARE_SEASON.test(z.text) &&
      !plannedAt(sentence, z.start) &&
      base &&
      !base.inQuote &&
      !base.future &&
      Number(base.value.slice(0, 4)) < again.year
        ? Number(base.value.slice(0, 4))
        : undefined;
    const year = told ?? again.year;
    const m = mention(
      s,
      z.text,
      String(year),
      "year",
      q,
      told ? "previous-date" : "relative",
      false,
    );
    m.future =
      year > (q ? ctx.scene : ctx.published).getUTCFullYear() ||
      plannedAt(sentence, z.start) ||
      /\b(?:next|coming|upcoming)\b/i.test(z.text);
    out.push(m);
  }
  for (const p of findPeriodEnds(sentence, ctx.published)) {
    const s = sentenceStart + p.start;
    if (!isFree(out, anaphors, sentenceStart, s, sentenceStart + p.end)) continue;
    const q = inQuotes(quotes, s);
    // Quotations see the year's end from the day they were spoken.
    const again = q ? (findPeriodEnds(p.text, ctx.scene)[0] ?? p) : p;
    const m = mention(s, p.text, again.value, again.precision, q, "relative", false);
    const ref = isoDay(q ? ctx.scene : ctx.published).slice(0, m.value.length);
    m.future = m.value > ref || (m.value === ref && plannedAt(sentence, p.start));
    out.push(m);
  }
  out.sort((x, y) => x.start - y.start || y.end - x.end);
  for (const o of findOrdinalDays(sentence)) {
    const s = sentenceStart + o.start;
    if (!isFree(out, anaphors, sentenceStart, s, sentenceStart + o.end)) continue;
    const q = inQuotes(quotes, s);
    const ref = q ? ctx.scene : ctx.published;
    // A new paragraph turns from a date over a year away the last one ended on (a story's
    // background), as from a day of this month already past.
    const farOff = ctx.previous !== undefined && monthsApart(ctx.previous.value, ref) > 12;
    const skipPrevious =
      o.bare || (ctx.previousElsewhere === true && (passedThisMonth(ref, o.day) || farOff));
    const base = dateBefore(out, s, q, skipPrevious ? undefined : ctx.previous);
    // With no date before it, a day of this month not yet come, told as done, is last month's.
    const lastMonth = !base && !passedThisMonth(ref, o.day) && !plannedAt(sentence, o.start, o.end);
    const month =
      base && base.precision !== "year"
        ? base.value.slice(0, 7)
        : prefixAt(lastMonth ? noonUtc(ref.getUTCFullYear(), ref.getUTCMonth(), 1) : ref, "month");
    const told = noonUtc(Number(month.slice(0, 4)), Number(month.slice(5, 7)), o.day);
    const toCome = base && isoDay(told) < isoDay(ref) && plannedAt(sentence, o.start, o.end);
    const date = toCome ? nextDayOfMonth(ref, o.day) : told;
    if (date.getUTCDate() !== o.day) continue; // "the 31st" of a shorter month
    const basis = base && base.precision !== "year" && !toCome ? "previous-date" : "relative";
    const m = mention(s, o.text, isoDay(date), "day", q, basis, false);
    m.future = !ctx.estimated && m.value > isoDay(ref);
    out.push(m);
  }
  out.sort((x, y) => x.start - y.start || y.end - x.end);
  carrySentenceYear(out, sentence, sentenceStart);
  carryEntryYear(out, sentence, sentenceStart, ctx.previous, ctx.toldFromPublication !== true);
  for (const a of anaphors) {
    const s = sentenceStart + (a.index ?? 0);
    const q = inQuotes(quotes, s);
    // "in May of that year": the year is May's, told before it, not May's own.
    const own = out
      .filter((m) => m.end <= s && m.inQuote === q)
      .filter((m) => !awaitsItsYear(m, sentence.slice(m.end - sentenceStart, a.index)))
      .at(-1);
    const step = anaphoricStep(a);
    const samePeriod = step.unit !== "day" && step.step === 0;
    const base = own ?? (samePeriod ? (ctx.lastTold ?? ctx.previous) : ctx.previous);
    // A named month ("the following February") steps by years, never by days. "That same
    // evening" after a coarser date is the last day named; "a day later" counts from the date
    // told just before, whatever its precision.
    const dayStep = step.unit === "day" && !anaphoricCount(a);
    // A month told earlier in the same sentence is the base of a step from it: "said early last
    // month …; a rival reported an intrusion the next day" is that month, not a day told
    // sentences before. "The same day" names the day told before ("agreed during the visit in
    // January, … and the next round opened the same day").
    const ownMonth = own?.precision === "month" && step.step !== 0;
    const m = stepFrom(
      a,
      s,
      dayStep && base?.precision !== "day" && !ownMonth ? (ctx.previousDay ?? base) : base,
      q,
    );
    if (!m) continue;
    // "will travel to the port the following day": a step into days still to come is planned.
    const at = a.index ?? 0;
    const planned =
      isScheduled(clauseAround(sentence, at, at + a[0].length)) || isPlannedBefore(sentence, at);
    const ref = isoDay(q ? ctx.scene : ctx.published);
    m.future =
      !ctx.estimated &&
      (m.value > ref.slice(0, m.value.length) ||
        (planned && m.value >= ref.slice(0, m.value.length)));
    out.push(m);
  }
  out.sort((x, y) => x.start - y.start || y.end - x.end);
  const joined = joinMonthRange(
    sentence,
    sentenceStart,
    monthsOfOpeningYear(sentence, sentenceStart, joinMonthWithYear(sentence, sentenceStart, out)),
  );
  applySpans(sentence, sentenceStart, joined);
  inNamedWeek(joined, sentence, sentenceStart, {
    refDay: isoDay(ctx.published),
    sceneDay: isoDay(ctx.scene),
  });
  orderSequence(sentence, sentenceStart, joined);
  return joinConsecutiveDays(sentence, sentenceStart, joined);
}

/** The most days a step from a month can go and still be read as that month. */
const WEEK_DAYS = 7;

/** An anaphoric date (ANAPHORIC) stepped from the date `base` told before it. */
function stepFrom(
  a: RegExpMatchArray,
  start: number,
  base: TimeMention | undefined,
  inQuote: boolean,
): TimeMention | undefined {
  if (!base) return undefined;
  const named = anaphoricMonth(a);
  if (named) {
    // The next (or last) such month after (before) the date told, or the one of its year.
    const year = Number(base.value.slice(0, 4));
    const from = base.precision === "year" ? undefined : Number(base.value.slice(5, 7));
    const y =
      named.step === 1
        ? from === undefined || named.month <= from
          ? year + 1
          : year
        : named.step === -1
          ? from === undefined || named.month >= from
            ? year - 1
            : year
          : year;
    const value = `${y}-${String(named.month).padStart(2, "0")}`;
    return mention(start, a[0], value, "month", inQuote, "previous-date", false);
  }
  const { unit, step } = anaphoricStep(a);
  if (unit === "day") {
    // "a day later" than "last month" is still that month, as far as the words tell; "later
    // that day" after "in 2012" names no day, nor a month.
    if (base.precision === "month" && Math.abs(step) <= WEEK_DAYS)
      return mention(start, a[0], base.value.slice(0, 7), "month", inQuote, "previous-date", false);
    if (base.precision !== "day") return undefined;
    // After days of talks, "hours later" and "the next day" count from their last day.
    const forward = step > 0 || /\b(?:later|after(?:wards?)?)\b/i.test(a[0]);
    const from = forward && base.endValue ? base.endValue : base.value;
    const day = addDays(fromIso(from.slice(0, 10)), step);
    return mention(start, a[0], isoDay(day), "day", inQuote, "previous-date", false);
  }
  const precision: Precision = unit === "month" && base.precision !== "year" ? "month" : "year";
  const b = noonUtc(Number(base.value.slice(0, 4)), Number(base.value.slice(5, 7) || "1"), 1);
  const d =
    precision === "year"
      ? noonUtc(b.getUTCFullYear() + step, 1, 1)
      : noonUtc(b.getUTCFullYear(), b.getUTCMonth() + 1 + step, 1);
  return mention(start, a[0], prefixAt(d, precision), precision, inQuote, "previous-date", false);
}

/** Words between two days that put the second after the first ("talks Friday, followed by …"). */
const SEQUENCE = /\b(?:followed by|then|before|and later|ahead of)\b/i;

/**
 * "Talks Friday, followed by more talks Saturday morning": a bare weekday named after a day and a
 * sequence word is the first such weekday after that day, even where reading it alone against the
 * publication day would put it a week earlier. So is one joined by "and" to a weekday before it
 * ("will meet next Friday and Saturday", told on a Saturday, is the next day, not the same one).
 */
function orderSequence(sentence: string, sentenceStart: number, times: TimeMention[]): void {
  for (let i = 1; i < times.length; i++) {
    const [a, b] = [times[i - 1] as TimeMention, times[i] as TimeMention];
    if (a.precision !== "day" || b.precision !== "day" || a.inQuote !== b.inQuote) continue;
    if (b.basis === "explicit" || /\b(?:last|next|past|coming)\b/i.test(b.text)) continue;
    const between = sentence.slice(a.end - sentenceStart, b.start - sentenceStart);
    // Only "and" between two weekdays: the days of one occasion, in order (span.ts PAIRED_DAYS).
    const paired = PAIRED_DAYS.test(between) && !/\d/.test(a.text + b.text);
    if ((!SEQUENCE.test(between) && !paired) || b.value >= a.value) continue;
    const later = isoDay(
      addDays(fromIso(b.value), 7 * (Math.floor(dayDiff(b.value, a.value) / 7) + 1)),
    );
    if (dayDiff(a.value, later) > 6) continue;
    b.value = later;
    b.future = b.future || later > a.value;
  }
}
