/**
 * Term matches on both sides of a linked bead, and which concepts the other side lacks.
 * Shared by term-mismatch (ordinary concepts) and name-mismatch (translated names); block
 * matches are cached per block object so both rules tokenise a block once.
 */
import type { Block } from '../types.js';
import type { Termbase } from './load.js';
import { findTermsInTokens, type TermMatch } from './match.js';
import { blockTokens } from './stem.js';

export interface BlockMatch extends TermMatch {
  block: number;
}

const cache = new WeakMap<Termbase, WeakMap<Block, BlockMatch[]>>();

/** The term matches of one block, with its index; computed once per block object (not to be modified). */
export function blockTerms(tb: Termbase, block: Block, lang: string): BlockMatch[] {
  let byBlock = cache.get(tb);
  if (!byBlock) cache.set(tb, byBlock = new WeakMap());
  let found = byBlock.get(block);
  if (!found) {
    found = findTermsInTokens(tb, blockTokens(block, lang), block.text, lang).map((m) => ({ ...m, block: block.index }));
    byBlock.set(block, found);
  }
  return found;
}

/** The matches of a bead side's blocks, in order; asked four times per bead (cached per block): not to be modified. */
export function sideTerms(tb: Termbase, blocks: Block[], lang: string): BlockMatch[] {
  return blocks.length === 1 ? blockTerms(tb, blocks[0], lang) : blocks.flatMap((b) => blockTerms(tb, b, lang));
}

export function conceptsOf(matches: BlockMatch[]): Set<string> {
  const out = new Set<string>();
  for (const m of matches) for (const c of m.concepts) out.add(c);
  return out;
}

/** Matches none of whose concepts occur among `other` (a term with several senses is satisfied by any). */
export function unmatched(matches: BlockMatch[], other: Set<string>): BlockMatch[] {
  return matches.filter((m) => ![...m.concepts].some((c) => other.has(c)));
}

/**
 * The matches with only the concepts `keep` accepts, without those left with none. A match
 * whose concepts are all kept is the same object (matches are never changed): both term rules
 * ask this of every bead side.
 */
export function withConcepts(matches: BlockMatch[], keep: (concept: string) => boolean): BlockMatch[] {
  const out: BlockMatch[] = [];
  for (const m of matches) {
    let kept: string[] | undefined;
    for (const c of m.concepts) if (keep(c)) (kept ??= []).push(c);
    if (kept) out.push(kept.length === m.concepts.size ? m : { ...m, concepts: new Set(kept) });
  }
  return out;
}

/** Is a concept a translated name (all its terms marked properNoun)? */
export function isNameConcept(tb: Termbase, id: string): boolean {
  const c = tb.byId.get(id);
  return !!c && c.terms.every((t) => t.properNoun);
}

/** The preferred (first non-forbidden) term of a concept in a language. */
export function preferredTerm(tb: Termbase, id: string, lang: string): string | undefined {
  return tb.byId.get(id)?.terms.find((t) => t.lang === lang && !t.forbidden)?.text;
}
