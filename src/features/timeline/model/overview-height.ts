/** The overview strip's height, in px: the timeline keeps its room while the strip's code loads. */
export const OVERVIEW_HEIGHT = 36;
