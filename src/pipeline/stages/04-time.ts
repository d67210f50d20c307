import type { ArticleWork, PipelineState, Sentence, Stage, TimeMention } from "../types.ts";
import { writesDayFirst, writesDotsDayFirst } from "../time/numeric-order.ts";
import { resolveTimes, type TimeContext } from "../time/resolve.ts";
import { entryFrame, putInFrame, type YearFrame } from "../time/month-of-year.ts";
import { fromIso, isoDay } from "../util/dates.ts";
import { readDateline } from "../clean/dateline.ts";
import { hasPhotoCredit } from "../clean/lines.ts";
import { readUpdateEntry } from "../clean/update-entry.ts";
import { closestWithYear } from "../clean/stamps/calendar-days.ts";
import { transcriptSession } from "../time/transcript-session.ts";
import { anchoredDay } from "../time/anchored-day.ts";
import { inNarrativeYear, titleYear } from "../time/narrative-year.ts";
import { inEntryOrder } from "../time/entry-order.ts";

/** An aside set off by commas that opens with a participle or a relative pronoun. */
const ASIDE_OPENS =
  /,\s*(?:which|who|released|published|issued|announced|held|signed|made)\b[^,;]*$/i;

/**
 * Whether a date stands in such an aside, closed by a comma after it or by the sentence's end
 * ("took part in the first dialogue, held in Washington on May 9 alongside the annual talks.").
 */
export function inAside(s: Sentence, t: TimeMention): boolean {
  const before = s.text.slice(0, t.start - s.start);
  const after = s.text.slice(t.end - s.start);
  return ASIDE_OPENS.test(before) && /^[^,;]*(?:,|$)/.test(after);
}

/** A relative clause that tells when an occasion began or ended: "a visit that began …". */
const OCCASION_CLAUSE =
  /\b(?:that|which)\s+(?:had\s+)?(?:began|begun|started|opened|ended|closed|was held|were held|took place)\b[^,;]*$/i;

/** Whether a date stands in such a clause. */
function inOccasionClause(s: Sentence, t: TimeMention): boolean {
  return OCCASION_CLAUSE.test(s.text.slice(0, t.start - s.start));
}

/**
 * Paragraphs after the first that open with a dated wire dateline ("BEIJING, Dec. 18 (Xinhua) --",
 * a wire story a forum's reply or a digest quotes), and the day each dateline names: a year left
 * out is the one that puts the day nearest the page's. So do those that open with a dated
 * update's label ("UPDATE, Friday 9:10 a.m.: …", clean/update-entry.ts), the first too, and those of a
 * live blog's entries, under their stamps (clean/entry-stamps.ts).
 */
function quotedStoryDays(work: ArticleWork): Map<number, Date> {
  const days = new Map<number, Date>();
  const pub = work.published;
  if (!pub || pub.estimated || pub.precision !== "day") return days;
  work.paragraphs.forEach((p, i) => {
    const text = work.text.slice(p.start, p.end);
    // The first paragraph's dateline is the page's own; an update's label may open it.
    if (i === 0) {
      const day = readUpdateEntry(text, pub.value)?.day;
      if (day) days.set(i, fromIso(day));
      return;
    }
    const dateline = readDateline(text);
    const md = dateline?.monthDay;
    const day =
      dateline?.date ??
      (md ? closestWithYear(pub.value, md.month, md.day) : undefined) ??
      readUpdateEntry(text, pub.value)?.day ??
      work.entryDays?.[i];
    if (day) days.set(i, fromIso(day));
  });
  return days;
}

/** Times put in the frame of a chronology's entry, when the paragraph opens with one. */
function framed(times: TimeMention[], entry: YearFrame | undefined): TimeMention[] {
  return entry ? putInFrame(times, entry) : times;
}

/**
 * The date "the next day" will count from after a sentence: its last date outside asides, else,
 * where the one before is missing or still to come, its last date in an aside; undefined leaves
 * `before` in place.
 */
function ownOrAside(
  main: TimeMention[],
  narration: TimeMention[],
  before: TimeMention | undefined,
): TimeMention | undefined {
  return main.at(-1) ?? (before && !before.future ? undefined : narration.at(-1));
}

/** The context a sentence is told in: a photo's caption is told in the present. */
function told(ctx: TimeContext, caption: boolean): TimeContext {
  return caption ? { ...ctx, caption } : ctx;
}

/** The coming week as narration names it: a story that tells it previews that week. */
const COMING_WEEK = /\b(?:next|(?:this\s+)?coming)\s+week\b|\bweek\s+ahead\b/i;

/** A day counted from the day of publication with no day's number of its own ("today", "Monday"). */
const countsFromTheDay = (t: TimeMention) =>
  t.basis === "relative-to-publication" && t.precision === "day" && !/\d/.test(t.text);

/** A title's year as the date the narration told before its first sentence. */
const yearOfTitle = (year: string): TimeMention => ({
  start: 0,
  end: 0,
  text: year,
  value: year,
  precision: "year",
  basis: "explicit",
  inQuote: false,
  future: false,
});

function timeOne(work: ArticleWork): ArticleWork {
  if (!work.published) return work;
  const published = work.published.ref;
  const pubDay = work.published.value;
  const ctx: TimeContext = {
    published,
    scene: published,
    estimated: work.published.estimated,
    dayFirst: writesDayFirst(work.text),
    dotsDayFirst: writesDotsDayFirst(work.text),
  };
  const quoteRanges = work.quotes.map((q): [number, number] => [q.start, q.end]);
  // With no publication date (an estimated one), relative words have nothing to be resolved
  // against: only the dates the text states in full, and "that year" after them, are kept.
  // Dated by its month only (a periodical's issue), a page names no day of its own: "today" and
  // "on Monday" have none to count from, while "on Jan. 27" and "last month" do.
  // A month named without its year there is read in the year the narration told last.
  const keep = (times: TimeMention[]) =>
    work.published?.estimated
      ? times.flatMap((t) =>
          t.basis === "explicit" || t.basis === "previous-date"
            ? [t]
            : (inNarrativeYear(t, ctx.previous) ?? []),
        )
      : work.published?.precision === "month"
        ? times.filter((t) => !countsFromTheDay(t))
        : times;
  const quotedDays = quotedStoryDays(work);
  // A transcript's turns are told against the day of the session they were spoken at.
  const session =
    work.published.estimated || work.published.precision !== "day"
      ? undefined
      : transcriptSession(
          work.paragraphs.map((p) => work.text.slice(p.start, p.end)),
          work.sentences,
          (s) => resolveTimes(s.text, s.start, quoteRanges, { published, scene: published }),
          pubDay,
          work.headerDays,
        );
  if (session)
    work.paragraphs.forEach((_, i) => {
      if (i >= session.firstTurn && !quotedDays.has(i)) quotedDays.set(i, fromIso(session.day));
    });
  // A chronology's entry ("* MAY 2011 - …") frames the year of its paragraph's later sentences.
  let entry: YearFrame | undefined;
  let lastParagraph = -1;
  // The paragraph `ctx.previous` was told in.
  let previousParagraph = -1;
  const setPrevious = (t: TimeMention, paragraph: number) => {
    ctx.previous = t;
    previousParagraph = paragraph;
  };
  // An undated page titled by its year ("2012: Relations at a glance") narrates from it.
  const subjectYear = work.published.estimated ? titleYear(work.title) : undefined;
  if (subjectYear) ctx.previous = yearOfTitle(subjectYear);
  // A photo's caption tells what has happened, in the present (TimeContext.caption).
  const captions = work.paragraphs.map((p) => hasPhotoCredit(work.text.slice(p.start, p.end)));
  const sentences: Sentence[] = work.sentences.map((s) => {
    const opensParagraph = s.paragraph !== lastParagraph;
    lastParagraph = s.paragraph;
    if (opensParagraph) entry = undefined;
    if (s.kind === "dateline") return s;
    ctx.previousElsewhere = previousParagraph >= 0 && previousParagraph !== s.paragraph;
    // A wire story quoted further down the page (a forum's reply, a digest's item) is told
    // against its own dateline's day.
    const quoted = quotedDays.get(s.paragraph);
    if (quoted) {
      // The entry's stamp (or the quoted story's dateline) is the date told just before its
      // first sentence: "the night before" there steps from it, not from the entry above.
      if (previousParagraph !== s.paragraph)
        setPrevious(anchoredDay(isoDay(quoted), s.start), s.paragraph);
      // Only a page with a publication date of its own has such days, so `keep` drops nothing.
      const own = { ...ctx, published: quoted, scene: quoted };
      // An entry may open with its own dated heading ("4/ Early June 2011: …"), as a timeline's does.
      let times = resolveTimes(s.text, s.start, quoteRanges, own);
      if (opensParagraph) entry = entryFrame(s.text, s.start, times);
      times = framed(times, entry);
      const last = times.filter((t) => !t.inQuote).at(-1);
      if (last) setPrevious(last, s.paragraph);
      if (times.some(fromPublication)) ctx.toldFromPublication = true;
      return { ...s, times, scene: isoDay(quoted) };
    }
    // The scene moves to the last past day the narration names: quotes in this sentence and the
    // ones that follow were spoken then ("said yesterday, “… tonight”" means yesterday night).
    const caption = captions[s.paragraph] === true;
    let times = framed(keep(resolveTimes(s.text, s.start, quoteRanges, told(ctx, caption))), entry);
    if (opensParagraph) {
      entry = entryFrame(s.text, s.start, times);
      times = framed(times, entry);
    }
    const before = ctx.scene.getTime();
    // A day in an aside is background ("…, held in Washington on May 9."): the scene stays.
    for (const t of times)
      if (!t.inQuote && t.precision === "day" && !t.future && t.value <= pubDay && !inAside(s, t))
        ctx.scene = fromIso(t.value);
    if (ctx.scene.getTime() !== before && times.some((t) => t.inQuote))
      times = framed(keep(resolveTimes(s.text, s.start, quoteRanges, told(ctx, caption))), entry);
    const narration = times.filter((t) => !t.inQuote);
    // "The report, released on Tuesday, …": a date in an aside is background, so "a day earlier"
    // in the next sentence counts from the sentence's own date, not from the aside's.
    // So is a day in a relative clause of an occasion after the sentence's own date ("on
    // Friday …, the end of a tour that began on Tuesday"): "the same day" next is Friday.
    const main = narration.filter((t, i) => !inAside(s, t) && !(i > 0 && inOccasionClause(s, t)));
    // A sentence dated only in asides leaves the date before it in place; with none before it,
    // or only a date to come (the story's opening plan), the aside's date is the one "the next
    // day" can count from.
    const last: TimeMention | undefined = narration.length
      ? ownOrAside(main, narration, ctx.previous)
      : times.at(-1);
    if (last) setPrevious(last, s.paragraph);
    const lastTold = narration.at(-1);
    if (lastTold) ctx.lastTold = lastTold;
    // A past day told since ends the preview: the story has turned to what already happened.
    if (last && !last.future && !last.inQuote && last.precision === "day") ctx.weekAhead = false;
    if (narration.some((t) => t.future && COMING_WEEK.test(t.text))) ctx.weekAhead = true;
    if (narration.some(fromPublication)) ctx.toldFromPublication = true;
    const days = (ts: TimeMention[]) => ts.filter((t) => t.precision === "day");
    const lastDay = ownOrAside(days(main), days(narration), ctx.previousDay);
    if (lastDay) ctx.previousDay = lastDay;
    return { ...s, times, scene: isoDay(ctx.scene) };
  });
  return {
    ...work,
    sentences: inEntryOrder(sentences, pubDay),
    ...(session ? { transcriptDay: session.day } : {}),
  };
}

/** A date of the narration read from the story's own day ("on Monday", "last year"). */
const fromPublication = (t: TimeMention) => !t.inQuote && t.basis === "relative-to-publication";

/**
 * Resolves every temporal expression to an ISO value at its own precision: narration against the
 * publication date, quotations against the day they were spoken, "that year" against the previous
 * dated sentence. Durations and counts are left out.
 */
export const timeStage: Stage = {
  name: "time",
  perArticle: true,
  run: (state: PipelineState) => ({ ...state, articles: state.articles.map(timeOne) }),
};
