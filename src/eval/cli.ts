import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { formatReport } from "./format.ts";
import { EvalInputError, loadDataset, loadGold } from "./load.ts";
import { scoreDataset } from "./score.ts";
import { titleProblems } from "./titles.ts";
import type { Dataset } from "./load.ts";

const USAGE = "usage: npm run eval -- --gold FILE --data DIR [--verbose] [--json]";

/** The parsed command line, or the message explaining what is wrong with it. */
export interface EvalArgs {
  gold: string;
  data: string;
  verbose: boolean;
  json: boolean;
}

/** Reads `--gold FILE --data DIR [--verbose] [--json]` (also `--gold=FILE`). */
export function parseEvalArgs(argv: readonly string[]): EvalArgs | string {
  const paths: Partial<Record<"gold" | "data", string>> = {};
  let verbose = false;
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--verbose") verbose = true;
    else if (arg === "--json") json = true;
    else {
      const m = /^--(gold|data)(?:=(.*))?$/.exec(arg);
      if (!m) return `unknown argument ${arg}\n${USAGE}`;
      const name = m[1] as "gold" | "data";
      const value = m[2] ?? argv[++i];
      if (!value) return `--${name} needs a ${name === "gold" ? "file" : "folder"}\n${USAGE}`;
      paths[name] = value;
    }
  }
  if (!paths.gold || !paths.data) return `--gold and --data are both required\n${USAGE}`;
  return { gold: resolve(paths.gold), data: resolve(paths.data), verbose, json };
}

/** One line per event whose title reads badly (titles.ts), tagged "title". */
export function titleLines(dataset: Dataset): string[] {
  return dataset.events.events.flatMap((e) => {
    const problems = titleProblems(
      e.title,
      e.actors.map((a) => a.name),
    );
    return problems.length ? [`title     ${problems.join("; ")}: ${e.title}`] : [];
  });
}

/**
 * The command: scores `--data` against `--gold`, prints the report with `out` (stdout) and
 * problems with `err` (stderr). Returns the exit code: 0 when scored, whatever the score; 2 when
 * the arguments or the inputs cannot be used.
 */
export function main(
  argv: readonly string[],
  out: (text: string) => void = (text) => console.log(text),
  err: (text: string) => void = (text) => console.error(text),
): number {
  const args = parseEvalArgs(argv);
  if (typeof args === "string") {
    err(args);
    return 2;
  }
  try {
    const dataset = loadDataset(args.data);
    const report = scoreDataset(loadGold(args.gold), dataset);
    // With --verbose, the titles a researcher would stumble over come before the score.
    if (args.verbose && !args.json) for (const line of titleLines(dataset)) out(line);
    out(formatReport(report, args));
    return 0;
  } catch (e) {
    if (!(e instanceof EvalInputError)) throw e;
    err(`eval: ${e.message}`);
    return 2;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
