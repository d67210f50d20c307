import { describe, expect, it } from "vitest";
import { sentenceOf } from "../testing/sentence.ts";
import { findQuotes } from "../segment/quotes.ts";
import { bestTrigger, findTriggers } from "./triggers.ts";
import { refersElsewhere } from "../lexicon/triggers.ts";

const sentence = (text: string) => sentenceOf(text);

const triggersOf = (text: string) =>
  findTriggers(sentence(text), []).map((h) => `${h.text}=${h.cameo}`);

const bestOf = (text: string) => bestTrigger(findTriggers(sentence(text), []))?.text;

const rankOf = (text: string, word: string) =>
  findTriggers(sentence(text), []).find((h) => h.text === word)?.rank;

describe("findTriggers", () => {
  it.each([
    // An occasion that is held or takes place, named by an acronym, or chaired by someone.
    [
      "The S&ED will be held on July 10-11, co-chaired by Vice Premier Wang Yang.",
      ["S&ED=040", "be held=040", "co-chaired=040"],
    ],
    ["The next round is to be held in Beijing.", ["be held=040"]],
    ["The talks will take place in June.", ["talks=040", "take place=040"]],
    ["The JCCT was convened, officials said.", ["JCCT=040", "was convened=040", "said=010"]],
    // An occasion that convenes is held; convening a panel is not.
    ["The commission convenes again in Geneva in May.", ["convenes=040"]],
    ["The commission reconvened on Monday.", ["reconvened=040"]],
    ["The minister convened a panel of experts.", []],
    // A standing mechanism named as an exchange is an occasion; another exchange is not.
    [
      "Army engineers joined the Disaster Management Exchange in Hawaii.",
      ["Disaster Management Exchange=040"],
    ],
    ["Shares fell on the Shanghai Stock Exchange in Hawaii.", []],
    // Leaving one named place for another is travel; leaving for an occasion is not.
    ["He will leave Washington for Muscle Shoals on Friday.", ["leave Washington for =042"]],
    ["He left the room for a call.", []],
    // A named place may be the seat "of the" body named, and the trip may first leave a town.
    ["The admiral flew to the headquarters of the East Sea Fleet.", ["flew=042"]],
    ["He will travel outside the city to Qingdao on Monday.", ["travel=042"]],
    ["He went to the heart of the matter.", []],
    // "Out" before the place, and a unit named by its number.
    ["On Friday he goes out to the 1st Marine Division.", ["goes=042"]],
    ["On Friday he goes out to the 3 ships at anchor.", []],
    ["On Friday he goes out to sea.", []],
    ["Later that day he went on to the naval academy at Dalian.", []],
    ["Later that day he went on to the Naval Academy at Dalian.", ["went=042"]],
    ["Later that day he went on to praise the hosts.", []],
    ["From there the envoy will continue to Hanoi on Friday.", ["continue=042"]],
    ["Prices continued to climb.", []],
    // Watching, inspecting or being briefed at a named place is being there.
    ["On Tuesday the minister watched cadets train at the Naval Academy.", ["watched=042"]],
    ["On Tuesday the minister received briefings at Pacific Command.", ["received briefings=042"]],
    ["On Tuesday the minister watched the vote closely at home.", []],
    ["He went outside the hall to the press.", []],
    // Time spent at a named place, going there later that day, arriving from one or on a day.
    ["The minister spent Monday at Pacific Command.", ["spent=042"]],
    ["The minister spent Monday calling donors.", []],
    ["The delegation spent yesterday at the Naval Academy.", ["spent=042"]],
    ["The delegation spent yesterday in talks.", ["talks=040"]],
    ["The general spent last Thursday at Fort Bragg.", ["spent=042"]],
    ["The general spent this Saturday in Honolulu.", ["spent=042"]],
    ["The general spent last Thursday on the phone.", []],
    // Days named by their dates, a span of them too.
    ["The admiral spent June 3 to 6 in Tokyo as the envoy's guest.", ["spent=042"]],
    // The day before the month, with or without the year.
    ["The admiral spent 3-6 June in Tokyo as the envoy's guest.", ["spent=042"]],
    ["The admiral spent 3–6 June 2012 at the base.", ["spent=042"]],
    ["The admiral spent 3-6 June on the paperwork.", []],
    // A length of time with its qualifier ("a little under two hours"); not hours spent on a task.
    ["The president spent a little under two hours at the Naval Academy.", ["spent=042"]],
    ["The president spent a little under two hours on the paperwork.", []],
    ["The premier spent the better part of two hours at the Acme plant.", ["spent=042"]],
    ["The premier spent the better part of two hours on the phone.", []],
    // A notification sent to a legislature announces formally; one sent to a bank does not.
    ["The agency sent its notification to Congress on May 3.", ["notification=010"]],
    ["The agency sent its notification to the bank on May 3.", []],
    // Notifying a sale of arms announces it formally; notifying the family does not.
    ["The administration notified a package of arms for the island in May.", ["notified=010"]],
    ["The officers notified the family in May.", []],
    // People who march or rally somewhere, or stage a protest, demonstrate; a market that rallies
    // and a government that protests a sale do not.
    ["Hundreds marched through the city to the consulate.", ["marched=141"]],
    ["Students staged a protest outside the ministry.", ["staged=141"]],
    ["Shares rallied on hopes for a deal.", []],
    ["The envoys marched into the future together.", []],
    ["The admiral spent Oct. 2-4 at Pacific Command.", ["spent=042"]],
    ["The admiral spent June 3 to 6 in talks and Oct. 2 on the phone.", ["talks=040"]],
    // Expected at a named place is due there; expected at a time is not.
    ["The minister is expected at Fleet Headquarters next week.", ["expected at=042"]],
    ["The ruling is expected at the end of the month.", []],
    // Time spent with someone named, or together: a meeting, also the morning of a named day.
    ["The minister spent the morning of June 4 with Admiral Wu.", ["spent=040"]],
    ["The pair had spent a long day together at the ranch.", ["spent=040"]],
    ["The two aides spent two days together on the phone.", []],
    ["The ministry spent the morning of June 4 with no power.", []],
    ["The minister was Secretary Gates's guest in March.", ["was Secretary Gates's guest=043"]],
    ["The ministers were guests of President Obama.", ["were guests of =043"]],
    // Negative: a guest of no named host, or of honor, is no visit.
    ["The minister was the company's guest.", []],
    ["The minister was a guest of honor.", []],
    ["The envoy spent most of the day at the Naval War College.", ["spent=042"]],
    ["The minister spent most of the day on the phone.", []],
    // Part of a week, and a headquarters, a base or the like named as "the".
    ["The minister spent part of last week at Fort Riley.", ["spent=042"]],
    ["The envoy spent the afternoon at the headquarters of the fleet.", ["spent=042"]],
    ["The minister spent part of the week at the hospital.", []],
    ["The envoy spent the morning at the phone with his aides.", []],
    ["The party was to fly this afternoon to Fort Hood.", ["fly=042"]],
    ["The admiral flew in from Texas.", ["flew in from=042"]],
    ["The ships arrived Friday to a band.", ["arrived=042"]],
    ["The ships arrived safely.", []],
    // Landing or touching down on a named day is arriving; with no day after it, it is not.
    ["The envoy lands on Monday in the capital.", ["lands=042"]],
    ["The envoy's plane touched down on Friday evening.", ["touched down=042"]],
    ["The envoy's plane touched down safely in the rain.", []],
    // Honored at a named place, welcomed by a mayor or a service's general, a mission to a place.
    ["She was to be honored at the State Department on Monday.", ["be honored at=043"]],
    ["He was honored at a young age.", []],
    ["She was welcomed by Army Gen. Ray Odierno.", ["welcomed by=043"]],
    ["She was welcomed by Mayor Ed Lee.", ["welcomed by=043"]],
    ["He was welcomed by air force fans.", []],
    ["The governor led an export mission to China in April.", ["mission to=042"]],
    ["The crew flew a mission to rescue sailors.", []],
    // A tour as a noun, after an article or an owner's name; not "a tour of duty".
    ["The admiral is on a 10-day Asian tour that ends Friday.", ["a 10-day Asian tour=042"]],
    ["He served a tour of duty in Iraq.", []],
    // "The tour" names one when whose or what it took in follows; alone it only refers back.
    ["Ties grew after the tour of the fleet by Admiral Roe.", ["the tour=042"]],
    ["The tour came as a surprise.", []],
    ["He departed for the talks.", ["talks=040"]],
    // Going to a named place is a stop of a trip; reaching a state of affairs is not.
    ["The envoy will stop at Fleet Headquarters on Friday.", ["stop at=042"]],
    ["The frigate berthed at Pearl Harbor on Monday.", ["berthed at=042"]],
    ["The general is due in Beijing on Monday.", ["due in=042"]],
    ["The general is expected in Beijing next week.", ["expected in=042"]],
    ["The decision is due in March and expected in June.", []],
    ["The sides arrived at a compromise.", []],
    ["The payment is due at the end of the month.", []],
    // A court's or the police's act on someone; a sentence as a noun, or a charge that China
    // did something, is not one.
    ["The engineer was sentenced on Friday to four years in prison.", ["sentenced=173"]],
    ["She pleaded guilty in October.", ["pleaded guilty=173"]],
    ["Prosecutors charged the firm with stealing source code.", ["charged=173"]],
    ["A jury convicted him of three counts.", ["convicted=173"]],
    ["The senator charged that Beijing was behind the attacks.", []],
    ["He is serving a four-year sentence under house arrest.", []],
    ["She has been in custody since her arrest in May.", ["her arrest=173"]],
    // A charge's crime after a long list of the charged; a suit brought.
    [
      "Prosecutors charged the maker, its parent group, two of its sales managers, a former engineer of the supplier and a courier with conspiracy.",
      ["charged=173"],
    ],
    ["The supplier sued the turbine maker in a provincial court.", ["sued=173"]],
    ["The supplier filed two suits against the buyer in Beijing.", ["filed two suits against=173"]],
    [
      "The firm brought three legal actions against its customer.",
      ["brought three legal actions against=173"],
    ],
    [
      "The senator charged that the ministry, with its hackers and its contractors, was behind the theft.",
      [],
    ],
    ["The clerk filed the old cases in a cabinet on Monday.", []],
    // A letter sent to someone named between, written to a named or leading addressee, or dated;
    // not a letter written about, nor one to a relative.
    ["The chairman sent each bank a letter in June.", ["sent=010"]],
    ["The envoys wrote to the Secretary-General in May.", ["wrote to=010"]],
    ["The groups wrote to congressional leaders in May.", ["wrote to=010"]],
    ["It was tabled in a letter dated 3 May.", ["in a letter dated=010"]],
    ["The clerk wrote that the letter was forged.", []],
    ["The sailor wrote to her mother every week.", []],
    // Warplanes or drones that fly over or near a place, and fighters scrambled against them;
    // not a minister who flew over a region, nor officials who scrambled to answer.
    ["Two patrol aircraft flew along the coast on Sunday.", ["patrol aircraft flew along=150"]],
    ["Two drones flew close to the reef on Monday.", ["drones flew close to=150"]],
    ["The air force scrambled two fighter jets.", ["scrambled two fighter jets=150"]],
    ["The prime minister flew over the flooded valley on Thursday.", []],
    ["Officials scrambled to answer the letter on Friday.", []],
    // A jury that found someone guilty, a sentence received, a detention; not a finding about
    // a thing, nor a term received that is no sentence.
    [
      "A jury in Boston found the retired chemist guilty on Friday.",
      ["found the retired chemist guilty=173"],
    ],
    ["The courier received a 30-month sentence in May.", ["received a 30-month sentence=173"]],
    ["The student was detained at the border in June.", ["detained=173"]],
    ["They found it guilty of nothing but delay.", []],
    ["The supplier received a term sheet from the buyer in May.", []],
    ["The aide brought the case to the minister on Monday.", []],
    // A report delivered or submitted is released.
    ["The office delivered its annual report to Congress.", ["delivered=010", "report=010"]],
    // A title in quotation marks right after the verb is a document; presenting an award is not.
    ['The office published "Harbour Defense in 2012" on Monday.', ["published=010"]],
    ["The council presented “The Navy at Sea” to reporters.", ["presented=010"]],
    ["The mayor presented an award to the crew.", []],
    ["The courier delivered the parcel.", []],
    // A denied act of the past or present is none; a future's denial is a plan called off.
    ["The two ministers did not meet on Friday.", []],
    ["The envoy has never visited Hanoi.", []],
    ["The two navies didn’t hold a drill this year.", []],
    ["The two ministers met on Friday.", ["met=040"]],
    ["The envoy will not travel to Hanoi next week.", ["travel to=042"]],
    ["The two navies did not wait long and held a drill in May.", ["drill=062"]],
    // A noun phrase that "no" opens denies what it names.
    ["No talks were held on Friday.", []],
    ["No joint drill took place in May.", []],
    ["The two navies held a drill with no warning in May.", ["drill=062"]],
    ["The No. 2 envoy met the minister on Friday.", ["met=040"]],
    // A report's yearly version or edition released after a comma.
    ["The last version, released in June 2011, named no one.", [", released=010"]],
    ["The last version, drafted in June 2011, named no one.", []],
    // Having nothing to announce announces nothing.
    ["The spokesman will announce the schedule on Friday.", ["announce=010"]],
    ["The spokesman had nothing to announce on the schedule.", []],
    // A statement made is one issued; a point or a visit made is not.
    ["The spokesman made the following statement on Friday:", ["made=010"]],
    ["The spokesman made a point of thanking the hosts.", []],
    // Time spent with someone named is a meeting; spending with a trade is not.
    ["The envoy spent more than three hours with Lee in Seoul.", ["spent=040"]],
    ["The agency spent two days with contractors.", []],
    // Sitting down with someone named is a meeting; with reporters it is not.
    ["The envoy sat down with Premier Lee in Seoul.", ["sat down with=040"]],
    ["The envoy will sit down with his counterpart next week.", ["sit down with=040"]],
    ["The envoy sat down with reporters after the talks.", ["talks=040"]],
    // A titled person named with "of" after the title, and the place and day before "with".
    ["The envoy sat down with Minister of Defense Roe.", ["sat down with=040"]],
    [
      "The envoy sat down in Seoul on Monday with Premier Lee.",
      ["sat down in Seoul on Monday with=040"],
    ],
    ["The envoy sat down in the hall on Monday with reporters.", []],
    ["The envoy sat with Premier Lee for two hours in Seoul.", ["sat with=040"]],
    // So is a session or a sit-down with someone named; one with reporters is a statement.
    ["The envoy had a long session with Premier Lee in Seoul.", ["session with=040"]],
    ["The envoy held a brief sit-down with his counterpart.", ["sit-down with=040"]],
    ["The envoy held a session with reporters on the flight.", ["session with reporters=010"]],
    // Negative: a numbered sitting of an occasion is that occasion's session, not a meeting had.
    [
      "The envoy led the delegation at the second session with Premier Lee.",
      ["second session=040"],
    ],
    // Telephoning someone named is a phone call; telephoning to complain names no one.
    ["The president telephoned Lee on Monday.", ["telephoned=040"]],
    ["The ministry telephoned to complain on Monday.", []],
    // Speaking for a while with someone named is talks; speaking at length with reporters is not.
    ["The president spoke at length on Tuesday with President Lee.", ["spoke=040"]],
    ["The president spoke at length on Tuesday with reporters.", []],
    ["The envoy sat with reporters on the flight.", []],
    // A numbered round is a dialogue's session, told also without "was" in a chronology …
    ["Third round held in Canberra, led by the deputy ministers.", ["Third round=040", "held=040"]],
    // … and with its number set off before the verb, or its days named right after it.
    ["Last week's round, the sixth, held Tuesday in Canberra, went well.", ["held=040"]],
    ["The talks were held Tuesday and Wednesday.", ["talks=040", "were held=040"]],
    // … but a round of sanctions is not, nor a round that held up the rest.
    ["A second round of sanctions followed.", []],
    ["The round, the sixth, held up the rest of the agenda.", []],
    // Dining with someone is a meal; telling cadets something is a speech; ties that resumed
    // resumed, as "resumed ties" did.
    ["The premier dined privately with the mayor.", ["dined=043"]],
    ["The firm dined out on the story.", []],
    ["The envoy lunched with the governor at the state capitol.", ["lunched=043"]],
    ["The lunchtime crowd thinned.", []],
    ["Hours later the admiral told cadets at the academy that ties were sound.", ["told=010"]],
    ["Talks resumed in Geneva in March.", ["Talks=040", "resumed=050"]],
    ["Production resumed in March.", []],
    // Speaking in the present, as chronologies tell it.
    ["The committee warns that the firms pose a threat.", ["warns=010"]],
    // Demands and threats are acts of their own; a demand for something is a noun.
    ["The minister demanded an investigation.", ["demanded=100"]],
    ["Demand for chips rose.", []],
    ["The firm threatened to leave the market.", ["threatened=130"]],
    ["The threat was real.", []],
    // A meal is an occasion and outranks the host verb that comes with it.
    ["Biden hosted a banquet for Xi.", ["hosted=043", "banquet=043"]],
    // Welcomed or greeted by a named official is hosting; welcomed by analysts is not.
    ["The fleet was welcomed by Rear Admiral Frank Ponds.", ["welcomed by=043"]],
    ["The plan was welcomed by analysts.", []],
    ["The secretary was received by Vice President Xi Jinping.", ["received by=043"]],
    ["The plan was received by analysts with doubt.", []],
    // A day between the verb and the host.
    [
      "The senators were received on Tuesday by Vice Premier Li Keqiang.",
      ["received on Tuesday by=043"],
    ],
    ["The plan was received on Tuesday by analysts with doubt.", []],
    // Welcomed to a named place is a guest's welcome; welcomed to a plan is not.
    ["The president was welcomed to the White House with a salute.", ["was welcomed to=043"]],
    ["The delegates were welcomed to the new building.", []],
    // A chronology tells its entries in the present.
    ["The vice president is welcomed at the Pentagon.", ["is welcomed at=043"]],
    ["The delegates are welcomed at the door.", []],
    ["The guest was received at the Pentagon by the secretary.", ["was received at=043"]],
    // A promise or a vow to act is an intent told, as a pledge is; a promising start is not.
    ["The two ministers promised to deepen military ties.", ["promised=030"]],
    ["The two ministers vowed to deepen military ties.", ["vowed=030"]],
    ["The new dialogue got off to a promising start.", ["dialogue=040"]],
    // A guest named in capitals, welcomed or received at a named place, is hosted there …
    [
      "The secretary welcomed Fang to the Pentagon with an honor cordon.",
      ["welcomed Fang to the Pentagon with an honor cordon=043"],
    ],
    ["The admiral received Fang Fenghui at the Naval Academy on Monday.", ["received=043"]],
    // … or in a named place; not something capitalised received in a month.
    ["The president received John Roe in Seoul on Monday.", ["received=043"]],
    ["The ministry received Cabinet Approval in March.", []],
    // A guest named by a pronoun, welcomed to a named place; not one welcomed to an unnamed one.
    ["The president welcomed him to the Blue House on Friday.", ["welcomed=043"]],
    ["The president welcomed them to the new hall on Wednesday.", []],
    // … not a thing of theirs welcomed, nor a guest welcomed to something with no name.
    ["The ministry welcomed China's decision to join the drill.", ["drill=062"]],
    ["The officials welcomed Fang to the new building.", []],
    // A guest's country after "of" is no owner of a thing, nor is the place he is welcomed to.
    ["The admiral will welcome Adm. Wu of the People's Armed Police to the base.", ["welcome=043"]],
    ["The minister welcomed Minister Ono to the ministry's new hall.", ["welcomed=043"]],
    ["The minister welcomed President Park Geun-hye's decision.", []],
    ["The guest was received in the Oval Office by the president.", ["was received in=043"]],
    // Welcomed in a named place is a welcome there; in a month or an unnamed room it is not.
    ["The guest was welcomed in Annapolis by the mayor.", ["was welcomed in=043"]],
    ["The guests were welcomed in March by the mayor.", []],
    ["The guest was welcomed in the hall.", []],
    // Arriving on a day, the place unsaid, starts a visit; arriving at a decision does not.
    ["He arrived on May 4 with his delegation.", ["arrived=042"]],
    // A day spent at a school or a base is a visit there; a day spent at a loss is not.
    ["He will spend Friday at a public high school in the city.", ["spend=042"]],
    ["He spent Friday at a loss for words.", []],
    ["The two sides arrived at a compromise.", []],
    ["The letter was received in March by the committee.", []],
    // Received in a city is hosted there too; a month or a state of mind is no place.
    ["The envoy was received in Beijing from May 9 to 12.", ["was received in=043"]],
    ["The plan was received in silence.", []],
    // Telling an audience something is a speech; telling a news conference is a news conference.
    [
      "The general sought to reassure, telling an audience at the university.",
      ["telling an audience=010"],
    ],
    ["The general told a gathering in Beijing that ties were sound.", ["told a gathering=010"]],
    ["The general told reporters that ties were sound.", ["told reporters=010"]],
    // Taking reporters' questions is a news conference; questions left open are not.
    ["The general took questions from reporters at the embassy.", ["took questions=010"]],
    ["The minister left several questions unanswered.", []],
    ["The proposal was received at first with doubt.", []],
    // Having been in a named place is a visit; being in talks or in a place's interest is not.
    ["The secretary was in Beijing last week.", ["was in=042"]],
    ["The secretary was in favor last week.", []],
    // Being due in a named place is a visit to come; being in favor still is not.
    ["The admiral will be in Manila on Friday.", ["will be in=042"]],
    ["The admiral will be in favor on Friday.", []],
    ["The vice president was at the Pentagon in February.", ["was at=042"]],
    ["The decision was in March, and the vote was at noon.", []],
    ["It was in Beijing's interest.", []],
    // A count's "were in" says where things are, not who stayed there.
    ["Of the targets, 115 were in the United States.", []],
    ["The two envoys were in Washington on Monday.", ["were in=042"]],
    // A dated row of a table or chronology that only names who was where is a stay there.
    ["2012: June 2-5: Admiral Jane Roe in Tokyo", ["in=042"]],
    ["September (planned): General Jane Roe at the Pentagon", ["at=042"]],
    // Negative: a row that goes on past the place, or prose, is read by its verbs.
    ["May 4: General Jane Roe in Tokyo for talks with the envoys", ["talks=040"]],
    ["General Jane Roe in Tokyo", []],
    // A document's passive release is its act; a passive issue of something else is not.
    [
      "The white paper, Defense in 2010, was issued in March 2011.",
      ["white paper=010", "was issued=010"],
    ],
    ["The envoy was issued a visa in March.", []],
    // So is its participle after a comma; a participle after anything else is not.
    [
      "Its yearly assessment, published on Friday, names the unit.",
      ["assessment=010", ", published=010"],
    ],
    ["The prisoners, released on Friday, went home.", []],
    // A news story's or an investigation's publication is a release too.
    [
      "A weekly's investigation, published on 2 May, traced the theft to Shanghai.",
      [", published=010"],
    ],
    ["The police investigation, opened on Monday, named the firm.", []],
    // A warning, an alert or a notice issued or sent on a day is released, no comma needed.
    [
      "Operators got a notice issued March 29 and alerts sent in April.",
      ["issued=010", "sent=010"],
    ],
    ["The notice issued to operators was long; the alerts sent them were short.", []],
    // Speaking by telephone is a conversation; speaking of the telephone is not.
    ["The two leaders spoke by telephone in March.", ["spoke by telephone=040"]],
    ["The minister spoke of telephone networks.", []],
    // The same in the perfect and the present.
    ["The two leaders had spoken by telephone in March.", ["spoken by telephone=040"]],
    ["The two leaders will speak by phone on Friday.", ["speak by phone=040"]],
    ["The minister had spoken of telephone networks.", []],
    // Naming someone as the culprit accuses them; naming someone to a post does not.
    ["The office named China as a leading culprit in espionage.", ["named=112"]],
    ["The firm singled out the unit as the source of the attacks.", ["singled out=112"]],
    ["The council named him as a delegate to the talks.", ["talks=040"]],
    // An aircraft test-flown is a weapons test, in the irregular past too.
    ["The air force test-flew its new stealth fighter.", ["test-flew=150"]],
    // Seeing a titled official is a meeting; seeing a report is not.
    ["He is scheduled to see President Hu Jintao on Tuesday.", ["see=040"]],
    ["Officials will see the results next week.", []],
    // A statement issued or posted is an act; a statement quoted is not.
    ["The secretary issued a statement saying the charges were serious.", ["issued=010"]],
    // Writing in a blog post or an op-ed publishes one; writing in a statement quotes it.
    ["The researcher wrote in a blog post on Monday that the flaw was new.", ["wrote=010"]],
    ["The envoy writes in an op-ed that the dispute must end.", ["writes=010"]],
    ["The ministry wrote in a statement that the charges were false.", []],
    // A reply to charges is a statement of its own; the noun and the gerund are not.
    ["The spokesman answered the charges on Wednesday.", ["answered=010"]],
    ["The ministry hit back on Friday.", ["hit back=010"]],
    ["The ministry shot back on Friday.", ["shot back=010"]],
    ["The guard shot back at the fleeing car on Friday.", []],
    ["Beijing reacted sharply on Tuesday.", ["reacted=010"]],
    ["Beijing informed the Pentagon in late May.", ["informed=010"]],
    ["Informed sources disagreed.", []],
    ["There was no easy answer, and answering it took time.", []],
    // A disclosure is the discloser's statement; disclosing as a gerund names no act.
    ["The newspaper disclosed the intrusion last month.", ["disclosed=010"]],
    ["It followed the firm's disclosure in June.", ["disclosure=010"]],
    ["Disclosing the flaw was risky.", []],
    ["The company revealed on Monday that its network had been breached.", ["revealed=010"]],
    ["Revealing the breach was costly.", []],
    ["Google posted on its official blog that it had been attacked.", ["posted=010"]],
    ["He said in a statement that he was pleased.", ["said=010"]],
    // A joint statement of two sides is a statement of its own; a joint drill is not.
    [
      "In a joint statement, the two sides pledged closer ties.",
      ["joint statement=010", "pledged=030"],
    ],
    ["The unit posted gains in the second quarter.", []],
    // Raising a matter with someone is a discussion; raising a sum or a concern is not.
    ["Dempsey raised cyber intrusions with General Fang Fenghui in April.", ["raised=040"]],
    ["Congress raised the defense budget in April.", []],
    ["The United States had raised its concerns with Chinese officials.", []],
    ["The envoy raised the dispute with Li in May.", ["raised=040"]],
    ["The envoy raised the dispute with Beijing in May.", []],
    ["The envoy raised U.S. worries about piracy with Premier Wen on Friday.", ["raised=040"]],
    ["The board raised U.S. prices with effect from May.", []],
    // Accepting an invitation is agreeing to come; accepting a report is not.
    ["China accepted our invitation to send ships.", ["accepted=030"]],
    // … whoever's it was, named with the article before it.
    ["Hanoi accepted the Navy's invitation in June.", ["accepted=030"]],
    ["Seoul accepted the UN invitation to send observers.", ["accepted=030"]],
    ["The committee accepted the report.", ["report=010"]],
    ["The city accepted the Navy's apology for the noise.", []],
    // A statement put out or released is one issued; putting out a fire is not.
    ["The fleet put out a statement on Friday.", ["put out=010"]],
    ["The embassy released a brief statement on Friday.", ["released=010"]],
    ["The crew put out the fire on Friday.", []],
    // Welcoming someone with honors or a ceremony hosts them; welcoming a decision with relief does not.
    [
      "The president will welcome Park with full military honors on Friday.",
      ["welcome Park with full military honors=043"],
    ],
    [
      "The admiral welcomed the crews with an arrival ceremony.",
      ["welcomed the crews with an arrival ceremony=043"],
    ],
    ["The minister welcomed the decision with relief.", []],
    // The guest named with a title and set off by commas before "with".
    [
      "The secretary welcomed the country's defense minister, Gen. Roe, with an honor cordon.",
      ["welcomed the country's defense minister, Gen. Roe, with an honor cordon=043"],
    ],
    ["The minister welcomed the decision, and the ruling, with relief and a smile.", []],
    // An aircraft's first flight is a test flight; a person's first flight to a city is not.
    ["The new bomber made its maiden flight on Tuesday.", ["made its maiden flight=150"]],
    [
      "Crowds watched the first flight of the Y-20 transport aircraft.",
      ["first flight of the Y-20 transport aircraft=150"],
    ],
    ["It was the envoy's first flight to the capital.", []],
    // A country that has flown its first aircraft of a kind, a prototype's ground or taxi test;
    // not a crew's first mission, nor a test of the ground.
    ["The navy has flown its first carrier drone.", ["flown its first carrier drone=150"]],
    ["The prototype completed a taxi test in May.", ["taxi test=150"]],
    ["The squadron flew its first mission over the gulf.", []],
    ["Engineers made soil tests of the ground in May.", []],
    // An aircraft taking to the air for the first time, or a prototype flown, is one too; a person
    // flying somewhere for the first time, or figures taking off, is not.
    ["A new drone flew for the first time on Monday.", ["flew for the first time=150"]],
    [
      "The transport took to the air for the first time in March.",
      ["took to the air for the first time=150"],
    ],
    ["The maker flew a prototype of its new trainer.", ["flew a prototype=150"]],
    ["The envoy flew for the first time to the capital on Monday.", []],
    ["Sales took off for the first time in years.", []],
    // An aircraft's type that flew or made its first flight, the first flight with its date set
    // off, or a plane that took to the air; a type flown to a place carries someone there.
    ["The Y-20 flew on Monday over the test range.", ["Y-20 flew=150"]],
    ["Crowds waited for the Y-20's first flight.", ["Y-20's first flight=150"]],
    [
      "The log records the first flight, in May, of a new drone.",
      ["first flight, in May, of a new drone=150"],
    ],
    ["A prototype took to the air above the plant.", ["took to the air=150"]],
    ["The C-17 flew to the island with supplies.", []],
    // A weapons test carried out or a rocket launched is a test; a software test or a launched
    // inquiry into a rocket's failure is not.
    [
      "The army conducted a land-based interceptor missile test on Sunday.",
      ["conducted a land-based interceptor missile test=150"],
    ],
    [
      "The navy carried out its third announced test of a sea-based, long-range missile.",
      ["carried out its third announced test of a sea-based, long-range missile=150"],
    ],
    [
      "The rocket force launched two ballistic missiles on Friday.",
      ["launched two ballistic missiles=150"],
    ],
    ["The firm conducted a test of its new billing software.", []],
    // A catalogue's note on a document opens with its release and the day: the document's act.
    ["Released March 2, 2012.", ["Released=010"]],
    ["Published in June 2011, it surveys the navy's doctrine.", ["Published=010"]],
    ["Issued on 4 May 2012, the paper lists the bases.", ["Issued=010"]],
    // Negative: a credit's "Published by" or "in" an outlet, and released people.
    ["Published by the Harbour Courier on May 3, 2012.", []],
    ["Published in The Harbour Courier on May 3, 2012.", []],
    ["Released prisoners went home on May 3.", []],
    ["The board launched an inquiry into the rocket failure.", ["launched=050"]],
    ["The state launched a missile defense program.", ["launched=050"]],
    // Linking someone to attacks accuses them; linking two things to growth does not.
    ["The firm linked a Chinese army unit in Shanghai to attacks on companies.", ["linked=112"]],
    ["The report tied the unit to years of hacking.", ["report=010", "tied=112"]],
    ["The plan linked the two economies to growth.", []],
    // Flying out of one named place for another is travel; flying out of a storm is not.
    ["Snowden flew out of Hong Kong for Moscow yesterday.", ["flew out of Hong Kong for =042"]],
    ["The plane flew out of the storm.", []],
    // A committee's hearing is an occasion; a hearing aid is not.
    ["The committee held an open hearing on Thursday.", ["hearing=010"]],
    ["He wears a hearing aid.", []],
    ["The chairman told a hearing that the losses were large.", ["told=010"]],
    // Findings released are a report; findings kept are not.
    ["The committee will release its findings next month.", ["release=010"]],
    ["The committee will keep its findings secret.", []],
    // A threat to act is a threat; a threat to something is not.
    ["Google's threat last year to pull out of China stood.", ["threat=130"]],
    ["Hacking is a threat to security.", []],
    // An aircraft flown for the first time is a test flight; flying to a place is travel.
    [
      "The PLA flew its new J-20 stealth fighter for the first time.",
      ["flew its new J-20 stealth fighter for the first time=150"],
    ],
    [
      "China flew its J-20 stealth fighter prototype for the first time.",
      ["flew its J-20 stealth fighter prototype for the first time=150"],
    ],
    ["The crew flew the aircraft home.", []],
    // Landing in a named place is a stop of a trip; landing a deal is not.
    ["He landed at Andrews on Tuesday.", ["landed at=042"]],
    ["They landed a deal on Tuesday.", []],
    // Days spent in a named place are a visit; days spent in talks are not.
    ["Gates spent four days in Beijing.", ["spent=042"]],
    ["The negotiators spent two days in talks.", ["talks=040"]],
    // Calling on a titled official is a courtesy call; calling on one to act is an appeal.
    ["Kerry also called on President Xi Jinping at the Great Hall.", ["called on=040"]],
    ["Kerry called on President Xi Jinping to release the lawyer.", ["called on=020"]],
    // A relative clause about the person asks nothing of them.
    [
      "Kerry called on Vice President Xi Jinping, who is expected to visit the United States.",
      ["called on=040", "visit=042"],
    ],
    // Receiving a visiting official is hosting; receiving a letter is not.
    ["Premier Li received visiting Secretary Kerry.", ["received=043"]],
    ["He received a letter from the minister.", []],
    // A stop in a named place is a visit; a stop in its tracks is not.
    ["She stopped in Hawaii on her way home.", ["stopped in=042"]],
    ["The plan stopped in its tracks.", []],
    // Ties taken up again are a resumption; a building restored is not.
    ["China restored military exchanges a year later.", ["restored=050"]],
    ["They resumed them in March.", ["resumed=050"]],
    ["Workers restored the old building.", []],
    // A study made by someone is a document released; to study something is not.
    ["A study by a security firm traced the attacks.", ["study=010"]],
    ["Officials will study the proposal.", []],
    // A speech is an occasion of its own.
    ["Clinton gave a speech at the Newseum.", ["speech=010"]],
    // Welcoming a guest is hosting; welcoming a decision is not.
    ["Hagel welcomed Chinese Defense Minister Chang Wanquan.", ["welcomed=043"]],
    ["China welcomed the decision.", []],
    // … nor is welcoming a guest's plan ("Minister X's visit": a thing of the guest's).
    ["Hagel welcomed Chinese Defense Minister Chang Wanquan's plan.", []],
    // Ties cut off in a relative clause are suspended; a thing cut off is not.
    ["The ties that China cut off in 2010 were restored.", ["cut off=160"]],
    ["Exchanges, which Beijing broke off in January, resumed.", ["broke off=160"]],
    ["The branch that the storm broke off fell on the road.", []],
    // Addressing an audience is a speech; addressing a problem or a concern is dealing with it.
    ["The minister addressed cadets at the academy.", ["addressed=010"]],
    ["Both sides made efforts to address the problem.", []],
    ["Officials addressed their partners' security concerns.", []],
    // Speaking to cadets, students or troops is a speech; speaking to a colleague is not.
    ["The admiral spoke to midshipmen and cadets in Annapolis.", ["spoke to=010"]],
    ["The secretary spoke to several hundred PLA officers.", ["spoke to=010"]],
    ["The secretary spoke to his aides about it.", []],
    // Hosts after an owner or an article are people, not the act.
    ["He and his American hosts stood on the steps.", []],
    ["Obama hosts Xi at the White House.", ["hosts=043"]],
    // A rank written with a full stop is a title too, and so is "U.S.".
    ["Mullen welcomed Gen. Chen Bingde to the Pentagon.", ["welcomed=043"]],
    ["Xi received U.S. Ambassador Gary Locke.", ["received=043"]],
    ["Mullen welcomed Gen. Chen Bingde's decision.", []],
    ["Obama welcomes debate on the program.", []],
    // Rejecting a report outranks the report, which is not released here.
    [
      "China rejected a report by security firm Mandiant on Wednesday.",
      ["rejected=120", "report=010"],
    ],
    // A wish to visit is no visit: its trigger ranks below the act of the sentence.
    ["Xi said he hoped to visit the United States soon.", ["said=010", "visit=042"]],
    // Refusing a visa or to receive someone rejects it; declining to comment does not.
    ["Beijing refused visas to the investigators in June.", ["refused=120"]],
    ["The ministry declined to receive the envoy in June.", ["declined=120"]],
    ["The ministry declined to comment and refused to name the firms.", []],
    // "held" not naming an occasion.
    ["The sailors were held hostage.", []],
    ["He is held responsible for the leak.", []],
    // A cyber intrusion is an act of its own: computers broken into, hacked or their data taken …
    ["Intruders broke into the contractor's network in March.", ["broke into=176"]],
    ["Intruders broke into Sandia in March.", ["broke into=176"]],
    ["The ministry's servers were hacked last week.", ["were hacked=176"]],
    ["Spies hacked the party's computers in 2008.", ["hacked=176"]],
    ["Blueprints stolen from the shipyard turned up abroad.", ["stolen from=176"]],
    ["The fund was hit by a cyberattack in May.", ["was hit by a cyberattack=176"]],
    ["Its staff spotted the intrusion within hours.", ["spotted the intrusion=176"]],
    ["Spear-phishing against think tanks rose in October.", ["Spear-phishing=176"]],
    // … breaking into a smile, a river's banks, a thing described as hacked, a heart attack and
    // attacks counted by the thousand are not.
    ["The goalkeeper broke into a grin.", []],
    ["The river breached its levees.", []],
    ["The hacked inboxes belonged to diplomats.", []],
    ["The envoy suffered a heart attack.", []],
    ["Its portal logged 9,000 cyberattacks a day.", []],
    ["Burglars stole a van from a depot.", []],
  ])("%s", (text, expected) => {
    expect(triggersOf(text)).toEqual(expected);
  });
});

describe("refersElsewhere", () => {
  it.each([
    ["The general will stop at the base on Thursday before wrapping up ", true],
    ["The minister flew home after concluding his ", true],
    ["He spoke to reporters before he left for ", true],
    // The occasion itself, not a frame around it.
    ["The general is wrapping up ", false],
    ["The two ministers opened ", false],
    // "For the first time" is no occasion: lower-case words after it are not a name.
    ["The Pentagon on Monday for the first time directly ", false],
    ["Relations improved after the fifth round of the Strategic ", true],
    // A time told by another occasion frames the sentence's own act …
    ["On the same day as the ", true],
    // … but an occasion held on the same day is the sentence's own.
    ["The same day the ", false],
  ])("%s… : %s", (before, want) => {
    expect(refersElsewhere(before)).toBe(want);
  });
});

describe("bestTrigger", () => {
  it.each([
    ["China rejected a report by security firm Mandiant on Wednesday.", "rejected"],
    ["China denied the report's findings.", "denied"],
    ["The Pentagon released its annual report to Congress on Friday.", "released"],
    // A document named later in a rejection's sentence is what it answers; a release by a verb
    // beside the rejection is left as it was.
    [
      "The ministry on Friday dismissed the charges, arguing a review by the firm was weak.",
      "dismissed",
    ],
    [
      "The ministry on Friday denied the charges and released a report on its networks.",
      "released",
    ],
    [
      "Foreign Ministry spokeswoman Hua Chunying on Tuesday called the accusations groundless.",
      "called the accusations groundless",
    ],
  ])("%s → %s", (text, want) => {
    expect(bestOf(text)).toBe(want);
  });
});

/** The occasion words of a one-paragraph sentence and whether each is a speaker's word. */
function quotedTriggers(text: string): string[] {
  const quotes = findQuotes(text, [{ text, start: 0, end: text.length }]);
  return findTriggers(sentence(text), quotes)
    .filter((h) => /^(?:talks|consultations)$/.test(h.text))
    .map((h) => `${h.text}${h.inQuote ? " (quoted)" : ""}`);
}

describe("findTriggers in quotation marks", () => {
  it.each([
    // A few quoted words ending on the occasion, with no speaker, are the occasion's name.
    ["Smith chaired the “annual policy talks” with his counterpart.", ["talks"]],
    ['They opened the "maritime consultations" in Qingdao.', ["consultations"]],
    // Someone's words stay a quotation, however short.
    ["“We held talks,” Smith said.", ["talks (quoted)"]],
    ["Smith said the “talks” were useful.", ["talks (quoted)"]],
    // A longer quotation is someone's words even without a speaker named.
    [
      "The memo called for “a new round of deeper and more regular talks” soon.",
      ["talks (quoted)"],
    ],
    // The occasion word not ending the quoted words is not its name.
    ["He recalled the “talks of last spring” fondly.", ["talks (quoted)"]],
  ])("%s", (text, expected) => {
    expect(quotedTriggers(text)).toEqual(expected);
  });
});

describe("trigger rank of what is only wished or given up", () => {
  it.each([
    ["He hoped to visit Beijing.", 4],
    ["He wants to visit Beijing.", 4],
    ["He had planned to visit Beijing.", 4],
    // Being the first to visit describes someone; it is not the visit reported …
    ["Ma, the first chief of staff to visit Beijing in a decade, spoke.", 4],
    // … while the first visit, or a first stop, is one.
    ["He will visit Beijing first to see the minister.", 9],
    ["He will visit Beijing.", 9],
    ["He visited Beijing.", 9],
  ])("%s", (text, rank) => {
    expect(rankOf(text, text.includes("visited") ? "visited" : "visit")).toBe(rank);
  });

  it.each([
    // An offer or a readiness is not the talks …
    ["Beijing was willing to hold talks on the issue.", 1],
    ["China is ready to hold new talks on cyber security.", 1],
    ["The ministry offered to resume talks.", 1],
    // … nor is a wish that someone else join them.
    ["Washington wanted Beijing to join talks on norms.", 1],
    // … nor what someone must or should do …
    ["Officials said Beijing must stop the thefts and engage in talks on norms.", 1],
    ["The two sides should hold regular talks.", 1],
    // … but a demand before a comma leaves the act after it alone.
    ["Beijing must stop the thefts, and officials held talks on Monday.", 6],
    // … nor talks in a clause opened by "as", with its own subject, that sets the time …
    ["The pact was signed as President Lee held talks in Seoul.", 1],
    ["The pact was signed as the two sides held talks in Seoul.", 1],
    // ("such as", "as well as" and "as part of" open no clause) …
    ["Officials listed contacts such as the talks in Seoul.", 6],
    ["The navy sailed as part of the talks in Seoul.", 6],
    // … nor what happens again and again …
    ["Every time the two navies hold talks, the press takes note.", 1],
    ["Whenever the two sides hold talks, the navy sails.", 1],
    ["Each time, the two sides held talks on Monday.", 6],
    // … while talks agreed or held are.
    ["The two sides agreed to hold talks in June.", 6],
    ["The two sides held talks on Monday.", 6],
  ])("%s", (text, rank) => {
    expect(rankOf(text, "talks")).toBe(rank);
  });
});

describe("occasions named as another occasion than the sentence's own", () => {
  const referenced = (text: string, word: string) =>
    findTriggers(sentence(text), []).find((h) => h.text === word)?.reference ?? false;
  it.each([
    // The occasion prepared for, or that came before, is another one …
    [
      "Officials met Monday as the two sides prepared for the annual Strategic Dialogue.",
      "Dialogue",
      true,
    ],
    ["He left Beijing after the fifth round of the Security Dialogue.", "Dialogue", true],
    ["She spoke before the talks.", "talks", true],
    ["The pledge follows several attempts at a dialogue.", "dialogue", true],
    ["The accord came after months of talks.", "talks", true],
    // One occasion followed, with its own words, may be the article's own event.
    ["The tour follows the minister's trip to Ohio in May.", "trip", false],
    // … people meeting for an occasion met at it, and an occasion the sentence holds is its own.
    ["Kerry met Wang on Wednesday for the Strategic Dialogue.", "Dialogue", false],
    ["The annual Strategic Dialogue opened on Monday.", "Dialogue", false],
    // A verb after "after the … Name" is that subject's act, not an occasion referred to …
    ["Tensions rose after the security firm Mandiant said so.", "said", false],
    ["Tensions rose after the security firm Mandiant accused the unit.", "accused", false],
    // … while a noun there is one.
    ["Tensions rose after the security firm Mandiant report.", "report", true],
  ])("%s (%s)", (text, word, expected) => {
    expect(referenced(text, word)).toBe(expected);
  });
});
