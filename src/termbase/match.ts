/**
 * Find termbase terms in a text by stems. A longer match hides the shorter terms whose words
 * it contains ("условно-досрочного освобождения" is parole, not also release); one stretch
 * of words that is a term of several concepts (polysemy: "приговор" is both verdict and
 * conviction) is one match with all those concepts.
 */
import type { Term, Termbase } from './load.js';
import { tokenize, type Token } from './stem.js';

/** Words a "…" in a term may stand for. */
export const GAP = 3;

export interface TermMatch {
  start: number;
  end: number;
  /** Token indices the term's words matched (gap words excluded). */
  tokens: number[];
  terms: Term[];
  concepts: Set<string>;
}

const indexCache = new WeakMap<Termbase, Map<string, Map<string, Term[]>>>();

function firstStemIndex(tb: Termbase, lang: string): Map<string, Term[]> {
  let byLang = indexCache.get(tb);
  if (!byLang) indexCache.set(tb, byLang = new Map());
  let idx = byLang.get(lang);
  if (!idx) {
    idx = new Map();
    for (const c of tb.concepts) {
      for (const t of c.terms) {
        if (t.lang !== lang || t.stems.length === 0) continue;
        for (const key of new Set([t.stems[0], t.alts[0]])) {
          if (!key) continue;
          const list = idx.get(key) ?? [];
          list.push(t);
          idx.set(key, list);
        }
      }
    }
    byLang.set(lang, idx);
  }
  return idx;
}

/** Scratch space of matchAt: most tries fail, so the indices are copied out only for a match. */
const scratch: number[] = [];

/** Match one term starting at token i; returns the matched token indices or null. */
function matchAt(term: Term, tokens: Token[], i: number, text: string): number[] | null {
  const got = scratch;
  got.length = 0;
  let t = i;
  for (let k = 0; k < term.stems.length; k++) {
    const s = term.stems[k];
    const alt = term.alts[k];
    if (s === '…') continue;
    const gap = k > 0 && term.stems[k - 1] === '…';
    let found = -1;
    for (let j = t; j < tokens.length && j <= t + (gap ? GAP : 0); j++) {
      if (gap && j > t && /[.!?;]/.test(text.slice(tokens[j - 1].end, tokens[j].start))) break;
      if (tokens[j].stem === s || (alt !== undefined && tokens[j].alt === alt)) { found = j; break; }
    }
    if (found < 0) return null;
    got.push(found);
    t = found + 1;
  }
  return got.slice();
}

export function findTermsInTokens(tb: Termbase, tokens: Token[], text: string, lang: string): TermMatch[] {
  const idx = firstStemIndex(tb, lang);
  const raw = new Map<string, TermMatch>();
  tokens.forEach((tok, i) => {
    // most words start no term: no list, no set
    const byStem = idx.get(tok.stem);
    const byAlt = tok.alt ? idx.get(tok.alt) : undefined;
    if (!byStem && !byAlt) return;
    // the stem's terms, then the alternative key's that are not among them
    if (byStem) for (const term of byStem) tryTerm(term, i);
    if (byAlt) for (const term of byAlt) if (!byStem?.includes(term)) tryTerm(term, i);
  });
  function tryTerm(term: Term, i: number): void {
    const got = matchAt(term, tokens, i, text);
    if (!got) return;
    const key = got.join(',');
    let end = tokens[got[got.length - 1]].end;
    // A term that ends in a closing quote (Фонд Клуни «За справедливость») takes it along.
    if (/[»”"’]$/.test(term.text) && /[»”"’]/.test(text.charAt(end))) end++;
    const m = raw.get(key) ?? { start: tokens[got[0]].start, end, tokens: got, terms: [], concepts: new Set<string>() };
    m.terms.push(term);
    m.concepts.add(term.concept);
    raw.set(key, m);
  }
  const all = [...raw.values()];
  const kept = all.filter((m) => !all.some((o) => o !== m && o.tokens.length > m.tokens.length && contains(o.tokens, m.tokens)));
  return kept.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Every index of `inner` is among `outer`'s. */
function contains(outer: number[], inner: number[]): boolean {
  for (const t of inner) if (!outer.includes(t)) return false;
  return true;
}

export function findTerms(tb: Termbase, text: string, lang: string): TermMatch[] {
  return findTermsInTokens(tb, tokenize(text, lang), text, lang);
}
