import type { Span } from "../../../dataset/index.ts";

export interface TextSegment {
  text: string;
  /** Index into the spans given, for a highlighted segment; undefined for plain text. */
  span: number | undefined;
}

/**
 * Where a span really is in `text`: its offsets when they hold its text (the contract says they
 * do), else the first occurrence of its text, so one stale offset still highlights the sentence
 * rather than the wrong words; undefined when the text is not there at all.
 */
export function locateSpan(text: string, span: Span): [number, number] | undefined {
  if (span.start < span.end && text.slice(span.start, span.end) === span.text)
    return [span.start, span.end];
  const at = text.indexOf(span.text);
  return at < 0 ? undefined : [at, at + span.text.length];
}

/**
 * The article text cut into plain and highlighted segments, in order. Spans that overlap an
 * earlier one are skipped, so every character appears exactly once.
 */
export function highlightSegments(text: string, spans: readonly Span[]): TextSegment[] {
  const located = spans
    .map((span, index) => ({ index, at: locateSpan(text, span) }))
    .filter((s): s is { index: number; at: [number, number] } => s.at !== undefined)
    .sort((a, b) => a.at[0] - b.at[0] || a.index - b.index);
  const segments: TextSegment[] = [];
  let cursor = 0;
  for (const { index, at } of located) {
    const [start, end] = at;
    if (start < cursor) continue;
    if (start > cursor) segments.push({ text: text.slice(cursor, start), span: undefined });
    segments.push({ text: text.slice(start, end), span: index });
    cursor = end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), span: undefined });
  return segments;
}
