import { readDateline } from "../clean/dateline.ts";
import { findPublished } from "../clean/published.ts";

/** A body paragraph with no date of its own. */
export const BODY =
  "Officials of the two defense ministries met on Tuesday to discuss maritime safety.";

/**
 * Runs the publication-date reader over a page made of `above` (lines over the body), the body
 * paragraphs and `below` (lines after them), as the clean stage would.
 */
export function publishedOf(
  above: string[],
  body: string[] = [BODY],
  below: string[] = [],
): string | undefined {
  const lines = [...above, "", ...body, "", ...below];
  const bodyStart = above.length + 1;
  const dateline = readDateline(body[0] ?? "");
  return findPublished({
    lines,
    bodyStart,
    body,
    datelineDay: dateline?.date,
    monthDay: dateline?.monthDay,
  });
}
