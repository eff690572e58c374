import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config.js';
import { RULE_IDS } from '../../src/checks/index.js';
import { pairFiles } from '../../src/corpus/discover.js';
import { runPair } from '../../src/pipeline.js';
import { buildResult, formatJsonBytes, lazyPairJson, pairHead, pairJsonBytes, summarize } from '../../src/report/json.js';
import { computeCounts, countsOf, failsAt } from '../../src/report/counts.js';
import { renderIndex } from '../../src/report/html.js';
import { rowText } from '../../src/report/html/index-page.js';
import { toHtml } from '../../src/report/html/serialize.js';
import { h } from 'hastscript';
import { applyDismissals } from '../../src/filter/dismissals.js';
import { severityAtLeast } from '../../src/findings.js';
import type { PairResult, Severity } from '../../src/types.js';
import { ROOT } from '../helpers.js';

const seed = runPair(pairFiles(join(ROOT, 'corpus'), 'zheksebaev-2022', 'en', 'ru'), loadConfig(ROOT, RULE_IDS), { alignmentsDir: mkdtempSync(join(tmpdir(), 'bitext-counts-')) }).result;

/** The seed's result with some findings dismissed and accepted, as filters leave it. */
function filtered(): PairResult {
  return { ...seed, findings: seed.findings.map((f, k) => (k % 5 === 1 ? { ...f, status: 'dismissed' as const } : k % 7 === 2 ? { ...f, status: 'baseline' as const } : f)) };
}

describe('pair counts (report/counts.ts)', () => {
  it('count what the findings say: open by rule and severity, closed, beads and gaps', () => {
    const r = filtered();
    const c = computeCounts(r);
    const open = r.findings.filter((f) => f.status === 'open');
    const total = Object.values(c.open).reduce((n, s) => n + s.error + s.warning + s.info, 0);
    expect(total).toBe(open.length);
    expect(c.closed).toBe(r.findings.length - open.length);
    for (const f of open) expect(c.open[f.rule][f.severity]).toBeGreaterThan(0);
    expect(Object.keys(c.open)).toEqual([...new Set(open.map((f) => f.rule))].sort());
    expect(c.beads).toBe(r.alignment.length);
    expect(c.gaps).toBe(r.alignment.filter((b) => !b.source.length || !b.target.length).length);
    expect(c.gaps).toBeGreaterThan(0); // the seed has unmatched paragraphs
    expect(c.statuses).toBe(true);
    expect(computeCounts({ ...r, findings: r.findings.map(({ status: _, ...f }) => f) }).statuses).toBe(false);
  });

  it('sum up to the summary the findings themselves give', () => {
    const pairs = [filtered(), seed];
    const open = pairs.flatMap((p) => p.findings).filter((f) => f.status === undefined || f.status === 'open');
    const bySeverity = { error: 0, warning: 0, info: 0 };
    const byRule: Record<string, number> = {};
    for (const f of open) { bySeverity[f.severity]++; byRule[f.rule] = (byRule[f.rule] ?? 0) + 1; }
    expect(summarize(pairs)).toEqual({
      pairs: 2, findings: open.length, bySeverity, byRule,
      dismissed: pairs.reduce((n, p) => n + p.findings.length, 0) - open.length,
    });
  });

  it('fail a run exactly when an open finding is at the threshold or above', () => {
    const r = filtered();
    for (const t of ['error', 'warning', 'info', 'none'] as const) {
      expect(failsAt(r, t)).toBe(r.findings.some((f) => f.status === 'open' && severityAtLeast(f.severity as Severity, t)));
    }
    const onlyInfo = { ...r, findings: r.findings.filter((f) => f.severity === 'info') };
    expect([failsAt(onlyInfo, 'warning'), failsAt(onlyInfo, 'info')]).toEqual([false, true]);
  });
});

describe('a result read back from its JSON bytes (lazyPairJson)', () => {
  it('is the same result: findings, alignment, summary, output bytes and index page', () => {
    const r = filtered();
    const lazy = lazyPairJson(pairJsonBytes(r), pairHead(r));
    const other = { ...seed, id: 'zz-other' };
    expect(formatJsonBytes(buildResult([lazy, other]))).toEqual(formatJsonBytes(buildResult([r, other])));
    expect(renderIndex(buildResult([lazy, other]))).toBe(renderIndex(buildResult([r, other])));
    expect(JSON.parse(JSON.stringify(lazy))).toEqual(JSON.parse(JSON.stringify(r)));
    expect(Object.keys(lazy)).toEqual(Object.keys(r));
  });

  it('is counted, summarised, indexed and written out without its findings being parsed', () => {
    const r = filtered();
    // bytes that are not JSON at all: only reading the findings or the alignment parses them
    const lazy = lazyPairJson(Buffer.from('    not json'), pairHead(r));
    expect(summarize([lazy])).toEqual(summarize([r]));
    expect(countsOf(lazy)).toEqual(computeCounts(r));
    expect(failsAt(lazy, 'warning')).toBe(failsAt(r, 'warning'));
    expect(renderIndex(buildResult([lazy]))).toBe(renderIndex(buildResult([r])));
    expect(formatJsonBytes(buildResult([lazy])).toString()).toContain('\n    not json\n');
    // no dismissals and every status set: the filter returns it untouched, unparsed
    expect(applyDismissals(lazy, { schemaVersion: 1, pair: r.id, dismissals: [] }, 'x.review.json')).toBe(lazy);
    expect(() => lazy.findings).toThrow(SyntaxError);
  });
});

describe('index rows written as text (report/html/index-page.ts)', () => {
  /** The row as it was built before: a hast tree, serialised by toHtml. */
  function hastRow(p: PairResult, rules: string[]): string {
    const open = p.findings.filter((f) => f.status === undefined || f.status === 'open');
    const num = (v: number) => h('td', { className: ['n'], dataValue: String(v) }, String(v));
    const bySev = (sev: Severity) => open.filter((f) => f.severity === sev).length;
    return toHtml(h('tr', [
      h('td', { dataValue: p.id }, h('a', { href: `${encodeURIComponent(p.id)}.html` }, p.id)),
      num(bySev('error')), num(bySev('warning')), num(bySev('info')),
      num(p.findings.length - open.length),
      num(p.alignment.length), num(p.alignment.filter((b) => !b.source.length || !b.target.length).length),
      ...rules.map((r) => num(open.filter((f) => f.rule === r).length)),
    ]));
  }

  it('are the bytes the hast tree gave, for any id and rule columns', () => {
    const ids = ['gen-00001', 'a.b_c-d', 'x', 'Ünïcode', 'a&b<c>"d\'e`f', 'sp ace/slash?q=1#h', '\u0000nul'];
    const rules = [[], ['spelling'], ['name-mismatch', 'spelling', 'term-mismatch', 'zz-absent'], [...new Set(seed.findings.map((f) => f.rule))].sort()];
    for (const id of ids) {
      for (const base of [seed, filtered(), { ...seed, findings: [], alignment: [] }]) {
        const p = { ...base, id };
        for (const cols of rules) expect(rowText(p, cols)).toBe(hastRow(p, cols));
      }
    }
  });
});
