import type { Sentence, TimeMention, TriggerHit } from "../types.ts";

/** "twice", "three times": an act counted, whose occasions the sentence may go on to list. */
const COUNT = /\b(?:twice|(?:two|three|four|five) times)\b/i;

/** Between two listed occasions: a comma or "and", with the next one's place or occasion. */
const LIST_JOIN = /^[^.;]*?(?:,|\band\b)[^.;]*$/i;

/**
 * "Obama and Hu have met twice this year, in Seoul in March and at the summit in Los Cabos in
 * June": an act counted and then listed is one happening per listed date; the date that holds
 * them all ("this year") dates none, and gives the listed months their year. Returns the listed
 * dates with the stretch each is told in, or undefined when the sentence does not count and list
 * its act.
 */
export function countedOccasions(
  s: Sentence,
  dates: TimeMention[],
  usable: TriggerHit[],
): { t: TimeMention; span: { start: number; end: number } }[] | undefined {
  const count = COUNT.exec(s.text);
  if (!count) return undefined;
  const at = s.start + count.index;
  if (!usable.some((h) => h.start < at && h.rank >= 4)) return undefined;
  const listed = dates.filter((d) => d.start > at && !d.endValue);
  const holders = listed.filter((d) => listed.some((o) => o !== d && o.value.startsWith(d.value)));
  const occasions = listed.filter((d) => !holders.includes(d));
  if (occasions.length < 2 || new Set(occasions.map((d) => d.value)).size !== occasions.length)
    return undefined;
  for (let i = 1; i < occasions.length; i++) {
    const [a, b] = [occasions[i - 1] as TimeMention, occasions[i] as TimeMention];
    if (!LIST_JOIN.test(s.text.slice(a.end - s.start, b.start - s.start))) return undefined;
  }
  // "three times last year, in January, in May and in October": the months are that year's.
  const year = holders.find((h) => h.precision === "year")?.value;
  const inYear = (t: TimeMention): TimeMention =>
    year && t.basis === "relative-to-publication" && !t.value.startsWith(year)
      ? { ...t, value: `${year}${t.value.slice(4)}` }
      : t;
  return occasions.map((t, i) => ({
    t: inYear(t),
    span: { start: i === 0 ? s.start : (occasions[i - 1] as TimeMention).end, end: t.end },
  }));
}
