import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildResult, formatJson, formatJsonBytes } from '../../src/report/json.js';
import { renderIndex } from '../../src/report/html.js';
import { applyBaseline } from '../../src/filter/baseline.js';
import { applyReviewFile } from '../../src/filter/dismissals.js';
import { runPair } from '../../src/pipeline.js';
import { pairFiles } from '../../src/corpus/discover.js';
import { DEFAULT_CONFIG } from '../../src/config.js';
import type { PairResult } from '../../src/types.js';
import { copySeedProject } from '../helpers.js';

/** The seed's real result (all rules), computed once. */
const seedDir = copySeedProject();
const seed = runPair(pairFiles(join(seedDir, 'corpus'), 'zheksebaev-2022', 'en', 'ru'), DEFAULT_CONFIG, { alignmentsDir: join(seedDir, 'alignments') }).result;
const clone = <T>(x: T): T => structuredClone(x);
const withId = (r: PairResult, id: string): PairResult => ({ ...clone(r), id });

describe('JSON output assembled per pair (formatJsonBytes)', () => {
  it('is byte for byte formatJson, with memoised pairs reused and changed pairs serialised again', () => {
    const a = withId(seed, 'a'), b = withId(seed, 'b');
    const r1 = { ...buildResult([a, b]), baseline: { file: 'x', matched: 0, obsolete: [] } };
    expect(formatJsonBytes(r1).toString('utf8')).toBe(formatJson(r1));
    expect(formatJsonBytes(r1).equals(formatJsonBytes(r1))).toBe(true);
    // b edited (a new object, as every stage returns): its new JSON, a's memoised one
    const b2 = { ...b, findings: b.findings.slice(1) };
    const r2 = buildResult([a, b2]);
    expect(formatJsonBytes(r2).toString('utf8')).toBe(formatJson(r2));
    expect(formatJsonBytes(buildResult([])).toString('utf8')).toBe(formatJson(buildResult([])));
  });

  it('matches JSON.stringify on arbitrary JSON values inside pairs (newlines, quotes, astral characters)', () => {
    fc.assert(fc.property(fc.array(fc.dictionary(fc.string(), fc.jsonValue()), { maxLength: 4 }), fc.jsonValue(), (pairs, extra) => {
      const result = { schemaVersion: 1, pairs: pairs as unknown as PairResult[], summary: extra } as never;
      expect(formatJsonBytes(result).toString('utf8')).toBe(formatJson(result));
    }), { numRuns: 200 });
  });
});

describe('index rows memoised per result', () => {
  it('gives, for the same result objects rendered again, the page a fresh render gives', () => {
    const a = withId(seed, 'a'), b = withId(seed, 'b');
    const result = buildResult([a, b]);
    const first = renderIndex(result);
    expect(renderIndex(result)).toBe(first); // rows from the memo
    // b changed (new object, same id and rule columns, other counts): its row is rendered again
    const warning = b.findings.findIndex((f) => f.severity === 'warning');
    const b2 = { ...b, findings: b.findings.filter((_, k) => k !== warning) };
    const again = buildResult([a, b2]);
    const page = renderIndex(again);
    expect(page).not.toBe(first);
    // the row of b shows b2's counts (errors, warnings, info), not the memoised row of b
    const cells = (html: string, id: string) => new RegExp(`<tr><td data-value="${id}">.*?</td>((?:<td class="n" data-value="\\d+">\\d+</td>){3})`).exec(html)![1];
    const count = (r: PairResult, sev: string) => r.findings.filter((f) => f.severity === sev).length;
    expect(cells(page, 'b')).toBe(['error', 'warning', 'info'].map((sev) => `<td class="n" data-value="${count(b2, sev)}">${count(b2, sev)}</td>`).join(''));
    expect(cells(first, 'b')).not.toBe(cells(page, 'b'));
  });


  it('gives the page a fresh render gives, also when the rule columns change', () => {
    const a = withId(seed, 'a'), b = withId(seed, 'b');
    const first = buildResult([a, b]);
    expect(renderIndex(first)).toBe(renderIndex(clone(first)));
    // b now has only findings of one rule, a new rule appears: a's memoised row gets the new column
    const extra = { ...b.findings[0], id: 'ffffffffffffffff', rule: 'brand-new-rule' };
    const b2 = { ...b, findings: [...b.findings, extra] };
    const second = buildResult([a, b2]);
    const page = renderIndex(second);
    expect(page).toBe(renderIndex(clone(second)));
    expect(page).toContain('brand-new-rule');
  });
});

describe('filter stages keep unchanged results as they are', () => {
  it('applyBaseline returns a pair without baselined findings as the same object', () => {
    const a = withId(seed, 'a'), b = withId(seed, 'b');
    const out = applyBaseline([a, b], { schemaVersion: 1, findings: [{ pair: 'b', id: b.findings[0].id, rule: b.findings[0].rule, message: '' }] } as never);
    expect(out.pairs[0]).toBe(a);
    expect(out.pairs[1]).not.toBe(b);
    expect(out.pairs[1].findings[0].status).toBe('baseline');
    expect(b.findings[0].status).toBe('open'); // the input is not changed
  });

  it('applyReviewFile filters an unchanged result once, and again when its review file changes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bitext-filter-'));
    const r = withId(seed, 'p');
    const once = applyReviewFile(r, dir);
    expect(applyReviewFile(r, dir)).toBe(once);
    expect(once.findings.every((f) => f.status === 'open')).toBe(true);
    const f = r.findings[0];
    writeFileSync(join(dir, 'p.review.json'), JSON.stringify({ schemaVersion: 1, pair: 'p', dismissals: [{ id: f.id, rule: f.rule, reason: 'false-alarm' }] }));
    const again = applyReviewFile(r, dir);
    expect(again).not.toBe(once);
    expect(again.findings.find((x) => x.id === f.id)?.status).toBe('dismissed');
  });
});
