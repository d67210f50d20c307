/**
 * Pipeline benchmark, not a test: `npm run bench:pipeline` writes 100, 1,000 and 10,000 articles
 * into a temporary folder (copies of the articles in seeds/, read from disk at run time, with
 * their dates shifted by whole weeks and the officials and towns they name swapped for others
 * from the lexicon, so the copies report distinct events), runs the pipeline on each in a child
 * process as `npm run data` runs it, and prints a table: events, wall and CPU time, articles per
 * second after start-up (the wall time of a one-article run is subtracted), merge time and peak
 * RSS, then each stage's time. It asserts nothing; compare the figures over time, on one machine
 * (CPU time is the steadier figure on a busy one).
 *
 * Options (environment): BENCH_COUNTS=100,1000 (sizes), BENCH_TREE=/path/to/other/checkout (runs
 * that checkout's pipeline on the same articles, to compare two versions side by side),
 * BENCH_KEEP=1 (keeps the generated folders and prints where they are).
 */
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { PEOPLE, shortName } from "../src/pipeline/lexicon/people.ts";
import { PLACES } from "../src/pipeline/lexicon/places.ts";
import { MONTH_NAMES } from "../src/pipeline/lexicon/calendar.ts";
import { prng } from "../src/pipeline/testing/prng.ts";

/** Threads for the per-article stages, as `npm run data` picks them (a checkout without them ignores it). */
const WORKERS = Number(process.env.BENCH_WORKERS ?? availableParallelism());
const ROOT = path.resolve(import.meta.dirname, "..");
const SEEDS = path.join(ROOT, "seeds");
const DAY = 86_400_000;
/** Publication days of the copies stay inside the dataset's window, with room for "yesterday". */
const FIRST_PUB = Date.UTC(2010, 1, 1);
const LAST_PUB = Date.UTC(2013, 10, 30);

// ---------------------------------------------------------------------------------------------
// Generating articles

function shuffled<T>(items: readonly T[], rand: (n: number) => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rand(i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

const MONTHS = MONTH_NAMES;
const MONTH = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const monthIndex = (word: string) =>
  MONTHS.findIndex((m) => m.toLowerCase().startsWith(word.slice(0, 3).toLowerCase()));
/** "June 8, 2013", "June 7" (year of publication), "May 2012" and bare years 2000–2019. */
const DATE_RE = new RegExp(
  String.raw`\b${MONTH}\s+(\d{1,2})\b(?:,?\s+((?:19|20)\d{2})\b)?|\b${MONTH},?\s+((?:19|20)\d{2})\b|\b(20[01]\d)\b`,
  "g",
);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The first full date of a text, taken as its publication day. */
function publicationDay(text: string): number | undefined {
  for (const m of text.matchAll(DATE_RE))
    if (m[1] && m[3]) return Date.UTC(Number(m[3]), monthIndex(m[1]), Number(m[2]));
  return undefined;
}

/** Moves every date of `text` by `days` (a multiple of 7, so weekdays stay true). */
function shiftDates(text: string, days: number, pubYear: number): string {
  const years = new Date(Date.UTC(pubYear, 6, 1) + days * DAY).getUTCFullYear() - pubYear;
  const fmt = (t: number, withYear: boolean) => {
    const d = new Date(t);
    const day = `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`;
    return withYear ? `${day}, ${d.getUTCFullYear()}` : day;
  };
  return text.replace(DATE_RE, (all, month, day, year, month2, year2, bare) => {
    if (month) {
      const t = Date.UTC(Number(year ?? pubYear), monthIndex(month), Number(day)) + days * DAY;
      return fmt(t, !!year);
    }
    if (month2) {
      const d = new Date(Date.UTC(Number(year2), monthIndex(month2), 15) + days * DAY);
      return `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
    }
    return bare ? String(Number(bare) + years) : all;
  });
}

interface Form {
  from: string;
  to: string;
}

/** Each official named in the lexicon becomes another of the same country, in every form. */
function peopleSwap(rand: (n: number) => number): Form[] {
  const forms: Form[] = [];
  const shortCount = new Map<string, number>();
  for (const p of PEOPLE) {
    const s = shortName(p.name, !!p.surnameFirst);
    shortCount.set(s, (shortCount.get(s) ?? 0) + 1);
  }
  for (const country of ["USA", "CHN"]) {
    const group = PEOPLE.filter((p) => p.country === country);
    const targets = shuffled(group, rand);
    group.forEach((p, i) => {
      const t = targets[i] ?? p;
      for (const name of [p.name, ...(p.aliases ?? [])]) forms.push({ from: name, to: t.name });
      const s = shortName(p.name, !!p.surnameFirst);
      // "Wang" is three people: shared surnames keep their own form.
      if (shortCount.get(s) === 1) forms.push({ from: s, to: shortName(t.name, !!t.surnameFirst) });
    });
  }
  return forms;
}

/** Towns of the lexicon swapped for towns of the same country. */
function placeSwap(rand: (n: number) => number): Form[] {
  const countries = new Set(["United States", "China", "California", "Hawaii", "Brunei"]);
  const byCountry = new Map<string, string[]>();
  for (const [name, c] of Object.entries(PLACES))
    if (!countries.has(name)) byCountry.set(c, [...(byCountry.get(c) ?? []), name]);
  const forms: Form[] = [];
  for (const towns of byCountry.values()) {
    const targets = shuffled(towns, rand);
    towns.forEach((t, i) => forms.push({ from: t, to: targets[i] ?? t }));
  }
  return forms;
}

/** Replaces every form in one pass, longest first, so a replacement is never replaced again. */
function swap(text: string, forms: Form[]): string {
  const map = new Map(forms.map((f) => [f.from, f.to]));
  const alternatives = [...map.keys()].sort((a, b) => b.length - a.length).map(escape);
  const re = new RegExp(`\\b(?:${alternatives.join("|")})\\b`, "g");
  return text.replace(re, (m) => map.get(m) ?? m);
}

/**
 * Writes `count` articles into `dir`: article i is seed i mod n, its dates shifted by a whole
 * number of weeks within the window, its officials and towns swapped. Deterministic.
 */
export function generateArticles(dir: string, count: number, seedsDir = SEEDS): void {
  const seeds = readdirSync(seedsDir)
    .filter((n) => /\.txt$/i.test(n))
    .sort()
    .map((n) => ({
      name: n.replace(/\.txt$/i, ""),
      text: readFileSync(path.join(seedsDir, n), "utf8"),
    }));
  if (!seeds.length) throw new Error(`no .txt articles in ${seedsDir}`);
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    const seed = seeds[i % seeds.length] as (typeof seeds)[number];
    const rand = prng(i + 1);
    const pub = publicationDay(seed.text) ?? Date.UTC(2012, 5, 1);
    const minWeeks = Math.ceil((FIRST_PUB - pub) / (7 * DAY));
    const maxWeeks = Math.floor((LAST_PUB - pub) / (7 * DAY));
    const weeks = minWeeks + rand(maxWeeks - minWeeks + 1);
    const pubYear = new Date(pub).getUTCFullYear();
    let text = shiftDates(seed.text, weeks * 7, pubYear);
    text = swap(text, [...peopleSwap(rand), ...placeSwap(rand)]);
    writeFileSync(path.join(dir, `bench-${String(i).padStart(5, "0")}-${seed.name}.txt`), text);
  }
}

// ---------------------------------------------------------------------------------------------
// Running one size in a child process

interface ChildReport {
  articles: number;
  events: number;
  /** Milliseconds per stage, summed over batches. */
  stages: Record<string, number>;
  maxRssKb: number;
  /** User and system CPU time, milliseconds: steadier than wall time on a busy machine. */
  cpuMs: number;
  error?: string;
}

type RunModule = typeof import("../src/pipeline/run.ts");
type State = import("../src/pipeline/types.ts").PipelineState;

/**
 * Runs the pipeline as the CLI does (lean, in batches) when the checkout can, timing each stage;
 * an older checkout's stages are run one after another.
 */
async function runTimed(run: RunModule, inDir: string, stages: Record<string, number>) {
  const add = (name: string, ms: number) => (stages[name] = (stages[name] ?? 0) + ms);
  if (run.STAGES.some((s) => "perArticle" in s))
    return run.runPipeline(inDir, {
      lean: true,
      workers: WORKERS,
      onProgress: (p) => {
        for (const [name, ms] of Object.entries(p.ms)) add(name, ms);
      },
    });
  let state: State = { inDir, articles: [], merged: [], warnings: [], skipped: 0 };
  for (const stage of run.STAGES) {
    const t0 = performance.now();
    state = await stage.run(state);
    add(stage.name, performance.now() - t0);
  }
  return state;
}

/**
 * The child: runs the pipeline of the checkout at `tree`, writes the dataset, and prints a JSON
 * report on stdout. Importing the checkout's modules rather than calling its CLI times its stages
 * and lets the same child run another checkout's pipeline.
 */
async function child(tree: string, inDir: string, outDir: string): Promise<void> {
  const url = (p: string) => pathToFileURL(path.join(tree, p)).href;
  const run = (await import(url("src/pipeline/run.ts"))) as RunModule;
  const write = (await import(
    url("src/pipeline/write.ts")
  )) as typeof import("../src/pipeline/write.ts");
  const stages: Record<string, number> = {};
  const state = await runTimed(run, inDir, stages);
  let error: string | undefined;
  const t0 = performance.now();
  try {
    if (!state.output) throw new Error("no output");
    write.writeDataset(outDir, state.output.events, state.output.articles, { itemsChecked: true });
  } catch (err) {
    error = (err as Error).message.slice(0, 160);
  }
  stages.write = performance.now() - t0;
  const usage = process.resourceUsage();
  const report: ChildReport = {
    articles: state.articles.length,
    events: state.output?.events.events.length ?? 0,
    stages,
    maxRssKb: usage.maxRSS,
    cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000,
    ...(error ? { error } : {}),
  };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

interface Measure extends ChildReport {
  wallMs: number;
}

/**
 * The child's Node flags, as package.json's `data` script gives them: garbage collected by each
 * thread itself, so that a thread's collector's helpers do not take the cores the other threads
 * work on.
 */
const NODE_FLAGS = ["--single-threaded-gc", "--import", "tsx"];

function measure(tree: string, inDir: string): Promise<Measure> {
  const outDir = mkdtempSync(path.join(tmpdir(), "bench-pipeline-out-"));
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const args = [...NODE_FLAGS, import.meta.filename, "--child", tree, inDir, outDir];
    const proc = spawn(process.execPath, args, {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "inherit"],
      env: { ...process.env, TZ: "UTC" },
    });
    let out = "";
    proc.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    proc.on("error", reject);
    proc.on("exit", (code) => {
      const wallMs = performance.now() - started;
      rmSync(outDir, { recursive: true, force: true });
      const line = out.trim().split("\n").at(-1) ?? "";
      if (code !== 0 || !line.startsWith("{")) {
        reject(new Error(`child exited ${code}: ${out.slice(-500)}`));
        return;
      }
      resolve({ ...(JSON.parse(line) as ChildReport), wallMs });
    });
  });
}

const pad = (s: string, n: number) => s.padStart(n);
const secs = (ms: number) => `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;

async function main(): Promise<void> {
  const counts = (process.env.BENCH_COUNTS ?? "100,1000,10000").split(",").map(Number);
  const tree = path.resolve(process.env.BENCH_TREE ?? ROOT);
  const work = mkdtempSync(path.join(tmpdir(), "bench-pipeline-"));
  try {
    const tiny = path.join(work, "tiny");
    generateArticles(tiny, 1);
    // Start-up (tsx, module loading, chrono's parsers) is paid once per run whatever its size.
    const startup = await measure(tree, tiny);
    console.log(`pipeline of ${tree}`);
    console.log(
      `start-up (one article): ${secs(startup.wallMs)} wall, ${secs(startup.cpuMs)} CPU, ${startup.maxRssKb >> 10} MB`,
    );
    const head = ["articles", "events", "wall", "CPU", "art/s after start-up", "merge", "peak RSS"];
    const widths = [9, 8, 9, 9, 21, 9, 9];
    console.log(head.map((h, i) => pad(h, widths[i] ?? 8)).join(" "));
    for (const count of counts) {
      const dir = path.join(work, String(count));
      generateArticles(dir, count);
      const m = await measure(tree, dir);
      const rate = m.articles / Math.max(0.001, (m.wallMs - startup.wallMs) / 1000);
      const cells = [
        String(m.articles),
        String(m.events),
        secs(m.wallMs),
        secs(m.cpuMs),
        rate.toFixed(0),
        secs(m.stages.merge ?? 0),
        `${m.maxRssKb >> 10} MB`,
      ];
      console.log(
        cells.map((c, i) => pad(c, widths[i] ?? 8)).join(" ") + (m.error ? `  ${m.error}` : ""),
      );
      const stages = Object.entries(m.stages)
        .map(([name, ms]) => `${name} ${(ms / 1000).toFixed(2)}`)
        .join(", ");
      console.log(`${" ".repeat(10)}stages (s): ${stages}`);
      if (!process.env.BENCH_KEEP) rmSync(dir, { recursive: true, force: true });
    }
  } finally {
    if (process.env.BENCH_KEEP) console.log(`articles kept in ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const [mode, tree, inDir, outDir] = process.argv.slice(2);
  if (mode === "--child" && tree && inDir && outDir) await child(tree, inDir, outDir);
  else await main();
}
