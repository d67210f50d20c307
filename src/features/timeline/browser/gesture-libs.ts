/**
 * The d3 modules of the timeline's gestures (wheel, drag and pinch zoom, the overview's brush)
 * with what they bring (transitions, drag, interpolation): a third of the page's d3 and none of it
 * needed to draw, so they are one chunk of their own, loaded after the first draw
 * (useGestureLibs).
 */
export { brushSelection, brushX } from "d3-brush";
export { select } from "d3-selection";
export { zoom, zoomIdentity, zoomTransform } from "d3-zoom";
