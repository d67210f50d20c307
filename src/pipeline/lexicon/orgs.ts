import type { Actor } from "../../dataset/index.ts";

/**
 * Governments and bodies that act as a whole ("China suspended military exchanges", "a report
 * to Congress"). Used for events that name no person. Capitals stand for their government.
 */
export const ORGS: readonly { re: RegExp; actor: Actor; state?: boolean }[] = [
  {
    // "U.S. and Chinese officers", "Chinese and American officials": both sides as one subject.
    re: /(?<!-)\bChina\b(?!-|['’]s\s+[A-Z])|\bBeijing\b|\bChinese\s+and\s+(?=U\.S\.|American)|(?<=(?:U\.S\.|American)\s+and\s+)Chinese\b/,
    actor: { name: "China", country: "CHN" },
    state: true,
  },
  {
    re: /\b(?:the\s+)?United States\b|\bU\.S\.(?=\s+(?:and|said|has|had|was|is|will|would)\b)|\bthe US\b|\bWashington\b|(?<=Chinese\s+and\s+)(?:U\.S\.|American)(?=\s)|\bAmerican(?=\s+and\s+Chinese\b)/,
    actor: { name: "United States", country: "USA" },
    state: true,
  },
  {
    re: /\bPentagon\b|\bDepartment of Defense\b|\bDefense Department\b|\bDoD\b/,
    actor: { name: "U.S. Department of Defense", country: "USA" },
  },
  {
    re: /\bState Department\b|\bDepartment of State\b/,
    actor: { name: "U.S. Department of State", country: "USA" },
  },
  { re: /\bCongress\b/, actor: { name: "U.S. Congress", country: "USA" } },
  {
    re: /\bNational Security Agency\b|\bNSA\b/,
    actor: { name: "National Security Agency", country: "USA" },
  },
  {
    re: /\b(?:Chinese\s+)?(?:Ministry of National Defense|Defense Ministry)\b/,
    actor: { name: "Chinese Ministry of National Defense", country: "CHN" },
  },
  {
    re: /\b(?:Chinese\s+)?(?:Ministry of Foreign Affairs|Foreign Ministry)\b/,
    actor: { name: "Chinese Ministry of Foreign Affairs", country: "CHN" },
  },
  {
    re: /\bPeople['’]s Liberation Army\b|\bPLA\b/,
    actor: { name: "People's Liberation Army", country: "CHN" },
  },
  // Companies that act in cyber news: targets that go public, security firms, vendors.
  { re: /\bGoogle\b/, actor: { name: "Google", country: "USA" } },
  { re: /\bMicrosoft\b/, actor: { name: "Microsoft", country: "USA" } },
  { re: /\bYahoo!?(?=\W|$)/, actor: { name: "Yahoo", country: "USA" } },
  { re: /\bMandiant\b/, actor: { name: "Mandiant", country: "USA" } },
  { re: /\bSymantec\b/, actor: { name: "Symantec", country: "USA" } },
  { re: /\bLockheed Martin\b/, actor: { name: "Lockheed Martin", country: "USA" } },
  { re: /\bHuawei\b/, actor: { name: "Huawei", country: "CHN" } },
  { re: /\bZTE\b/, actor: { name: "ZTE", country: "CHN" } },
];

/** Words that make the name after them a place ("in Beijing", "to Washington"). */
const PLACE_BEFORE = /\b(?:in|at|to|from|into|near|outside|via|visited|visit|arrived in)\s+$/i;

/**
 * The bodies a sentence names as acting: those before `before` (the subject side of the trigger),
 * else any non-state body in the sentence ("a report to Congress").
 */
export function orgActors(text: string, before: number): Actor[] {
  const found = (from: number, to: number, states: boolean) =>
    ORGS.flatMap((o) => {
      const m = new RegExp(o.re.source, "g");
      for (const hit of text.matchAll(m)) {
        const at = hit.index ?? 0;
        // "gathered in Washington", "flew to Beijing": a capital after a place word is where
        // something happened, not a government acting. ("In China, that nation's white paper …"
        // keeps the country: it frames whose act it is.)
        const capital = /^(?:Beijing|Washington)$/.test(hit[0]);
        if (capital && PLACE_BEFORE.test(text.slice(Math.max(0, at - 12), at))) continue;
        if (at >= from && at < to && (states || !o.state)) return [{ at, actor: o.actor }];
      }
      return [];
    })
      .sort((a, b) => a.at - b.at)
      .map((x) => x.actor);
  const subject = found(0, before, true);
  return subject.length ? subject : found(0, text.length, false);
}
