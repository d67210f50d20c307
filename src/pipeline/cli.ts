import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { runPipeline } from "./run.ts";
import { writeDataset } from "./write.ts";

const USAGE = "usage: npm run data -- [--in DIR] [--out DIR]   (defaults: seeds/ and public/data/)";

/** Reads `--in DIR --out DIR` (also `--in=DIR`). */
export function parseArgs(argv: string[]): { inDir: string; outDir: string } | string {
  const opts: Record<string, string> = { in: "seeds", out: "public/data" };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    const m = arg.match(/^--(in|out)(?:=(.*))?$/);
    if (!m) return `unknown argument ${arg}\n${USAGE}`;
    const value = m[2] ?? argv[++i];
    if (!value) return `--${m[1]} needs a folder\n${USAGE}`;
    opts[m[1] as string] = value;
  }
  return { inDir: resolve(opts.in as string), outDir: resolve(opts.out as string) };
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === "string") {
    console.error(args);
    return 2;
  }
  if (!existsSync(args.inDir) || !statSync(args.inDir).isDirectory()) {
    console.error(`data: input folder ${args.inDir} does not exist`);
    return 1;
  }
  const started = performance.now();
  const state = await runPipeline(args.inDir);
  for (const w of state.warnings) console.error(`warning: ${w.file}: ${w.message}`);
  if (!state.articles.length || !state.output) {
    console.error("data: no usable article was read; nothing written");
    return 1;
  }
  try {
    writeDataset(args.outDir, state.output.events, state.output.articles);
  } catch (err) {
    console.error(`data: could not write ${args.outDir}: ${(err as Error).message}`);
    return 1;
  }
  const drafts = state.articles.reduce((n, a) => n + a.events.length, 0);
  const events = state.output.events.events.length;
  const ms = Math.round(performance.now() - started);
  console.error(
    `data: ${state.articles.length} articles read, ${events} events (${drafts} drafts, ${drafts - events} merged), ${state.skipped} dated sentences skipped, ${state.warnings.length} warnings, ${ms} ms → ${args.outDir}`,
  );
  return 0;
}

process.exitCode = await main();
