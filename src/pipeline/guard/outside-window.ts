import { WINDOW } from "../events/draft.ts";
import type { ArticleWork, Warning } from "../types.ts";

/**
 * A warning for an article that names dates but yields no event because every date it names
 * falls outside the dataset's window (an article about 1999, or one dated 2030): otherwise it
 * would vanish from the timeline without a word.
 */
export function outsideWindowWarning(work: ArticleWork): Warning | undefined {
  if (work.events.length) return undefined;
  const days = work.sentences.flatMap((s) =>
    s.kind === "body" ? s.times.map((t) => [t.value, t.endValue ?? t.value] as const) : [],
  );
  if (!days.length) return undefined;
  const inside = days.some(([from, to]) => to >= WINDOW.start && from.slice(0, 10) <= WINDOW.end);
  if (inside) return undefined;
  const years = [...new Set(days.map(([from]) => from.slice(0, 4)))].sort();
  const shown =
    years.length > 4 ? `${years.slice(0, 3).join(", ")}, … ${years.at(-1)}` : years.join(", ");
  return {
    file: work.file,
    message: `no event: every date it names (${shown}) is outside the window ${WINDOW.start} to ${WINDOW.end}`,
  };
}
