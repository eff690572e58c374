import type { Block } from '../types.js';
import { extractAnchors, midSentenceNamesOf, scanCapitalised, type CapitalScan } from './anchors.js';
import type { AlignUnit } from './cost.js';
import { isSpaceUnit, letterAt, letterRun, simpleLower, unitsAt } from './scan.js';

function kindOf(text: string, isHeading: boolean): AlignUnit['kind'] {
  if (isHeading) return 'heading';
  return text.length < 80 && !/[.!?…»”"')\]:;]\s*$/.test(text.trim()) ? 'fragment' : 'prose';
}

export function blockUnits(blocks: Block[]): AlignUnit[] {
  const scans = blocks.map((b) => scanCapitalised(b.text));
  const names = midSentenceNamesOf(scans);
  return blocks.map((b, k) => blockUnit(b, names, scans[k]));
}

/** Length of the text with each run of white space counted as one character (no copy made). */
export function collapsedLength(text: string): number {
  let n = 0, inSpace = false;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    const space = c === 32 || (c >= 9 && c <= 13) || (c > 127 && isSpaceUnit(c));
    if (!(space && inSpace)) n++;
    inSpace = space;
  }
  return n;
}

export function blockUnit(block: Block, names?: Set<string>, scan?: CapitalScan): AlignUnit {
  const text = block.text;
  return {
    length: collapsedLength(text),
    anchors: extractAnchors(text, names, scan),
    sentences: Math.max(1, block.sentences.length),
    kind: kindOf(text, block.kind === 'heading'),
    words: wordKeys(text),
    marks: punctuationMarks(text),
  };
}

export function textUnit(text: string): AlignUnit {
  return {
    length: collapsedLength(text),
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
export function wordKeys(text: string): string[] {
  const out = new Set<string>();
  // the runs of 4+ letters (code points) that /\p{L}{4,}/gu finds
  for (let i = 0; i < text.length;) {
    if (!letterAt(text, i)) { i += unitsAt(text, i); continue; }
    const { end, count } = letterRun(text, i);
    if (count >= 4) out.add(wordKey(text, i, end));
    i = end;
  }
  return [...out];
}

/**
 * text.slice(start, end).toLowerCase().slice(0, 5): the word lower-cased whole, then cut (a
 * "İ" lower-cases to two code units, one not a letter). When each of the first five code
 * units lower-cases to one unit on its own (see simpleLower), that is their lower cases.
 */
function wordKey(text: string, start: number, end: number): string {
  const n = Math.min(5, end - start);
  const a = simpleLower(text.charCodeAt(start)), b = simpleLower(text.charCodeAt(start + 1));
  const c = simpleLower(text.charCodeAt(start + 2)), d = simpleLower(text.charCodeAt(start + 3));
  const e = n === 5 ? simpleLower(text.charCodeAt(start + 4)) : 0;
  if ((a | b | c | d | e) < 0) return text.slice(start, end).toLowerCase().slice(0, 5);
  return n === 5 ? String.fromCharCode(a, b, c, d, e) : String.fromCharCode(a, b, c, d);
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
