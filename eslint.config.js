import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

// Dependency direction (DESIGN.md): dataset ← pipeline; dataset ← eval; dataset ← lib ← features ← app.
const browserFolders = ["**/app/**", "**/features/**", "**/lib/**"];
const restrict = (patterns, message) => ({
  "no-restricted-imports": ["error", { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  {
    ignores: [
      "dist",
      "dist-e2e-*",
      "dist-bench",
      "node_modules",
      "test-results",
      "playwright-report",
      "public/data",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/**/*.tsx", "src/**/hooks/**/*.ts"],
    plugins: { "react-hooks": reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ["src/dataset/**"],
    rules: restrict(
      ["**/pipeline/**", "**/eval/**", ...browserFolders, "node:*", "react", "d3-*"],
      "src/dataset is the shared contract: no Node, DOM, pipeline or app imports.",
    ),
  },
  {
    files: ["src/pipeline/**"],
    rules: restrict(browserFolders, "The pipeline must not import browser code."),
  },
  {
    // The pipeline speaks only through its command line's log (warnings, the run summary): a
    // stray print from a stage would land in every run's output.
    files: ["src/pipeline/**/*.ts"],
    ignores: ["src/pipeline/cli.ts", "src/pipeline/**/*.test.ts"],
    rules: { "no-console": "error" },
  },
  {
    // The scorer judges the pipeline's output through the contract alone, so it never imports it.
    files: ["src/eval/**"],
    rules: restrict(
      [...browserFolders, "**/pipeline/**"],
      "src/eval is Node-side and reads only the contract: no browser or pipeline imports.",
    ),
  },
  {
    files: ["src/app/**", "src/features/**", "src/lib/**"],
    rules: restrict(
      ["**/pipeline/**", "**/eval/**", "node:*"],
      "Browser code must not import the pipeline or the scorer.",
    ),
  },
  {
    files: ["src/features/**/model/**"],
    rules: restrict(
      ["react", "react-dom", "d3-selection", "**/pipeline/**", "node:*"],
      "Pure model code: no React, no d3-selection.",
    ),
  },
);
