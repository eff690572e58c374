/** The project's termbase, loaded once per process, and a small API for other checks. */
import { resolve } from 'node:path';
import type { Config } from '../config.js';
import { readTermbase, type Termbase } from './load.js';

export { parseTermbase, readTermbase, type Termbase, type Concept, type Term } from './load.js';
export { findTerms, type TermMatch } from './match.js';

const cache = new Map<string, Termbase>();

/** The termbase named by `config.termbase` (relative to the working directory), or undefined. */
export function loadTermbase(config: Config): Termbase | undefined {
  if (!config.termbase) return undefined;
  const abs = resolve(config.termbase);
  let tb = cache.get(abs);
  if (!tb) cache.set(abs, tb = readTermbase(abs, config.termbase));
  return tb;
}

/** Every word of every term, lower case (the spelling check accepts these). */
export function termWords(tb: Termbase, lang?: string): Set<string> {
  const out = new Set<string>();
  for (const c of tb.concepts) {
    for (const t of c.terms) {
      if (lang && t.lang !== lang) continue;
      for (const m of t.text.matchAll(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu)) out.add(m[0].toLowerCase());
    }
  }
  return out;
}
