import { describe, expect, it } from "vitest";
import { datedPeopleOf } from "../testing/corpus.ts";

/** Each event of a story published on Monday 10 June 2013, as "date: people". */
const eventsOf = (sentence: string) =>
  datedPeopleOf("Summit", "RANCHO MIRAGE, June 10, 2013", sentence);

describe("an occasion in a clause of another time", () => {
  it("keeps its name, so a standing mechanism's session is the two governments'", async () => {
    expect(
      await eventsOf(
        "Obama and Xi agreed that the new group announced by John Kerry in April should meet before the Strategic and Economic Dialogue next month in Washington.",
      ),
    ).toContain("2013-07: United States, China");
  });

  it("leaves an act that names no mechanism to its own people", async () => {
    const rows = await eventsOf(
      "Obama and Xi agreed that the new group announced by John Kerry in April should meet before Kerry visits Beijing next month.",
    );
    expect(rows).not.toContain("2013-07: United States, China");
  });
});
