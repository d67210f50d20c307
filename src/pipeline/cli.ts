import { existsSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { runPipeline, type Progress } from "./run.ts";
import { CorrectionsError } from "./stages/10-corrections.ts";
import { printable } from "./util/printable.ts";
import { writeDataset } from "./write.ts";

const USAGE =
  "usage: npm run data -- [--in DIR] [--out DIR] [--corrections DIR] [--workers N]   (defaults: seeds/, public/data/, corrections/ beside the input folder, one thread per core)";

/** Each thread holds its own copy of the compiled lexicon: more than this only costs memory. */
const MAX_WORKERS = 64;

/** Reads `--in DIR --out DIR --corrections DIR --workers N` (also `--in=DIR`). */
export function parseArgs(
  argv: string[],
): { inDir: string; outDir: string; correctionsDir: string; workers: number } | string {
  const opts: Record<string, string> = { in: "seeds", out: "public/data" };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    const m = arg.match(/^--(in|out|corrections|workers)(?:=(.*))?$/);
    if (!m) return `unknown argument ${arg}\n${USAGE}`;
    const value = m[2] ?? argv[++i];
    if (!value) return `--${m[1]} needs ${m[1] === "workers" ? "a number" : "a folder"}\n${USAGE}`;
    opts[m[1] as string] = value;
  }
  const workers = opts.workers === undefined ? availableParallelism() : Number(opts.workers);
  if (!Number.isInteger(workers) || workers < 1 || workers > MAX_WORKERS)
    return `--workers must be a whole number from 1 to ${MAX_WORKERS}, not ${opts.workers}\n${USAGE}`;
  const inDir = resolve(opts.in as string);
  // Corrections sit beside the articles they correct (seeds/ and corrections/).
  const correctionsDir = resolve(opts.corrections ?? join(dirname(inDir), "corrections"));
  return { inDir, outDir: resolve(opts.out as string), correctionsDir, workers };
}

/** Seconds a run goes quiet before its first progress line, and between two lines. */
const PROGRESS_EVERY_MS = 2000;

/**
 * Progress lines for long runs ("data: 4000/10000 articles through clean…topics (12.1 s)"): none
 * in a run's first seconds, so small runs print only their summary, then at most one every
 * PROGRESS_EVERY_MS.
 */
export function progressLines(
  log: (line: string) => void,
  now: () => number = () => performance.now(),
): (p: Progress) => void {
  const started = now();
  let last = started;
  return (p) => {
    const t = now();
    if (t - last < PROGRESS_EVERY_MS) return;
    last = t;
    const elapsed = `${((t - started) / 1000).toFixed(1)} s`;
    const names = p.stage.split("+");
    log(
      names.length > 1
        ? `data: ${p.done}/${p.total} articles through ${names[0]}…${names.at(-1)}${p.threads > 1 ? ` in ${p.threads} threads` : ""} (${elapsed})`
        : `data: ${p.stage} done, ${p.total} articles (${elapsed})`,
    );
  };
}

/**
 * The command: reads `--in`, writes `--out`, logs to `log` (stderr by default) and returns the
 * exit code: 0 when data was written (even with warnings), 1 when nothing usable was read or the
 * output could not be written, 2 on bad arguments.
 */
export async function main(
  argv: string[],
  log: (line: string) => void = (line) => console.error(line),
): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === "string") {
    log(args);
    return 2;
  }
  if (!existsSync(args.inDir) || !statSync(args.inDir).isDirectory()) {
    log(`data: input folder ${printable(args.inDir)} does not exist`);
    return 1;
  }
  const started = performance.now();
  let state: Awaited<ReturnType<typeof runPipeline>>;
  try {
    const options = {
      lean: true,
      workers: args.workers,
      onProgress: progressLines(log),
      corrections: args.correctionsDir,
    };
    state = await runPipeline(args.inDir, options);
  } catch (err) {
    if (err instanceof CorrectionsError) {
      for (const problem of err.problems) log(`error: ${printable(problem)}`);
      log(`data: ${err.problems.length} correction problem(s); nothing written`);
      return 1;
    }
    // Per-article work is guarded in run.ts; this is a whole-corpus stage or the folder itself.
    log(`data: the run failed, nothing written: ${printable(String(err)).slice(0, 500)}`);
    return 1;
  }
  // Names and messages come from the input: escaped, so a file name cannot forge a line.
  for (const w of state.warnings) log(`warning: ${printable(w.file)}: ${printable(w.message)}`);
  if (!state.articles.length || !state.output) {
    log("data: no usable article was read; nothing written");
    return 1;
  }
  try {
    // runPipeline checked each event and article (keepValidOutput).
    writeDataset(args.outDir, state.output.events, state.output.articles, { itemsChecked: true });
  } catch (err) {
    log(`data: could not write ${printable(args.outDir)}: ${printable((err as Error).message)}`);
    return 1;
  }
  const drafts = state.articles.reduce((n, a) => n + a.events.length, 0);
  const events = state.output.events.events.length;
  const ms = Math.round(performance.now() - started);
  const corrected = state.corrections
    ? `, ${state.corrections.applied} corrections applied (${state.corrections.unapplied} not)`
    : "";
  log(
    `data: ${state.articles.length} articles read, ${events} events (${drafts} drafts, ${drafts - events} merged)${corrected}, ${state.skipped} dated sentences skipped, ${state.warnings.length} warnings, ${ms} ms → ${printable(args.outDir)}`,
  );
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2));
}
