/**
 * `compute`, answering each key once: later calls with the same key get the first answer. For pure
 * functions asked the same question many times (a word's triggers, a place's words, a pattern
 * built from a name). With `most`, the answers are forgotten all at once when that many are kept,
 * so a long run's memory does not grow with every distinct key it meets.
 */
export function remembered<K, V>(compute: (key: K) => V, most = Infinity): (key: K) => V {
  const answers = new Map<K, V>();
  return (key) => {
    const known = answers.get(key);
    if (known !== undefined || answers.has(key)) return known as V;
    const answer = compute(key);
    if (answers.size >= most) answers.clear();
    answers.set(key, answer);
    return answer;
  };
}
