/**
 * `npm run eval:dev [-- --verbose | --json]`: scores the pipeline on the development corpus.
 * The corpus and its gold live beside the project in ../shared, not in it (they are other
 * people's articles), so this is a developer's tool and never part of `npm test`. It runs the
 * seeds and the dev-corpus articles through the pipeline together, as the pipeline will meet them
 * in use, into temporary folders, and prints the project's score against the dev gold.
 * Exit status: the scorer's (0 scored, 2 unusable input), 1 when the pipeline fails, 2 when
 * ../shared is absent.
 */
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { main as score } from "../src/eval/cli.ts";
import { main as runPipeline } from "../src/pipeline/cli.ts";

const ROOT = resolve(import.meta.dirname, "..");
const SHARED = resolve(ROOT, "../shared");
const CORPUS = join(SHARED, "dev-corpus");
const GOLD = join(CORPUS, "gold.json");
const PASSED_ON = new Set(["--verbose", "--json"]);

function copyArticles(from: string, to: string): number {
  const files = readdirSync(from).filter((f) => f.endsWith(".txt"));
  for (const f of files) copyFileSync(join(from, f), join(to, f));
  return files.length;
}

async function evalDev(argv: string[]): Promise<number> {
  const unknown = argv.filter((a) => !PASSED_ON.has(a));
  if (unknown.length) {
    console.error(
      `eval:dev: unknown argument ${unknown[0]}\nusage: npm run eval:dev [-- --verbose] [--json]`,
    );
    return 2;
  }
  if (!existsSync(GOLD)) {
    console.error(
      `eval:dev: ../shared is absent (no ${GOLD}); the development corpus and its gold live there, ` +
        "beside the project. To score other data: npm run eval -- --gold FILE --data DIR",
    );
    return 2;
  }
  const input = mkdtempSync(join(tmpdir(), "dt-eval-in-"));
  const output = mkdtempSync(join(tmpdir(), "dt-eval-out-"));
  const n = copyArticles(join(ROOT, "seeds"), input) + copyArticles(CORPUS, input);
  console.error(`eval:dev: ${n} articles (seeds/ and ${CORPUS}) → ${output}`);
  try {
    const piped = await runPipeline(["--in", input, "--out", output]);
    if (piped !== 0) {
      console.error("eval:dev: the pipeline failed; nothing scored");
      return 1;
    }
    return score(["--gold", GOLD, "--data", output, ...argv]);
  } finally {
    // The output stays for inspection (its path is printed above); the input is only copies.
    rmSync(input, { recursive: true, force: true });
  }
}

process.exitCode = await evalDev(process.argv.slice(2));
