/**
 * Below this the dataset's own confidence is low, and the event is drawn faded. The pipeline
 * gives a date stated in full 0.9 and one counted from the publication day 0.85, a date counted
 * from when quoted words were spoken 0.75 and one taken from an earlier sentence 0.6; a plan
 * takes 85% of that, and every further article adds 0.05. Apart from confidence.ts (the factors
 * the details panel words), because the first draw fades marks by it and needs nothing else there.
 */
export const LOW_CONFIDENCE = 0.7;
