import { displayPath } from '../corpus/read.js';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from '../config.js';
import type { PairFiles } from '../corpus/discover.js';
import { lazyRun, type LightRun, type PairDigest, type PairRun } from '../pipeline.js';
import type { Pair } from '../types.js';
import { REGENERABLE, writeFileAtomic } from '../util/atomic.js';
import { wordlistPath } from '../spell/wordlist.js';
import { readAlignment } from '../alignment/store.js';
import { lazyPairJson, pairHead, pairJsonBytes, type PairHead } from '../report/json.js';
import { asCounts } from '../report/counts.js';
import { readChecked, writeChecked } from '../util/checked-file.js';
import { keepPairText, pairText } from '../report/text.js';
import type { DigestMemo } from './digests.js';

/**
 * Per-pair result cache in `.bitext-cache/`: one file per pair holding the key it was computed
 * for and the pipeline's output (result, alignment; the pair itself is re-read when needed). The key hashes every input of the
 * pipeline for that pair, so a hit is exactly what a recomputation would give; a missing,
 * unreadable or corrupt entry is a miss. Deleting the folder is always safe.
 */

export const CACHE_DIR = '.bitext-cache';
const ENTRY_VERSION = 5;

let toolHash: string | undefined;

/** The tool version plus a hash of the compiled code itself, so a rebuilt tool never reuses old results. */
export function toolFingerprint(version: string): string {
  if (toolHash === undefined) {
    const root = dirname(dirname(fileURLToPath(import.meta.url)));
    const h = createHash('sha256');
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir).sort()) {
        const p = join(dir, name);
        if (statSync(p).isDirectory()) walk(p);
        else if (name.endsWith('.js')) h.update(name).update('\0').update(readFileSync(p)).update('\0');
      }
    };
    walk(root);
    toolHash = h.digest('hex');
  }
  return `${version}:${toolHash}`;
}

function fileDigest(path: string | undefined): string {
  if (!path || !existsSync(path)) return '-';
  try {
    if (statSync(path).isDirectory()) return 'dir';
    return createHash('sha256').update(readFileSync(path)).digest('hex');
  } catch {
    return '?';
  }
}

/**
 * What of an alignment file the pipeline reads: its confirmed and stale beads (everything else
 * is recomputed each run). Keying on those alone means the alignment a run writes does not
 * invalidate that run's own cache entry. A file that is not valid JSON is keyed on its bytes,
 * so the run that reports it is never skipped.
 */
function alignmentDigest(path: string): string | undefined {
  try {
    // a file the pipeline would refuse throws here: keyed on its bytes below
    const file = readAlignment(path);
    if (!file) return fileDigest(path);
    // the links and hashes of those beads, not their scores (a run rewrites a confirmed bead's score)
    const kept = file.beads.filter((b) => b.confirmed || b.stale)
      .map((b) => [b.source, b.target, b.sourceHash, b.targetHash, !!b.confirmed, !!b.stale, b.note ?? null]);
    // a valid file with nothing confirmed or stale gives what no file gives: the same key, so
    // the first run's own alignment write does not make the second run recompute everything
    if (kept.length === 0) return undefined;
    return createHash('sha256').update(JSON.stringify([file.schemaVersion, kept])).digest('hex');
  } catch {
    return fileDigest(path);
  }
}

/** Files beside the alignment that belong to the pair: <id>.json and <id>.<anything>.json (review files). */
function alignmentFiles(alignmentsDir: string, id: string): string[] {
  const byPair = listing(alignmentsDir);
  const names = new Set([...(byPair.get(id) ?? [])]);
  // "<id>.json" and "<id>.<anything>.json": the part before the first dot is not always the id
  // (a pair id may hold dots), so ids with dots look at the names filed under their first part
  const head = id.split('.')[0];
  if (head !== id) for (const n of byPair.get(head) ?? []) names.add(n);
  return [...names]
    .filter((n) => n === `${id}.json` || (n.startsWith(`${id}.`) && n.endsWith('.json')))
    .sort()
    .map((n) => join(alignmentsDir, n));
}

/**
 * The names in the alignments folder filed by the part before their first dot, listed again
 * only when the folder's mtime changes (a file added, removed or renamed into it): a key per
 * pair must not list, or scan, a 1,000-file folder each time.
 */
const listings = new Map<string, { mtimeMs: number; byPair: Map<string, string[]> }>();
function listing(dir: string): Map<string, string[]> {
  let mtimeMs: number;
  try {
    mtimeMs = statSync(dir).mtimeMs;
  } catch {
    return new Map();
  }
  const hit = listings.get(dir);
  if (hit && hit.mtimeMs === mtimeMs) return hit.byPair;
  const byPair = new Map<string, string[]>();
  for (const n of readdirSync(dir)) {
    const head = n.split('.')[0];
    let list = byPair.get(head);
    if (!list) byPair.set(head, list = []);
    list.push(n);
  }
  listings.set(dir, { mtimeMs, byPair });
  return byPair;
}

export interface CacheInputs {
  files: PairFiles;
  config: Config;
  alignmentsDir: string;
  encoding?: string;
  tool: string;
  /** Reuse the digests of files unchanged since an earlier run (ci/digests.ts). */
  digests?: DigestMemo;
}

/** Content hash of everything the pipeline reads for one pair. */
export function cacheKey(inp: CacheInputs): string {
  const h = createHash('sha256');
  const part = (label: string, value: string) => h.update(label).update('\0').update(value).update('\0');
  const memo = inp.digests;
  const digestOf = (path: string): string => (memo ? memo.digest(path, () => fileDigest(path)) : fileDigest(path));
  part('tool', inp.tool);
  part('config', JSON.stringify(inp.config));
  part('encoding', inp.encoding ?? '');
  // the termbase and word list are in every pair's key: through the memo, hashed once per run
  part('termbase', inp.config.termbase ? digestOf(inp.config.termbase) : '-');
  // the default word list (corpus/terms/wordlist.txt) counts too, configured or not
  part('wordlist', digestOf(wordlistPath(inp.config)));
  part('pair', inp.files.id);
  // where the files are, as the result shows them (paths in JSON, SARIF and reports)
  part('paths', [displayPath(inp.files.sourcePath), displayPath(inp.files.targetPath), displayPath(inp.alignmentsDir)].join('\0'));
  // every file in the pair folder: the two texts, pair.json and any review file kept there
  const dir = inp.files.dir;
  const names = existsSync(dir) ? readdirSync(dir).sort() : [];
  for (const n of names) part(`corpus/${n}`, digestOf(join(dir, n)));
  part('source', digestOf(inp.files.sourcePath));
  part('target', digestOf(inp.files.targetPath));
  for (const p of alignmentFiles(inp.alignmentsDir, inp.files.id)) {
    const own = p === join(inp.alignmentsDir, `${inp.files.id}.json`);
    // the memo holds strings: '' stands for "keyed as no file"; the pair's own file is digested
    // otherwise than another pair's file of the same name ("a.b.json" is a's review-like file
    // and pair a.b's alignment), so its entry has a kind of its own
    const digest = !own ? digestOf(p) : memo ? memo.digest(p, () => alignmentDigest(p) ?? '', 'alignment') || undefined : alignmentDigest(p);
    if (digest !== undefined) part(`alignments/${p.slice(inp.alignmentsDir.length)}`, digest);
  }
  return h.digest('hex');
}

/**
 * A cache entry (util/checked-file.ts): one line of JSON with the key, the pair's alignment,
 * the digest its reports are keyed on and the result's counts; then the pair's result as it
 * stands in the JSON output (report/json.ts pairJsonBytes) and its lines of the text listing,
 * plain and coloured (report/text.ts pairText), so a pair taken from the cache is counted,
 * listed and written out without being parsed or serialised again, and a stale entry is told
 * from its first line alone.
 * Not the segmented texts (three quarters of a full run): a run taken from the cache reads its
 * pair from the corpus only if something needs it (a report page to render again).
 */
interface Header {
  version: number; key: string; alignment: PairRun['alignment']; digest: PairDigest;
  /** The result's id, sides and counts: the rest is parsed from the body only when needed. */
  result: PairHead;
  /** Byte lengths of the pair's text listing, plain and coloured, which end the body. */
  text: [number, number];
}

function entryPath(dir: string, id: string): string {
  return join(dir, `${id}.json`);
}

function looksLikeEntry(e: Header, id: string): boolean {
  const r = e.result;
  return !!r && typeof r === 'object' && r.id === id && !!r.source && !!r.target && !!asCounts(r.counts)
    && e.alignment?.pair === id && Array.isArray(e.alignment.beads)
    && !!e.digest && typeof e.digest.source === 'string' && typeof e.digest.target === 'string'
    && Array.isArray(e.text) && e.text.length === 2 && e.text.every((n) => Number.isInteger(n) && n >= 0);
}

/**
 * The cached run for this key, or undefined (absent, other key, unreadable, corrupt). Its `pair`
 * is read with `loadPair` on first access.
 */
export function readCached(dir: string, id: string, key: string, loadPair: () => Pair): PairRun | undefined {
  const entry = readChecked<Header>(entryPath(dir, id));
  if (!entry || entry.head.version !== ENTRY_VERSION || entry.head.key !== key) return undefined;
  const { head, body } = entry;
  if (!looksLikeEntry(head, id)) return undefined;
  const [plain, color] = head.text;
  const json = body.length - plain - color;
  if (json <= 0) return undefined;
  const result = lazyPairJson(body.subarray(0, json), head.result);
  keepPairText(result, body.subarray(json, json + plain), body.subarray(json + plain));
  const run = lazyRun({ result, alignment: head.alignment, digest: head.digest }, loadPair);
  run.inputsKey = key; // set, not spread: spreading would read the lazy pair
  return run;
}

/** Store a run (atomic); a cache that cannot be written is skipped, never an error. */
export function writeCached(dir: string, id: string, key: string, run: LightRun): void {
  const plain = Buffer.from(pairText(run.result, false), 'utf8');
  const color = Buffer.from(pairText(run.result, true), 'utf8');
  const head: Header = { version: ENTRY_VERSION, key, alignment: run.alignment, digest: run.digest, result: pairHead(run.result), text: [plain.length, color.length] };
  try {
    // the folder ignores itself, so a project without a .gitignore line never commits it
    if (!existsSync(join(dir, '.gitignore'))) writeFileAtomic(join(dir, '.gitignore'), '*\n', REGENERABLE);
    writeChecked(entryPath(dir, id), head, Buffer.concat([pairJsonBytes(run.result), plain, color]));
  } catch {
    /* a read-only checkout still checks; it just recomputes next time */
  }
}
