/**
 * How much of one input file the pipeline reads. News articles are a few thousand words; these
 * bounds sit far above any real one and keep a hostile or broken file from stalling the run:
 * some extraction steps grow faster than linearly with an article's length (the events stage
 * about quadratically), so an unbounded article could take minutes or the whole memory.
 */
export const READ_LIMITS = {
  /** Larger files are refused by name without being read. */
  maxFileBytes: 4 * 1024 * 1024,
  /**
   * Longer article texts are cut at a paragraph end before this many characters, with a warning.
   * About 10,000 words: several times the longest report or speech transcript, and short enough
   * that the superlinear steps stay at a few seconds on pathological text (200,000 characters of
   * quotations took 17 s in the per-article stages, 11 s of it in the events stage).
   */
  maxArticleChars: 60_000,
  /**
   * HTML nested deeper than this is refused: Readability walks the tree recursively (a 10,000-deep
   * page overflows the stack) and its cost grows steeply with depth (800 levels take seconds).
   * Real pages nest a few dozen levels.
   */
  maxHtmlDepth: 256,
  /**
   * The same bound read from the tags before parsing, looser because an unclosed tag counts as a
   * level: parsing itself grows quadratic with depth past some thousands of levels.
   */
  maxScannedDepth: 2000,
} as const;
