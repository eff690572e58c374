import type { Block, Doc, RawFinding, Severity } from '../types.js';
import { linkedBeads, type Rule, type RuleContext } from './types.js';
import { loadTermbase, type Termbase } from '../termbase/index.js';
import { isNameConcept, preferredTerm, sideTerms, unmatched, conceptsOf, withConcepts, type BlockMatch } from '../termbase/bead.js';
import { nameGroups, type NameToken } from '../names/extract.js';
import { hasNameCounterpart, keyedTokens, nameIndex, type NameIndex } from '../names/counterpart.js';

type Side = 'source' | 'target';

const blockIndexes = new WeakMap<Block, NameIndex>();
/**
 * The name indexes of a bead side's blocks, each kept per block: a block is the other side of
 * its own bead and a neighbour of the beads next to it, so merging them per bead rebuilt the
 * same sets again and again. A name has a counterpart on the side when one of them has it.
 */
function sideIndexes(blocks: Block[], lang: string): NameIndex[] {
  return blocks.map((b) => {
    let index = blockIndexes.get(b);
    if (!index) blockIndexes.set(b, index = nameIndex(keyedTokens(b, lang)));
    return index;
  });
}

function counterpartIn(word: string, indexes: NameIndex[]): boolean {
  for (const index of indexes) if (hasNameCounterpart(word, index)) return true;
  return false;
}

/** Other-side blocks of the linked beads next to bead `index` (names move across paragraph breaks). */
function neighbourBlocks(ctx: RuleContext, index: number, other: Side): Block[] {
  const doc = ctx.pair[other];
  return [ctx.beads[index - 1], ctx.beads[index + 1]].filter(Boolean).flatMap((b) => b[other].map((i) => doc.blocks[i]));
}

function translatedNames(tb: Termbase, own: BlockMatch[], other: BlockMatch[], side: Side, otherBlock: number, lang: string, otherLang: string): RawFinding[] {
  const seen = new Set<string>();
  const out: RawFinding[] = [];
  const names = (ms: BlockMatch[]) => withConcepts(ms, (c) => isNameConcept(tb, c));
  const mine = names(own);
  if (!mine.length) return out;
  for (const m of unmatched(mine, conceptsOf(names(other)))) {
    const id = [...m.concepts][0];
    if (seen.has(id)) continue;
    seen.add(id);
    const expected = preferredTerm(tb, id, otherLang);
    const otherSide: Side = side === 'source' ? 'target' : 'source';
    out.push({
      rule: rule.id,
      message: `"${preferredTerm(tb, id, lang) ?? id}" is named only in the ${side === 'source' ? 'source' : 'translation'}${expected ? ` (expected "${expected}" in the ${otherSide === 'target' ? 'translation' : 'source'})` : ''}`,
      [side]: { block: m.block, start: m.start, end: m.end },
      [otherSide]: { block: otherBlock },
    });
  }
  return out;
}

/** Maximal runs of consecutive indices in [0, n) for which `missing` holds ("Vermont Law School"). */
function missingRuns(n: number, missing: (i: number) => boolean): number[][] {
  const runs: number[][] = [];
  for (let i = 0; i < n; i++) {
    if (!missing(i)) continue;
    if (i > 0 && missing(i - 1)) runs[runs.length - 1].push(i);
    else runs.push([i]);
  }
  return runs;
}

function checkSide(ctx: RuleContext, side: Side, own: Block[], other: Block[], beadIndex: number, tb: Termbase | undefined): RawFinding[] {
  const otherSide: Side = side === 'source' ? 'target' : 'source';
  const doc: Doc = ctx.pair[side];
  const otherDoc: Doc = ctx.pair[otherSide];
  const words = sideIndexes(other, otherDoc.lang);
  const ownTerms = tb ? sideTerms(tb, own, doc.lang) : [];
  const covered = (block: number, t: NameToken) => ownTerms.some((m) => m.block === block && m.start <= t.start && t.end <= m.end);
  let neighbourIndexes: NameIndex[] | undefined;
  const neighbours = (): NameIndex[] => (neighbourIndexes ??= sideIndexes(neighbourBlocks(ctx, beadIndex, otherSide), otherDoc.lang));
  const out: RawFinding[] = [];
  if (tb) out.push(...translatedNames(tb, ownTerms, sideTerms(tb, other, otherDoc.lang), side, other[0].index, doc.lang, otherDoc.lang));
  for (const block of own) {
    for (const group of nameGroups(doc, block)) {
      const toks = group.tokens.filter((t) => !covered(block.index, t));
      const found = toks.map((t) => counterpartIn(t.text, words));
      const strong = toks.map((t, i) => (t.weak ? -1 : i)).filter((i) => i >= 0);
      // A given name may be dropped when the surname is there ("Farrior" for "Стефани Фарриор").
      const excused = new Set<number>();
      if (strong.length > 1 && !found[strong[0]] && strong.slice(1).some((i) => found[i])) excused.add(strong[0]);
      for (const run of missingRuns(toks.length, (i) => !found[i] && !excused.has(i))) {
        if (run.every((i) => toks[i].weak)) continue;
        const first = toks[run[0]];
        const last = toks[run[run.length - 1]];
        const text = block.text.slice(first.start, last.end);
        const nearby = run.filter((i) => !toks[i].weak).every((i) => counterpartIn(toks[i].text, neighbours()));
        out.push({
          rule: rule.id,
          severity: nearby ? (String(ctx.options.neighbourSeverity ?? 'info') as Severity) : undefined,
          message: `"${text}" is named only in the ${side === 'source' ? 'source' : 'translation'}: no counterpart in the aligned ${otherSide === 'target' ? 'translation' : 'source'} paragraph${nearby ? ' (it does appear in a neighbouring paragraph)' : ''}`,
          [side]: { block: block.index, start: first.start, end: last.end },
          [otherSide]: { block: other[0].index },
        });
      }
    }
  }
  return out;
}

const rule: Rule = {
  id: 'name-mismatch',
  severity: 'warning',
  description: 'A proper name on one side of an aligned pair with no counterpart on the other. Names are matched across scripts (several transliteration schemes, Kazakh letters, Russian case endings: Tokayev ↔ Токаева, Utepova ↔ Утеповой) and, for names that are translated rather than transliterated, through the termbase (European Parliament ↔ Европейский парламент, ICCPR ↔ МПГПП). Sentence-initial capitalised words count only if the document capitalises them elsewhere; a given name may be dropped when the surname is present. A name found only in a neighbouring paragraph is reported at `neighbourSeverity` (default `info`).',
  run(ctx) {
    const tb = loadTermbase(ctx.config);
    const out: RawFinding[] = [];
    for (const lb of linkedBeads(ctx)) {
      out.push(...checkSide(ctx, 'source', lb.source, lb.target, lb.index, tb));
      out.push(...checkSide(ctx, 'target', lb.target, lb.source, lb.index, tb));
    }
    return out;
  },
};
export default rule;
