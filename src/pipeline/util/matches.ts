/**
 * Every match of a global pattern in a text, the ones `[...text.matchAll(re)]` gives. matchAll
 * searches a copy of the pattern, and making that copy cost more than the search on a sentence;
 * this searches with the pattern itself, from its `lastIndex` as matchAll does, and leaves
 * `lastIndex` as it found it, so one pattern still serves every call.
 */
export function matchesOf(text: string, re: RegExp): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`matchesOf needs a global pattern: ${String(re)}`);
  const from = re.lastIndex;
  const out: RegExpExecArray[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    // An empty match moves on one character, as matchAll does (a whole code point under `u`).
    if (!m[0]) re.lastIndex = afterCharacter(text, re.lastIndex, /[uv]/.test(re.flags));
  }
  re.lastIndex = from;
  return out;
}

/** The index after the character at `at` (a surrogate pair is one character to a `u` pattern). */
function afterCharacter(text: string, at: number, unicode: boolean): number {
  return unicode && (text.codePointAt(at) ?? 0) > 0xffff ? at + 2 : at + 1;
}
