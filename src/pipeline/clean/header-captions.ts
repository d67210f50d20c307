import { hasPhotoCredit, isCreditLine } from "./lines.ts";

/** A year written out: a caption that names one dates what its photo shows. */
const YEAR = /\b(?:19|20)\d{2}\b/;

/**
 * "The prime minister greets the envoy at the residence on March 3, 2012. / Pool photo" above
 * the story's dateline: a photo's dated caption set before the body is part of the page's story (a
 * dated caption reports an event, ANNOTATION.md), not its header. The indices of such lines
 * before `bodyStart`: a caption's sentence with its credit, not a credit alone, and a year.
 */
export function headerCaptions(lines: readonly string[], bodyStart: number): number[] {
  const found: number[] = [];
  for (let i = 0; i < bodyStart; i++) {
    const line = lines[i] ?? "";
    if (hasPhotoCredit(line) && !isCreditLine(line) && YEAR.test(line)) found.push(i);
  }
  return found;
}
