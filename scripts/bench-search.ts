/**
 * Search benchmark, not a test: `npm run bench:search` builds the explorer's search index
 * (src/features/filters/model/search-index.ts) over 10,000 and 100,000 generated events and
 * prints the build time and the median and slowest time of a few typical queries, each typed
 * letter by letter as the search box sends them. It asserts nothing; compare the figures over time.
 */
import { performance } from "node:perf_hooks";
import { buildEventSearch } from "../src/features/filters/model/search-index.ts";
import { generateDataset } from "./generate-dataset.ts";

const COUNTS = (process.env.BENCH_COUNTS ?? "10000,100000").split(",").map(Number);
// Words the generator writes (scripts/generate-dataset.ts), and one it never does.
const QUERIES = ["panetta", "liang meets", "xi jinping visits", "hosts clinton", "zzz"];

const ms = (n: number) => `${n.toFixed(2)} ms`;

for (const count of COUNTS) {
  const { events } = generateDataset(count).events;
  const startBuild = performance.now();
  const search = buildEventSearch(events);
  const build = performance.now() - startBuild;
  const times: number[] = [];
  const hits: string[] = [];
  for (const query of QUERIES) {
    for (let end = 1; end <= query.length; end++) {
      const start = performance.now();
      const found = search.search(query.slice(0, end));
      times.push(performance.now() - start);
      if (end === query.length) hits.push(`"${query}" ${found.size}`);
    }
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? NaN;
  const max = times[times.length - 1] ?? NaN;
  console.log(
    `${count} events: index built in ${ms(build)}; ${times.length} keystrokes, median ${ms(median)}, slowest ${ms(max)}; hits: ${hits.join(", ")}`,
  );
}
