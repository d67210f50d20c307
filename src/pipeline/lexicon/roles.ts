/**
 * Titles that introduce a person ("Defense Secretary Leon E. Panetta", "Chinese Defense Minister
 * Gen. Liang Guanglie"). Longest first, so "Vice President" wins over "President".
 */
export const TITLES: readonly string[] = [
  "Chairman of the Joint Chiefs of Staff",
  "Secretary of Defense",
  "Secretary of State",
  "Defense Secretary",
  "Deputy Defense Secretary",
  "Deputy Secretary of Defense",
  "Deputy Secretary of State",
  "Assistant Secretary of Defense",
  "Assistant Secretary of State",
  "Under Secretary of Defense",
  "Treasury Secretary",
  "Secretary of the Treasury",
  "Minister of National Defense",
  "Minister of Defense",
  "National Defense Minister",
  "Defense Minister",
  "Foreign Minister",
  "Vice Foreign Minister",
  "Minister of Foreign Affairs",
  "Vice Premier",
  "Premier",
  "State Councilor",
  "Vice President",
  "President",
  "Prime Minister",
  "Ambassador",
  "Chief of General Staff",
  "Chief of the General Staff",
  "Joint Chiefs Chairman",
  "Navy Adm.",
  "Army Gen.",
  "Air Force Gen.",
  "Marine Corps Gen.",
  "Lt. Gen.",
  "Maj. Gen.",
  "Vice Adm.",
  "Rear Adm.",
  "Gen.",
  "Adm.",
  "General",
  "Admiral",
  "Senator",
  "Sen.",
  "Rep.",
  "spokesman",
  "spokeswoman",
  "Spokesman",
  "Spokeswoman",
];

/** Nationality words before a title or name, to ISO 3166-1 alpha-3. */
// "Chinese Assistant Foreign Minister", "U.S. Deputy Defense Secretary": a rank word may stand
// between the nationality and the title it qualifies.
const RANK = String.raw`(?:\s+(?:Assistant|Deputy|Vice|Acting|Senior|Executive|former))*\s*$`;
export const NATIONALITY: readonly [RegExp, string][] = [
  [new RegExp(String.raw`\b(Chinese|China['’]s|PLA|Beijing['’]s)${RANK}`), "CHN"],
  [new RegExp(String.raw`\b(U\.S\.|US|American|United States['’]?|Washington['’]s)${RANK}`), "USA"],
];

/** Roles that only one side's officials hold in this corpus. */
export function countryOfRole(role: string): string | undefined {
  if (
    /^(Defense Secretary|Secretary of (Defense|State)|Treasury Secretary|Joint Chiefs|Chairman of the Joint)/.test(
      role,
    )
  )
    return "USA";
  if (/^(Premier|Vice Premier|State Councilor|Minister of National Defense)/.test(role))
    return "CHN";
  return undefined;
}

/**
 * Nouns a role word modifies rather than names a person with ("the general staff", "the
 * secretary general", "the general public").
 */
const ROLE_MODIFIED =
  "staff|staffs|assembly|assemblies|secretary|secretariat|department|directorate|office|council|committee|headquarters|election|elections|public|debate|counsel|manager|consensus|principle|trend|idea|situation|interest|policy|political|logistics|armament|armaments";

/** "General Staff", "General Political Department": a body's name, not a general named Staff. */
export const BODY_AFTER_TITLE = new RegExp(`^(?:${ROLE_MODIFIED})\\b`, "i");

/**
 * Offices whose name contains "of the …" ("chief of the general staff", "chairman of the
 * general assembly"): the role word inside belongs to the title, not to an earlier person.
 */
const TITLE_HEADS = "chief|chiefs|chairman|chairwoman|head|director|commander|member|members";

/** Role nouns used to refer back to a person ("the secretary", "the general", "the Chinese president"). */
export const ROLE_ANAPHORA = new RegExp(
  String.raw`(?<!\b(?:${TITLE_HEADS})\s+of\s+)\bthe\s+((?:Chinese|U\.S\.|US|American)\s+)?(secretary|general|admiral|president|minister|defense minister|premier|ambassador|chairman|senator|spokesman|spokeswoman)\b(?!\s+(?:${ROLE_MODIFIED})\b)`,
  "gi",
);

/**
 * Offices named at length, beyond TITLES: "Under Secretary of State for Economic Affairs",
 * "Deputy Chief of the General Staff". The head word, then "of"/"for" and capitalised words of
 * the office's domain; the person's name follows the last of these.
 */
export const OFFICE_HEADS: readonly string[] = [
  "Secretary",
  "Undersecretary",
  "Minister",
  "Director",
  "Administrator",
  "Commissioner",
  "Chief",
  "Commander",
  "Chairman",
  "Coordinator",
  "Counselor",
  "Envoy",
  "Representative",
];

/** Capitalised words that belong to an office's domain, never to a person's name. */
export const OFFICE_DOMAIN_WORDS: ReadonlySet<string> = new Set(
  `State Defense Defence Treasury Commerce Energy Homeland Security Economic Affairs Political
  Military Policy International Public Diplomacy East West Asian Pacific Asia Europe European
  African American Chinese General Staff Joint Chiefs Operations Naval Intelligence National Foreign
  Trade Cyber Command Arms Control Nonproliferation Strategic Plans Growth Energy Environment
  Agriculture Finance Justice Information Office Department Ministry Bureau Council Committee
  Commission Forces Force Army Navy Air Marine Corps Fleet Region Regional Special People's Liberation`
    .split(/\s+/)
    .filter(Boolean),
);
