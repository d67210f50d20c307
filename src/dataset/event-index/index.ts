export * from "./build.ts";
export * from "./check.ts";
export * from "./chronology.ts";
export * from "./day-number.ts";
export * from "./format.ts";
export type * from "./light-event.ts";
export * from "./transfer.ts";
