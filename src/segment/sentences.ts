import type { Sentence } from '../types.js';

/** Abbreviations after which a period never ends a sentence (titles and the like). */
const ALWAYS_CONTINUE: Record<string, RegExp> = {
  en: /(?:^|[\s(“"'«])(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sr|Jr|St|Rev|Hon|Gen|Col|Lt|Capt|Sgt|Gov|Sen|Rep|Pres|Amb|Art|Arts|No|Nos|Vol|vs|cf|e\.g|i\.e|approx|Messrs|Mt|Ft)\.$/,
  ru: /(?:^|[\s(“"'«])(?:г-н|г-жа|гг|т\.\s?е|т\.\s?к|т\.\s?н|т\.\s?д|т\.\s?п|и\.\s?о|напр|см|ср|ст|ч|п|пп|ул|пр|им|д|рис|табл|проф|акад|доц|тыс|млн|млрд|руб|коп|др|ок|стр)\.$/i,
};

/** A single capital letter followed by a period: an initial ("A. S. Pushkin", "А. С. Пушкин"). */
const INITIAL = /(?:^|[\s(“"'«])\p{Lu}\.$/u;
/** Dotted acronyms: "U.S.", "U.N.", "e.g.". */
const DOTTED_ACRONYM = /(?:^|[\s(“"'«])(?:\p{L}\.){2,}$/u;

const segmenters = new Map<string, Intl.Segmenter>();
function segmenterFor(lang: string): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) {
    s = new Intl.Segmenter(lang, { granularity: 'sentence' });
    segmenters.set(lang, s);
  }
  return s;
}

/** Intl.Segmenter's iteration is quadratic in the input length (V8): feed it chunks of this size. */
const CHUNK = 8192;

/**
 * Intl.Segmenter sentence segments as offsets into `text`. Long texts are cut into chunks after
 * sentence-final punctuation and a space (else at a space), where the segmenter would break
 * anyway; the fix-ups in splitSentences re-join a part cut after an abbreviation.
 */
function* rawSegments(text: string, lang: string): Generator<{ start: number; end: number }> {
  let offset = 0;
  while (offset < text.length) {
    let cut = text.length;
    if (text.length - offset > CHUNK) {
      const window = text.slice(offset + CHUNK / 2, offset + CHUNK);
      let best = -1;
      for (const m of window.matchAll(/[.!?…]["'»”’)\]]*\s+/g)) best = m.index + m[0].length;
      if (best < 0) for (const m of window.matchAll(/\s+/g)) best = m.index + m[0].length;
      cut = best < 0 ? offset + CHUNK : offset + CHUNK / 2 + best;
      // never split a surrogate pair
      if (cut < text.length && /[\udc00-\udfff]/.test(text[cut])) cut--;
    }
    const chunk = text.slice(offset, cut);
    for (const seg of segmenterFor(lang).segment(chunk)) {
      yield { start: offset + seg.index, end: offset + seg.index + seg.segment.length };
    }
    offset = cut;
  }
}

function shouldJoin(prev: string, next: string, lang: string): boolean {
  const p = prev.trimEnd();
  const n = next.trimStart();
  if (!n) return true;
  // A sentence continues when the next part starts in lower case (or with a digit after an abbreviation).
  if (/^[\p{Ll}]/u.test(n)) return true;
  if (!p.endsWith('.')) return false;
  const rule = ALWAYS_CONTINUE[lang] ?? ALWAYS_CONTINUE.en;
  if (rule.test(p) || ALWAYS_CONTINUE.en.test(p) && lang !== 'ru') return true;
  if (INITIAL.test(p)) return true;
  if (DOTTED_ACRONYM.test(p) && /^[\p{Lu}\d]/u.test(n)) {
    // "U.S. officials" continues; "in the U.S. The next" is ambiguous: keep it joined only
    // when the acronym is short and upper-case (an abbreviation, not the end of a sentence).
    return /(?:\p{Lu}\.){2,3}$/u.test(p) && !/^(?:The|This|That|He|She|It|They|We|In|On|At|But|And)\b/.test(n);
  }
  return false;
}

/**
 * Split a block's text into sentences: Intl.Segmenter, then fix-ups that re-join the parts it
 * breaks after abbreviations ("Mr.", "U.S.", "г-н", "т. е.") and initials. Offsets point into
 * the original text; U+00A0 counts as a space.
 */
export function splitSentences(text: string, lang: string): Sentence[] {
  const parts: Array<{ start: number; end: number }> = [];
  for (const { start, end } of rawSegments(text, lang)) {
    const seg = { segment: text.slice(start, end) };
    const prev = parts[parts.length - 1];
    // Only the tail of the previous part matters (the rules look at its last word): slicing the
    // whole part made a 1 MB paragraph of joined parts quadratic.
    if (prev && shouldJoin(text.slice(Math.max(prev.start, prev.end - 80), prev.end), seg.segment, lang)) prev.end = end;
    else parts.push({ start, end });
  }
  const sentences: Sentence[] = [];
  for (const p of parts) {
    let s = p.start, e = p.end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) sentences.push({ index: sentences.length, start: s, end: e, text: text.slice(s, e) });
  }
  return sentences;
}
