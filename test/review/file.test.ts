import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { addDismissal, emptyReview, formatReview, readReview, removeDismissal, updateReview } from '../../src/review/file.js';
import { InputError } from '../../src/errors.js';
import { ROOT } from '../helpers.js';

const id = (n: number) => n.toString(16).padStart(16, '0');

describe('the review file', () => {
  it('is written sorted, one dismissal per line, and reads back the same', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bitext-rv-'));
    const path = join(dir, 'p.review.json');
    updateReview(path, 'p', (f) => addDismissal(f, { id: id(2), rule: 'b-rule', reason: 'fixed-upstream' }));
    updateReview(path, 'p', (f) => addDismissal(f, { id: id(1), rule: 'a-rule', reason: 'false-alarm', comment: 'ok' }));
    const text = readFileSync(path, 'utf8');
    expect(text).toBe(`{\n  "schemaVersion": 1,\n  "pair": "p",\n  "dismissals": [\n    {"id":"${id(1)}","rule":"a-rule","reason":"false-alarm","comment":"ok"},\n    {"id":"${id(2)}","rule":"b-rule","reason":"fixed-upstream"}\n  ]\n}\n`);
    expect(formatReview(readReview(path, 'p'))).toBe(text);
    expect(formatReview(removeDismissal(removeDismissal(readReview(path, 'p'), id(1)), id(2)))).toBe(formatReview(emptyReview('p')));
  });

  it('refuses a broken or invalid file with the file named and a fix, and does not overwrite it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bitext-rv-'));
    const path = join(dir, 'p.review.json');
    for (const [content, msg] of [
      ['{ "schemaVersion": 1, ', /not valid JSON/],
      ['{"schemaVersion": 2, "pair": "p", "dismissals": []}', /schemaVersion 2 is not supported/],
      ['{"schemaVersion": 1, "pair": "p", "dismissals": [{"id": "x", "rule": "r", "reason": "false-alarm"}]}', /dismissal 0: "id"/],
      [`{"schemaVersion": 1, "pair": "p", "dismissals": [{"id": "${id(1)}", "rule": "r", "reason": "meh"}]}`, /dismissal 0: "reason" must be one of false-alarm, accepted-deviation, fixed-upstream/],
    ] as const) {
      writeFileSync(path, content);
      let err: unknown;
      try { updateReview(path, 'p', (f) => f); } catch (e) { err = e; }
      expect(err).toBeInstanceOf(InputError);
      expect((err as InputError).message).toMatch(msg);
      expect((err as InputError).file).toBe(path);
      expect((err as InputError).hint).toBeTruthy();
      expect(readFileSync(path, 'utf8')).toBe(content);
    }
  });

  it('loses no decision when two processes write at the same time', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bitext-rv-'));
    const path = join(dir, 'p.review.json');
    const mod = pathToFileURL(join(ROOT, 'dist', 'review', 'file.js')).href;
    const writer = (base: number) => new Promise<number>((resolve) => {
      const code = `const m = await import(${JSON.stringify(mod)});
        for (let i = 0; i < 25; i++) m.updateReview(${JSON.stringify(path)}, 'p', (f) => m.addDismissal(f, { id: (${base} + i).toString(16).padStart(16, '0'), rule: 'r', reason: 'false-alarm' }));`;
      spawn(process.execPath, ['--input-type=module', '-e', code], { stdio: 'inherit' }).on('exit', (c) => resolve(c ?? -1));
    });
    expect(await Promise.all([writer(1000), writer(2000)])).toEqual([0, 0]);
    expect(readReview(path, 'p').dismissals).toHaveLength(50);
  });
});
