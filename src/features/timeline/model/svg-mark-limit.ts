/**
 * Above this many visible events the marks are painted on a canvas instead of being SVG buttons:
 * thousands of focusable nodes neither render at frame rate nor help anyone tabbing through them
 * (on the canvas, the keyboard's one tab stop is still a button, and the list view reads every
 * event). Below it, every mark is a button.
 */
export const SVG_MARK_LIMIT = 1500;
