import type { Block, Doc, RawFinding, Span } from '../types.js';
import type { Rule } from './types.js';
import { scriptOfLang, scriptShare, type Script } from '../util/script.js';

/** Fewer letters than this on a side: too little text to judge its language. */
const MIN_LETTERS = 40;

/** The first block written mostly in `script`: where the finding points. */
function firstBlockIn(doc: Doc, script: Script): Span {
  const hit = doc.blocks.find((b: Block) => scriptShare([b.text]).dominant === script);
  return { block: (hit ?? doc.blocks[0]).index };
}

const pct = (x: number): string => `${Math.round(x * 100)}%`;

/**
 * Per document side, not per block (`untranslated` is per block): a side whose letters are mostly
 * in another script than its language's is the wrong file, an untranslated copy, or the two
 * files swapped. Script-level only: en against de (both Latin) is not told apart.
 */
const rule: Rule = {
  id: 'language-mismatch',
  severity: 'error',
  description: 'A whole side of the pair is not in its language\'s script: the translation is still in the source language (both sides in the same language), the source is already the translation, or the two files are swapped (en.md holds the Russian text and ru.md the English). Judged on the share of Latin and Cyrillic letters over the whole file, so quoted names and links in the other script do not trigger it; languages sharing a script (en/de) are not told apart.',
  run(ctx) {
    const { pair } = ctx;
    const sides = (['source', 'target'] as const).map((side) => {
      const doc = pair[side];
      const expected = scriptOfLang(doc.lang);
      const share = scriptShare(doc.blocks.map((b) => b.text));
      const wrong = expected !== undefined && share.letters >= MIN_LETTERS && share.dominant !== undefined && share.dominant !== expected
        ? share.dominant : undefined;
      return { side, doc, expected, share, wrong };
    });
    const [src, tgt] = sides;
    if (src.wrong && tgt.wrong && src.wrong === tgt.expected && tgt.wrong === src.expected) {
      return [{
        rule: rule.id,
        message: `the two files look swapped: ${src.doc.path} (${src.doc.lang}) is ${pct(src.share[src.wrong])} ${src.wrong} and ${tgt.doc.path} (${tgt.doc.lang}) is ${pct(tgt.share[tgt.wrong])} ${tgt.wrong}; exchange them`,
        source: firstBlockIn(src.doc, src.wrong),
        target: firstBlockIn(tgt.doc, tgt.wrong),
      }];
    }
    const out: RawFinding[] = [];
    for (const s of sides) {
      if (!s.wrong) continue;
      const other = s === src ? tgt : src;
      const same = other.share.dominant === s.wrong;
      const what = s.side === 'target'
        ? (same ? `it is still in the source language (untranslated copy?), not ${s.doc.lang}` : `expected ${s.doc.lang}`)
        : (same ? `it is in the same language as the translation, not ${s.doc.lang}` : `expected ${s.doc.lang}`);
      out.push({
        rule: rule.id,
        message: `${s.doc.path} is written in ${s.wrong} script (${pct(s.share[s.wrong])} of its letters): ${what}`,
        [s.side]: firstBlockIn(s.doc, s.wrong),
      });
    }
    return out;
  },
};
export default rule;
