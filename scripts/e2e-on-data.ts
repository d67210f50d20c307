/**
 * `npm run test:e2e:data -- dev`, `-- 10k` or `-- DIR`: the reading specs (labels, first screen,
 * keyboard, search and empty states, counts, step-through, the embed at every size, citations,
 * accessibility) against another dataset than the bundled one, through the e2e suite's
 * E2E_DATA_DIR. `dev` is the seeds and ../shared/dev-corpus run through the pipeline (a
 * developer's check: the corpus is not part of the project, so never part of `npm test`); `10k`
 * is the generated dataset of 10,000 events (where the whole view is painted on a canvas, the
 * specs zoom in to an event before they click it); DIR is any folder with a dataset. Other
 * arguments go to Playwright (a spec file, `--grep`). Exit status: Playwright's, or 2 when the
 * data cannot be made.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { main as runPipeline } from "../src/pipeline/cli.ts";
import { generateDataset, writeDataset } from "./generate-dataset.ts";

const ROOT = resolve(import.meta.dirname, "..");
const CORPUS = resolve(ROOT, "../shared/dev-corpus");
const SPECS = [
  "e2e/first-screen.spec.ts",
  "e2e/timeline-labels.spec.ts",
  "e2e/keyboard.spec.ts",
  "e2e/filters.spec.ts",
  "e2e/states.spec.ts",
  "e2e/corroboration.spec.ts",
  "e2e/story.spec.ts",
  "e2e/embed-sizes.spec.ts",
  "e2e/embed-compact.spec.ts",
  "e2e/share.spec.ts",
  "e2e/about.spec.ts",
  "e2e/accessibility.spec.ts",
];

async function devDataset(): Promise<string | undefined> {
  if (!existsSync(CORPUS)) {
    console.error(`test:e2e:data: ${CORPUS} is absent; the dev corpus lives beside the project`);
    return undefined;
  }
  const input = mkdtempSync(join(tmpdir(), "dt-e2e-in-"));
  const output = mkdtempSync(join(tmpdir(), "dt-e2e-dev-"));
  for (const dir of [join(ROOT, "seeds"), CORPUS])
    for (const f of readdirSync(dir).filter((name) => /\.(txt|html)$/.test(name)))
      copyFileSync(join(dir, f), join(input, f));
  try {
    return (await runPipeline(["--in", input, "--out", output])) === 0 ? output : undefined;
  } finally {
    rmSync(input, { recursive: true, force: true });
  }
}

/** The generated dataset of 10,000 events (scripts/generate-dataset.ts), in a temporary folder. */
function generatedDataset(): string {
  const output = mkdtempSync(join(tmpdir(), "dt-e2e-10k-"));
  writeDataset(output, generateDataset(10_000));
  return output;
}

async function main(argv: string[]): Promise<number> {
  const [which, ...rest] = argv;
  const named = which === "dev" || which === "10k";
  const given = which === undefined || named ? undefined : resolve(which);
  if (given === undefined && !named) {
    console.error("usage: npm run test:e2e:data -- dev|10k|DIR [playwright args]");
    return 2;
  }
  if (given !== undefined && !existsSync(join(given, "events.json"))) {
    console.error(`test:e2e:data: no events.json in ${given}`);
    return 2;
  }
  const dir = given ?? (which === "10k" ? generatedDataset() : await devDataset());
  if (!dir) return 2;
  console.error(`test:e2e:data: dataset in ${dir}`);
  const specs = rest.some((a) => a.endsWith(".spec.ts")) ? [] : SPECS;
  const result = spawnSync("npx", ["playwright", "test", ...specs, ...rest], {
    stdio: "inherit",
    env: { ...process.env, E2E_DATA_DIR: dir },
  });
  return result.status ?? 1;
}

process.exitCode = await main(process.argv.slice(2));
