import { describe, expect, it } from "vitest";
import { layoutLabels, type LabelLayoutOptions, type LabelRequest } from "./label-layout.ts";
import { ELLIPSIS, fitText, fixedWidthMeasure } from "./label-text.ts";
import type { Box } from "./occupancy-grid.ts";
import { seededRandom } from "../../../lib/testing/seeded-random.ts";

const measure = fixedWidthMeasure(6);
const OPTIONS: LabelLayoutOptions = {
  left: 0,
  right: 1000,
  height: 14,
  gap: 4,
  inset: 4,
  minWidth: 30,
  maxWidth: 320,
  measure,
};

/** A point mark 12 px wide centred on (x, y). */
const point = (key: string, x: number, y: number, text: string): LabelRequest => ({
  key,
  text,
  mark: { x0: x - 6, x1: x + 6, y0: y - 9, y1: y + 9 },
  y,
  inside: false,
});

const boxOf = (label: { x: number; width: number; y: number }, height = OPTIONS.height): Box => ({
  x0: label.x,
  x1: label.x + label.width,
  y0: label.y - height / 2,
  y1: label.y + height / 2,
});

const overlap = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

describe("fitText", () => {
  it("keeps a text that fits as it is", () =>
    expect(fitText("Obama meets Xi", 84, measure)).toEqual({
      text: "Obama meets Xi",
      width: 84,
      truncated: false,
    }));

  it("cuts a long text to the longest head that fits with an ellipsis", () => {
    const fitted = fitText("Obama meets Xi", 60, measure);
    expect(fitted).toEqual({ text: `Obama mee${ELLIPSIS}`, width: 60, truncated: true });
  });

  it("drops spaces and punctuation before the ellipsis", () =>
    expect(fitText("Obama, Xi meet", 48, measure)?.text).toBe(`Obama${ELLIPSIS}`));

  it("never cuts a character in two", () => {
    const fitted = fitText("Talks 🇨🇳🇺🇸 agreed", 60, measure);
    expect(fitted?.text).toBe(`Talks 🇨🇳🇺${ELLIPSIS}`);
    // No lone half of a surrogate pair.
    expect(fitted?.text).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it("gives up when not even a character fits", () =>
    expect(fitText("Obama", 8, measure)).toBeUndefined());

  it("never returns more than the room, even when a whole string measures wider than its parts", () => {
    // A measure that adds kerning-like width to whole strings.
    const lumpy = { width: (t: string) => t.length * 6 + (t.length > 3 ? 5 : 0) };
    const fitted = fitText("Panetta hosts Liang", 60, lumpy);
    expect(fitted?.truncated).toBe(true);
    expect(lumpy.width(fitted?.text ?? "")).toBeLessThanOrEqual(60);
  });
});

describe("layoutLabels", () => {
  it("puts a label right of its point, whole when there is room", () => {
    const [label] = layoutLabels([point("a", 100, 50, "Talks")], OPTIONS);
    expect(label).toMatchObject({ key: "a", text: "Talks", x: 110, width: 30, truncated: false });
  });

  it("starts a span's label inside the span", () => {
    const span: LabelRequest = {
      key: "s",
      text: "White paper",
      mark: { x0: 200, x1: 400, y0: 41, y1: 59 },
      y: 50,
      inside: true,
    };
    expect(layoutLabels([span], OPTIONS)[0]).toMatchObject({ x: 204, text: "White paper" });
  });

  it("truncates a label that meets the next mark, and keeps the gap", () => {
    const [label] = layoutLabels(
      [point("a", 100, 50, "A rather long title for the room"), point("b", 200, 50, "B")],
      OPTIONS,
    );
    expect(label?.truncated).toBe(true);
    expect(label?.text.endsWith(ELLIPSIS)).toBe(true);
    expect((label?.x ?? 0) + (label?.width ?? 0)).toBeLessThanOrEqual(194 - OPTIONS.gap);
    expect(label?.full).toBe("A rather long title for the room");
  });

  it("uses the room on the left when the right has too little", () => {
    const [label] = layoutLabels(
      [point("a", 300, 50, "Meeting"), point("b", 330, 50, "B"), point("c", 100, 90, "C")],
      OPTIONS,
    );
    expect(label).toMatchObject({ key: "a", text: "Meeting" });
    expect((label?.x ?? 0) + (label?.width ?? 0)).toBe(300 - 6 - OPTIONS.gap);
  });

  it("gives contested room to the earlier request, and none below the minimum to the later", () => {
    // Both want the stretch between them; only one label fits there.
    const a = point("a", 100, 50, "First in priority order");
    const b = point("b", 250, 50, "Second");
    const c = point("c", 258, 50, "C");
    const one = layoutLabels([a, b, c], OPTIONS).map((l) => l.key);
    const other = layoutLabels([b, a, c], OPTIONS);
    expect(one).toContain("a");
    expect(other.map((l) => l.key)).toContain("b");
    expect(other.find((l) => l.key === "a")?.truncated ?? true).toBe(true);
  });

  it("shows a whole-or-nothing label only whole", () => {
    const cluster = (key: string, x: number): LabelRequest => ({
      key,
      text: "+12 · Jun 2013",
      mark: { x0: x, x1: x + 30, y0: 42, y1: 58 },
      y: 50,
      inside: true,
      whole: true,
    });
    const spaced = layoutLabels([cluster("a", 100), cluster("b", 300)], OPTIONS);
    expect(spaced.map((l) => [l.key, l.text])).toEqual([
      ["a", "+12 · Jun 2013"],
      ["b", "+12 · Jun 2013"],
    ]);
    // Side by side, neither has room to widen.
    expect(layoutLabels([cluster("a", 100), cluster("b", 132)], OPTIONS)).toEqual([
      {
        key: "b",
        text: "+12 · Jun 2013",
        full: "+12 · Jun 2013",
        truncated: false,
        x: 136,
        width: 84,
        y: 50,
      },
    ]);
  });

  it("keeps labels inside the plot", () => {
    const labels = layoutLabels([point("a", 990, 50, "Late"), point("b", 5, 90, "Early")], {
      ...OPTIONS,
      left: 0,
      right: 1000,
    });
    for (const l of labels) {
      expect(l.x).toBeGreaterThanOrEqual(0);
      expect(l.x + l.width).toBeLessThanOrEqual(1000);
    }
  });

  it("never overlaps another label or any mark but its own, over random scenes", () => {
    const seen = { placed: 0, truncated: 0, leftOfMark: 0 };
    for (let seed = 1; seed <= 200; seed++) {
      const random = seededRandom(seed);
      const rows = 1 + Math.floor(random() * 6);
      const requests: LabelRequest[] = [];
      const n = Math.floor(random() * 60);
      for (let i = 0; i < n; i++) {
        const y = 30 + Math.floor(random() * rows) * 20 + (random() < 0.2 ? random() * 12 : 0);
        const x0 = random() * 1000;
        const inside = random() < 0.3;
        const width = inside ? 6 + random() * 300 : 12;
        const words = 1 + Math.floor(random() * 10);
        requests.push({
          key: `k${i}`,
          text: Array.from({ length: words }, (_, w) => `word${w}`).join(" "),
          mark: { x0, x1: x0 + width, y0: y - 9, y1: y + 9 },
          y,
          inside,
          whole: inside && random() < 0.3,
        });
      }
      const options = { ...OPTIONS, right: 1000 - random() * 200 };
      const labels = layoutLabels(requests, options);
      const byKey = new Map(requests.map((r) => [r.key, r]));
      labels.forEach((label, i) => {
        const box = boxOf(label);
        const request = byKey.get(label.key);
        seen.placed += 1;
        if (label.truncated) seen.truncated += 1;
        if (request && label.x < request.mark.x0) seen.leftOfMark += 1;
        expect(label.x, `seed ${seed}`).toBeGreaterThanOrEqual(options.left);
        expect(box.x1, `seed ${seed}`).toBeLessThanOrEqual(options.right);
        expect(measure.width(label.text)).toBeLessThanOrEqual(label.width);
        expect(label.truncated).toBe(label.text !== label.full);
        if (label.truncated) expect(label.text.endsWith(ELLIPSIS)).toBe(true);
        if (request?.whole) expect(label.truncated).toBe(false);
        for (const other of labels.slice(i + 1))
          expect(overlap(box, boxOf(other)), `seed ${seed}: ${label.key}/${other.key}`).toBe(false);
        for (const r of requests)
          if (!(r.key === label.key && r.inside))
            expect(overlap(box, r.mark), `seed ${seed}: ${label.key} on mark ${r.key}`).toBe(false);
      });
    }
    // The property is only worth something if the scenes made the layout work for it.
    expect(seen.placed).toBeGreaterThan(1000);
    expect(seen.truncated).toBeGreaterThan(200);
    expect(seen.leftOfMark).toBeGreaterThan(200);
  });
});
