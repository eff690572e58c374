/**
 * Proper names in a block: runs of capitalised words (and acronyms), with the connectors that
 * hold multi-word names together. A capitalised word at the start of a sentence, or anywhere in
 * a heading (title case), counts only if the document also capitalises it mid-sentence
 * ("Zheksebaev fled…" yes, "Although…" no). Common dictionary words inside a name (Law, School,
 * Party, Республики) are "weak": they widen the reported range but are never reported alone.
 */
import type { Block, Doc } from '../types.js';
import { blockTokens, type Token } from '../termbase/stem.js';
import { nameKeys } from '../util/translit.js';
import { onlySpaces } from '../util/text.js';
import { CONNECTORS, isCommonWord, isNeverName } from './lexicon.js';

export interface NameToken extends Token {
  weak: boolean;
}

/** One name as written: consecutive name tokens. */
export interface NameGroup {
  block: number;
  tokens: NameToken[];
}

const UPPER = /^\p{Lu}/u;
const ACRONYM = /^[\p{Lu}\d]{2,}$/u;
/** After these (and spaces) a new sentence may start inside a sentence. */
const OPENERS = ':«“"‘';

/**
 * A name's comparison key (transliterated, Russian case ending dropped): the first of its
 * nameKeys, which are memoised per word form.
 */
export function nameKeyOf(word: string): string {
  return nameKeys(word)[0];
}

const initialCache = new WeakMap<Block, Set<number>>();

/**
 * Indices of the block's tokens (blockTokens) that may start a sentence; asked twice per block
 * (the document's capitalised words, the block's names), so kept per block object.
 */
function initialTokens(block: Block, tokens: Token[]): Set<number> {
  let out = initialCache.get(block);
  if (!out) initialCache.set(block, out = findInitialTokens(block, tokens));
  return out;
}

function findInitialTokens(block: Block, tokens: Token[]): Set<number> {
  const out = new Set<number>();
  if (block.kind === 'heading') tokens.forEach((_, i) => out.add(i));
  const starts = block.sentences.length ? block.sentences.map((s) => s.start) : [0];
  for (const s of starts) {
    const i = tokens.findIndex((t) => t.start >= s);
    if (i >= 0) out.add(i);
  }
  // After an opening quote or a colon a new sentence may start inside a sentence.
  for (let i = 1; i < tokens.length; i++) {
    const from = tokens[i - 1].end;
    let k = tokens[i].start;
    while (k > from && /\s/.test(block.text[k - 1])) k--;
    if (k > from && OPENERS.includes(block.text[k - 1])) out.add(i);
  }
  return out;
}

interface DocWords {
  /** Keys of words the document capitalises somewhere mid-sentence. */
  capitalised: Set<string>;
  /** Stems of words the document writes in lower case (so "Report" is common if "report" occurs). */
  lower: Set<string>;
}

const docCache = new WeakMap<Doc, DocWords>();

function docWords(doc: Doc): DocWords {
  let words = docCache.get(doc);
  if (words) return words;
  words = { capitalised: new Set(), lower: new Set() };
  for (const b of doc.blocks) {
    const tokens = blockTokens(b, doc.lang);
    const initial = initialTokens(b, tokens);
    tokens.forEach((t, i) => {
      if (!UPPER.test(t.text)) words!.lower.add(t.stem);
      else if (!initial.has(i)) words!.capitalised.add(nameKeyOf(t.text));
    });
  }
  docCache.set(doc, words);
  return words;
}

export function nameGroups(doc: Doc, block: Block): NameGroup[] {
  const tokens = blockTokens(block, doc.lang);
  const initial = initialTokens(block, tokens);
  const { capitalised: mid, lower } = docWords(doc);
  const isName = (t: Token, i: number): boolean => {
    if (t.text.length < 2 || !UPPER.test(t.text) || /^\d/.test(t.text) || isNeverName(t.text)) return false;
    if (ACRONYM.test(t.text)) return true;
    return !initial.has(i) || mid.has(nameKeyOf(t.text));
  };
  const groups: NameGroup[] = [];
  let cur: NameToken[] = [];
  let open = false; // the current group may still grow (only spaces and connectors since its last word)
  let connectors = 0;
  const flush = () => {
    if (cur.length) groups.push({ block: block.index, tokens: cur });
    cur = [];
  };
  tokens.forEach((t, i) => {
    const joined = i > 0 && onlySpaces(block.text, tokens[i - 1].end, t.start);
    if (isName(t, i)) {
      if (!(open && joined)) flush();
      const weak = !ACRONYM.test(t.text) && (lower.has(t.stem) || isCommonWord(t.text, doc.lang));
      cur.push({ start: t.start, end: t.end, text: t.text, stem: t.stem, alt: t.alt, weak });
      open = true;
      connectors = 0;
    } else if (open && joined && CONNECTORS.has(t.text) && connectors < 2) {
      connectors++;
    } else {
      open = false;
    }
  });
  flush();
  return groups;
}
