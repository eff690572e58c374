import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CONFIG } from '../../src/config.js';
import { pairFiles } from '../../src/corpus/discover.js';
import { runPair } from '../../src/pipeline.js';
import { saveAlignments } from '../../src/commands/run.js';
import { formatAlignment } from '../../src/alignment/store.js';
import { stampOf } from '../../src/util/stamp.js';
import { copySeedProject } from '../helpers.js';

describe('saveAlignments tells its own writes from merged ones', () => {
  const dir = copySeedProject();
  const ctx = { config: structuredClone(DEFAULT_CONFIG), corpusDir: join(dir, 'corpus'), alignmentsDir: join(dir, 'alignments'), reportsDir: join(dir, 'reports') };
  const id = 'zheksebaev-2022';
  const path = join(ctx.alignmentsDir, `${id}.json`);
  const run = () => runPair(pairFiles(ctx.corpusDir, id, 'en', 'ru'), ctx.config, { alignmentsDir: ctx.alignmentsDir });

  it('returns a file it wrote from its own result, with the stamp after the write', () => {
    const written = saveAlignments(ctx, { runs: [run()], bases: new Map([[id, undefined]]) });
    expect(written).toEqual([{ path, stamp: stampOf(path) }]);
    // nothing to write the second time
    expect(saveAlignments(ctx, { runs: [run()], bases: new Map([[id, readFileSync(path, 'utf8')]]) })).toEqual([]);
  });

  it('does not return a file it merged with another process\'s change (a watcher must check again)', () => {
    const r = run();
    const base = readFileSync(path, 'utf8');
    // a reviewer confirms the first bead while this run is going
    const file = JSON.parse(base);
    file.beads[0].confirmed = true;
    file.beads[0].score = 0.001; // the run writes its own score: the merge rewrites the file
    const theirs = formatAlignment(file);
    writeFileSync(path, theirs);
    const written = saveAlignments(ctx, { runs: [r], bases: new Map([[id, base]]) });
    const merged = readFileSync(path, 'utf8');
    expect(merged).not.toBe(theirs); // it did write
    expect(JSON.parse(merged).beads[0].confirmed).toBe(true);
    expect(written).toEqual([]);
  });
});
