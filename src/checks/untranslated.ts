import type { Block, RawFinding } from '../types.js';
import type { Rule } from './types.js';
import { numberOption } from './options.js';
import { linkedBeads } from './types.js';
import { SCRIPT, STOPWORDS } from '../lang/stopwords.js';
import { normalizeKey } from '../util/text.js';
import { countLetters } from '../util/charclass.js';
import { eachWordOf, isAcronym, words } from '../util/word-tokens.js';

interface Evidence { words: number; stopwords: number; share: number }

/** How much of `text` is written in the source language: its script and its function words. */
function evidence(text: string, lang: string, other: string): Evidence {
  const script = SCRIPT[lang];
  const stop = STOPWORDS[lang];
  let inScript = 0, letters = 0, n = 0, stops = 0;
  eachWordOf(text, (word) => {
    const c = countLetters(word);
    letters += c.letters;
    const mine = script && SCRIPT[other] !== script ? c[script] : c.letters;
    inScript += mine;
    if (mine === c.letters && c.letters > 0) n++;
    if (stop) {
      const lower = word.toLowerCase();
      if (stop.has(lower) && !STOPWORDS[other]?.has(lower)) stops++;
    }
  });
  return { words: n, stopwords: stops, share: letters ? inScript / letters : 0 };
}

/** Identical text is a forgotten translation only if it holds ordinary words, not just names or codes. */
function hasOrdinaryWords(text: string): boolean {
  const ws = words(text);
  return ws.length >= 2 && ws.some((w) => /^\p{Ll}{3,}$/u.test(w.text) && !isAcronym(w.text));
}

const rule: Rule = {
  id: 'untranslated',
  severity: 'error',
  description: 'Text in the translation that is still in the source language: a target sentence written in the source script with at least `minWords` source-script words (default 4) and `minStopwords` source-language function words (default 2; "the", "of", "and" …), so names, acronyms, URLs and short labels such as "TrialWatch" do not count; or a target block identical to its source block that holds ordinary lower-case words. Checks every target block, linked or not.',
  run(ctx) {
    const minWords = numberOption(ctx.options, 'minWords', 4);
    const minStop = numberOption(ctx.options, 'minStopwords', 2);
    const { sourceLang, targetLang } = ctx.config;
    const sameScript = SCRIPT[sourceLang] !== undefined && SCRIPT[sourceLang] === SCRIPT[targetLang];
    const out: RawFinding[] = [];
    const flagged = new Set<number>();
    const sourceOf = new Map<number, Block[]>();
    for (const lb of linkedBeads(ctx)) for (const t of lb.target) sourceOf.set(t.index, lb.source);
    for (const block of ctx.pair.target.blocks) {
      // Runs of consecutive untranslated sentences are reported as one range.
      let run: { start: number; end: number } | null = null;
      const flush = () => {
        if (!run) return;
        const whole = run.start === 0 && block.text.slice(run.end).trim() === '';
        out.push({
          rule: rule.id,
          message: whole ? `the block is in ${sourceLang}, not translated into ${targetLang}` : `this text is in ${sourceLang}, not translated into ${targetLang}`,
          source: sourceOf.has(block.index) ? { block: sourceOf.get(block.index)![0].index } : null,
          target: { block: block.index, start: run.start, end: run.end },
        });
        flagged.add(block.index);
        run = null;
      };
      const sentences = block.sentences.length ? block.sentences : [{ start: 0, end: block.text.length, text: block.text, index: 0 }];
      for (const s of sentences) {
        const e = evidence(s.text, sourceLang, targetLang);
        const foreign = e.words >= minWords && e.stopwords >= minStop && (sameScript
          ? e.stopwords > 2 * evidence(s.text, targetLang, sourceLang).stopwords
          : e.share >= 0.6);
        if (foreign) run = run ? { start: run.start, end: s.end } : { start: s.start, end: s.end };
        else flush();
      }
      flush();
    }
    for (const lb of linkedBeads(ctx)) {
      const src = normalizeKey(lb.source.map((b) => b.text).join(' '));
      const tgt = normalizeKey(lb.target.map((b) => b.text).join(' '));
      if (src !== tgt || lb.target.some((b) => flagged.has(b.index)) || !hasOrdinaryWords(lb.target.map((b) => b.text).join(' '))) continue;
      out.push({
        rule: rule.id,
        message: `the block is identical to its source: not translated into ${targetLang}`,
        source: { block: lb.source[0].index },
        target: { block: lb.target[0].index },
      });
    }
    return out;
  },
};
export default rule;
