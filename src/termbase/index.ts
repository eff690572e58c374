/** The project's termbase, loaded once per process while the file is unchanged, and a small API for other checks. */
import { resolve } from 'node:path';
import { fileCache } from '../util/stamp.js';
import type { Config } from '../config.js';
import { readTermbase, type Termbase } from './load.js';

export { parseTermbase, readTermbase, type Termbase, type Concept, type Term } from './load.js';
export { findTerms, type TermMatch } from './match.js';

const cache = fileCache<Termbase>();

/**
 * The termbase named by `config.termbase` (relative to the working directory), or undefined.
 * Read again when the file changes: a long-running process (`check --watch`, `review`) must not
 * check with the termbase as it was when it started.
 */
export function loadTermbase(config: Config): Termbase | undefined {
  const name = config.termbase;
  if (!name) return undefined;
  const abs = resolve(name);
  // a missing file has no stamp: readTermbase reports it
  return cache(abs, () => readTermbase(abs, name));
}

const wordsCache = new WeakMap<Termbase, Map<string, Set<string>>>();

/**
 * Every word of every term (of one language, or all), lower case: the spelling check accepts
 * these. With `allowedOnly`, forbidden renderings (deprecated, superseded) are left out: a
 * misspelling a termbase lists as forbidden must still be reported. Kept per termbase object
 * (the same set each time, not to be modified).
 */
export function termWords(tb: Termbase, lang?: string, opts: { allowedOnly?: boolean } = {}): Set<string> {
  let byKey = wordsCache.get(tb);
  if (!byKey) wordsCache.set(tb, byKey = new Map());
  const key = `${lang ?? ''}\0${opts.allowedOnly ? 1 : 0}`;
  let words = byKey.get(key);
  if (!words) byKey.set(key, words = collectTermWords(tb, lang, !!opts.allowedOnly));
  return words;
}

function collectTermWords(tb: Termbase, lang: string | undefined, allowedOnly: boolean): Set<string> {
  const out = new Set<string>();
  for (const c of tb.concepts) {
    for (const t of c.terms) {
      if ((lang && t.lang !== lang) || (allowedOnly && t.forbidden)) continue;
      for (const m of t.text.matchAll(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu)) out.add(m[0].toLowerCase());
    }
  }
  return out;
}
