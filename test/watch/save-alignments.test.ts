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

  it('skips an alignment object it found equal to its file while the file is untouched, not after an edit', () => {
    const r = run();
    const real = Date.now;
    saveAlignments(ctx, { runs: [r], bases: new Map([[id, readFileSync(path, 'utf8')]]) });
    try {
      Date.now = () => real() + 3000; // the file is now "old": remembered by stamp
      expect(saveAlignments(ctx, { runs: [r], bases: new Map([[id, readFileSync(path, 'utf8')]]) })).toEqual([]);
      const ours = readFileSync(path, 'utf8');
      // someone rewrites it (another size, a new ctime): the same run object must write again
      writeFileSync(path, ours.replace('"score"', '"score" ').replace(/\n/g, '\n '));
      const now = readFileSync(path, 'utf8');
      const written = saveAlignments(ctx, { runs: [r], bases: new Map([[id, now]]) });
      expect(written.map((w) => w.path)).toEqual([path]);
      expect(readFileSync(path, 'utf8')).toBe(ours);
    } finally {
      Date.now = real;
    }
  });
});
