/**
 * The project's own scorer: how well an event dataset agrees with hand-made gold
 * (ANNOTATION.md). Node only, since it reads files; it depends on the data contract and never on
 * the pipeline it judges.
 */
export { actorKey } from "./actors.ts";
export { bestAssignment } from "./assignment.ts";
export { dayRange, isExactDate, type DayRange } from "./dates.ts";
export { formatReport, scoreLine } from "./format.ts";
export { goldFileSchema, type GoldArticle, type GoldEvent, type GoldFile } from "./gold.ts";
export { EvalInputError, loadDataset, loadGold, parseGold, type Dataset } from "./load.ts";
export { scoreDataset, type Score, type ScoreDetails, type ScoreReport } from "./score.ts";
export { titleProblems } from "./titles.ts";
