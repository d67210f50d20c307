import { filledBelow, isBodyFurniture, isLinkListHeading, isProse } from "./lines.ts";

/**
 * "More stories this week" over paragraphs of running prose: a heading of the story's own
 * section (a learners' page, a digest), not a list of links, which is a run of headlines. The two
 * filled lines under it must both be prose: a list's headline and its one-line summary are not.
 */
export function headsProseSection(lines: readonly string[], i: number): boolean {
  if (!isLinkListHeading(lines[i] ?? "")) return false;
  const first = filledBelow(lines, i);
  const second = first === undefined ? undefined : filledBelow(lines, first);
  return [first, second].every((j) => {
    const line = j === undefined ? undefined : lines[j];
    return line !== undefined && isProse(line) && !isBodyFurniture(line);
  });
}
