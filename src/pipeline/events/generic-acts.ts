/**
 * Talks (040) and statements (010): the acts anyone does many times a year. Two governments hold
 * many such in a year, so they alone link no reports in the merge; a speaker's own talk or
 * statement on the day of their speech is the speech.
 */
export const GENERIC_CAMEOS: readonly string[] = ["040", "010"];
