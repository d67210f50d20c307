/**
 * Known news outlets of the corpus's kind (defense and foreign-ministry news services, wire
 * agencies, newspapers). `match` finds the outlet in page text, agency tags or site names.
 */
export const OUTLETS: readonly { name: string; match: RegExp }[] = [
  { name: "American Forces Press Service", match: /\bAmerican Forces Press Service\b|\(AFPS\)/ },
  { name: "DoD News", match: /\bDoD News\b|Defense Media Activity/ },
  { name: "Xinhua", match: /\bXinhua\b|\bxinhuanet\b/i },
  { name: "China Daily", match: /\bChina ?Daily\b|chinadaily\.com/i },
  { name: "Global Times", match: /\bGlobal ?Times\b/i },
  { name: "People's Daily", match: /\bPeople['’]s Daily\b|people\.com\.cn/i },
  { name: "China Military Online", match: /\bChina Military Online\b|eng\.chinamil/i },
  {
    name: "Ministry of Foreign Affairs of the PRC",
    match:
      /\bfmprc\.gov\.cn\b|Ministry of Foreign Affairs of the People|Foreign Ministry Spokesperson/i,
  },
  { name: "U.S. Department of State", match: /\bstate\.gov\b|\bOffice of the Spokesperson\b/i },
  { name: "The White House", match: /\bOffice of the Press Secretary\b|whitehouse\.gov/i },
  { name: "Associated Press", match: /\(AP\)|\bAssociated Press\b/ },
  { name: "Reuters", match: /\(Reuters\)|\bReuters\b/ },
  { name: "Agence France-Presse", match: /\(AFP\)|\bAgence France[- ]Presse\b/ },
  { name: "Zee News", match: /\bzeenews\b|\bZee News\b/i },
  { name: "The New York Times", match: /\bNew York Times\b|nytimes\.com/i },
  { name: "The Washington Post", match: /\bWashington Post\b|washingtonpost\.com/i },
  { name: "The Wall Street Journal", match: /\bWall Street Journal\b|wsj\.com/i },
  { name: "South China Morning Post", match: /\bSouth China Morning Post\b|scmp\.com/i },
  { name: "The Japan Times", match: /\bJapan Times\b/i },
  { name: "BBC News", match: /\bBBC\b/ },
  { name: "CNN", match: /\bCNN\b/ },
  { name: "Voice of America", match: /\bVoice of America\b|voanews/i },
  { name: "Military.com", match: /\bMilitary\.com\b/i },
  { name: "Stars and Stripes", match: /\bStars and Stripes\b/i },
  { name: "Defense News", match: /\bDefense News\b/ },
  { name: "Nouvelles de France / Europe & Défense", match: /\bDirecteur de la publication\b/ },
];

/** The outlet named on a line of its own (masthead) or, failing that, anywhere in the page. */
export function findOutlet(headerLines: string[], wholeText: string): string {
  for (const line of headerLines) {
    for (const o of OUTLETS) if (line.length < 80 && o.match.test(line)) return o.name;
  }
  for (const o of OUTLETS) if (o.match.test(wholeText)) return o.name;
  return "";
}
