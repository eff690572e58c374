/**
 * A pure function of one string, remembered per argument: words repeat a lot across a corpus,
 * and the same word forms are stemmed, keyed, classified and looked up by several rules. The
 * memo is emptied when it holds more than `limit` entries, so a long run's memory stays bounded.
 * Values are shared between callers and must not be changed.
 */
export function memoize<T>(compute: (word: string) => T, limit = 100_000): (word: string) => T {
  const memo = new Map<string, T>();
  return (word) => {
    const hit = memo.get(word);
    if (hit !== undefined || memo.has(word)) return hit as T;
    if (memo.size > limit) memo.clear();
    const value = compute(word);
    memo.set(word, value);
    return value;
  };
}

/** memoize for a function of a word and its language: one memo per language. */
export function memoizeByLang<T>(compute: (word: string, lang: string) => T, limit = 100_000): (word: string, lang: string) => T {
  const byLang = new Map<string, (word: string) => T>();
  // a run asks for one language many times in a row: the last one's memo is at hand
  let lastLang: string | undefined;
  let last: ((word: string) => T) | undefined;
  return (word, lang) => {
    if (lang !== lastLang || !last) {
      let f = byLang.get(lang);
      if (!f) byLang.set(lang, f = memoize((w) => compute(w, lang), limit));
      lastLang = lang;
      last = f;
    }
    return last(word);
  };
}
