import type { Block } from '../types.js';
import { extractAnchors, midSentenceNamesOf, scanCapitalised, type CapitalScan } from './anchors.js';
import type { AlignUnit } from './cost.js';
import { letterAt, letterRun, simpleLower } from './scan.js';
import { unitsAt } from '../util/charclass.js';
import { DistinctIds, packedWordId, rememberPacked, wordId, wordIdsFor } from './wordids.js';

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
  // each run of two or more white-space code units counts one (the regex engine scans faster than a loop)
  let n = text.length;
  SPACE_RUN.lastIndex = 0;
  for (let m = SPACE_RUN.exec(text); m; m = SPACE_RUN.exec(text)) n -= m[0].length - 1;
  return n;
}
const SPACE_RUN = /\s{2,}/g;

export function blockUnit(block: Block, names?: Set<string>, scan?: CapitalScan): AlignUnit {
  const text = block.text;
  const words = wordKeyIds(text);
  return {
    length: collapsedLength(text),
    anchors: extractAnchors(text, names, scan),
    sentences: Math.max(1, block.sentences.length),
    kind: kindOf(text, block.kind === 'heading'),
    words: words.words,
    marks: punctuationMarks(text),
    wordIds: wordIdsFor(words.words, words.ids),
  };
}

export function textUnit(text: string): AlignUnit {
  const words = wordKeyIds(text);
  return {
    length: collapsedLength(text),
    anchors: extractAnchors(text),
    sentences: 1,
    kind: 'prose',
    words: words.words,
    marks: punctuationMarks(text),
    wordIds: wordIdsFor(words.words, words.ids),
  };
}

/**
 * Word keys for shared-token evidence: lower-cased words of 4+ letters cut to 5 letters, so
 * cognates and inflected forms of one stem meet in same-script pairs (Gletscher/glacier do not,
 * Matterhorn/Matterhorn and Piola/Piola do). Cross-script pairs rarely share any. Each key
 * once, in order of first occurrence.
 */
export function wordKeys(text: string): string[] {
  return wordKeyIds(text).words;
}

/** The word keys of a text and their ids (interned as found, see wordids.ts). */
export function wordKeyIds(text: string): { words: string[]; ids: number[] } {
  const out = new DistinctIds();
  // the runs of 4+ letters (code points) that /\p{L}{4,}/gu finds
  for (let i = 0; i < text.length;) {
    if (!letterAt(text, i)) { i += unitsAt(text, i); continue; }
    const { end, count } = letterRun(text, i);
    if (count >= 4) out.add(wordKeyId(text, i, end));
    i = end;
  }
  return { words: out.words(), ids: out.ids };
}

/**
 * The id of text.slice(start, end).toLowerCase().slice(0, 5): the word lower-cased whole, then
 * cut (an "İ" lower-cases to two code units, one not a letter). When each of the first five
 * code units lower-cases to one unit on its own (see simpleLower), the key is their lower
 * cases; when those are all Latin or Russian letters, the key is looked up by a number packed
 * from them (no string made or hashed).
 */
function wordKeyId(text: string, start: number, end: number): number {
  const n = Math.min(5, end - start);
  const a = simpleLower(text.charCodeAt(start)), b = simpleLower(text.charCodeAt(start + 1));
  const c = simpleLower(text.charCodeAt(start + 2)), d = simpleLower(text.charCodeAt(start + 3));
  const e = n === 5 ? simpleLower(text.charCodeAt(start + 4)) : 0;
  if ((a | b | c | d | e) < 0) return wordId(text.slice(start, end).toLowerCase().slice(0, 5));
  const packed = packKey(a, b, c, d, e);
  if (packed < 0) return wordId(n === 5 ? String.fromCharCode(a, b, c, d, e) : String.fromCharCode(a, b, c, d));
  let id = packedWordId(packed);
  if (id < 0) {
    id = wordId(n === 5 ? String.fromCharCode(a, b, c, d, e) : String.fromCharCode(a, b, c, d));
    rememberPacked(packed, id);
  }
  return id;
}

/** a–z as 1–26, а–я as 27–58, ё as 59 (0: no letter): six bits. */
function letter6(c: number): number {
  if (c >= 97 && c <= 122) return c - 96;
  if (c >= 0x430 && c <= 0x44f) return c - 0x430 + 27;
  return c === 0x451 ? 59 : -1;
}

/** Four or five lower-case letters (e = 0 for four) as one small integer, or -1 if one is not a–z, а–я or ё. */
function packKey(a: number, b: number, c: number, d: number, e: number): number {
  const x = letter6(a), y = letter6(b), z = letter6(c), w = letter6(d), v = e === 0 ? 0 : letter6(e);
  if ((x | y | z | w | v) < 0) return -1;
  return (((x * 64 + y) * 64 + z) * 64 + w) * 64 + v;
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
