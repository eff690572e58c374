import { join } from 'node:path';
import { InputError } from '../errors.js';
import type { Bead, Block, Doc } from '../types.js';
import { hashText } from '../util/hash.js';
import { normalizeKey } from '../util/text.js';
import { writeFileAtomic } from '../util/atomic.js';
import { readJsonFile } from '../util/json-file.js';

export const ALIGNMENT_SCHEMA_VERSION = 1;

/** A bead as stored in alignments/<pair-id>.json, with hashes of the texts it links. */
export interface StoredBead {
  source: number[];
  target: number[];
  score?: number;
  confirmed?: boolean;
  /** Hash of the source blocks' normalised texts, and of the target blocks'. */
  sourceHash: string;
  targetHash: string;
  /** Present on a confirmed bead whose text changed: kept, not dropped, until a reviewer acts. */
  stale?: boolean;
  note?: string;
}

export interface AlignmentFile {
  schemaVersion: number;
  pair: string;
  source: { path: string; blocks: number };
  target: { path: string; blocks: number };
  beads: StoredBead[];
}

export function blockHash(block: Block): string {
  return hashText(normalizeKey(block.text), 12);
}

export function sideHash(blocks: Block[]): string {
  return blocks.length === 0 ? '' : hashText(blocks.map((b) => normalizeKey(b.text)).join('\u0000'), 12);
}

export function alignmentPath(dir: string, pairId: string): string {
  return join(dir, `${pairId}.json`);
}

/** Read and validate an alignment file; corrupt or unknown-version files are input errors, never discarded. */
export function readAlignment(path: string, shown = path): AlignmentFile | undefined {
  const read = readJsonFile(path, 'alignment file', 'repair it (git diff / git checkout shows the last good version); bitext will not overwrite it while it is broken', shown);
  if (!read) return undefined;
  const { raw, text } = read;
  const problem = validateAlignment(raw);
  if (problem) {
    throw new InputError(`the alignment file is invalid: ${problem.message}`, {
      file: shown, line: problem.bead !== undefined ? lineOfBead(text, problem.bead) : undefined,
      hint: problem.hint ?? 'fix the bead by hand, or restore the file from git; bitext will not overwrite it while it is invalid',
    });
  }
  return raw as AlignmentFile;
}

/** Line of the start of bead `bead` in the "beads" array, however the file is laid out. */
function lineOfBead(text: string, bead: number): number | undefined {
  const key = text.indexOf('"beads"');
  const open = key < 0 ? -1 : text.indexOf('[', key);
  if (open < 0) return undefined;
  let depth = 0, count = -1, inString = false;
  for (let i = open + 1; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '{' || c === '[') {
      if (depth === 0 && ++count === bead) return text.slice(0, i).split('\n').length;
      depth++;
    } else if (c === '}' || c === ']') {
      if (depth === 0) return undefined;
      depth--;
    } else if (depth === 0 && !/[\s,]/.test(c) && ++count === bead) {
      return text.slice(0, i).split('\n').length; // a bead that is not an object
    }
  }
  return undefined;
}

function validateAlignment(raw: unknown): { message: string; bead?: number; hint?: string } | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { message: 'expected a JSON object' };
  const f = raw as Record<string, unknown>;
  if (f.schemaVersion !== ALIGNMENT_SCHEMA_VERSION) {
    return {
      message: `schemaVersion ${JSON.stringify(f.schemaVersion)} is not supported (this bitext reads version ${ALIGNMENT_SCHEMA_VERSION})`,
      hint: typeof f.schemaVersion === 'number' && f.schemaVersion > ALIGNMENT_SCHEMA_VERSION
        ? 'upgrade bitext to a version that reads this file'
        : 'set "schemaVersion": 1 if the beads have the documented shape, or restore the file from git',
    };
  }
  if (!Array.isArray(f.beads)) return { message: '"beads" must be an array' };
  const seenS = new Set<number>(), seenT = new Set<number>();
  for (let k = 0; k < f.beads.length; k++) {
    const b = f.beads[k] as Record<string, unknown>;
    if (typeof b !== 'object' || b === null) return { message: `bead ${k} is not an object`, bead: k };
    for (const side of ['source', 'target'] as const) {
      const v = b[side];
      if (!Array.isArray(v) || !v.every((x) => Number.isInteger(x) && x >= 0)) {
        return { message: `bead ${k}: "${side}" must be an array of block indices`, bead: k };
      }
      if (!b.stale) {
        for (const x of v as number[]) {
          const seen = side === 'source' ? seenS : seenT;
          if (seen.has(x)) return { message: `bead ${k}: ${side} block ${x} is in two beads`, bead: k };
          seen.add(x);
        }
      }
    }
    if ((b.source as number[]).length + (b.target as number[]).length === 0) return { message: `bead ${k} links nothing`, bead: k };
    if (b.confirmed !== undefined && typeof b.confirmed !== 'boolean') return { message: `bead ${k}: "confirmed" must be true or false`, bead: k };
  }
  return undefined;
}

/** Serialise with one bead per line: stable and diffable. */
export function formatAlignment(file: AlignmentFile): string {
  const head = {
    schemaVersion: file.schemaVersion,
    pair: file.pair,
    source: file.source,
    target: file.target,
  };
  const lines = JSON.stringify(head, null, 2).replace(/\n}$/, '');
  const beads = file.beads.map((b) => `    ${JSON.stringify(orderBead(b))}`).join(',\n');
  return `${lines},\n  "beads": [\n${beads}\n  ]\n}\n`;
}

function orderBead(b: StoredBead): StoredBead {
  const out: StoredBead = { source: b.source, target: b.target, sourceHash: b.sourceHash, targetHash: b.targetHash };
  if (b.score !== undefined) out.score = b.score;
  if (b.confirmed) out.confirmed = true;
  if (b.stale) out.stale = true;
  if (b.note) out.note = b.note;
  // keep hashes after the indices but before flags, in a fixed order
  return { source: out.source, target: out.target, ...(out.score !== undefined ? { score: out.score } : {}), ...(out.confirmed ? { confirmed: true } : {}), ...(out.stale ? { stale: true } : {}), sourceHash: out.sourceHash, targetHash: out.targetHash, ...(out.note ? { note: out.note } : {}) };
}

export function writeAlignment(path: string, file: AlignmentFile): void {
  writeFileAtomic(path, formatAlignment(file));
}

export interface ConfirmedResolution {
  /** Confirmed beads found in the current text, at their (possibly moved) block indices. */
  fixed: Array<{ source: number[]; target: number[] }>;
  /** Confirmed beads whose text no longer matches: kept in the file, reported as stale. */
  stale: StoredBead[];
}

/**
 * Find each confirmed bead in the current documents by its text hashes, near its old position
 * (blocks may have moved when paragraphs were inserted or deleted elsewhere).
 */
export function resolveConfirmed(stored: AlignmentFile | undefined, source: Doc, target: Doc): ConfirmedResolution {
  const fixed: ConfirmedResolution['fixed'] = [];
  const stale: StoredBead[] = [];
  if (!stored) return { fixed, stale };
  const usedS = new Set<number>(), usedT = new Set<number>();
  const origin = new Map<object, StoredBead>();
  for (const bead of stored.beads.filter((b) => b.confirmed)) {
    const s = locate(bead.source, bead.sourceHash, source.blocks, usedS);
    const t = locate(bead.target, bead.targetHash, target.blocks, usedT);
    if (s && t) {
      s.forEach((i) => usedS.add(i));
      t.forEach((i) => usedT.add(i));
      const link = { source: s, target: t };
      origin.set(link, bead);
      fixed.push(link);
    } else {
      stale.push({ ...bead, stale: true });
    }
  }
  // Fixed links must be monotonic: drop (as stale) any that cross an earlier one.
  fixed.sort((a, b) => (a.source[0] ?? a.target[0] ?? 0) - (b.source[0] ?? b.target[0] ?? 0));
  const ok: ConfirmedResolution['fixed'] = [];
  let lastS = -1, lastT = -1;
  for (const f of fixed) {
    const s0 = f.source.length ? Math.min(...f.source) : lastS + 1;
    const t0 = f.target.length ? Math.min(...f.target) : lastT + 1;
    if (s0 > lastS && t0 > lastT) {
      ok.push(f);
      if (f.source.length) lastS = Math.max(...f.source);
      if (f.target.length) lastT = Math.max(...f.target);
    } else {
      // keep the reviewer's bead as it was (indices and hashes), flagged, never discarded
      stale.push({ ...origin.get(f)!, confirmed: true, stale: true, note: 'crosses another confirmed bead' });
    }
  }
  return { fixed: ok, stale };
}

function locate(old: number[], hash: string, blocks: Block[], used: Set<number>): number[] | undefined {
  if (old.length === 0) return hash === '' ? [] : undefined;
  const len = old.length;
  const candidates: number[] = [];
  for (let start = 0; start + len <= blocks.length; start++) {
    if (sideHash(blocks.slice(start, start + len)) === hash) candidates.push(start);
  }
  candidates.sort((a, b) => Math.abs(a - old[0]) - Math.abs(b - old[0]));
  for (const start of candidates) {
    const ids = Array.from({ length: len }, (_, k) => start + k);
    if (ids.every((i) => !used.has(i))) return ids;
  }
  return undefined;
}

/** Build the file to store from the current beads, keeping stale confirmed records. */
export function toAlignmentFile(pairId: string, source: Doc, target: Doc, beads: Bead[], stale: StoredBead[]): AlignmentFile {
  const stored: StoredBead[] = beads.map((b) => ({
    source: b.source,
    target: b.target,
    score: b.score,
    confirmed: b.confirmed || undefined,
    sourceHash: sideHash(b.source.map((i) => source.blocks[i])),
    targetHash: sideHash(b.target.map((i) => target.blocks[i])),
  }));
  return {
    schemaVersion: ALIGNMENT_SCHEMA_VERSION,
    pair: pairId,
    source: { path: source.path, blocks: source.blocks.length },
    target: { path: target.path, blocks: target.blocks.length },
    beads: [...stored, ...stale],
  };
}
