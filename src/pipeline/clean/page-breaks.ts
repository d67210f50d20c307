import { FOOTNOTE_RULE, PAGE_BREAK_LINE } from "../lexicon/furniture.ts";
import { endsLikeSentence, matchesAny } from "./lines.ts";

/**
 * A page printed from a browser or converted from a PDF repeats its furniture at every page
 * break: the print view's header and footer (title and "Page 1 of 2", the address and the day it
 * was printed), a running header, a page number, the page's footnotes under their rule. Left in,
 * they cut a paragraph in two, open the body on a header that reads like prose, and offer the
 * printing day as a stamp. This step takes each break out of the lines as saved, before anything
 * else reads them.
 */

/** Footnotes under their rule run at most this many lines before the page's footer. */
const FOOTNOTE_LINES = 16;

/** A line of running text cut by a break is at least this long (a headline or a label is not). */
const CUT_LINE_CHARS = 40;

const squeezed = (line: string) => line.trim().replace(/\s{2,}/g, " ");

/** Whether a line, as saved, is a page break's own furniture (`pageBreakLine`). */
export const isPageBreakLine = (line: string) => matchesAny(PAGE_BREAK_LINE, line.trim());

/**
 * The lines of each footnote block: from a rule to the page-break line that ends its page, when
 * one follows within FOOTNOTE_LINES (a rule with no page end below is no page's footnotes).
 */
function footnoteLines(lines: readonly string[]): Set<number> {
  const notes = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    if (!FOOTNOTE_RULE.test((lines[i] ?? "").trim())) continue;
    const end = lines.slice(i + 1, i + 1 + FOOTNOTE_LINES).findIndex((l) => isPageBreakLine(l));
    if (end < 0) continue;
    for (let j = i; j <= i + end; j++) notes.add(j);
  }
  return notes;
}

/**
 * The saved lines without their page breaks. A break is a run of blank lines, page-break lines,
 * footnotes and copies of a line already seen (a running header) that holds at least one
 * page-break line or footnote. A paragraph cut by it in mid-sentence goes on where it ends (the
 * two parts meet, to be joined as any wrapped text is); elsewhere one blank line is left.
 */
export function dropPageBreaks(lines: readonly string[]): string[] {
  const notes = footnoteLines(lines);
  const seen = new Set<string>();
  const kind = lines.map((line, i) => {
    const text = squeezed(line);
    const repeated = text !== "" && seen.has(text);
    seen.add(text);
    if (notes.has(i) || isPageBreakLine(line)) return "break";
    return text === "" || repeated ? "filler" : "text";
  });
  const out: string[] = [];
  for (let i = 0; i < lines.length;) {
    if (kind[i] === "text") {
      out.push(lines[i] ?? "");
      i++;
      continue;
    }
    let j = i;
    while (j < lines.length && kind[j] !== "text") j++;
    const isBreak = kind.slice(i, j).includes("break");
    if (!isBreak) {
      out.push(...lines.slice(i, j));
    } else {
      const before = out.findLast((l) => l.trim() !== "");
      const cut =
        before !== undefined &&
        before.trim().length >= CUT_LINE_CHARS &&
        j < lines.length &&
        !endsLikeSentence(before.trim());
      if (!cut && out.length) out.push("");
    }
    i = j;
  }
  return out;
}
