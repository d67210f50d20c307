export * from "./correction-marks.ts";
export * from "./corrections-file.ts";
export * from "./http-url.ts";
export * from "./schema.ts";
export * from "./topics.ts";
export type * from "./types.ts";
export * from "./validate.ts";
export * from "./uncorrected.ts";
export type { LightDate, LightEvent } from "./event-index/light-event.ts";
