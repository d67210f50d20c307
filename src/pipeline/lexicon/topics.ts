import type { TopicId } from "../../dataset/index.ts";

/**
 * The topic lexicon: an event gets a topic when its evidence or quotations match one of the
 * topic's patterns. Transparent on purpose: a researcher can read why an event is tagged.
 */
export const TOPIC_LEXICON: Record<TopicId, RegExp> = {
  cyber:
    /\bcyber|\bInternet\b|\bhack(ing|ers?|ed)?\b|\bintrusions?\b|\binformation security\b|\bcomputer (systems?|networks?)\b|\bespionage\b|\b(stole|stolen|steal(s|ing)?) data\b|\bdata theft\b|\bmalware\b|\binternet security\b|\bonline (attacks?|theft|espionage)\b|\bnetwork (attacks?|security)\b/i,
  "military-to-military":
    /\bmilitary[- ]to[- ]military\b|\bmil-to-mil\b|\bdefen[cs]e (minister|secretary|leaders?|chiefs?|ministry)\b|\bminister of (national )?defen[cs]e\b|\bsecretary of defen[cs]e\b|\bmilitary (relationship|relations|exchanges?|ties|contacts?|communications?|dialogue)\b|\bbetween our militaries\b|\bPLA\b|\bPentagon\b|\bjoint chiefs\b|\b(army|navy|service)[- ]to[- ](army|navy|service)\b|\bmilitary (delegations?|cooperation|leaders|officials|hotline)\b|\bdefen[cs]e (talks|consultations?|exchanges?|cooperation|officials)\b/i,
  diplomacy:
    /\bsummit\b|\bstrategic and economic dialogue\b|\bS&ED\b|\bstrategic security dialog(ue)?\b|\bstate visit\b|\bforeign minister\b|\bsecretary of state\b|\binformal talks\b|\bnew model of (major|great)[- ]country\b|\bbilateral (relationship|mechanisms|meetings?)\b|\bdiplomatic (relations|ties|talks)\b/i,
  "defense-policy":
    /\bwhite paper\b|\breport to congress\b|\bdefen[cs]e (strategy|review|budget|policy)\b|\bnational (defense|security) strategy\b|\bquadrennial\b|\bcyber strategy\b|\bstrategic guidance\b|\bmilitary and security developments\b|\bmilitary (strategy|budget|spending|modernization|build-?up|transparency)\b|\bdefen[cs]e spending\b|\b(rebalanc(e|ing)|pivot) (to|toward|towards) (Asia|the Asia-Pacific)\b/i,
  "surveillance-privacy":
    /\bNSA\b|\bNational Security Agency\b|\bsurveillance\b|\bprivacy\b|\bSnowden\b|\bPRISM\b|\bbig data\b|\bdata collection\b|\bwiretap|\bmetadata\b|\beavesdrop|\bphone records\b|\bintelligence (gathering|collection)\b/i,
  "maritime-regional-security":
    /\bmaritime\b|\bSouth China Sea\b|\bEast China Sea\b|\bNorth Korea|\bKorean Peninsula\b|\bShangri-La Dialogue\b|\bASEAN\b|\bSoutheast Asian Nations\b|\bregional security\b|\bDiaoyu|\bSenkaku|\bTaiwan Strait\b|\bcross-Strait\b|\bfreedom of navigation\b|\bterritorial (disputes?|waters|claims)\b|\bair defen[cs]e identification zone\b|\bADIZ\b|\bYellow Sea\b|\bScarborough\b|\bSpratly|\bParacel|\bsea lanes\b|\bPyongyang\b/i,
  "nuclear-missile":
    /\bnuclear\b|\bproliferation\b|\bmissile defen[cs]es?\b|\bballistic missiles?\b|\bnonproliferation\b|\barms control\b|\bdenucleari[sz]ation\b|\bweapons of mass destruction\b|\bWMDs?\b/i,
  "humanitarian-peacekeeping":
    /\bpeacekeeping\b|\bhumanitarian\b(?! law)|\bdisaster relief\b|\bcounter-?piracy\b|\banti-?piracy\b|\bpiracy\b|\bsearch and rescue\b|\bdisaster (response|assistance|management)\b|\bemergency relief\b|\bGulf of Aden\b/i,
  "economy-trade":
    /\beconom(y|ies|ic)\b|\btrade\b|\binvestment\b|\bmacro-?economic\b|\bmicroeconomic\b|\bcurrency\b|\bexports?\b|\bimports?\b|\bintellectual property\b|\btrading (system|partners?|relationship|nations?)\b|\bWTO\b|\bWorld Trade Organization\b|\btariffs?\b|\bmarket access\b|\bexchange rates?\b|\byuan\b|\brenminbi\b|\bfinancial (markets?|system|sector|stability|reform)\b|\bbusiness (?:leaders|executives|community|symposium|forum|people|groups?)\b|\bindustry forum\b/i,
  "climate-energy":
    /\bclimate\b|\bcarbon\b|\bgreen (growth|technolog(y|ies))\b|\benergy\b|\bemissions?\b|\bclean energy\b|\bgreenhouse gas|\brenewables?\b|\bHFCs?\b|\bhydrofluorocarbons?\b|\bshale gas\b/i,
  "people-to-people":
    /\bpeople-to-people\b|\bstudents?\b|\bsister (cities|provinces|states)\b|\bcultural (exchanges?|fields?)\b|\beducational exchanges?\b|\btourism\b|\bacademic exchanges?\b|\byouth exchanges?\b|\bscholarships?\b|\bold friends\b|\bfriendship\b|\bveterans\b/i,
};

/**
 * Patterns that tag a topic by the forum where something was said (Shangri-La Dialogue, ASEAN),
 * not by its subject: "the same question" later refers to the subject, so these do not carry over.
 */
export const FORUM_ONLY: Partial<Record<TopicId, RegExp>> = {
  "maritime-regional-security": /\bShangri-La Dialogue\b|\bASEAN\b|\bSoutheast Asian Nations\b/i,
  diplomacy:
    /\bstrategic and economic dialogue\b|\bS&ED\b|\bstrategic security dialog(ue)?\b|\bsummit\b/i,
};

/**
 * Words that name a topic's term without being about it: "the Strategic and Economic Dialogue"
 * is a diplomatic forum (it covers cyber too), not a sign that the economy was discussed.
 */
export const NOT_TOPIC: Partial<Record<TopicId, RegExp>> = {
  "economy-trade": /\bstrategic (and|&) economic dialogue\b/i,
};

/** Roles whose meetings are diplomacy (leaders and foreign ministers) rather than defense contacts. */
export const DIPLOMATIC_ROLE =
  /^(President|Vice President|Premier|Vice Premier|Prime Minister|Foreign Minister|Secretary of State|State Councilor|Minister of Foreign Affairs)$/;

/** Offices whose visits and meetings with the other side are military-to-military contacts. */
export const DEFENSE_ROLE =
  /\b(?:Defen[cs]e (?:Secretary|Minister)|Secretary of Defen[cs]e|Minister of (?:National )?Defen[cs]e|Joint Chiefs|General Staff|Central Military Commission|Pacific Command|Naval Operations|PLA Navy)\b/;

/**
 * Anaphora that carries the previous sentence's subject into this one ("the same question",
 * "supports the program" after a sentence naming the surveillance program, "the report" after the
 * sentence that introduced it).
 */
export const TOPIC_ANAPHORA =
  /\b(the|this|that) (same )?(issue|question|matter|subject|topic|area|program|programme|report)\b/i;
