import { z } from "zod";
import { parseLexicon } from "./compile/parse.ts";
import { literal } from "./compile/patterns.ts";
import raw from "./data/calendar.json" with { type: "json" };

/**
 * Calendar words (`data/calendar.json`): capitalised, yet never part of a person's, a body's or a
 * place's name ("President Obama Friday welcomed …", "in Beijing in June").
 */
const schema = z.strictObject({
  weekdays: z.array(z.string().min(1)).length(7),
  /** Abbreviations of day names as datelines and stamps print them ("Thu.", "Thurs"). */
  weekdayAbbreviations: z.array(z.string().min(1)),
  months: z.array(z.string().min(1)).length(12),
  /** Abbreviations of month names as news style writes them ("Sept. 19", "Jan. 21"). */
  monthAbbreviations: z.array(z.string().min(1)),
  /** Conjunctions that set two acts at one moment ("A tested a jet as B met C"). */
  simultaneous: z.array(z.string().min(1)),
  /**
   * The main act's day named again before a clause with an act of its own ("signed the order on
   * May 3, the same day he delivered a lecture"): that act is of the same day, whoever its subject.
   */
  sameDayClauses: z.array(z.string().min(1)),
  /** Words that set an occasion before or after another ("The visit comes ahead of Hu's"). */
  sequenced: z.array(z.string().min(1)),
  /** How long before or after, said before them ("days after", "a week before", "shortly"). */
  sequenceMeasures: z.array(z.string().min(1)),
  /**
   * Words that put "after" or "before" close to its clause's time ("shortly after", "just
   * before"): the clause's date is near enough to date the main act too.
   */
  nearMeasures: z.array(z.string().min(1)),
  /**
   * Verbs that set an occasion at a moment: another act's ("The drill came as B arrived") or a
   * date's ("The first thaw came in October.").
   */
  framingVerbs: z.array(z.string().min(1)),
  /** Verbs that alone set an occasion after or before another ("The trip followed the talks"). */
  sequencingVerbs: z.array(z.string().min(1)),
  /** Words for a part of a month before its name ("early May", "late Sept 2010", "mid-June"). */
  monthParts: z.array(z.string().regex(/^[a-z]+$/, "one lower-case word")),
  /**
   * Words for a part of a day after or instead of its name ("Thursday morning", "tonight"), and
   * the part each names ("night" and "evening" are one).
   */
  dayParts: z.record(z.string().regex(/^[a-z]+$/, "one lower-case word"), z.string().min(1)),
  /**
   * How a traveller reaches the place of a trip ("arrived in Beijing on Monday"): the start of a
   * visit, before the talks it leads to.
   */
  arrivingVerbs: z.array(z.string().min(1)),
  /**
   * How a traveller ends a trip under way ("before he leaves", "before returning home"): what
   * happens before it is a part of the trip.
   */
  leavingVerbs: z.array(z.string().min(1)),
  /**
   * Words that open a clause of what happens again and again ("Every time the navies meet,
   * …", "whenever the ships meet"): an occasion in it is no happening of a day.
   */
  habitualWords: z.array(z.string().min(1)),
  /**
   * Words that deny the act right after them ("did not meet", "has never visited"): the act told
   * is no happening. Not a future's ("will not travel next week"), which tells of a plan called
   * off, a happening of its own.
   */
  negators: z.array(z.string().min(1)),
  /**
   * Words opening a clause whose date is its own act's, not the main clause's: a clause of another
   * time ("after the vote in June") or a concession ("though the White House approved a sale in
   * September"). Not simultaneity ("when", "while", "as"), where the clause's date is the main
   * act's too.
   */
  ownClauseConjunctions: z.array(z.string().min(1)),
  /**
   * Words opening a clause of another time only ("after the vote", "until May"), whose people took
   * no part in the main clause's act. Not "when" or "while", which tell the same moment.
   */
  otherTimeConjunctions: z.array(z.string().min(1)),
  /**
   * Words opening a clause that tells the background of the news ("after Kerry visited Beijing",
   * "because the talks stalled", "when the envoy arrived"): an act named in it ranks below the
   * main clause's.
   */
  backgroundClauseConjunctions: z.array(z.string().min(1)),
  /**
   * Words that deny whatever a noun phrase after them names ("no talks were held", "no further
   * training is planned", "no U.S. ships took part"): a trigger a word or two after one is no act.
   */
  nounNegators: z.array(z.string().min(1)),
  /**
   * Past forms that do not end in "-ed" ("met", "held", "was"): with the "-ed" forms, the signs
   * that a sentence tells of the past.
   */
  irregularPast: z.array(z.string().min(1)),
  /**
   * Past participles that do not end in "-ed" and head a clause of their own after a noun ("the
   * group set up in April", "talks held in May"): a date right after one is that past act's.
   */
  irregularParticiples: z.array(z.string().min(1)),
  /**
   * Verbs of a schedule in the simple present ("the group holds its first meeting", "the
   * dialogue opens"): an agenda's entry told with one is still to come.
   */
  schedulePresent: z.array(z.string().min(1)),
  /** Counts of days in words ("a day after", "two days after"), up to a week. */
  dayCounts: z.record(z.string().min(1), z.number().int().min(1).max(6)),
  /**
   * Verbs that carry an occasion on to a later day ("opens Wednesday and runs through Friday",
   * "will start the tour on Sunday and remain until May 24"): that day is the occasion's last.
   */
  runsOnVerbs: z.array(z.string().min(1)),
  /**
   * Capitalised nouns that make a date the name of a document or a happening of the past ("the
   * August 17 Communiqué", "the May Fourth Movement"): the date dates nothing the text tells of.
   */
  namesAfterDate: z.array(z.string().min(1)),
  /**
   * Names whose last word is a month's ("the Long March rocket", "a Long March 2F"): the month
   * there is no date, nor a number after it a day.
   */
  namesEndingInMonth: z.array(z.string().regex(/\s\S+$/)),
  /**
   * Words before a document's number ("resolution 2094", "H.R. 2011"): the number is no year, nor
   * is a year in brackets right after it ("resolution 2087 (2013)"), which is part of its name.
   */
  numberedBefore: z.array(z.string().min(1)),
  /**
   * Words before a year that names a group by it, not a date ("Cadet Roe, Class of 2013"): the
   * year the group finishes or began, nothing done then. Any case.
   */
  cohortBefore: z.array(z.string().regex(/^[^A-Z]+$/, "lower case")).min(1),
  /** Words a table's row puts in brackets after a date to mark a plan ("August (planned)"). */
  planMarks: z.array(z.string().min(1)).min(1),
  /**
   * Past verbs that undid a plan ("turned down a proposed visit in May"): the plan's date is when
   * it was undone, not a time to come.
   */
  planUndoers: z.array(z.string().min(1)).min(1),
});

const CALENDAR = parseLexicon(schema, raw, "calendar.json");

export const WEEKDAYS: readonly string[] = CALENDAR.weekdays;
export const WEEKDAY_ABBREVIATIONS: readonly string[] = CALENDAR.weekdayAbbreviations;
export const MONTH_NAMES: readonly string[] = CALENDAR.months;
export const MONTH_ABBREVIATIONS: readonly string[] = CALENDAR.monthAbbreviations;
export const SIMULTANEOUS: readonly string[] = CALENDAR.simultaneous;
export const SAME_DAY_CLAUSES: readonly string[] = CALENDAR.sameDayClauses;
export const SEQUENCED: readonly string[] = CALENDAR.sequenced;
export const SEQUENCE_MEASURES: readonly string[] = CALENDAR.sequenceMeasures;
export const NEAR_MEASURES: readonly string[] = CALENDAR.nearMeasures;
export const FRAMING_VERBS: readonly string[] = CALENDAR.framingVerbs;
export const SEQUENCING_VERBS: readonly string[] = CALENDAR.sequencingVerbs;
export const LEAVING_VERBS: readonly string[] = CALENDAR.leavingVerbs;
export const ARRIVING_VERBS: readonly string[] = CALENDAR.arrivingVerbs;
/** A part of a month before its name, as an alternation ("early|late|mid"). */
export const MONTH_PARTS: string = CALENDAR.monthParts.join("|");
export const HABITUAL_WORDS: readonly string[] = CALENDAR.habitualWords;
export const NEGATORS: readonly string[] = CALENDAR.negators;
export const OWN_CLAUSE_CONJUNCTIONS: readonly string[] = CALENDAR.ownClauseConjunctions;
export const OTHER_TIME_CONJUNCTIONS: readonly string[] = CALENDAR.otherTimeConjunctions;
export const BACKGROUND_CLAUSE_CONJUNCTIONS: readonly string[] =
  CALENDAR.backgroundClauseConjunctions;
export const NOUN_NEGATORS: readonly string[] = CALENDAR.nounNegators;
export const DAY_COUNTS: Readonly<Record<string, number>> = CALENDAR.dayCounts;

const DAY_PART_WORD = new RegExp(
  String.raw`\b(${Object.keys(CALENDAR.dayParts).join("|")})\b`,
  "i",
);

/** The part of the day a date's words name ("on Thursday evening": evening), if any. */
export function partOfDay(words: string): string | undefined {
  const word = DAY_PART_WORD.exec(words)?.[1]?.toLowerCase();
  return word ? CALENDAR.dayParts[word] : undefined;
}
export const IRREGULAR_PAST: readonly string[] = CALENDAR.irregularPast;
/** Irregular past forms of full verbs, not of "be", "have" or "do" ("met", "began"; not "was"). */
export const IRREGULAR_FULL_PAST: readonly string[] = IRREGULAR_PAST.filter(
  (v) => !/^(?:was|were|had|did)$/.test(v),
);
/** The same, as one alternation for a pattern ("met|began|…"). */
export const IRREGULAR_FULL_PAST_WORD: string = IRREGULAR_FULL_PAST.map(literal).join("|");
export const IRREGULAR_PARTICIPLES: readonly string[] = CALENDAR.irregularParticiples;
export const SCHEDULE_PRESENT: readonly string[] = CALENDAR.schedulePresent;
export const NAMES_AFTER_DATE: readonly string[] = CALENDAR.namesAfterDate;
export const NAMES_ENDING_IN_MONTH: readonly string[] = CALENDAR.namesEndingInMonth;
export const NUMBERED_BEFORE: readonly string[] = CALENDAR.numberedBefore;
export const COHORT_BEFORE: readonly string[] = CALENDAR.cohortBefore;
/** A plan's mark after a row's date, as a regex source: "(planned)", "(tentative)". */
export const PLAN_MARK = String.raw`\((?:${CALENDAR.planMarks.map(literal).join("|")})\)`;
/** Past verbs that undid a plan, as one alternation ("rebuffed|called off|…"). */
export const PLAN_UNDOER: string = CALENDAR.planUndoers.map(literal).join("|");
/** Verbs that carry an occasion on to its last day, as one alternation. */
export const RUNS_ON: string = CALENDAR.runsOnVerbs.join("|");

/** A regex source matching a day of a month, or a range of days ("30", "30-31", "4 – 6"). */
export const DAY_SPAN = String.raw`\d{1,2}(?:\s*[-–]\s*\d{1,2})?`;

/** A regex source matching a month's name or abbreviation, with no boundaries ("May", "Sept"). */
export const MONTH_WORD = `(?:${[...MONTH_NAMES, ...MONTH_ABBREVIATIONS].join("|")})`;

/** A regex source matching one whole calendar word (use inside a `(?!…)` to exclude them). */
export const CALENDAR_WORD = String.raw`(?:${[
  ...WEEKDAYS,
  ...MONTH_NAMES,
  ...MONTH_ABBREVIATIONS,
].join("|")})\b`;
