import type { RawFinding } from '../types.js';
import { beadSentences } from '../align/sentences.js';
import { linkedBeads, type RuleContext } from './types.js';

/** Words in a sentence (letters or digits). */
function wordCount(text: string): number {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

/**
 * Sentence beads that link a sentence to nothing, inside an aligned block pair. Short sentences
 * and low-confidence null beads are left out: translators split and join sentences freely.
 */
export function sentenceOmissions(ctx: RuleContext, side: 'source' | 'target', rule: string, minWords: number, minScore: number): RawFinding[] {
  const out: RawFinding[] = [];
  for (const lb of linkedBeads(ctx)) {
    const refs = { source: beadSentences(lb.source), target: beadSentences(lb.target) };
    const blocks = side === 'source' ? ctx.pair.source.blocks : ctx.pair.target.blocks;
    for (const sb of lb.bead.sentences ?? []) {
      const mine = side === 'source' ? sb.source : sb.target;
      const other = side === 'source' ? sb.target : sb.source;
      if (mine.length === 0 || other.length > 0 || sb.score < minScore) continue;
      for (const k of mine) {
        const ref = refs[side][k];
        const sentence = blocks[ref.block].sentences[ref.sentence];
        if (wordCount(sentence.text) < minWords) continue;
        const span = { block: ref.block, start: sentence.start, end: sentence.end };
        out.push({
          rule,
          message: side === 'source'
            ? `a sentence of source paragraph ${ref.block} has no counterpart in target paragraph ${lb.target.map((b) => b.index).join('+')}`
            : `a sentence of target paragraph ${ref.block} has no counterpart in source paragraph ${lb.source.map((b) => b.index).join('+')}`,
          source: side === 'source' ? span : { block: lb.source[0].index },
          target: side === 'target' ? span : { block: lb.target[0].index },
        });
      }
    }
  }
  return out;
}
