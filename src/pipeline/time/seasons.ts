import { matchesOf } from "../util/matches.ts";

/**
 * Seasons named without a year ("in the summer", "this spring", "next fall"). The contract has
 * no season precision, so they resolve to the year they fall in, with their words kept as text.
 */
export interface SeasonMention {
  start: number;
  end: number;
  text: string;
  year: number;
}

/** First and last month of each season (northern hemisphere; winter runs from December on). */
const MONTHS: Record<string, [number, number]> = {
  spring: [3, 5],
  summer: [6, 8],
  fall: [9, 11],
  autumn: [9, 11],
  winter: [12, 2],
};

/**
 * A season needs a determiner, or "in" right before it ("in spring", read as "in the spring"), so
 * "prices fall" and "Arab Spring" stay out, and no year after it ("the summer of 2013" is read by
 * time/years.ts; "the spring of last year" is dated by the year it names). The season in lower
 * case only ("the Winter Olympics" is a name); its determiner may open the sentence ("Last fall,").
 */
const SEASON =
  /\b(?:(?:early|late|mid-?)\s*)?(?:([Tt]his|[Nn]ext|[Ll]ast|[Pp]ast|[Cc]oming|[Tt]he|[Tt]he coming|[Tt]he upcoming|[Ii]n)\s+)(?:(?:early|late)\s+)?(spring|summer|fall|autumn|winter)\b(?!\s+(?:of\s+)?(?:19|20)\d{2}|\s+of\s+(?:last|next|this|that|the same|the following|the previous)\s+year\b)(?![-\w])/g;

/**
 * Every SEASON match holds a season's name in lower case, as SEASON reads it: a text without one
 * is not searched.
 */
const SEASON_WORD = /spring|summer|fall|autumn|winter/;

/** The year a season falls in, seen from month `month` of `year`. */
function seasonYear(
  det: string,
  first: number,
  last: number,
  year: number,
  month: number,
  future: boolean,
): number {
  if (det === "next") return year + 1;
  if (det === "last" || det === "past") return last < month ? year : year - 1;
  // A winter is dated by its January and February: most of it falls in that year.
  if (last < first) return year;
  // "this fall", said in May: the reference year's, whether it has begun or not.
  if (det === "this") return year;
  if (future || /coming|upcoming/.test(det)) return last >= month ? year : year + 1;
  return first <= month ? year : year - 1;
}

/**
 * Finds seasons and the year each names, seen from `ref` (noon UTC of the reference day):
 * "next" is the following year, "last"/"past" the latest one already over, "this" the reference
 * year's, and "the" the coming one in future tense and the latest begun one otherwise.
 */
export function findSeasons(
  text: string,
  ref: Date,
  future: (at: number) => boolean,
): SeasonMention[] {
  const out: SeasonMention[] = [];
  if (!SEASON_WORD.test(text)) return out;
  const year = ref.getUTCFullYear();
  const month = ref.getUTCMonth() + 1;
  for (const m of matchesOf(text, SEASON)) {
    const word = (m[1] ?? "").toLowerCase();
    const det = word === "in" ? "the" : word;
    const [first, last] = MONTHS[(m[2] ?? "").toLowerCase()] ?? [1, 12];
    const at = m.index ?? 0;
    // "the fall of the regime", "the fall in exports": a drop, not a season.
    if (/^fall$/i.test(m[2] ?? "") && /^\s+(?:of|in)\b/.test(text.slice(at + m[0].length)))
      continue;
    const y = seasonYear(det, first, last, year, month, future(at));
    out.push({ start: at, end: at + m[0].length, text: m[0], year: y });
  }
  return out;
}
