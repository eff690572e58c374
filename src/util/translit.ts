/**
 * Cyrillic → Latin transliteration for matching names across scripts. Several schemes are
 * folded into one comparison key (zh/j/ž, kh/h/x, ts/c, ch/č, sh/š/ş, ya/ia, yu/iu, y/i, gh/g,
 * q/k, diacritics dropped: Kazakh Latin 2021 "Jeksebaev", "Qasym", "Şoqan", "Tokaev"), and
 * Kazakh letters (ә ғ қ ң ө ұ ү һ і) map to their usual Latin spellings.
 */
import { memoize } from './memo.js';

const MAP: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f',
  х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  ә: 'a', ғ: 'g', қ: 'k', ң: 'ng', ө: 'o', ұ: 'u', ү: 'u', һ: 'h', і: 'i',
};

export function transliterate(s: string): string {
  let out = '';
  for (const ch of s) {
    const lower = ch.toLowerCase();
    const m = MAP[lower];
    if (m === undefined) out += ch;
    else out += ch === lower ? m : m.charAt(0).toUpperCase() + m.slice(1);
  }
  return out;
}

/**
 * A scheme-independent key for a Latin or transliterated word: lower case, digraph variants
 * folded, doubled letters and soft vowels simplified. "Zheksebaev" and "Жексебаев" give the same key;
 * so do "Tokayev"/"Токаев", "Kemeluly"/"Кемелұлы".
 */
export function nameKey(word: string): string {
  return keyMemo(word);
}

/** nameKey is pure and called for every word of every pair by several rules: memoised. */
const keyMemo = memoize(computeNameKey, 200_000);

function computeNameKey(word: string): string {
  let s = transliterate(word).toLowerCase()
    .replace(/[šşș]/g, 'sh').replace(/[čç]/g, 'ch').replace(/ž/g, 'zh').replace(/ı/g, 'i')
    .normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  s = s
    .replace(/shch/g, 'sh').replace(/sch/g, 'sh')
    .replace(/zh|dzh|j/g, 'zh').replace(/kh|x/g, 'h').replace(/ts|tz/g, 'c')
    .replace(/ya|ia/g, 'a').replace(/yu|iu/g, 'u').replace(/ye|ie/g, 'e').replace(/yo/g, 'e')
    .replace(/ay(?=[aeiou])/g, 'a').replace(/ey(?=[aeiou])/g, 'e')
    .replace(/gh/g, 'g').replace(/w/g, 'v').replace(/ph/g, 'f').replace(/ck/g, 'k').replace(/q/g, 'k').replace(/c(?=[^eiyh]|$)/g, 'k')
    .replace(/y/g, 'i').replace(/ĭ/g, 'i')
    .replace(/([a-z])\1+/g, '$1')
    .replace(/[^a-z]/g, '');
  return s;
}

/** Russian case endings stripped to compare an inflected name with its base form. */
const RU_ENDINGS = /(?:ого|ому|ыми|ими|ой|ей|ым|им|ом|ем|ую|юю|ая|яя|ов|ев|ах|ях|ам|ям|а|я|у|ю|е|ы|и|ь)$/;

export function stripRussianEnding(word: string): string {
  const w = word.toLowerCase();
  if (w.length <= 4) return w;
  return w.replace(RU_ENDINGS, '');
}

/**
 * Do a Latin-script word and a (possibly inflected) Cyrillic word name the same thing?
 * Compares name keys after stripping Russian case endings, allowing a short tail difference.
 */
export function namesMatch(a: string, b: string): boolean {
  return anyKeysMatch(nameKeys(a), nameKeys(b));
}

/**
 * Keys of a word with and without its Russian case ending: "Касыов" may be a nominative whose
 * "ов" is part of the name, "Утеповой" an inflected form.
 */
export function nameKeys(word: string): readonly string[] {
  return keysMemo(word);
}

/** nameKeys is called for every word of every block by the name checks: memoised (shared arrays, not to be modified). */
const keysMemo = memoize((word): readonly string[] => {
  const stripped = nameKey(stripRussianEnding(word));
  const whole = nameKey(word);
  return stripped === whole ? [whole] : [stripped, whole];
}, 200_000);

export function anyKeysMatch(a: readonly string[], b: readonly string[]): boolean {
  // loops, not some(): called for every word of a paragraph per name, closures add up
  for (const x of a) for (const y of b) if (keysMatch(x, y)) return true;
  return false;
}

/** Do two name keys (see nameKeys) name the same thing? */
export function keysMatch(ka: string, kb: string): boolean {
  if (ka.length < 3 || kb.length < 3) return ka === kb && ka.length > 0;
  if (ka === kb) return true;
  const aShort = ka.length <= kb.length;
  const short = aShort ? ka : kb, long = aShort ? kb : ka;
  if (long.startsWith(short) && long.length - short.length <= 3 && short.length >= 4) return true;
  // Short names take one ending letter: Ким/Кима, Ли/Лиа is too short to tell.
  if (long.startsWith(short) && long.length - short.length === 1 && short.length === 3) return true;
  // A demonym or adjective and its country: Kazakh/Казахстана, Kyrgyz/Кыргызстан, Kazakhstan/казахстанского.
  if (long.startsWith(short) && short.length >= 5) return true;
  // One edit apart for longer names (Farrior/Фарриор after folding, Utepova/Утеповой).
  if (short.length >= 6 && long.length - short.length <= 1) {
    let diff = 0;
    for (let i = 0, j = 0; i < short.length || j < long.length; i++, j++) {
      if (short[i] !== long[j]) {
        diff++;
        if (long.length > short.length) i--;
        if (diff > 1) return false;
      }
    }
    return true;
  }
  return false;
}
