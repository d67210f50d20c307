import { describe, expect, it } from "vitest";
import { DEFENSE_ROLE, DIPLOMATIC_ROLE, CONTINUED_SUBJECT, OFFICE_CHANGE } from "./roles.ts";

describe("DEFENSE_ROLE: offices and ranks whose meetings with the other side are military contacts", () => {
  it.each([
    "Defense Minister",
    "Secretary of Defense",
    "Deputy Chief of the General Staff",
    "Chief of Naval Operations",
    "Commander, U.S. Cyber Command",
    "commander of the North Sea Fleet",
    "Admiral",
    "Navy Adm.",
    "Lt. Gen.",
    "General",
  ])("%s", (role) => {
    expect(DEFENSE_ROLE.test(role)).toBe(true);
  });

  it.each([
    "Attorney General",
    "Secretary-General",
    "Consul General",
    "General Manager",
    "President",
    "Foreign Minister",
    "Treasury Secretary",
  ])("not %s", (role) => {
    expect(DEFENSE_ROLE.test(role)).toBe(false);
  });
});

describe("DIPLOMATIC_ROLE", () => {
  it.each(["President", "Foreign Minister", "State Councilor"])("%s", (role) => {
    expect(DIPLOMATIC_ROLE.test(role)).toBe(true);
  });
  it.each(["Defense Minister", "Admiral", "President of the Naval War College"])(
    "not %s",
    (role) => {
      expect(DIPLOMATIC_ROLE.test(role)).toBe(false);
    },
  );
});

describe("CONTINUED_SUBJECT: a sentence whose subject is the people of the one before", () => {
  it.each([
    "The fleet, commanded by an admiral, was welcomed.",
    "The delegation toured a base.",
    "They also spoke about the navies.",
    "The two sides agreed to meet again.",
    "Both praised the talks.",
    "The defense ministers toured the academy.",
    "The counterparts then took questions.",
  ])("%s", (text) => {
    expect(CONTINUED_SUBJECT.test(text)).toBe(true);
  });
  it.each([
    "The fleeting visit ended.",
    "Officials said the fleet was welcomed.",
    "The plan was welcomed.",
    "Therefore the talks ended.",
    "The leadership changed in March.",
    "Bothered by the report, Congress asked for more.",
  ])("not %s", (text) => {
    expect(CONTINUED_SUBJECT.test(text)).toBe(false);
  });
});

describe("OFFICE_CHANGE", () => {
  it.each(["since Xi became president", "after he took office", "was sworn in as secretary"])(
    "finds a change of office in %j",
    (text) => {
      expect(OFFICE_CHANGE.test(text)).toBe(true);
    },
  );

  it.each(["since Liang came to Washington", "since Gates's visit", "overcame doubts"])(
    "finds none in %j",
    (text) => {
      expect(OFFICE_CHANGE.test(text)).toBe(false);
    },
  );
});
