/**
 * A gazetteer of US and Chinese officials prominent in 2010–2013 dialogue, so a bare surname
 * ("Panetta") or a misspelling ("Xi Jingpin") resolves to one canonical actor with a country.
 * `surnameFirst` marks Chinese name order: the short form is the first token.
 */
export interface KnownPerson {
  name: string;
  country: "USA" | "CHN";
  role: string;
  surnameFirst?: boolean;
  aliases?: string[];
  /**
   * Named by a short surname alone in running text without any introduction ("Xi", "Hu"): short
   * surnames are otherwise too ambiguous to resolve before the article introduces the person.
   */
  bareShort?: boolean;
}

const US = (name: string, role: string, aliases: string[] = []): KnownPerson => ({
  name,
  country: "USA",
  role,
  aliases,
});
const CN = (
  name: string,
  role: string,
  aliases: string[] = [],
  bareShort = false,
): KnownPerson => ({
  name,
  country: "CHN",
  role,
  surnameFirst: true,
  aliases,
  ...(bareShort ? { bareShort } : {}),
});

export const PEOPLE: readonly KnownPerson[] = [
  US("Barack Obama", "President", ["Barack H. Obama"]),
  US("Joe Biden", "Vice President", ["Joseph R. Biden", "Joseph Biden"]),
  US("Hillary Rodham Clinton", "Secretary of State", ["Hillary Clinton"]),
  US("John Kerry", "Secretary of State", ["John F. Kerry"]),
  US("Robert M. Gates", "Secretary of Defense", ["Robert Gates"]),
  US("Leon E. Panetta", "Secretary of Defense", ["Leon Panetta"]),
  US("Chuck Hagel", "Secretary of Defense"),
  US("Ashton B. Carter", "Deputy Secretary of Defense", ["Ashton Carter", "Ash Carter"]),
  US("Martin E. Dempsey", "Chairman of the Joint Chiefs of Staff", ["Martin Dempsey"]),
  US("Mike Mullen", "Chairman of the Joint Chiefs of Staff", [
    "Michael G. Mullen",
    "Michael Mullen",
  ]),
  US("Samuel J. Locklear III", "Commander, U.S. Pacific Command", [
    "Samuel J. Locklear",
    "Samuel Locklear",
  ]),
  US("Robert F. Willard", "Commander, U.S. Pacific Command", ["Robert Willard"]),
  US("Keith B. Alexander", "Commander, U.S. Cyber Command", ["Keith Alexander"]),
  US("Tom Donilon", "National Security Advisor", ["Thomas Donilon"]),
  US("Susan E. Rice", "National Security Advisor", ["Susan Rice"]),
  US("Timothy F. Geithner", "Secretary of the Treasury", ["Timothy Geithner", "Tim Geithner"]),
  US("Jacob J. Lew", "Secretary of the Treasury", ["Jack Lew", "Jacob Lew"]),
  US("Gary Locke", "Ambassador to China"),
  US("Jon Huntsman", "Ambassador to China", ["Jon M. Huntsman"]),
  US("Kurt M. Campbell", "Assistant Secretary of State", ["Kurt Campbell"]),
  US("William J. Burns", "Deputy Secretary of State", ["William Burns"]),
  US("James R. Clapper", "Director of National Intelligence", ["James Clapper"]),
  US("Michèle Flournoy", "Under Secretary of Defense for Policy", ["Michele Flournoy"]),
  US("James N. Miller", "Under Secretary of Defense for Policy", ["James Miller"]),
  US("Jonathan W. Greenert", "Chief of Naval Operations", ["Jonathan Greenert"]),
  US("Gary Roughead", "Chief of Naval Operations"),
  US("Edward Snowden", "Former NSA contractor"),
  CN("Xi Jinping", "President", [], true),
  CN("Hu Jintao", "President", [], true),
  CN("Wen Jiabao", "Premier", [], true),
  CN("Li Keqiang", "Premier"),
  CN("Yang Jiechi", "Foreign Minister"),
  CN("Wang Yi", "Foreign Minister"),
  CN("Dai Bingguo", "State Councilor"),
  CN("Wang Qishan", "Vice Premier"),
  CN("Wang Yang", "Vice Premier"),
  CN("Liang Guanglie", "Minister of National Defense"),
  CN("Chang Wanquan", "Minister of National Defense"),
  CN("Chen Bingde", "Chief of the General Staff"),
  CN("Fang Fenghui", "Chief of the General Staff"),
  CN("Ma Xiaotian", "Deputy Chief of the General Staff"),
  CN("Xu Caihou", "Vice Chairman of the Central Military Commission"),
  CN("Guo Boxiong", "Vice Chairman of the Central Military Commission"),
  CN("Fan Changlong", "Vice Chairman of the Central Military Commission"),
  CN("Xu Qiliang", "Vice Chairman of the Central Military Commission"),
  CN("Wu Shengli", "Commander of the PLA Navy"),
  CN("Cui Tiankai", "Ambassador to the United States"),
  CN("Zhang Yesui", "Ambassador to the United States"),
  CN("Geng Yansheng", "Defense Ministry spokesman"),
  CN("Yang Yujun", "Defense Ministry spokesman"),
  CN("Hong Lei", "Foreign Ministry spokesman"),
  CN("Qin Gang", "Foreign Ministry spokesman"),
  CN("Hua Chunying", "Foreign Ministry spokeswoman"),
  CN("Jiang Yu", "Foreign Ministry spokeswoman"),
  CN("Guan Youfei", "Director of Foreign Affairs, Ministry of National Defense"),
];

/** The short form used in running text: "Panetta", "Xi". */
export function shortName(name: string, surnameFirst: boolean): string {
  const tokens = name.replace(/\s+(Jr\.|Sr\.|II|III|IV)$/, "").split(/\s+/);
  return (surnameFirst ? tokens[0] : tokens[tokens.length - 1]) ?? name;
}
