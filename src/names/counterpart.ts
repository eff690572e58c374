/** Find a name's counterpart among the words of the other side, across scripts and cases. */
import type { Block } from '../types.js';
import { blockTokens, tokenize, type Token } from '../termbase/stem.js';
import { anyKeysMatch, nameKeys } from '../util/translit.js';

export interface KeyedToken extends Token {
  keys: readonly string[];
  block: number;
}

const cache = new WeakMap<Block, KeyedToken[]>();

/** Every word of a block with its cross-script name key (cached per block). */
export function keyedTokens(block: Block, lang: string): KeyedToken[] {
  let out = cache.get(block);
  if (!out) {
    out = blockTokens(block, lang).map((t) => ({ start: t.start, end: t.end, text: t.text, stem: t.stem, alt: t.alt, keys: nameKeys(t.text), block: block.index }));
    cache.set(block, out);
  }
  return out;
}

/** The first word among `candidates` naming the same thing as `word` ("Tokayev" → "Токаева"), if any. */
export function findNameCounterpart(word: string, candidates: readonly KeyedToken[]): KeyedToken | undefined {
  const keys = nonEmptyKeys(word);
  if (!keys.length) return undefined;
  return candidates.find((c) => anyKeysMatch(keys, c.keys));
}

/** Words of the other side with a set of all their keys, for a quick exact-key test. */
export interface NameIndex {
  tokens: readonly KeyedToken[];
  keys: ReadonlySet<string>;
}

export function nameIndex(tokens: readonly KeyedToken[]): NameIndex {
  const keys = new Set<string>();
  for (const t of tokens) for (const k of t.keys) keys.add(k);
  return { tokens, keys };
}

/** Whether `word` has a counterpart in the index (as findNameCounterpart, without saying which). */
export function hasNameCounterpart(word: string, index: NameIndex): boolean {
  const keys = nonEmptyKeys(word);
  if (!keys.length) return false;
  // an identical key is a match (keysMatch); only the fuzzy cases need the scan
  for (const k of keys) if (index.keys.has(k)) return true;
  for (const c of index.tokens) if (anyKeysMatch(keys, c.keys)) return true;
  return false;
}

/** nameKeys without empty keys (a word of no letters has one); the memoised array itself when none is empty. */
function nonEmptyKeys(word: string): readonly string[] {
  const keys = nameKeys(word);
  return keys.every(Boolean) ? keys : keys.filter(Boolean);
}

/** Convenience form on plain text: the counterpart's [start, end) in `text`, or undefined. */
export function findNameIn(word: string, text: string, lang: string): { start: number; end: number; text: string } | undefined {
  const keyed = tokenize(text, lang).map((t) => ({ ...t, keys: nameKeys(t.text), block: 0 }));
  const hit = findNameCounterpart(word, keyed);
  return hit && { start: hit.start, end: hit.end, text: hit.text };
}
