/**
 * Page furniture: the parts of a saved web page that are not the article. Each rule is a
 * pattern over one line; the cleaner decides what to do with a matching line.
 */

/** Lines from which everything to the end of the page is furniture (footers, link lists). */
export const FOOTER_START: readonly RegExp[] = [
  /^related (articles|sites|links|stories|news|content|coverage|posts)\b/i,
  /^(more|latest|top|recent|other|most (read|popular|viewed)) (from|stories|news|articles|headlines)\b/i,
  /^derniers articles\b/i,
  /^related\s*:?\s*$/i,
  /^editors?\s*:/i,
  /^\(?(reporting|editing|additional reporting|writing) by\b/i,
  /^(source|sources)\s*:/i,
  /^(print|email|share)( this)?( article| story| page)?\s*$/i,
  /^(about us|contact us|privacy policy|terms of (use|service))\b/i,
  /^(à lire aussi|lire aussi|voir aussi|articles? similaires?)\b/i,
  /^(first published|last updated)\s*:/i,
  /^comments? powered by\b/i,
  /^(\d+\s+)?comments?\s*$/i,
  /^(leave a (comment|reply)|post a comment|add (a|your) comment)\b/i,
  /^(share|tags?|filed under|topics?|keywords)\s*:/i,
  /^(proud sponsors|my account|social media|military tools)\s*$/i,
  /^(copyright|©|\(c\))\s/i,
  /^all rights reserved\b/i,
  /^(directeur de la publication|comité de rédaction)\b/i,
  /^(you may also like|recommended for you|editor'?s picks|in other news)\b/i,
];

/** Photo and video captions' credit lines: the credit, and the caption above it, are furniture. */
export const CREDIT_LINE: readonly RegExp[] = [
  /\b(photo|photograph|image|video|picture)s?\s+(by|courtesy|credit)\b/i,
  /^\(?click (photo|image|here|to enlarge)\b/i,
  /\bhigh-resolution image\b/i,
  /^(\(?(AP|AFP|Reuters|Getty( Images)?|Xinhua|EPA)\s*(photo|images?)\b.*\)?)$/i,
  /^(photo|image|file photo|pictured)\s*:/i,
  /^\((photo|image)[^)]*\)$/i,
];

/** Single furniture lines inside the body: share widgets, print/email links, disclaimers. */
export const WIDGET_LINE: readonly RegExp[] = [
  /^\*?\s*(share( this( article| story)?)?|tweet|print( this)?|e-?mail( this)?( article| story)?|facebook|twitter|linkedin|reddit|pinterest|whatsapp|google\+?|digg|stumbleupon|subscribe|rss)\b.{0,30}$/i,
  /^(font size|text size|a\+|a-)\b/i,
  /^\*?\s*the appearance of hyperlinks\b/i,
  /^(advertisement|sponsored|skip to (main )?content|back to top|read more|continue reading)\b.{0,20}$/i,
];

/** Lines that carry metadata rather than body text. */
export const META_LINE =
  /^(last updated|updated|first published|published|posted|date)\s*(on)?\s*:?/i;

/** Function words that identify a line in French, German or Spanish rather than English. */
const FOREIGN_WORDS = new Set(
  "le la les des du une est et pour avec sur dans au aux à ce qui par pas ne plus où se sont été entre der die das und ist mit für von el los las del por con para que una".split(
    " ",
  ),
);
const ENGLISH_WORDS = new Set(
  "the and of to in is for with on that by a an are was from as at it its this".split(" "),
);

/** Any letter outside ASCII: only then do scripts and accents need Unicode tables. */
const NON_ASCII_LETTER = /[^\0-\x7F\P{L}]/u;

/** True for a line written mostly in another language (or another script). */
export function isForeignLine(line: string): boolean {
  // Lines of ASCII letters (most of an English page, curly quotes and dashes or not) are Latin,
  // unaccented, and split into words at anything but a-z: the same answers, without the Unicode
  // scans that made this the slowest part of cleaning.
  const ascii = !NON_ASCII_LETTER.test(line);
  if (!ascii) {
    const letters = line.match(/\p{L}/gu)?.length ?? 0;
    const nonLatin = line.match(/[^\p{Script=Latin}\P{L}]/gu)?.length ?? 0;
    if (letters > 0 && nonLatin / letters > 0.3) return true;
  }
  const words = line
    .toLowerCase()
    .split(ascii ? /[^a-z]+/ : /[^\p{L}]+/u)
    .filter(Boolean);
  let foreign = 0;
  let english = 0;
  for (const w of words) {
    if (FOREIGN_WORDS.has(w)) foreign++;
    if (ENGLISH_WORDS.has(w)) english++;
  }
  const accented = ascii ? 0 : (line.match(/[àâçéèêëîïôûùüÿœæ]/gi)?.length ?? 0);
  return (foreign >= 2 && foreign > english) || (accented >= 2 && english === 0);
}
