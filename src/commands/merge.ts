import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { InputError, EXIT_FINDINGS, EXIT_OK } from '../errors.js';
import { buildResult, RESULT_SCHEMA_VERSION } from '../report/json.js';
import { renderIndex, renderPair } from '../report/html.js';
import { readPair } from '../corpus/read.js';
import { META_FILE, PAIR_ID } from '../corpus/discover.js';
import { failsAt } from '../report/counts.js';
import { SEVERITIES, type PairResult, type Severity } from '../types.js';
import { REGENERABLE, writeFileAtomic } from '../util/atomic.js';
import { RULE_META, writeTargets, type BaselineInfo, type CiResult } from './ci.js';
import type { OutputTarget } from './outputs.js';

/** `bitext merge`: the JSON results of several shards → one result, as if checked in one run. */

export interface MergeArgs {
  results: string[];
  reports?: string;
  encoding?: string;
  failOn: Severity | 'none';
  color?: boolean;
}

export function readShardResult(path: string): CiResult {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    throw new InputError(err.code ? `cannot read the result file (${err.code})` : `the result file is not valid JSON (${err.message})`, {
      file: path, hint: 'pass the files written by bitext check --format json --output FILE',
    });
  }
  const r = raw as CiResult;
  if (!r || typeof r !== 'object' || r.schemaVersion !== RESULT_SCHEMA_VERSION || !Array.isArray(r.pairs)) {
    throw new InputError(`not a bitext JSON result (schemaVersion ${RESULT_SCHEMA_VERSION} with "pairs")`, {
      file: path, hint: 'pass the files written by bitext check --format json --output FILE',
    });
  }
  for (const p of r.pairs) {
    if (!p || typeof p.id !== 'string' || !Array.isArray(p.findings) || !Array.isArray(p.alignment) || !p.source || !p.target) {
      throw new InputError('a pair in the result lacks id, source, target, alignment or findings', { file: path });
    }
    // the id names report files (reports/<id>.html): a path in it would write outside the folder
    if (!PAIR_ID.test(p.id)) {
      throw new InputError(`"${p.id}" is not a pair id (letters, digits, ".", "_", "-")`, { file: path, hint: 'pass the files written by bitext check --format json --output FILE' });
    }
    for (const f of p.findings) {
      if (!f || typeof f.id !== 'string' || typeof f.rule !== 'string' || typeof f.message !== 'string' || !SEVERITIES.includes(f.severity)) {
        throw new InputError(`a finding of pair "${p.id}" lacks a string id, rule or message, or a severity`, { file: path, hint: 'pass the files written by bitext check --format json --output FILE' });
      }
    }
  }
  return r;
}

/** Union of the shards' pairs (each pair at most once), re-sorted and re-summarised. */
export function mergeResults(results: CiResult[], files: string[]): CiResult {
  const seen = new Map<string, string>();
  const pairs: PairResult[] = [];
  results.forEach((r, k) => {
    for (const p of r.pairs) {
      const prev = seen.get(p.id);
      if (prev !== undefined) {
        throw new InputError(`pair "${p.id}" is in two results (also in ${prev})`, {
          file: files[k], hint: 'merge the results of one run\'s shards (--shard 1/n … n/n), each once',
        });
      }
      seen.set(p.id, files[k]);
      pairs.push(p);
    }
  });
  const merged: CiResult = buildResult(pairs);
  const withBaseline = results.filter((r) => r.baseline);
  if (withBaseline.length) {
    const info: BaselineInfo = {
      file: withBaseline[0].baseline!.file,
      matched: withBaseline.reduce((n, r) => n + r.baseline!.matched, 0),
      obsolete: withBaseline.flatMap((r) => r.baseline!.obsolete)
        .sort((a, b) => a.pair.localeCompare(b.pair) || a.rule.localeCompare(b.rule) || a.id.localeCompare(b.id)),
    };
    merged.baseline = info;
  }
  return merged;
}

/** Re-read a pair's texts (the merge job runs on the same checkout) to render its HTML page. */
function writeHtml(result: CiResult, dir: string, encoding?: string): void {
  for (const p of result.pairs) {
    const pairDir = dirname(p.source.path);
    const meta = join(pairDir, META_FILE);
    const pair = readPair(
      { id: p.id, dir: pairDir, sourcePath: p.source.path, targetPath: p.target.path, metaPath: existsSync(meta) ? meta : undefined },
      p.source.lang, p.target.lang, encoding,
    );
    if (pair.source.blocks.length !== p.source.blocks || pair.target.blocks.length !== p.target.blocks) {
      throw new InputError(`the texts of pair "${p.id}" changed since the shard checked them`, {
        file: p.source.path, hint: 'run merge on the same commit as the shards',
      });
    }
    writeFileAtomic(join(dir, `${p.id}.html`), renderPair(pair, p), REGENERABLE);
  }
  writeFileAtomic(join(dir, 'index.html'), renderIndex(result), REGENERABLE);
}

export function merge(args: MergeArgs, targets: OutputTarget[], version: string): number {
  const results = args.results.map(readShardResult);
  const merged = mergeResults(results, args.results);
  if (args.reports) writeHtml(merged, args.reports, args.encoding);
  writeTargets(targets, merged, { rules: RULE_META, version, failOn: args.failOn, color: args.color, colorDefault: !!process.stdout.isTTY });
  const failing = merged.pairs.some((p) => failsAt(p, args.failOn));
  return failing ? EXIT_FINDINGS : EXIT_OK;
}
