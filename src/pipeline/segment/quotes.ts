import { EXCERPT_BEFORE, QUOTE_VERBS, STATEMENT_INTRO_END } from "../lexicon/speech.ts";
import { splitSentences } from "./sentences.ts";
import type { QuoteSpan, Span } from "../types.ts";

const SPEAKER = String.raw`((?:(?:the |The )(?:[A-Z][\p{L}.'’-]*|[a-z][a-z-]+)|[A-Z][\p{L}.'’-]*)(?:[ ](?:[A-Z][\p{L}.'’-]*|of|the|Chinese|U\.S\.|US|American|[a-z]+ister|president|secretary|general|admiral|spokesman|spokeswoman|official|minister|leader)){0,5}|he|she|they|He|She|They)`;
const AFTER = new RegExp(
  String.raw`^[\s,.;:]*(?:${SPEAKER}\s+(?:also\s+|then\s+|later\s+)?(?:${QUOTE_VERBS})\b|(?:${QUOTE_VERBS})\s+${SPEAKER}\b)`,
  "u",
);
const BEFORE = new RegExp(
  String.raw`${SPEAKER}\s+(?:also\s+|then\s+|later\s+)?(?:${QUOTE_VERBS})\b[^“”"]{0,110}?[,:]?\s*$`,
  "u",
);

/** The speaker words of the attribution around a quotation ("Obama", "the Chinese president"). */
export function findSpeakerText(before: string, after: string): string | undefined {
  const a = after.match(AFTER);
  if (a) return (a[1] ?? a[2])?.trim();
  const b = before.match(BEFORE);
  if (b) return b[1]?.trim();
  return undefined;
}

/**
 * The words after the last closing (or straight) quote mark: what `text.replace(/.*[”"]/s, "")`
 * leaves, found without that pattern's trying every start when there is no quote mark.
 */
export function afterLastClose(text: string): string {
  return text.slice(Math.max(text.lastIndexOf("”"), text.lastIndexOf('"')) + 1);
}

/**
 * The words before the first opening (or straight) quote mark, all of `text` when it has none:
 * what cutting the pattern [“"] and all after it leaves.
 */
export function beforeFirstOpen(text: string): string {
  const curly = text.indexOf("“");
  const straight = text.indexOf('"');
  const first = curly < 0 ? straight : straight < 0 ? curly : Math.min(curly, straight);
  return first < 0 ? text : text.slice(0, first);
}

/** The marks that open or close a quotation. */
const QUOTE_MARK = /[“”"]/g;

/**
 * Finds quotations paragraph by paragraph. Curly quotes pair by direction, straight quotes
 * toggle. A quotation left open at the end of a paragraph whose next paragraph opens with a quote
 * mark continues there (newspaper style); its pieces share one speaker.
 */
export function findQuotes(text: string, paragraphs: Span[]): QuoteSpan[] {
  const quotes: (QuoteSpan & { chain: number })[] = [];
  let chain = 0;
  let carry = false;
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p] as Span;
    let open = -1;
    if (!carry) chain++;
    carry = false;
    // Only quote marks change anything: the search jumps from one to the next.
    QUOTE_MARK.lastIndex = para.start;
    for (let q = QUOTE_MARK.exec(text); q && q.index < para.end; q = QUOTE_MARK.exec(text)) {
      const i = q.index;
      const c = q[0];
      if (c === "“" || (c === '"' && open < 0)) {
        if (open < 0) open = i + 1;
      } else if ((c === "”" || c === '"') && open >= 0) {
        if (i > open) quotes.push({ text: text.slice(open, i), start: open, end: i, chain });
        open = -1;
        chain++;
      }
    }
    if (open >= 0 && open < para.end) {
      quotes.push({ text: text.slice(open, para.end), start: open, end: para.end, chain });
      const next = paragraphs[p + 1];
      carry = next !== undefined && /^["“]/.test(text.slice(next.start, next.start + 1));
    }
  }
  // A written passage quoted whole after its source ('A reader writes "…"') is the page's story;
  // so is a statement's text quoted in paragraphs of its own, all of its chain.
  const statements = new Set(
    quotes.filter((q) => isStatementText(text, paragraphs, quotes, q)).map((q) => q.chain),
  );
  const spoken = quotes.filter((q) => !isExcerpt(text, paragraphs, q) && !statements.has(q.chain));
  // Attribution: the words around each quotation within its paragraph, then shared along a chain.
  for (const q of spoken) {
    const para = paragraphs.find((p) => p.start <= q.start && q.end <= p.end);
    if (!para) continue;
    const before = text.slice(para.start, Math.max(para.start, q.start - 1));
    const after = text.slice(Math.min(para.end, q.end + 1), para.end);
    const speaker = findSpeakerText(afterLastClose(before), beforeFirstOpen(after));
    if (speaker) q.speakerText = speaker;
  }
  const byChain = new Map<number, string>();
  for (const q of spoken)
    if (q.speakerText && !byChain.has(q.chain)) byChain.set(q.chain, q.speakerText);
  return spoken.map(({ chain: c, ...q }) => {
    const speakerText = q.speakerText ?? byChain.get(c);
    return speakerText ? { ...q, speakerText } : q;
  });
}

/** Fewest sentences of a quoted passage that is an excerpt, not a speaker's words. */
const EXCERPT_SENTENCES = 2;

/**
 * Whether a quotation is a written passage quoted whole: it opens right after an excerpt's verb
 * ("writes", "reports") and runs over two sentences or more.
 */
function isExcerpt(text: string, paragraphs: Span[], q: QuoteSpan): boolean {
  const para = paragraphs.find((p) => p.start <= q.start && q.end <= p.end);
  if (!para) return false;
  const before = text.slice(para.start, Math.max(para.start, q.start - 1));
  return EXCERPT_BEFORE.test(before) && splitSentences(q.text).length >= EXCERPT_SENTENCES;
}

/**
 * Whether a quotation opens a statement's text: it opens its paragraph, right after a paragraph
 * that ends on the statement ("released the following statement on Monday:"; STATEMENT_INTRO_END),
 * and its chain runs over two sentences or more.
 */
function isStatementText(
  text: string,
  paragraphs: Span[],
  quotes: readonly (QuoteSpan & { chain: number })[],
  q: QuoteSpan & { chain: number },
): boolean {
  const at = paragraphs.findIndex((p) => p.start <= q.start && q.end <= p.end);
  const para = paragraphs[at];
  const above = paragraphs[at - 1];
  if (!para || !above || q.start !== para.start + 1) return false;
  if (!STATEMENT_INTRO_END.test(text.slice(above.start, above.end))) return false;
  const words = quotes.filter((x) => x.chain === q.chain).map((x) => x.text);
  return splitSentences(words.join(" ")).length >= EXCERPT_SENTENCES;
}
