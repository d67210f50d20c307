import { describe, expect, it } from "vitest";
import { Registry, stripPossessive } from "./registry.ts";
import { findActorMentions } from "./mentions.ts";

/** Resolves sentences in order with one registry, as within one article. */
function resolve(...sentences: string[]) {
  const reg = new Registry();
  return sentences.map((s) =>
    findActorMentions(s, 0, reg).map(
      (m) => `${s.slice(m.start, m.end)}=${m.actor.name}/${m.actor.country ?? "?"}`,
    ),
  );
}

describe("roles: a rank is no office (the gazetteer's role shows instead)", () => {
  it.each([
    ["Rear Adm. Daniel Carter led the talks.", ""],
    ["Navy Adm. Samuel J. Locklear III spoke.", "Commander, U.S. Pacific Command"],
    ["Army Gen. Martin E. Dempsey spoke.", "Chairman of the Joint Chiefs of Staff"],
    // … while an office before the rank stays the role.
    ["Defense Minister Gen. Chang Wanquan spoke.", "Defense Minister"],
    ["Vice Premier Wang Yang spoke.", "Vice Premier"],
  ])("%s → %j", (sentence, role) => {
    const [m] = findActorMentions(sentence, 0, new Registry());
    expect(m?.actor.role ?? "").toBe(role);
  });
});

describe("findActorMentions", () => {
  it.each([
    // A committee's chairman and ranking member are titles before their names.
    [
      ["Committee Chairman Jane Roe and Ranking Member John Doe spoke."],
      [["Jane Roe=Jane Roe/?", "John Doe=John Doe/?"]],
    ],
    [["Congresswoman Jane Roe spoke."], [["Jane Roe=Jane Roe/?"]]],
    // A state's governor is a title before the name, in full or cut short.
    [
      ["Gov. Jane Roe hosted a dinner; Governor John Doe spoke."],
      [["Jane Roe=Jane Roe/?", "John Doe=John Doe/?"]],
    ],
    [["The governor hosted a dinner."], [[]]],
    // An officer's rank of colonel is a title before the name.
    [["Ministry spokesman Senior Colonel Wang Fang spoke."], [["Wang Fang=Wang Fang/?"]]],
    [["Col. Jane Roe briefed reporters."], [["Jane Roe=Jane Roe/?"]]],
    // Negative: the rank alone names no one.
    [["The colonel spoke."], [[]]],
    // Negative: the title alone names no one.
    [["The committee's ranking member spoke."], [[]]],
    [["Defense Secretary Leon E. Panetta said today."], [["Leon E. Panetta=Leon E. Panetta/USA"]]],
    [["Chinese President Xi Jingpin spoke."], [["Xi Jingpin=Xi Jinping/CHN"]]],
    // A misspelling keeps the given name's first letter; another given name is another person.
    [["Ministry spokesman Wang Fang spoke."], [["Wang Fang=Wang Fang/?"]]],
    [
      ["Chinese Defense Minister Gen. Liang Guanglie arrived."],
      [["Liang Guanglie=Liang Guanglie/CHN"]],
    ],
    [["Obama spoke first."], [["Obama=Barack Obama/USA"]]],
    // An office only one side holds gives the country, and with it the name order …
    [
      ["Vice Foreign Minister Zhang Zhijun met the envoy.", "Zhang spoke first."],
      [["Zhang Zhijun=Zhang Zhijun/CHN"], ["Zhang=Zhang Zhijun/CHN"]],
    ],
    // With no country told, a Chinese surname and a pinyin given name still put the surname
    // first (lexicon names.json); a Western given name does not.
    [
      ["Defense Minister Wang Ling arrived.", "Wang spoke first."],
      [["Wang Ling=Wang Ling/?"], ["Wang=Wang Ling/?"]],
    ],
    [
      ["Defense Minister Lin Oakes arrived.", "Oakes spoke first."],
      [["Lin Oakes=Lin Oakes/?"], ["Oakes=Lin Oakes/?"]],
    ],
    // Another given name under another title is another person of the same surname …
    [
      ["Vice Foreign Minister Liu Jian met the envoy.", "Chinese Ambassador Liu Bo protested."],
      [["Liu Jian=Liu Jian/CHN"], ["Liu Bo=Liu Bo/CHN"]],
    ],
    // … while a word after the surname under the same title is not a given name.
    [
      ["Defense Minister Liang Guanglie arrived.", "Defense Minister Liang Said he would stay."],
      [["Liang Guanglie=Liang Guanglie/CHN"], ["Liang=Liang Guanglie/CHN"]],
    ],
    // … while an office both sides hold gives neither.
    [["Vice President Joe Biden spoke."], [["Joe Biden=Joe Biden/USA"]]],
    // An office named at length: the name is what follows the office's domain words.
    [
      ["Under Secretary of State for Economic Affairs Robert Hormats spoke at the forum."],
      [["Robert Hormats=Robert Hormats/?"]],
    ],
    [
      ["Deputy Chief of the General Staff Qi Jianguo led the delegation."],
      [["Qi Jianguo=Qi Jianguo/CHN"]],
    ],
    // A name that modifies a noun (an administration, an era) names no one who acted …
    [["Critics of the Obama administration spoke up."], [[]]],
    [["Policy changed little in the Hu Jintao era."], [[]]],
    // … the same name as the subject does.
    [["Obama administered the oath."], [["Obama=Barack Obama/USA"]]],
    [["Hu Jintao visited in the same era."], [["Hu Jintao=Hu Jintao/CHN"]]],
    // An office with no person after it names nobody.
    [["The Secretary of State for Economic Affairs spoke."], [[]]],
    // A weekday or month after a name dates the sentence; it is not part of the name.
    [
      ["President Obama Friday welcomed President Xi Jinping."],
      [["Obama=Barack Obama/USA", "Xi Jinping=Xi Jinping/CHN"]],
    ],
    [["Senator Mark Warner Tuesday said so."], [["Mark Warner=Mark Warner/?"]]],
    // Leaders the gazetteer marks as named by surname alone resolve without an introduction …
    [["Xi toured the plant."], [["Xi=Xi Jinping/CHN"]]],
    // … other short surnames do not, until the article introduces the person.
    [["Ma spoke first."], [[]]],
    [
      ["Hagel called Gen. Fang Fenghui, chief of the PLA General Staff, last week."],
      [["Hagel=Chuck Hagel/USA", "Fang Fenghui=Fang Fenghui/CHN"]],
    ],
    // A rank word between nationality and title keeps the nationality (and the name order).
    [
      ["Chinese Assistant Foreign Minister Zheng Zeguang told reporters.", "Zheng spoke."],
      [["Zheng Zeguang=Zheng Zeguang/CHN"], ["Zheng=Zheng Zeguang/CHN"]],
    ],
    [
      [
        "Defense Secretary Leon E. Panetta met Gen. Liang Guanglie.",
        "Panetta applauded the general.",
        "the secretary said.",
      ],
      [
        ["Leon E. Panetta=Leon E. Panetta/USA", "Liang Guanglie=Liang Guanglie/CHN"],
        ["Panetta=Leon E. Panetta/USA", "the general=Liang Guanglie/CHN"],
        ["the secretary=Leon E. Panetta/USA"],
      ],
    ],
    [
      [
        "President Barack Obama met Chinese President Xi Jinping.",
        "Obama spoke.",
        "Xi spoke.",
        "Obama left.",
        "the president said.",
      ],
      [
        ["Barack Obama=Barack Obama/USA", "Xi Jinping=Xi Jinping/CHN"],
        ["Obama=Barack Obama/USA"],
        ["Xi=Xi Jinping/CHN"],
        ["Obama=Barack Obama/USA"],
        ["the president=Barack Obama/USA"],
      ],
    ],
    [
      ["President Barack Obama met Chinese President Xi Jinping.", "the Chinese president said."],
      [
        ["Barack Obama=Barack Obama/USA", "Xi Jinping=Xi Jinping/CHN"],
        ["the Chinese president=Xi Jinping/CHN"],
      ],
    ],
    [
      ["Chinese Foreign Minister Wang Yi met Secretary of State John Kerry."],
      [["Wang Yi=Wang Yi/CHN", "John Kerry=John Kerry/USA"]],
    ],
    [
      ["The Chinese Minister of National Defense will visit."],
      [["Chinese Minister of National Defense=Chinese Minister of National Defense/CHN"]],
    ],
    [
      ["Vice Adm. Jane Doe spoke with Chinese Navy Commander Adm. Wu Shengli."],
      [["Jane Doe=Jane Doe/?", "Wu Shengli=Wu Shengli/CHN"]],
    ],
    // A possessive is not part of the name.
    [
      [
        "It was set up during U.S. Secretary of State John Kerry's visit to Beijing.",
        "Kerry’s aides left.",
      ],
      [["John Kerry=John Kerry/USA"], ["Kerry=John Kerry/USA"]],
    ],
    [["Gen. Jane Doe's staff arrived."], [["Jane Doe=Jane Doe/?"]]],
    [["Adm. Dan O'Neil spoke."], [["Dan O'Neil=Dan O'Neil/?"]]],
    // A role word inside an office's name ("chief of the general staff") is not "the general".
    [
      [
        "Chinese Defense Minister Gen. Chang Wanquan spoke.",
        "Army Gen. Martin E. Dempsey met with Gen. Fang Fenghui, chief of the general staff of the People's Liberation Army.",
      ],
      [
        ["Chang Wanquan=Chang Wanquan/CHN"],
        ["Martin E. Dempsey=Martin E. Dempsey/USA", "Fang Fenghui=Fang Fenghui/CHN"],
      ],
    ],
    [
      [
        "Chinese Defense Minister Gen. Chang Wanquan spoke.",
        "He addressed the general staff.",
        "The secretary general of the United Nations and the general public listened.",
        "the general said.",
      ],
      [["Chang Wanquan=Chang Wanquan/CHN"], [], [], ["the general=Chang Wanquan/CHN"]],
    ],
    // Initials before the first name are part of it, and the surname alone refers back.
    [
      ["Pentagon spokesman T.R. Vance said so.", "Vance left."],
      [["T.R. Vance=T.R. Vance/?"], ["Vance=T.R. Vance/?"]],
    ],
    [["Senator J. Ruth Hale spoke."], [["J. Ruth Hale=J. Ruth Hale/?"]]],
    // A country's initials after a title are not a name's, nor is a weekday, month or rank word.
    [["The spokesman U.S. Navy officers quoted spoke."], [[]]],
    [
      ["The spokesman Monday said so.", "Defense Minister Gen. Lt. Gen. said."],
      [[], []],
    ],
    [["The Ambassador Sept. 19 arrived."], [[]]],
    // An untitled name is a person's when an appositive describes one: an age or a person noun …
    [["Maria Ostrova, 41, pleaded guilty."], [["Maria Ostrova=Maria Ostrova/?"]]],
    [
      ["Tomas Vidal, a former software engineer at the firm, was arrested.", "Vidal denied it."],
      [["Tomas Vidal=Tomas Vidal/?"], ["Vidal=Tomas Vidal/?"]],
    ],
    [["Ruth Okafor, Nigeria's chief negotiator, arrived."], [["Ruth Okafor=Ruth Okafor/?"]]],
    // … or a person noun with no article that a body's name follows ("spokesman of …").
    [["Ruth Okafor, spokeswoman for the trade office, spoke."], [["Ruth Okafor=Ruth Okafor/?"]]],
    [["Tomas Vidal, deputy director of the agency, arrived."], [["Tomas Vidal=Tomas Vidal/?"]]],
    // A word of address, with or without its full stop, is no word of the name …
    [
      ["Tomas Vidal, 41, was freed.", "Mr Vidal, a lawyer by training, spoke."],
      [["Tomas Vidal=Tomas Vidal/?"], ["Vidal=Tomas Vidal/?"]],
    ],
    [["Mrs. Ruth Okafor, 52, arrived."], [["Ruth Okafor=Ruth Okafor/?"]]],
    [["Ms Ruth Okafor, a trade negotiator, arrived."], [["Ruth Okafor=Ruth Okafor/?"]]],
    // … while a name that only begins with the same letters keeps them.
    [["Drew Kent, 41, was freed."], [["Drew Kent=Drew Kent/?"]]],
    [["Missy Hale, a former engineer, was arrested."], [["Missy Hale=Missy Hale/?"]]],
    // … not a company or a place, nor a name after "the", nor one before a new clause's subject.
    [["Dow Chemical, a unit of the group, sued."], [[]]],
    [["Officials met for Trade Dialogue, a day after a dissident left."], [[]]],
    [["They met at Hale Hall, the site chosen by a former engineer."], [[]]],
    [["They discussed the Yellow Sea, a senior official said."], [[]]],
    [["They discussed Korea Bay, a senior official said."], [[]]],
    [["They sailed past Hale Point, home of the fleet."], [[]]],
    // A judge is titled.
    [["U.S. District Judge Ana Ruiz ruled."], [["Ana Ruiz=Ana Ruiz/?"]]],
    // So is a press secretary; not the post alone.
    [["White House press secretary Ana Ruiz spoke."], [["Ana Ruiz=Ana Ruiz/?"]]],
    [["The press secretary spoke."], [[]]],
    // A plural title holds each name of its list, past a party and state; "Mc" before a capital.
    [
      ["Sens. Ann Hale, D-Mich., Joe McBride, R-W.Va., and Bo Kent, R-Okla., filed a bill."],
      [["Ann Hale=Ann Hale/?", "Joe McBride=Joe McBride/?", "Bo Kent=Bo Kent/?"]],
    ],
    [["Reps. Ann Hale and Bo Kent wrote."], [["Ann Hale=Ann Hale/?", "Bo Kent=Bo Kent/?"]]],
    // Negative: no list after it, or one word after a comma, is no name of the list.
    [["Sens. of both parties spoke."], [[]]],
    [["Sens. Ann Hale, Chairman of the panel, spoke."], [["Ann Hale=Ann Hale/?"]]],
  ])("%j", (sentences, expected) => {
    expect(resolve(...sentences)).toEqual(expected);
  });
});

describe("stripPossessive", () => {
  it.each([
    ["Kerry's", "Kerry"],
    ["Kerry’s", "Kerry"],
    ["Burns'", "Burns"],
    ["O'Neil", "O'Neil"],
    ["John Kerry", "John Kerry"],
  ])("%s → %s", (input, expected) => {
    expect(stripPossessive(input)).toBe(expected);
  });
});
