import type { LightEvent } from "../../../dataset/index.ts";

/**
 * `colorOf` remembered per event: the canvas asks for the colour of every mark in view on every
 * frame of a gesture, and each is worked out once. Each is worked out when its mark is first
 * drawn, not for all 100,000 events before the first draw.
 */
export function rememberedColors(
  colorOf: (event: LightEvent) => string,
): (item: { event: LightEvent }) => string {
  const colors = new Map<LightEvent, string>();
  return ({ event }) => {
    let color = colors.get(event);
    if (color === undefined) colors.set(event, (color = colorOf(event)));
    return color;
  };
}
