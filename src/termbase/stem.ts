/**
 * Word tokens with stems, for matching terms and names on inflected text. Offsets point into
 * the text given; stems come from natural's Porter stemmers (English, Russian), lower case,
 * ё folded to е. Hyphenated words ("условно-досрочного", "first-instance") are one token
 * whose parts are stemmed separately. An English possessive ’s is not part of the token.
 */
import EN from 'natural/lib/natural/stemmers/porter_stemmer.js';
import RU from 'natural/lib/natural/stemmers/porter_stemmer_ru.js';
import { stripRussianEnding } from '../util/translit.js';
import type { Block } from '../types.js';
import { memoizeByLang } from '../util/memo.js';
import { eachWord } from '../util/charclass.js';

export interface Token {
  start: number;
  end: number;
  text: string;
  stem: string;
  /**
   * A second key for Russian words: the word minus its case ending. Porter cuts some forms
   * too short ("защите" → "защ" but "защита" → "защит"); either key matching counts.
   */
  alt?: string;
}

/** Words as /[\p{L}\p{N}]+(?:[-‐‑'’][\p{L}\p{N}]+)*\/gu finds them. */
const WORD_STYLE = { marks: false, brackets: false };
const CYR = /[\u0400-\u04ff]/;

function stemPart(part: string, lang: string): string {
  const w = part.toLowerCase().replace(/ё/g, 'е');
  if (/^\p{N}+$/u.test(w)) return w;
  // The script decides the stemmer: Latin words inside Russian text are English-like and vice versa.
  if (CYR.test(w)) return RU.stem(w);
  return lang === 'ru' && !/[a-z]/.test(w) ? w : EN.stem(w);
}

// Porter stemming dominates the cost of the term and name checks; words repeat a lot.
export function stemWord(word: string, lang: string): string {
  return stems(word, lang);
}
const stems = memoizeByLang((word, lang) => word.split(/[-‐‑]/).map((p) => stemPart(p, lang)).join('-'));

/** The ending-stripped key of a Cyrillic word (undefined for other words or short results). */
export function altKey(word: string): string | undefined {
  if (!CYR.test(word) || word.includes('-')) return undefined;
  const k = stripRussianEnding(word.toLowerCase().replace(/ё/g, 'е'));
  return k.length >= 4 ? k : undefined;
}

interface WordInfo { text: string; stem: string; alt: string | undefined }

/** Per language, each word form's token text, stem and alternative key (words repeat a lot). */
const wordInfo = memoizeByLang((raw, lang): WordInfo => {
  const word = !CYR.test(raw) && /['’]s$/i.test(raw) ? raw.slice(0, -2) : raw;
  return { text: word, stem: stemWord(word.replace(/['’]/g, ''), lang), alt: altKey(word) };
});

export function tokenize(text: string, lang: string): Token[] {
  const out: Token[] = [];
  eachWord(text, WORD_STYLE, (start, end) => {
    const { text: word, stem, alt } = wordInfo(text.slice(start, end), lang);
    out.push({ start, end: start + word.length, text: word, stem, alt });
  });
  return out;
}

const blockCache = new WeakMap<Block, { lang: string; tokens: Token[] }>();

/**
 * The tokens of a block, computed once per block object: the name, term and spelling checks
 * all read them. Callers must not modify the array.
 */
export function blockTokens(block: Block, lang: string): Token[] {
  const hit = blockCache.get(block);
  if (hit && hit.lang === lang) return hit.tokens;
  const tokens = tokenize(block.text, lang);
  blockCache.set(block, { lang, tokens });
  return tokens;
}
