import type { RawFinding, Severity } from '../types.js';
import { linkedBeads, type Rule } from './types.js';
import { loadTermbase, type Termbase } from '../termbase/index.js';
import { conceptsOf, isNameConcept, preferredTerm, sideTerms, unmatched, withConcepts, type BlockMatch } from '../termbase/bead.js';

/** Unmatched terms this close (no punctuation between, at most this many words) form one phrase. */
const JOIN_WORDS = 4;

interface Group { block: number; start: number; end: number; concepts: Set<string> }

/**
 * Merge unmatched matches that overlap, or that are cross-referenced concepts standing in one
 * phrase ("замене неотбытой части наказания на ограничение свободы"); words of other terms in
 * between do not count towards JOIN_WORDS.
 */
function groups(tb: Termbase, matches: BlockMatch[], all: BlockMatch[], text: (block: number) => string): Group[] {
  const sorted = [...matches].sort((a, b) => a.block - b.block || a.start - b.start);
  const out: Group[] = [];
  for (const m of sorted) {
    const last = out[out.length - 1];
    if (last && last.block === m.block) {
      const overlap = m.start < last.end;
      let gap = overlap ? '' : text(m.block).slice(last.end, m.start);
      for (const o of all) {
        if (o.block === m.block && o.start >= last.end && o.end <= m.start) {
          gap = gap.slice(0, o.start - last.end) + ' '.repeat(o.end - o.start) + gap.slice(o.end - last.end);
        }
      }
      const near = !/[,.;:!?()«»"“”]/.test(gap) && gap.trim().split(/\s+/).filter(Boolean).length <= JOIN_WORDS;
      if (overlap || (near && related(tb, last.concepts, m.concepts))) {
        last.end = Math.max(last.end, m.end);
        for (const c of m.concepts) last.concepts.add(c);
        continue;
      }
    }
    out.push({ block: m.block, start: m.start, end: m.end, concepts: new Set(m.concepts) });
  }
  return out;
}

function related(tb: Termbase, a: Set<string>, b: Set<string>): boolean {
  for (const x of a) {
    for (const y of b) {
      if (tb.byId.get(x)?.related.includes(y) || tb.byId.get(y)?.related.includes(x)) return true;
    }
  }
  return false;
}

function label(tb: Termbase, concepts: Set<string>, lang: string): string {
  return [...concepts].map((c) => preferredTerm(tb, c, lang) ?? c).join(' / ');
}

const rule: Rule = {
  id: 'term-mismatch',
  severity: 'warning',
  description: 'A termbase concept (TBX, `termbase` in bitext.config.json; matched on stems, so inflected forms count) appears on one side of an aligned pair and not on the other. Where the other side uses a concept the termbase cross-references as confusable (suspended sentence ↔ restriction of freedom, appeal ↔ cassation, conviction ↔ administrative liability), both ranges are reported at the rule\'s severity; a concept simply absent (often a paraphrase) is reported at `omissionSeverity` (default `info`); a forbidden rendering (administrativeStatus deprecated) is reported at the rule\'s severity. Translated names are left to `name-mismatch`.',
  run(ctx) {
    const tb = loadTermbase(ctx.config);
    if (!tb) return [];
    const omission = String(ctx.options.omissionSeverity ?? 'info') as Severity;
    const { source: sl, target: tl } = ctx.pair;
    const out: RawFinding[] = [];
    const ordinary = (ms: BlockMatch[]): BlockMatch[] => withConcepts(ms, (c) => !isNameConcept(tb, c));
    for (const lb of linkedBeads(ctx)) {
      const src = ordinary(sideTerms(tb, lb.source, sl.lang));
      const tgt = ordinary(sideTerms(tb, lb.target, tl.lang));
      const whole = { source: { block: lb.source[0].index }, target: { block: lb.target[0].index } };
      for (const [side, ms, lang] of [['source', src, sl.lang], ['target', tgt, tl.lang]] as const) {
        for (const m of ms) {
          const bad = m.terms.find((t) => t.forbidden);
          if (!bad) continue;
          const good = preferredTerm(tb, bad.concept, lang);
          out.push({
            rule: rule.id,
            message: `"${bad.text}" is a forbidden rendering${good ? `; use "${good}"` : ''}${bad.note ? ` (${bad.note})` : ''}`,
            [side]: { block: m.block, start: m.start, end: m.end },
          });
        }
      }
      const srcText = (b: number) => sl.blocks[b].text;
      const tgtText = (b: number) => tl.blocks[b].text;
      const sg = groups(tb, unmatched(src, conceptsOf(tgt)), src, srcText);
      const tg = groups(tb, unmatched(tgt, conceptsOf(src)), tgt, tgtText);
      const used = new Set<Group>();
      for (const s of sg) {
        const t = tg.find((g) => !used.has(g) && related(tb, s.concepts, g.concepts));
        const sText = srcText(s.block).slice(s.start, s.end);
        if (t) {
          used.add(t);
          const tText = tgtText(t.block).slice(t.start, t.end);
          out.push({
            rule: rule.id,
            message: `"${sText}" (${label(tb, s.concepts, sl.lang)}) is rendered as "${tText}" (${label(tb, t.concepts, sl.lang)}), a different legal concept`,
            source: { block: s.block, start: s.start, end: s.end },
            target: { block: t.block, start: t.start, end: t.end },
          });
        } else {
          out.push({
            rule: rule.id, severity: omission,
            message: `"${sText}" (${label(tb, s.concepts, sl.lang)}) has no counterpart in the translation (expected e.g. "${label(tb, s.concepts, tl.lang)}")`,
            source: { block: s.block, start: s.start, end: s.end },
            target: whole.target,
          });
        }
      }
      for (const t of tg) {
        if (used.has(t)) continue;
        const tText = tgtText(t.block).slice(t.start, t.end);
        out.push({
          rule: rule.id, severity: omission,
          message: `"${tText}" (${label(tb, t.concepts, sl.lang)}) has no counterpart in the source (expected e.g. "${label(tb, t.concepts, sl.lang)}")`,
          source: whole.source,
          target: { block: t.block, start: t.start, end: t.end },
        });
      }
    }
    return out;
  },
};
export default rule;
