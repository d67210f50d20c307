import type { Score, ScoreReport } from "./score.ts";

const FIGURES = [
  "goldEvents",
  "found",
  "eventSources",
  "correct",
  "precision",
  "recall",
  "f1",
  "dateExact",
  "topicsF1",
  "actorsF1",
  "duplicates",
  "merge",
] as const satisfies readonly (keyof Score)[];

/** The one-line summary, `name=value` pairs, easy to compare between runs and to grep. */
export function scoreLine(report: Score): string {
  return FIGURES.map((name) => `${name}=${report[name]}`).join(" ");
}

/**
 * The problems behind the figures, one line each, tagged by kind and starting with the article's
 * file, so that `grep` or `sort` groups them per article.
 */
export function detailLines(report: ScoreReport): string[] {
  return [
    ...report.misses.map((x) => `missed    ${x}`),
    ...report.wrong.map((x) => `spurious  ${x}`),
    ...report.duplicateSources.map((x) => `duplicate ${x}`),
    ...report.inexact.map((x) => `inexact   ${x}`),
    ...report.actorErrors.map((x) => `actors    ${x}`),
    ...report.unmerged.map((x) => `unmerged  ${x}`),
  ];
}

/** What the CLI prints: the report as JSON, or the summary line after the details when verbose. */
export function formatReport(
  report: ScoreReport,
  opts: { json: boolean; verbose: boolean },
): string {
  if (opts.json) return JSON.stringify(report, null, 2);
  return [...(opts.verbose ? detailLines(report) : []), scoreLine(report)].join("\n");
}
