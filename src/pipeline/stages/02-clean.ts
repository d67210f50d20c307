import type { ArticleWork, PipelineState, Published, Stage, Warning } from "../types.ts";
import { readDateline, type Dateline } from "../clean/dateline.ts";
import { unwrapHardWrapped } from "../clean/unwrap.ts";
import { dropFootnoteMarks } from "../clean/footnote-marks.ts";
import { dropPageBreaks } from "../clean/page-breaks.ts";
import {
  filledAbove,
  isBodyFurniture,
  isCreditLine,
  isFooterStart,
  isFurnitureBesidesCredit,
  isMetaLine,
  isProse,
  isShortSentence,
  isWidgetLine,
  moreWordsThan,
  looksLikeCaption,
  matchesAny,
  wordCount,
} from "../clean/lines.ts";
import { findPublished, latestNamedDay } from "../clean/published.ts";
import { titleYear } from "../time/narrative-year.ts";
import { headsProseSection } from "../clean/prose-section.ts";
import { commentsBegin } from "../clean/stamps/page-chrome.ts";
import { stampShape } from "../clean/stamps/stamp-shape.ts";
import { chronologyHeadings, isDatedEntry, isDateHeading, unmarked } from "../clean/chronology.ts";
import {
  findTitle,
  isOutletLine,
  mastheadName,
  namedOutlet,
  readByline,
} from "../clean/metadata.ts";
import { outletInPage, outletNamedOn } from "../lexicon/outlets.ts";
import { ABSTRACT_HEADING, LABELLED_LIST, QUOTE_BOX_LABEL } from "../lexicon/furniture.ts";
import { speechHeader } from "../clean/speech-header.ts";
import { entryStampDays } from "../clean/entry-stamps.ts";
import { inPageOrder } from "../clean/stamps/date-order.ts";
import { monthStamp } from "../clean/stamps/month-stamp.ts";
import { fromIso, interval } from "../util/dates.ts";
import { unquoteMailLine } from "../clean/mail-quotes.ts";
import { mendOcrDigits } from "../clean/ocr-digits.ts";
import { isTableRow, readTableRow } from "../clean/table-row.ts";
import { isTableNote } from "../clean/table-note.ts";
import { FORUM_POST_HEADER } from "../lexicon/stamps.ts";
import { readLabelledStamp } from "../clean/stamps/labelled-stamp.ts";
import { headerCaptions } from "../clean/header-captions.ts";
import { readCaptionTurns } from "../clean/captions.ts";
import { recaseCapitalRuns } from "../clean/all-capitals.ts";
import { readCalendarExport } from "../clean/calendar-export.ts";
import { readTableExport } from "../clean/table-export.ts";
import { readClockedEntries } from "../clean/clocked-entries.ts";
import { readWikiStamps } from "../clean/wiki-stamps.ts";

/** Normalises line ends and odd spaces so offsets are computed on one canonical text. */
function normalise(raw: string): string[] {
  const saved = raw
    .replace(/\r\n?/g, "\n")
    .replace(/[\u00a0\u2007\u202f]/g, " ")
    // A tab is a column's gap (clean/table-row.ts); runs of spaces are folded below.
    .replace(/\t/g, "  ")
    .replace(/[\u200b\u200e\u200f]/g, "")
    // A typeset ligature from a PDF ("ﬁ", "ﬂ") is its letters: "notiﬁed" is "notified".
    .replace(/[\ufb00-\ufb06]/g, (ligature) => ligature.normalize("NFKC"))
    .split("\n");
  // Captions first: their turn marks (">>") are no mail quotes.
  const read = recaseCapitalRuns(
    readClockedEntries(readCaptionTurns(readTableExport(readCalendarExport(saved)))),
  )
    .flatMap(readWikiStamps)
    .flatMap((line) => readTableRow(mendOcrDigits(unquoteMailLine(line))));
  const lines = dropPageBreaks(read).map((l) => dropFootnoteMarks(l.replace(/ {2,}/g, " ").trim()));
  return unwrapHardWrapped(lines);
}

/** Index of the first body line: the dateline, else the first line of running prose. */
/**
 * A one-sentence lead after a dateline, shorter than running prose: still the body's start, as
 * the dateline says ("WASHINGTON, Jan. 10, 2011 – Gates met Liang today.").
 */
const isShortLead = (line: string, dateline: Dateline) =>
  isShortSentence(line.slice(dateline.length));

function findBodyStart(lines: string[]): { index: number; dateline?: Dateline } {
  // Where prose first appears, worked out only when a bare dateline needs it.
  let firstProse: number | undefined;
  const proseStart = () =>
    (firstProse ??= lines.findIndex((l) => l && isProse(l) && !isBodyFurniture(l)));
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    // A site's notice ("Note: This is an archive of …") is no place and its lead.
    if (!line || isMetaLine(line) || isWidgetLine(line)) continue;
    const dateline = readDateline(line);
    // A place alone with a colon ("Beijing:") opens the story only above all prose: further
    // down, "Voss: …" is a speaker of an interview, and the prose above it is the story's start.
    // A place in capitals before a dash ("WASHINGTON —") is no speaker: under a caption or a
    // standfirst it still opens the story (a longer stretch of prose above is checked below).
    const bare = dateline && !dateline.date && !dateline.monthDay && !dateline.agency;
    const colon = bare && line.slice(0, dateline.length).trimEnd().endsWith(":");
    if (colon && proseStart() >= 0 && i > proseStart()) continue;
    // "Event Recap: …?" with the page's date below it is a headline, not a place and a lead.
    if (bare && bylineBelow(lines, i) !== undefined) continue;
    // "Hua Chunying: …" opening another line too is a transcript's speaker, not a place.
    if (bare && labelRecurs(lines, i, dateline.place)) continue;
    // A wire story quoted after the writer's own words ("… so I'm quoting most of it:") is
    // not the page's story; its dateline is the wire's day, not the page's.
    if (dateline && introducedAsQuote(lines, i)) continue;
    // Under more prose than a standfirst, a dateline opens a wire story the page goes on to
    // quote, not the page's own story, which began with that prose.
    if (
      dateline &&
      proseStart() >= 0 &&
      proseWordsBetween(lines, proseStart(), i) > STANDFIRST_WORDS
    )
      continue;
    if (dateline && (isProse(line) || isShortLead(line, dateline))) return { index: i, dateline };
    // "BEIJING, Sept. 18 Kyodo" on a line of its own, the story on the next: a dated dateline.
    if (dateline && (dateline.date || dateline.monthDay) && dateline.length === line.length) {
      const next = lines.slice(i + 1).find(Boolean);
      if (next && isProse(next)) return { index: i, dateline };
    }
  }
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (line && isProse(line) && !isBodyFurniture(line) && !isFooterStart(line)) {
      // A headline or standfirst may read like prose too; the byline or date below it opens the
      // story. A paragraph longer than any standfirst is the story itself, as on a page of dated
      // items, each date above its own paragraph.
      // So is a paragraph under a stamp of its own: the first of a feed's, a digest's or a
      // thread's dated items, each under its stamp, not a standfirst above the next item's.
      // So is the first post of a forum's thread, under its header and the poster's card.
      const story =
        moreWordsThan(line, STANDFIRST_WORDS) || stampAbove(lines, i) || firstPostAbove(lines, i);
      const byline = story ? undefined : bylineBelow(lines, i);
      if (byline === undefined || stampedItemNext(lines, byline)) return { index: i };
      i = byline;
    }
  }
  // A page of dated entries and no prose (a slide's timeline, a list of key dates) opens with its
  // first entry.
  const entries = lines.filter(isDatedEntry).length;
  return { index: entries >= DATED_ENTRIES ? lines.findIndex(isDatedEntry) : -1 };
}

/**
 * Whether the next item after a stamp line is also a paragraph of prose with its own stamp under
 * it (after a headline, if any): a page of news items, each over its source's stamp (a company's
 * news list, a search's results), whose first paragraph opens the body, not a standfirst.
 */
function stampedItemNext(lines: string[], stamp: number): boolean {
  for (let j = stamp + 1, filled = 0; j < lines.length && filled < STANDFIRST_LINES; j++) {
    const line = lines[j] ?? "";
    if (!line) continue;
    filled++;
    if (isProse(line) && !isBodyFurniture(line)) return bylineBelow(lines, j) !== undefined;
  }
  return false;
}

/** A page with no prose is read as a list of dated entries when it has this many. */
const DATED_ENTRIES = 2;

/** Whether another line than `i` opens with the same words and a colon ("Voss: …"). */
function labelRecurs(lines: string[], i: number, place: string | undefined): boolean {
  if (!place) return false;
  const label = `${place}:`;
  return lines.some((l, j) => j !== i && l.startsWith(label));
}

/**
 * Whether the filled line above line `i` introduces a quotation: prose that ends on a colon, or a
 * forum's quote box label ("Quote:").
 */
function introducedAsQuote(lines: string[], i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const line = lines[j] ?? "";
    if (line) return (line.endsWith(":") && isProse(line)) || QUOTE_BOX_LABEL.test(line);
  }
  return false;
}

/** Words of running prose (furniture left out) in lines `from` up to, not including, `to`. */
function proseWordsBetween(lines: string[], from: number, to: number): number {
  let words = 0;
  for (let j = from; j < to; j++) {
    const line = lines[j] ?? "";
    if (line && isProse(line) && !isBodyFurniture(line)) words += wordCount(line);
  }
  return words;
}

/** The most words a standfirst above a byline has. */
const STANDFIRST_WORDS = 50;

/** How many lines below a line of prose a byline may stand and still open the story after it. */
const STANDFIRST_LINES = 2;

/**
 * The index of a byline or a stamp line ("October 18, 2012", "By Jane Doe | May 2, 2013") just
 * below line `i` (within STANDFIRST_LINES filled lines).
 */
function bylineBelow(lines: string[], i: number): number | undefined {
  let seen = 0;
  for (let j = i + 1; j < lines.length && seen < STANDFIRST_LINES; j++) {
    const line = lines[j] ?? "";
    if (!line) continue;
    if (readByline(line) || stampShape(line)) return j;
    seen++;
  }
  return undefined;
}

/** Whether the story's first line stands under a forum's first post's header ("#1 <stamp>"). */
function firstPostAbove(lines: string[], bodyStart: number): boolean {
  let filled = 0;
  for (
    let j = bodyStart - 1;
    j >= 0 && filled < STANDFIRST_LINES && bodyStart - j <= POST_HEADER_REACH;
    j--
  ) {
    const line = lines[j] ?? "";
    if (!line) continue;
    const post = FORUM_POST_HEADER.exec(line);
    // The thread's first post: numbered 1, or the first numbered post of the page (a board that
    // numbers its posts across threads, "#1918").
    const first = post?.[1] === "1" || !lines.slice(0, j).some((l) => FORUM_POST_HEADER.test(l));
    const stamp = line.slice(post?.[0].length ?? 0);
    if (post && first && (stampShape(stamp) || readLabelledStamp(stamp))) return true;
    // The poster's card ("Moderator", "Joined: Jun 2010", "Posts: 312") is furniture.
    if (!isBodyFurniture(line)) filled++;
  }
  return false;
}

/** How many lines above a post's first line its header may stand, over the poster's card. */
const POST_HEADER_REACH = 12;

/**
 * Whether the filled line right above line `i` is a stamp: a date line ("Fri, 14 Jun 2013 22:10
 * GMT") or a post's author and date ("Jane Roe @roe_watch · 12 Dec 2012").
 */
function stampAbove(lines: string[], i: number): boolean {
  const above = filledAbove(lines, i);
  return above !== undefined && stampShape(lines[above] ?? "") !== undefined;
}

/**
 * "Keywords: …" under an author's note or a paper's abstract, with the story below: a labelled
 * list ends the body only below the story, and a note of a standfirst's length above it, or an
 * abstract, is no story.
 */
function labelledListAbove(lines: string[], bodyStart: number, i: number): boolean {
  if (!matchesAny(LABELLED_LIST, lines[i] ?? "")) return false;
  const above = proseWordsBetween(lines, bodyStart, i);
  const note = above <= STANDFIRST_WORDS || underAbstract(lines, i);
  return note && proseWordsBetween(lines, i + 1, lines.length) > above;
}

/** Whether an "Abstract" heading stands above line `i`. */
function underAbstract(lines: string[], i: number): boolean {
  return lines.slice(0, i).some((line) => ABSTRACT_HEADING.test(line));
}

/**
 * "Biographies:" / "Photo Essays:" followed only by short link lines: the start of the page's end
 * matter, below the story. A label over more prose than the story above it ("Today's links:"
 * over a digest's items, each a headline, a source line and a paragraph) opens the story instead.
 */
function isLinkListLabel(lines: string[], bodyStart: number, i: number): boolean {
  const line = lines[i] ?? "";
  if (!/^[A-Z][\w '’&-]{0,40}:$/.test(line) || line.split(/\s+/).length > 4) return false;
  const next = lines
    .slice(i + 1)
    .filter(Boolean)
    .slice(0, 3);
  if (!next.length || next.some((l) => isProse(l))) return false;
  return proseWordsBetween(lines, i + 1, lines.length) <= proseWordsBetween(lines, bodyStart, i);
}

/**
 * The indices of the body's lines without furniture; a credit line also removes the caption just
 * above it.
 */
function keepBodyLines(lines: string[], start: number, end: number): number[] {
  const kept: number[] = [];
  for (let i = start; i < end; i++) {
    const line = lines[i] ?? "";
    if (!line) continue;
    if (i === start) {
      kept.push(i);
      continue;
    }
    if (isCreditLine(line)) {
      const previous = lines[kept[kept.length - 1] ?? -1];
      if (kept.length > 1 && previous !== undefined && looksLikeCaption(previous)) kept.pop();
      continue;
    }
    // isBodyFurniture, whose credit test is answered above. A table's row is short but no
    // furniture.
    // Nor is a dated entry of a list ("- 8 May: talks at the ministry").
    if (isFurnitureBesidesCredit(line) && !isTableRow(lines, i) && !isDatedEntry(line)) continue;
    kept.push(i);
  }
  return kept;
}

/**
 * The publication day (clean/published.ts). When the page states none, the article is kept with a
 * warning: its year is estimated from the latest date the text names in full (else the year its
 * title names as its subject), and the time stage keeps only the dates the text states in full.
 * With no such date either, nothing in the article can be dated and it is left out, with a
 * warning.
 */
function readPublished(
  work: ArticleWork,
  lines: string[],
  bodyStart: number,
  dateline: Dateline | undefined,
  body: string[],
  title: string,
  warnings: Warning[],
): Published | undefined {
  const day = findPublished({
    lines,
    bodyStart,
    body,
    datelineDay: dateline?.date,
    monthDay: dateline?.monthDay,
    hint: work.hints.published,
  });
  if (day) return { value: day, precision: "day", ref: fromIso(day) };
  // A periodical's issue line dates the page by its month: read against the month's last day.
  const month = monthStamp(lines, bodyStart);
  if (month) return { value: month, precision: "month", ref: fromIso(interval(month, "month")[1]) };
  // A chronology of one year may name it only in its title ("Chronology: 2011 – Asia").
  const named = latestNamedDay(body);
  const subjectYear = titleYear(title);
  const latest = named ?? (subjectYear && `${subjectYear}-01-01`);
  if (!latest) {
    warnings.push({
      file: work.file,
      message: "no recognisable publication date and no date stated in full; article skipped",
    });
    return undefined;
  }
  const year = latest.slice(0, 4);
  warnings.push({
    file: work.file,
    message: `no recognisable publication date; kept with only the dates it states in full (relative dates dropped), publication year given as ${year}, ${named ? "that of the latest date it names" : "the one its title names"}`,
  });
  return { value: year, precision: "year", ref: fromIso(latest), estimated: true };
}

/** "WASHINGTON | Thu Feb 14, 2013 5:55pm EST": a place line above an agency-only dateline. */
function placeAbove(lines: string[], bodyStart: number): string | undefined {
  for (let i = bodyStart - 1; i >= Math.max(0, bodyStart - 3); i--) {
    const m = lines[i]?.match(/^([A-Z][A-Z .'-]{2,30}?)\s*[|,]\s*\S/);
    if (m) return m[1]?.trim();
  }
  return undefined;
}

function cleanOne(work: ArticleWork, warnings: Warning[]): ArticleWork | undefined {
  const lines = normalise(work.raw);
  const { index: bodyStart, dateline } = findBodyStart(lines);
  if (bodyStart < 0) {
    warnings.push({ file: work.file, message: "no article body found (no line of running prose)" });
    return undefined;
  }
  // A forum's thread opens with its first post, numbered: the replies under it are its posts,
  // not a story's comments.
  const thread = firstPostAbove(lines, bodyStart);
  let bodyEnd = lines.length;
  for (let i = bodyStart + 1; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (labelledListAbove(lines, bodyStart, i)) continue;
    if (isTableNote(lines, i)) continue;
    const comments = commentsBegin(line) && !(thread && FORUM_POST_HEADER.test(line));
    const footer = isFooterStart(line) && !headsProseSection(lines, i);
    if (footer || comments || isLinkListLabel(lines, bodyStart, i)) {
      bodyEnd = i;
      break;
    }
  }
  const bodyLines = keepBodyLines(lines, bodyStart, bodyEnd);
  // A timeline's date headings open the paragraphs under them ("January 2011: …").
  const headings = chronologyHeadings(lines, bodyLines, bodyStart, bodyEnd);
  // A dated caption above the dateline goes with the story, after its body.
  const keptLines = [
    ...(headings ? bodyLines.filter((i) => !isDateHeading(lines[i] ?? "")) : bodyLines),
    ...headerCaptions(lines, bodyStart),
  ];
  const kept = keptLines.map((i) => {
    const heading = headings?.get(i);
    return heading ? `${heading}: ${unmarked(lines[i] ?? "")}` : (lines[i] ?? "");
  });
  const text = kept.join("\n\n");
  const paragraphs = [];
  let offset = 0;
  for (const p of kept) {
    paragraphs.push({ text: p, start: offset, end: offset + p.length });
    offset += p.length + 2;
  }
  const title = findTitle(lines, bodyStart) || work.hints.title || "";
  const published = readPublished(work, lines, bodyStart, dateline, kept, title, warnings);
  if (!published) return undefined;
  const header = lines.slice(0, bodyStart);
  const byline =
    [...header, ...lines.slice(bodyStart, bodyStart + 3)].map(readByline).find(Boolean) ??
    work.hints.byline ??
    "";
  const outletLines = header.filter(isOutletLine);
  // Read on the page as saved: a menu's wide gaps are gone from the normalised lines.
  const masthead = mastheadName(work.raw.split(/\r\n?|\n/));
  // A known outlet on a line of its own, a masthead (known or not), a known outlet elsewhere
  // outside the story's prose, then the names a page gives itself.
  const outlet =
    outletNamedOn([...outletLines, masthead, dateline?.agency ? `(${dateline.agency})` : ""]) ||
    masthead ||
    outletInPage(lines, isProse) ||
    namedOutlet(lines, dateline?.agency);
  const speech = speechHeader(lines);
  return {
    ...work,
    ...(speech ? { speech } : {}),
    title,
    byline,
    outlet,
    published,
    dateline: dateline?.place || (dateline ? placeAbove(lines, bodyStart) : undefined),
    text,
    datelineLength: dateline?.length ?? 0,
    paragraphs,
    entryDays: entryStampDays(lines, keptLines, (line, day) => inPageOrder(line, day, lines, kept)),
    headerDays: header.flatMap((line) => {
      const stamp = readLabelledStamp(line);
      return stamp?.kind === "published" ? [stamp.day] : [];
    }),
  };
}

/**
 * Cuts page furniture (menus, captions, credits, share widgets, link lists, footers, other-language
 * blocks) and reads title, outlet, byline, dateline and publication date from the page text.
 * An article with no body is dropped with a warning; one with no publication date is kept, with a
 * warning, for the dates it states in full.
 */
export const cleanStage: Stage = {
  name: "clean",
  perArticle: true,
  run(state: PipelineState): PipelineState {
    const warnings = [...state.warnings];
    const articles = state.articles
      .map((a) => cleanOne(a, warnings))
      .filter((a): a is ArticleWork => a !== undefined);
    return { ...state, articles, warnings };
  },
};
