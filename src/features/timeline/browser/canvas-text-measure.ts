import type { TextMeasure } from "../model/label-text.ts";

/**
 * Widths are the sum of each character's width, times this: kerning and ligatures only narrow a
 * string, and the margin covers sub-pixel rounding, so a label never draws wider than reserved.
 */
const SAFETY = 1.03;

const measures = new Map<string, TextMeasure>();

/**
 * Text widths in `font`, measured on an offscreen canvas: one measureText per distinct character,
 * cached, so laying out a frame of labels costs additions, not text shaping.
 */
export function canvasTextMeasure(font: string): TextMeasure {
  const known = measures.get(font);
  if (known) return known;
  const ctx = document.createElement("canvas").getContext("2d");
  const widths = new Map<string, number>();
  const charWidth = (char: string) => {
    let width = widths.get(char);
    if (width === undefined) {
      if (ctx) ctx.font = font;
      // Without a 2D context (never in a browser), a generous em-based guess.
      width = ctx ? ctx.measureText(char).width : 11;
      widths.set(char, width);
    }
    return width;
  };
  const measure: TextMeasure = {
    width(text) {
      let sum = 0;
      for (const char of text) sum += charWidth(char);
      return Math.ceil(sum * SAFETY);
    },
  };
  measures.set(font, measure);
  return measure;
}
