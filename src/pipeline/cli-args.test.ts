import { availableParallelism } from "node:os";
import { describe, expect, it } from "vitest";
import { parseArgs } from "./cli.ts";

describe("parseArgs --workers", () => {
  it.each([
    [["--workers", "3"], 3],
    [["--workers=1"], 1],
    [[], availableParallelism()],
  ])("%j gives %i threads", (argv, workers) => {
    expect(parseArgs(argv)).toMatchObject({ workers });
  });

  it.each([
    ["--workers", "0"],
    ["--workers", "two"],
    ["--workers=1.5"],
    ["--workers", "65"],
    ["--workers"],
  ])("%j is refused, naming the parameter", (...argv) => {
    const result = parseArgs(argv);
    expect(typeof result).toBe("string");
    expect(result).toMatch(/^--workers (must be a whole number from 1 to 64, not|needs a number)/);
  });
});
