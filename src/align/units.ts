import type { Block } from '../types.js';
import { extractAnchors, midSentenceNames } from './anchors.js';
import type { AlignUnit } from './cost.js';

function kindOf(text: string, isHeading: boolean): AlignUnit['kind'] {
  if (isHeading) return 'heading';
  return text.length < 80 && !/[.!?…»”"')\]:;]\s*$/.test(text.trim()) ? 'fragment' : 'prose';
}

export function blockUnits(blocks: Block[]): AlignUnit[] {
  const names = midSentenceNames(blocks.map((b) => b.text));
  return blocks.map((b) => blockUnit(b, names));
}

export function blockUnit(block: Block, names?: Set<string>): AlignUnit {
  const text = block.text;
  return {
    length: text.replace(/\s+/g, ' ').length,
    anchors: extractAnchors(text, names),
    sentences: Math.max(1, block.sentences.length),
    kind: kindOf(text, block.kind === 'heading'),
    words: wordKeys(text),
    marks: punctuationMarks(text),
  };
}

export function textUnit(text: string): AlignUnit {
  return {
    length: text.replace(/\s+/g, ' ').length,
    anchors: extractAnchors(text),
    sentences: 1,
    kind: 'prose',
    words: wordKeys(text),
    marks: punctuationMarks(text),
  };
}

/**
 * Word keys for shared-token evidence: lower-cased words of 4+ letters cut to 5 letters, so
 * cognates and inflected forms of one stem meet in same-script pairs (Gletscher/glacier do not,
 * Matterhorn/Matterhorn and Piola/Piola do). Cross-script pairs rarely share any. Each key
 * once, in order of first occurrence.
 */
const LONG_WORD = /\p{L}{4,}/gu;
export function wordKeys(text: string): string[] {
  const out = new Set<string>();
  for (const w of text.toLowerCase().match(LONG_WORD) ?? []) out.add(w.length > 5 ? w.slice(0, 5) : w);
  return [...out];
}

/**
 * Punctuation that translation usually keeps: question and exclamation marks, opening quotes
 * (of any script), parentheses and ellipses. Strong evidence in dialogue-heavy prose.
 */
export function punctuationMarks(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/[?!(]|\.\.\.|…|(?<![\p{L}\p{N}])['"“„«‘]/gu)) {
    const c = m[0];
    out.push(c === '...' || c === '…' ? '…' : /['"“„«‘]/.test(c) ? 'q' : c);
  }
  return out;
}
