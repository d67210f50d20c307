import { describe, expect, it } from "vitest";
import { parseLexicon } from "./compile/parse.ts";
import raw from "./data/event-types.json" with { type: "json" };
import { compileEventTypes, eventTypesFileSchema, titleTemplates } from "./event-types.ts";
import { TRIGGERS } from "./triggers.ts";

const compile = (data: unknown) =>
  compileEventTypes(parseLexicon(eventTypesFileSchema, data, "event-types.json"));

/** The words of a sentence each trigger finds, by trigger id. */
const found = (id: string, sentence: string) => {
  const t = TRIGGERS.find((x) => x.id === id);
  return [...sentence.matchAll(new RegExp(t?.re.source ?? "$^", `${t?.re.flags ?? ""}g`))].map(
    (m) => m[0],
  );
};

/** Adding an event type (or a trigger) is one entry in data/event-types.json and one row here. */
describe("event type triggers", () => {
  it.each<[string, string, string[]]>([
    ["meal", "A state dinner and two luncheons followed.", ["state dinner", "luncheons"]],
    ["meal", "He was given lunch after a working breakfast.", ["lunch", "breakfast"]],
    ["meal", "The rocket was launched after the company's breakthrough.", []],
    ["host", "Obama hosted Xi and welcomed Chinese officials.", ["hosted", "welcomed"]],
    ["host", "He welcomed the decision.", []],
    [
      "host",
      "The secretary rolled out the honor cordon today for Defense Minister Chang.",
      ["honor cordon"],
    ],
    ["host", "The honor guard for the fallen sailors stood in the rain.", []],
    ["visit", "Kerry travelled to Beijing after his trip.", ["travelled to", "trip"]],
    // "visiting" before a nationality or title marks another act's guest …
    ["visit", "Xi met visiting U.S. Defense Secretary Panetta and a visiting delegation.", []],
    // … before a place it is a visit.
    ["visit", "While visiting Beijing, Kerry met Wang.", ["visiting"]],
    ["tour", "Chang toured the base; the tour came later.", ["toured"]],
    // A hard-wrapped line may break between the verb and what it names.
    ["tour", "He will tour\nthe shipyard.", ["tour"]],
    ["tour", "He will tour\nsoon, they said.", []],
    ["leave-for", "Xi will leave Washington for Iowa.", ["leave Washington for "]],
    // A day may stand between the place left and the next one …
    ["leave-for", "The envoy left Tokyo on Friday for Seoul.", ["left Tokyo on Friday for "]],
    // … but not a common noun's phrase.
    ["leave-for", "The envoy left Tokyo on business for Seoul.", []],
    ["refuge", "The activist sought refuge there on Friday.", ["sought"]],
    ["refuge", "The official took asylum in the consulate.", ["took"]],
    ["refuge", "She entered the Japanese Embassy in Seoul on May 2.", ["entered"]],
    ["refuge", "He fled to the American Consulate in Chengdu.", ["fled to"]],
    ["refuge", "He made his way to the British Consulate.", ["made his way to"]],
    ["refuge", "The talks took time; the army entered the city.", []],
    ["refuge", "Reporters reached the Chinese Embassy for comment on Monday.", []],
    ["go-to-place", "Xi flies today to Iowa, then left for Tokyo.", ["flies", "left"]],
    ["go-to-place", "He headed to Hanoi on Friday.", ["headed"]],
    ["go-to-place", "Since Gates went to Beijing, ties warmed.", ["went"]],
    ["go-to-place", "The talks went to plan.", []],
    ["go-to-place", "The envoy went on to Hanoi and will continue to Tokyo.", ["went", "continue"]],
    ["go-to-place", "The envoy went on to say prices would continue to rise.", []],
    ["watch-at-place", "The minister inspected troops at the Pentagon.", ["inspected"]],
    ["watch-at-place", "The minister was briefed at length at Pacific Command.", ["was briefed"]],
    ["watch-at-place", "The minister was briefed by phone and watched at home.", []],
    [
      "see",
      "The premier will join her in Hanoi; they joined Premier Lee at the Great Hall.",
      ["join", "joined"],
    ],
    ["see", "Tokyo joined Seoul in protesting; the navy joined the drill in May.", []],
    ["go-to-place", "The crew flew to safety and left for good.", []],
    // With a companion between the verb and the place.
    [
      "go-to-place",
      "The envoy flew with him to Hanoi; she went with Premier Wen to Tianjin.",
      ["flew", "went"],
    ],
    ["go-to-place", "He went with friends to dinner; she traveled with her aunt to a market.", []],
    [
      "go-to-place",
      "The delegation flew later Thursday to the Naval Academy; he went to the Pentagon.",
      ["flew", "went"],
    ],
    ["go-to-place", "The talks went to the wire and the crew flew to the rescue.", []],
    [
      "go-to-place",
      "He will fly the same day to West Point and left the next day for Tokyo.",
      ["fly", "left"],
    ],
    ["go-to-place", "He flew the same day to safety.", []],
    [
      "go-to-place",
      "She took a large delegation to Hanoi; he brought his delegation to Perth.",
      ["took", "brought"],
    ],
    ["go-to-place", "She took the delegation to lunch and brought a delegation to the table.", []],
    ["go-to-place", "The envoy flew from Hong Kong to Moscow.", ["flew"]],
    ["go-to-place", "Prices went from bad to worse; he flew from Ohio to safety.", []],
    ["go-to-place", "On Friday he heads to the port city of Kobe.", ["heads"]],
    ["go-to-place", "He will travel on Friday to Kobe; she traveled widely.", ["travel"]],
    ["go-to-place", "She will lead a trade delegation to Hanoi.", ["lead"]],
    ["go-to-place", "He heads to the end of the line; she led the delegation to victory.", []],
    [
      "go-to-place",
      "He called at the Pentagon; ships will call at Pearl Harbor.",
      ["called", "call"],
    ],
    ["go-to-place", "He called at the time; she calls at noon.", []],
    ["sign", "They signed a pact, a sign of progress.", ["signed"]],
    ["sign", "Troops held a drill, a sign that ties are warming; they signed a pact.", ["signed"]],
    ["summit", "The summit opened.", ["summit"]],
    ["meet", "Hagel met Chang.", ["met"]],
    ["talk", "They discussed cyber security by phone call.", ["discussed", "phone call"]],
    ["talk", "Obama raised the matter in a telephone call.", ["telephone call"]],
    // Views exchanged, or an exchange had on a subject, are talks.
    [
      "talk",
      "The envoys exchanged views on trade; they had a candid, detailed exchange on the dispute.",
      ["exchanged views", "had a candid, detailed exchange on"],
    ],
    ["talk", "The ships exchanged fire; the cadets had an exchange program in May.", []],
    [
      "phone-call",
      "Obama called Chinese President Xi and phoned John Kerry.",
      ["called", "phoned"],
    ],
    ["phone-call", "He called on Beijing, called for calm and called the report groundless.", []],
    [
      "phone-call",
      "The president called to congratulate him; the minister reached his counterpart by phone.",
      ["called", "reached"],
    ],
    // A time between the call and its greeting.
    [
      "phone-call",
      "The premier, phoning her minutes after the vote to congratulate her, spoke of trade.",
      ["phoning"],
    ],
    ["phone-call", "He called for talks hours after the vote to discuss the dispute.", []],
    [
      "phone-call",
      "He called it a step to peace; the envoys reached a deal by Friday on phone lines.",
      [],
    ],
    ["phone-call", "The admiral reached Adm. Wu Shengli, the navy chief, by phone.", ["reached"]],
    ["phone-call", "The talks reached an end. By phone, aides confirmed it.", []],
    ["dialogue", "He co-chaired the S&ED; the news conference followed.", ["co-chaired", "S&ED"]],
    ["dialogue", "He co-chaired\nthe meeting.", ["co-chaired"]],
    // A roundtable, a seminar or a workshop is held; a media roundtable is a news conference.
    [
      "dialogue",
      "The commission holds a roundtable; the institutes ran a seminar and a workshop.",
      ["roundtable", "seminar", "workshop"],
    ],
    [
      "dialogue",
      "The admiral gave a media roundtable and later met reporters at a roundtable.",
      [],
    ],
    ["held", "The dialogue will be held on July 10.", ["be held"]],
    ["held", "He was held responsible.", []],
    // Held on a day told relative to now.
    [
      "held",
      "The first round was held last April; the next is held tomorrow.",
      ["was held", "is held"],
    ],
    ["held", "The vote was held up last week; he was held responsible last year.", []],
    ["held", "The summit held in Bali drew leaders.", ["held"]],
    ["held", "The guard held in the gate was tired.", []],
    ["resume", "Military contacts formally resumed in 2011.", ["resumed"]],
    ["resume", "The game resumed after the rain.", []],
    ["negotiate", "Negotiations resumed.", ["Negotiations"]],
    ["agree", "Both sides agreed and pledged more.", ["agreed", "pledged"]],
    // The acceptance of an invitation agrees to come; the acceptance of an award does not.
    ["agree", "It follows the navy's acceptance in May of an invitation.", ["acceptance"]],
    ["agree", "It follows the navy's acceptance of an award.", []],
    ["establish", "They set up a hotline at the inauguration.", ["set up", "inaugurat"]],
    ["establish", "They will launch a dialogue and launched the talks.", ["launch", "launched"]],
    ["establish", "The ministry asked Beijing to explain the launch.", []],
    ["suspend", "Beijing froze and later cancelled the talks.", ["froze", "cancelled"]],
    ["suspend", "Beijing cut off military contacts in 2010.", ["cut off"]],
    ["suspend", "The storm cut off power to the base.", []],
    ["suspend", "The army broke off most contacts with the navy.", ["broke off"]],
    ["suspend", "The gunner broke off a branch of the tree.", []],
    // The ties named first, the cutting told after them ("ties that the navy cut off").
    ["suspend", "Exchanges that Beijing abruptly cut off in 2010 are back.", ["cut off"]],
    ["suspend", "The lines that the storm cut off in 2010 are back.", []],
    [
      "exercise",
      "The navies held joint exercises and a port call.",
      ["joint exercises", "port call"],
    ],
    // A war game played by the two sides' officials is an exercise; a game is not.
    [
      "exercise",
      "Officials of both sides joined two war games, and a wargame in May.",
      ["war games", "wargame"],
    ],
    ["exercise", "The officials watched the game and the games in May.", []],
    [
      "weapons-test",
      "After a flight test, the navy test-fired two cruise missiles.",
      ["flight test", "test-fired"],
    ],
    [
      "weapons-test",
      "China tested an anti-satellite missile.",
      ["tested an anti-satellite missile"],
    ],
    ["weapons-test", "The crisis tested the alliance; students passed the test.", []],
    // A warship's trials, commissioning and first deck landings are its navy's milestones …
    [
      "warship-milestone",
      "The frigate began sea trials, was commissioned in May and put to sea in June.",
      ["sea trials", "commissioned", "put to sea"],
    ],
    [
      "warship-milestone",
      "Helicopters made the first deck landings on the new carrier; jets landed on and flew off the carrier.",
      ["first deck landings on the new carrier", "landed on and flew off the carrier"],
    ],
    // … not a study commissioned, an officer's commission, or a landing ashore.
    [
      "warship-milestone",
      "The navy commissioned a new study; a commissioned officer landed on the beach.",
      [],
    ],
    ["warship-milestone", "The report was commissioned by the navy.", []],
    [
      "transit",
      "Two B-52 bombers flew through China's new air defense zone; a carrier sailed through the Taiwan Strait.",
      // Warplanes that flew through anything are told from their name on (warplanesFlew).
      ["bombers flew through", "sailed through the Taiwan Strait"],
    ],
    [
      "transit",
      "The navy sailed a destroyer through the strait; the air force flew two bombers through it.",
      ["sailed a destroyer through the strait", "flew two bombers through it"],
    ],
    ["transit", "Kerry flew into Beijing and sailed through the talks.", []],
    [
      "transit",
      "The carrier group went through the strait; two destroyers transited the Taiwan Strait.",
      ["went through the strait", "transited the Taiwan Strait"],
    ],
    ["transit", "The bill went through the House; the ministry passed through a crisis.", []],
    ["transit", "The airline flew its passengers into Beijing; he flew a kite through it.", []],
    [
      "transit",
      "The air force sent two fighters and a radar plane into the new zone; the bombers crossed the zone.",
      ["sent two fighters and a radar plane into the new zone", "crossed the zone"],
    ],
    ["transit", "Beijing sent a delegation into the talks; the motorcade crossed the city.", []],
    [
      "confront",
      "A Chinese ship cut across the bow of the cruiser; two fighters intercepted a U.S. patrol plane.",
      ["cut across the bow", "intercepted"],
    ],
    ["confront", "The bill cut across party lines; agents intercepted e-mails.", []],
    // A craft named with its service, model and role before its noun.
    [
      "confront",
      "Two fighters tried to intercept a U.S. Air Force U-2 reconnaissance plane.",
      ["intercept"],
    ],
    ["confront", "Agents tried to intercept a U.S. Air Force officer's e-mails on the plane.", []],
    [
      "confront",
      "A cruiser had to avoid hitting a Chinese warship after an amphibious ship cut across the cruiser's bow.",
      ["avoid hitting", "cut across the cruiser's bow"],
    ],
    // Its path, or in front of it.
    [
      "confront",
      "A frigate cut across the path of the destroyer; a tug cut in front of the carrier.",
      ["cut across the path of", "cut in front of"],
    ],
    [
      "confront",
      "The crowd cut in front of the minister; the road crossed the path of a river.",
      [],
    ],
    ["confront", "The ship took evasive action in a near miss.", ["evasive action", "near miss"]],
    ["confront", "A frigate crossed its bow and stopped.", ["crossed its bow"]],
    ["confront", "The bill crossed its last hurdle; the road crossed the river.", []],
    [
      "confront",
      "Lawmakers want to avoid hitting the debt ceiling; the plan cut across the path of reform.",
      [],
    ],
    ["demand", "China demanded an apology, not a demand for talks.", ["demanded"]],
    ["threaten", "He threatened sanctions.", ["threatened"]],
    ["urge", "She called on Beijing to act.", ["called on"]],
    [
      "ask-named",
      "He asked Beijing to act; she pressed President Hu on trade.",
      ["asked", "pressed"],
    ],
    ["ask-named", "He asked reporters to wait; she told the press on Monday.", []],
    ["see", "The two leaders will see each other again at the summit.", ["see each other"]],
    ["see", "We will see each country's position.", []],
    ["reject", "The ministry called the report groundless.", ["called the report groundless"]],
    ["reject", "The ministry called the report “groundless.”", ["called the report “groundless"]],
    // Described as such, after an object with a clause of its own, with another verdict first.
    [
      "reject",
      "She described the report as groundless; he described the flight the jet made as 'hasty' and 'irresponsible'.",
      [
        "described the report as groundless",
        "described the flight the jet made as 'hasty' and 'irresponsible",
      ],
    ],
    ["reject", "He described the plan as bold and the talks as useful.", []],
    // Meeting the press is a news conference; meeting a body named for the press is a meeting.
    [
      "news-conference",
      "The two later met the press and met with reporters.",
      ["met the press", "met with reporters"],
    ],
    ["meet", "The two later met the press.", []],
    ["meet", "The minister met with the Press Council.", ["met"]],
    // Sending an invitation, or inviting someone named to come, is an act of its own …
    [
      "invite",
      "The fleet sent a formal invitation in May; the ministry invited Japan to join the drill.",
      ["sent", "invited"],
    ],
    // … but being invited, or sending something else, is not.
    ["invite", "He has been invited to visit Tokyo and sent a letter in May.", []],
    ["reject", "The spokesman rebutted the accusations on Tuesday.", ["rebutted"]],
    [
      "reject",
      "Beijing rebuffed the proposed visit; Tokyo turned down the offer.",
      ["rebuffed", "turned down"],
    ],
    // Only the finite forms: a gerund names a habit, not an act of a day.
    ["reject", "Rebuffing critics is his habit.", []],
    // A long object before the verdict, when the verdict is quoted.
    [
      "reject",
      "She called the flight that brought the jet within feet of the plane on May 2 “irresponsible.”",
      ["called the flight that brought the jet within feet of the plane on May 2 “irresponsible"],
    ],
    [
      "reject",
      "She called the flight that brought the jet near the plane on May 2 irresponsible.",
      [],
    ],
    // A letter sent to someone named is a statement of its own.
    // An account given of what happened is a statement; an account number given is not.
    [
      "statement",
      "The paper gave a full account on Monday; the ministry gave a detailed account of it.",
      ["gave", "gave"],
    ],
    ["statement", "The clerk gave the account number to the bank.", []],
    ["statement", "Six senators sent a letter to the secretary on Monday.", ["sent"]],
    ["statement", "The senator joined colleagues in a letter to the minister.", ["in a letter to"]],
    ["statement", "The bank sent the money and wrote the report.", []],
    // An open letter published or issued is its author's statement; a letter published by a
    // paper, or an open question, is not.
    ["statement", "The firm's chairman published an open letter on Friday.", ["published"]],
    ["statement", "The two unions issued a joint open letter to the board.", ["issued"]],
    [
      "statement",
      "The paper published a letter from a reader and posted an open question to the board.",
      [],
    ],
    ["announce", "Two senators introduced a bill on Tuesday to curb theft.", ["introduced"]],
    // Approving or offering a sale of arms announces it; clearing the way or a plan does not.
    [
      "announce",
      "Washington approved an arms package for Taiwan and offered it an upgrade of its F-16 fleet.",
      ["approved", "offered"],
    ],
    ["announce", "The panel cleared the way for talks and approved the plan.", []],
    ["announce", "The senator introduced the speaker and new rules.", []],
    ["announce", "Four senators introduced the Foreign Trade Protection Act.", ["introduced"]],
    ["announce", "The general introduced the young officers trained to act fast.", []],
    [
      "announce",
      "Two members reintroduced the Network Defense and Trade Secrets Act.",
      ["reintroduced"],
    ],
    ["announce", "Two senators revived their bill on export controls on Monday.", ["revived"]],
    ["announce", "The visit revived the talks and revives hopes.", []],
    [
      "legislate",
      "The House passed the annual budget bill; the Senate adopted its version of the measure.",
      ["passed", "adopted"],
    ],
    ["legislate", "The ships passed through the strait; he passed the word that a bill died.", []],
    // A body beginning its operations is established; being operational is a state.
    [
      "establish",
      "The new command began operating in May and was declared fully operational in November.",
      ["began operating", "was declared fully operational"],
    ],
    ["establish", "The radar is operational, and the base remains operational.", []],
    // Up to six modifiers before the bill.
    [
      "legislate",
      "The House approved the final fiscal year 2013 defense spending bill.",
      ["approved"],
    ],
    [
      "news-conference",
      "He told reporters at a news conference.",
      ["told reporters", "news conference"],
    ],
    ["news-conference", "He spoke, telling reporters that talks went well.", ["telling reporters"]],
    ["news-conference", "Reporters were told little.", []],
    ["speech", "Xi addressed the forum in two speeches.", ["addressed", "speeches"]],
    [
      "speech",
      "Liang is scheduled to speak tomorrow; Gates will speak at the forum.",
      ["scheduled to speak", "will speak"],
    ],
    ["speech", "He will speak with Xi; she declined to speak to reporters.", []],
    ["speech", "He is to meet the minister and to speak to cadets at the academy.", ["speak to"]],
    ["speech", "On Friday he will speak with cadets at the naval academy.", ["speak with"]],
    ["speech", "He will speak with the minister about cadets at the academy.", []],
    // Speaking at a venue is a speech; speaking at a news conference is that conference.
    ["speech", "Donilon, speaking at the Asia Society, warned Beijing.", ["speaking at"]],
    ["speech", "Hagel spoke at a joint news conference.", []],
    // The perfect tenses speak at a venue and to an audience too; at length they do not.
    [
      "speech",
      "The envoy had spoken at Fudan; the admiral has spoken to cadets.",
      ["spoken at", "spoken to"],
    ],
    ["speech", "She had spoken at length; he has spoken to the minister.", []],
    // A day between the verb and its venue: still a speech at the venue.
    [
      "speech",
      "The admiral spoke on June 2 at the academy; the envoy speaks Monday at Fudan.",
      ["spoke", "speaks"],
    ],
    // Negative: speaking at length, or at once, on a day names no venue.
    ["speech", "The admiral spoke on Monday at length and on Friday at once.", []],
    // A paper released or published is a document; the paper that reports is a newspaper.
    [
      "report",
      "A paper released on Monday and a paper published in May set out the case.",
      ["paper", "paper"],
    ],
    ["report", "The paper reported on Monday that a paper was on the table.", []],
    ["speech", "He is to tour a farm and to speak at a symposium.", ["speak at"]],
    ["speech", "He spoke at length with Xi; they speak at once.", []],
    ["news-conference", "Hagel spoke at a joint news conference.", ["news conference"]],
    ["announce", "The announcement came Friday.", ["announcement"]],
    ["announce", "Beijing declared an air defense identification zone.", ["declared"]],
    ["announce", "Declaring victory was premature.", []],
    [
      "announce",
      "Panetta spelled out the split; Obama outlined the plan.",
      ["spelled out", "outlined"],
    ],
    ["announce", "The outline of the plan was clear.", []],
    ["announce", "The administration notified Congress of the sale.", ["notified"]],
    ["announce", "The navy notified the families of the crew.", []],
    ["announce", "The package, notified to the Senate on Monday, includes radars.", ["notified"]],
    ["announce", "The result was notified to the families by letter.", []],
    // The legislature notified, told in the passive.
    [
      "announce",
      "Congress was formally notified of the package on Monday.",
      ["Congress was formally notified of"],
    ],
    ["announce", "The families were notified of the crash; lawmakers are notified by mail.", []],
    [
      "stop-at",
      "Three ships sailed into Pearl Harbor; a tanker pulled into Apra Harbor.",
      ["sailed into", "pulled into"],
    ],
    ["stop-at", "The talks sailed into trouble.", []],
    // Dropping anchor at a named place is a stop there; in a storm it is not.
    ["stop-at", "The frigate dropped anchor off Subic Bay.", ["dropped anchor off"]],
    ["stop-at", "The crew dropped anchor in the storm.", []],
    // Due or expected on a named place is a stop there; on a day or a date it is no travel.
    ["stop-at", "The premier is due on Guam and expected on Saipan.", ["due on", "expected on"]],
    ["stop-at", "The report is due on Friday and a reply is expected on May 2.", []],
    [
      "legislate",
      "The President issued an executive order on Tuesday; the council issues a decree.",
      ["issued", "issues"],
    ],
    // Negative: a statement or a visa issued is no formal act of this kind.
    ["legislate", "The ministry issued a statement and issued visas.", []],
    [
      "sanction",
      "Beijing sanctioned two firms, vowed to punish a third and will impose new sanctions on others.",
      ["sanctioned", "punish", "impose"],
    ],
    // Negative: sanctions as a noun alone, or imposing something else.
    ["sanction", "Sanctions on Iran were imposed; the city imposed a fee.", []],
    [
      "sanction",
      "The council tightened sanctions on the regime and will widen the penalties in May.",
      ["tightened", "widen"],
    ],
    ["sanction", "The city widened the road and expanded its port.", []],
    [
      "stop-at",
      "The hospital ship set sail from Shanghai and anchored off Manila; a tanker sailed to Guam.",
      ["set sail from", "anchored off", "sailed to"],
    ],
    [
      "stop-at",
      "The carrier arrived off the eastern coast of Luzon; marines began arriving at Clark Air Base.",
      ["arrived off", "arriving at"],
    ],
    ["stop-at", "The frigate docked in the port of Tianjin.", ["docked in"]],
    // A numbered session is a dialogue's, as a numbered round is.
    [
      "dialogue",
      "They hope a fourth session can follow the 2nd session in Hanoi.",
      ["fourth session", "2nd session"],
    ],
    // Negative: a legislature's session, or a round of questions, is no dialogue's.
    ["dialogue", "The first session of the Congress took a second round of questions.", []],
    [
      "stop-at",
      "The convoy reached the coast of Luzon; the tanker is reaching the port of Davao.",
      ["reached", "reaching"],
    ],
    // Negative: reaching a deal, a level or a person (who may be reached by phone) is no stop.
    ["stop-at", "They reached a deal, the toll reached 5,000 and she reached Minister Yang.", []],
    [
      "stop-at",
      "The destroyer will set sail on Friday and arrives on Monday.",
      ["set sail", "arrives"],
    ],
    [
      "leave-for",
      "The hospital ship left its home port on Monday; the frigate departed its naval base.",
      ["left", "departed"],
    ],
    // Negative: leaving a port city, or a post, is no voyage.
    ["leave-for", "He left the port city on Monday and left his post in May.", []],
    // A port or a yard named by its city is a voyage's start too …
    [
      "leave-for",
      "The tanker left a navy base in Ningbo; the cutter left the Keelung shipyard.",
      ["left", "left"],
    ],
    // … and so is a named place left on a named day, or for a place behind an adjective.
    ["leave-for", "The cutters left Naval Station Everett, Washington, on May 2.", ["left"]],
    ["leave-for", "The tanker left Busan for the flood-hit Bangladesh.", ["left Busan for "]],
    // Negative: a named day after a person is no place left; nor a departure in a clause of
    // another time, which ends a stay told elsewhere.
    ["leave-for", "The vote left Abe's aides puzzled on Monday.", []],
    // Negative: a traveller leaving a city on a day ends a visit told elsewhere.
    ["leave-for", "The envoy left Seoul on May 2.", []],
    ["leave-for", "He tours a base before he leaves Japan on Friday.", []],
    // Negative: a voyage's verbs with no named place after them are no stop.
    ["stop-at", "The ship put in at the port of call.", []],
    ["stop-at", "The frigate set sail for home and sailed to safety.", []],
    // A region's adjective may stand before the place's name; before a common noun it names none.
    [
      "stop-at",
      "The general made a stop in coastal Oregon; the ship docked in southern Japan.",
      ["stop in", "docked in"],
    ],
    ["stop-at", "The fleet came to northern waters and its costs came to rural levels.", []],
    [
      "stop-at",
      "Two frigates had tied up at Pearl Harbor; a destroyer put in at Apra Harbor.",
      ["tied up at", "put in at"],
    ],
    ["stop-at", "The bill was tied up in committee and the ship put in at the base.", []],
    [
      "stop-at",
      "The destroyer eased alongside the pier at Pearl Harbor; a frigate moored at Apra Harbor.",
      ["eased alongside", "moored at"],
    ],
    ["stop-at", "The bill eased alongside the budget; the pier at the port was closed.", []],
    [
      "stop-at",
      "The general came to Washington; Xi is coming to the United States.",
      ["came to", "coming to"],
    ],
    ["stop-at", "The sides came to an agreement; it comes to this.", []],
    ["say", "Wang said the talks were useful.", ["said"]],
    // Insisting or reiterating is saying, as "stated" is.
    [
      "say",
      "The ministry insisted the patrol was routine; it reiterated its stand.",
      ["insisted", "reiterated"],
    ],
    ["say", "Their insistence and the reiteration of old lines drew notice.", []],
    // Confirming, acknowledging or admitting something is saying it …
    [
      "say",
      "The spokesman confirmed on Friday that talks had resumed; the ministry admits it erred.",
      ["confirmed", "admits"],
    ],
    // … being confirmed as a minister or admitted to a school is not.
    ["say", "She was confirmed as minister and was later admitted to the bar.", []],
    // Explaining something is saying it; a delay that was explained is not.
    ["say", "As the minister explained this week, the request had gaps.", ["explained"]],
    ["say", "The delay was explained in a footnote.", []],
    // A report to a legislature of what it found tells the legislature that …
    ["say", "The office reported to Congress in May that the intrusions had grown.", ["reported"]],
    [
      "say",
      "The agency reported to the House Intelligence Committee that hackers struck.",
      ["reported"],
    ],
    // … while reporting to a superior, or a finding reported to Congress by others, is not.
    ["say", "The colonel reported to the ministry in Beijing on Monday.", []],
    ["say", "It was reported to Congress in May that the intrusions had grown.", []],
    // A newspaper's report that something happened tells it …
    ["say", "The daily reported on Monday that the plans were stolen.", ["reported"]],
    // … not what others reported, nor what was reported to someone, nor a report's attribution.
    ["say", "The breach was reported to the agency; the ship sank, the daily reported.", []],
    // A story told first, and the paper that broke it with its day at the end.
    ["say", "Spies took the plans in 2009, the Harbor Ledger reported on Sunday.", ["reported"]],
    [
      "say",
      "The firm was hacked, the Daily Ledger reported Tuesday night, citing two officials.",
      ["reported"],
    ],
    // Negative: no day of its own, or one the story keeps ("reported on Sunday's talks").
    [
      "say",
      "The firm was hacked, the Harbor Ledger reported; the talks, the Ledger reported on Sunday's talks.",
      [],
    ],
    ["release", "The Pentagon released its annual report.", ["released"]],
    ["release", "Obama unveiled new defense strategic guidance.", ["unveiled"]],
    ["report", "The white paper and the report differ.", ["white paper", "report"]],
    ["report", "The Security Review Commission and the Strategy Office met.", []],
    ["report", "The two ministers review an honor guard; the generals review the troops.", []],
    // Troops reviewed with no article are the ceremony too; a review of the troops is a document.
    ["report", "The two admirals review troops at the pier.", []],
    ["report", "The ministry ordered a review of the troops' readiness.", ["review"]],
    [
      "report",
      "The review the ministry ordered is done; a review of the guard was made.",
      ["review", "review"],
    ],
    ["accuse", "Washington accused Beijing and blamed its army.", ["accused", "blamed"]],
    ["accuse", "The firm traced hundreds of intrusions to an army unit.", ["traced"]],
    [
      "protest",
      "The ministry summoned the U.S. defense attache and lodged a solemn protest; Beijing protested.",
      ["summoned", "lodged", "protested"],
    ],
    ["protest", "She summoned the courage to speak and lodged in a hotel near the protests.", []],
    // The diplomat summoned, told in the passive.
    [
      "protest",
      "Ambassador Jon Huntsman was called in by the vice minister; the envoy was summoned again.",
      ["Ambassador Jon Huntsman was called in", "envoy was summoned"],
    ],
    ["protest", "The ambassador was called in to help; the experts were summoned.", []],
    // Objecting to the other side's plan or act is a complaint; objecting to a tone is not.
    [
      "protest",
      "Beijing objected in March to plans to base the bombers; Tokyo objected to the drills.",
      ["objected", "objected"],
    ],
    ["protest", "Nobody objected to his tone, and the objecting members left.", []],
    [
      "establish",
      "The panel began its investigation in May; the senate opened an inquiry into the firms.",
      ["began", "opened"],
    ],
    ["establish", "The envoy opened the door and began the talks with an inquiry.", []],
    // Initiating an inquiry, or an inquiry that began, is establishing it too.
    [
      "establish",
      "The senate initiated an inquiry; the panel's investigation began in May.",
      ["initiated", "began"],
    ],
    ["establish", "The inquiry began to stall; the probe started with a letter.", []],
    ["protest", "The vice minister called in the British envoy on Monday.", ["called in"]],
    ["protest", "The vice minister called\nin the envoy.", ["called\nin"]],
    ["protest", "The ministry called in the experts and calls in its loans.", []],
    [
      "exercise",
      "The two armies held a staff exchange on flood response.",
      ["held a staff exchange"],
    ],
    [
      "exercise",
      "They held an exchange of views on military exchanges and held exchange rates steady.",
      [],
    ],
    ["accuse", "Police traced the car to a dealer; the road traces the river to the sea.", []],
    [
      "accuse",
      "Prosecutors charged the firm, Sinoway Co., and two men with stealing code; the indictment followed.",
      ["charged", "indictment"],
    ],
    ["accuse", "The charges add to a list; he was in charge of the unit.", []],
    [
      "accuse",
      "The ministry expressed strong dissatisfaction with the plan; Beijing voiced firm opposition.",
      ["expressed", "voiced"],
    ],
    ["accuse", "Beijing voiced sharp objections to the patrols.", ["voiced"]],
    [
      "accuse",
      "The envoy expressed concern, voiced support for talks and expressed his opposition's view.",
      [],
    ],
    [
      "accuse",
      "The ministry called the drills provocative; the panel branded the two firms a threat.",
      ["called", "branded"],
    ],
    ["accuse", "He called for an end to the illegal trade and called the talks useful.", []],
    ["accuse", "The White House called the zone “unnecessarily inflammatory.”", ["called"]],
    ["accuse", "The envoy called the talks “unusually useful.”", []],
    ["accuse", "She spoke of so-called threats; they called off the illegal drills.", []],
    [
      "accuse",
      "The admiral faulted the navy for the collision and called the maneuver irresponsible.",
      ["faulted", "called"],
    ],
    ["accuse", "The fault lies with the navy; engine faults were found.", []],
    [
      "office",
      "The envoy resigned on Monday; his resignation takes effect in May, when the admiral steps down.",
      ["resigned", "resignation", "steps down"],
    ],
    [
      "office",
      "The Senate on Friday confirmed the admiral, who was sworn in and took command at a change of command.",
      ["Senate on Friday confirmed", "sworn in", "took command", "change of command"],
    ],
    [
      "office",
      "Obama nominated the governor, confirmed as ambassador in July; the envoy presented his credentials.",
      ["nominated", "confirmed as ambassador", "presented his credentials"],
    ],
    // Negatives: resigned to a fact, a fact confirmed, credentials stolen, an office taken that
    // only starts a period ("since").
    [
      "office",
      "He resigned himself to defeat; the firm confirmed the attack and hackers stole credentials.",
      [],
    ],
    ["office", "The port call was the admiral's first since she took command.", []],
    // An election to a post is taking office; electing to do something is not.
    [
      "office",
      "The assembly elects Wang Tao state president; she was elected speaker.",
      ["elects Wang Tao state president", "was elected speaker"],
    ],
    [
      "office",
      "The voters elected to stay home; he has led the party since he was elected chairman.",
      [],
    ],
  ])("%s in %j → %j", (id, sentence, words) => {
    expect(found(id, sentence)).toEqual(words);
  });

  it("gives each trigger its type, rank, noun and kind", () => {
    expect(TRIGGERS.find((t) => t.id === "host")).toMatchObject({
      cameo: "043",
      label: "Host a visit",
      rank: 10,
      noun: "visit",
      strong: true,
      kind: "occasion",
    });
    expect(TRIGGERS.find((t) => t.id === "say")).not.toHaveProperty("strong");
  });

  it("compiles an added event type, its trigger and its title", () => {
    const { triggers, types } = compile([
      {
        cameo: "036",
        label: "Express intent to meet",
        title: ["{people} {invite|invites} {counterpart}"],
        triggers: [
          {
            id: "invite",
            rank: 6,
            kind: "act",
            forms: [{ verbs: ["invite"], nouns: ["invitation"] }],
          },
        ],
      },
    ]);
    const [invite] = triggers;
    expect(invite).toMatchObject({ cameo: "036", label: "Express intent to meet", rank: 6 });
    expect(
      "Hagel invited Chang; the invitations stand.".match(new RegExp(invite?.re ?? "", "gi")),
    ).toEqual(["invited", "invitations"]);
    expect(types[0]?.titles).toHaveLength(1);
  });

  it("puts a trigger's shared part into each pattern that names it", () => {
    const { triggers } = compile([
      {
        cameo: "150",
        label: "Demonstrate military or police power",
        title: [],
        triggers: [
          {
            id: "overfly",
            rank: 4,
            kind: "act",
            forms: [{ pattern: "craftFlew" }, { pattern: "craftLanded" }],
            patterns: {
              craftFlew: "\\b{craft}\\s+(?:\\w+\\s+){0,2}?flew\\s+over\\b",
              craftLanded: "\\b{craft}\\s+landed\\s+on\\s+{weekday}",
            },
            parts: { craft: "gliders?|balloons?" },
          },
        ],
      },
    ]);
    const re = new RegExp(triggers[0]?.re ?? "", "gi");
    expect(
      "Two gliders then flew over the ridge; a balloon landed on Sunday; kites flew over it.".match(
        re,
      ),
    ).toEqual(["gliders then flew over", "balloon landed on Sunday"]);
    // A regex count keeps its braces: "{0,2}" is no part.
    expect(triggers[0]?.re.source).toContain("(?:gliders?|balloons?)\\s+(?:\\w+\\s+){0,2}?");
  });

  it("knows which of a trigger's forms are only verbs", () => {
    const { triggers } = compile([
      {
        cameo: "042",
        label: "Make a visit",
        title: [],
        triggers: [
          {
            id: "visit",
            rank: 9,
            kind: "occasion",
            noun: "visit",
            forms: [{ verbs: ["visit"], nouns: ["visit"], verbWords: ["flew to"] }],
          },
        ],
      },
    ]);
    // "visit" and "visits" are nouns too; "visited", "visiting" and "flew to" are verbs only.
    expect([...(triggers[0]?.verbForms ?? [])].sort()).toEqual(["flew to", "visited", "visiting"]);
  });

  const T = (i: number, j: number) => [i, "triggers", j];
  it.each<[string, (string | number)[], unknown, RegExp]>([
    [
      "a code that is no CAMEO code",
      [0, "cameo"],
      "43",
      /event-types\.json: entry 0 \(Host a visit\), cameo: a three-digit CAMEO code/,
    ],
    [
      "a trigger without forms",
      [...T(1, 0), "forms"],
      [],
      /entry 1 \(Make a visit\), triggers\[0\]\.forms: /,
    ],
    [
      "an empty form",
      [...T(1, 0), "forms", 1],
      {},
      /entry 1 \(Make a visit\), triggers\[0\]\.forms\[1\]: no verbs/,
    ],
    [
      "words a form needs beside no pattern",
      [...T(1, 0), "forms", 1],
      { words: ["toured"], needs: ["toured"] },
      /entry 1 \(Make a visit\), triggers\[0\]\.forms\[1\]: needs is for a pattern's words/,
    ],
    [
      "a needed word of two words",
      [...T(1, 0), "forms", 1],
      { pattern: "p", needs: ["state visit"] },
      /triggers\[0\]\.forms\[1\]\.needs\[0\]: one word/,
    ],
    [
      "an unknown inflection",
      [...T(1, 0), "forms", 0, "verbs", 3],
      { verb: "go", without: ["en"] },
      /entry 1 \(Make a visit\), triggers\[0\]\.forms\[0\]\.verbs\[3\]/,
    ],
    [
      "a noun of no occasion family",
      [...T(0, 0), "noun"],
      "picnic",
      /entry 0 \(Host a visit\), triggers\[0\]\.noun: not a noun of occasions\.json/,
    ],
    [
      "a document that is no report",
      [...T(0, 0), "kind"],
      "document",
      /entry 0 \(Host a visit\), triggers\[0\]\.kind: a document, and only a document/,
    ],
    [
      "an unknown named pattern",
      [...T(0, 1), "forms", 1, "then"],
      "guests",
      /entry 0 \(Host a visit\), triggers\[1\]\.forms\[1\]\.then: no pattern "guests"/,
    ],
    [
      "an unknown name in a list of conditions",
      [...T(0, 1), "forms", 1, "then"],
      ["guest", "guests"],
      /entry 0 \(Host a visit\), triggers\[1\]\.forms\[1\]\.then\[1\]: no pattern "guests"/,
    ],
    [
      "an unused named pattern",
      [...T(0, 1), "patterns", "spare"],
      "x",
      /entry 0 \(Host a visit\), triggers\[1\]\.patterns\.spare: not used/,
    ],
    [
      "a part no pattern names",
      [...T(0, 1), "parts"],
      { spare: "x" },
      /entry 0 \(Host a visit\), triggers\[1\]\.parts\.spare: not used/,
    ],
    [
      "a part the trigger does not have",
      [...T(0, 1), "patterns", "guest"],
      "\\s+{guestWord}",
      /entry 0 \(Host a visit\), triggers\[1\]\.patterns\.guest: no part "\{guestWord\}"/,
    ],
    [
      "a broken pattern",
      [...T(0, 1), "patterns", "guest"],
      "(?=x",
      /entry 0 \(Host a visit\), triggers\[1\]\.patterns\.guest: /,
    ],
    [
      "a trigger id listed twice",
      [...T(1, 1), "id"],
      "visit",
      /entry 1 \(Make a visit\), triggers\[1\]\.id: listed twice/,
    ],
    [
      "an unknown title slot",
      [1, "title", 0],
      "{people} visit {capital}",
      /entry 1 \(Make a visit\), title\[0\]: unknown slot \{capital\}/,
    ],
    [
      "a type listed twice",
      [16],
      { ...raw[0], triggers: [] },
      /entry 16 \(Host a visit\), label: this code and label are listed twice/,
    ],
  ])("rejects %s, naming the file and entry", (_, path, value, message) => {
    const d: unknown = structuredClone(raw);
    setAt(d, path, value);
    expect(() => compile(d)).toThrow(message);
  });
});

/** Sets `value` at `path` inside JSON-like data, as an edit of the data file would. */
function setAt(data: unknown, path: (string | number)[], value: unknown): void {
  let at = data as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  at[path.at(-1) ?? ""] = value;
}

describe("titleTemplates", () => {
  it.each<[string, string, number]>([
    ["040", "Consult", 4],
    ["010", "Release report", 1],
    // A label the lexicon does not know takes its code's first type ("Make statement").
    ["010", "010", 1],
    ["160", "Reduce relations", 0],
    ["999", "Unknown", 0],
  ])("%s %s has %i templates", (cameo, label, n) => {
    expect(titleTemplates(cameo, label)).toHaveLength(n);
  });
});
