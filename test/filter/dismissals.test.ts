import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyDismissals } from '../../src/filter/dismissals.js';
import { emptyReview, addDismissal, type ReviewFile } from '../../src/review/file.js';
import { runWithFindings, seedFixtureFindings } from '../report/seed-run.js';
import { copySeedProject } from '../helpers.js';
import type { Finding } from '../../src/types.js';

function seedCopy(edit?: (en: string, ru: string) => [string, string]): string {
  const dir = copySeedProject();
  if (edit) {
    const p = join(dir, 'corpus', 'zheksebaev-2022');
    const [en, ru] = edit(readFileSync(join(p, 'en.md'), 'utf8'), readFileSync(join(p, 'ru.md'), 'utf8'));
    writeFileSync(join(p, 'en.md'), en);
    writeFileSync(join(p, 'ru.md'), ru);
  }
  return join(dir, 'corpus');
}

const byRule = (fs: Finding[], rule: string) => fs.find((f) => f.rule === rule)!;

describe('dismissals (filter stage)', () => {
  const base = runWithFindings(seedCopy(), 'zheksebaev-2022', seedFixtureFindings);
  const number = byRule(base.result.findings, 'number-mismatch');
  const review: ReviewFile = addDismissal(emptyReview('zheksebaev-2022'), { id: number.id, rule: number.rule, reason: 'false-alarm', comment: 'same number', source: '15 days' });

  it('marks the dismissed finding with its reason and leaves the others open', () => {
    const out = applyDismissals(base.result, review, 'alignments/x.review.json');
    expect(byRule(out.findings, 'number-mismatch')).toMatchObject({ status: 'dismissed', reason: 'false alarm: same number' });
    expect(out.findings.filter((f) => f.status === 'open')).toHaveLength(base.result.findings.length - 1);
    expect(out.findings.some((f) => f.rule === 'dismissal-unused')).toBe(false);
    expect(base.result.findings.every((f) => f.status === 'open')).toBe(true); // pure: the input keeps its statuses
  });

  it('gives the result itself back when nothing is dismissed (what is kept with it stays valid)', () => {
    expect(applyDismissals(base.result, { ...review, dismissals: [] }, 'r')).toBe(base.result);
    // a finding without a status still gets "open": then a new result
    const bare = { ...base.result, findings: base.result.findings.map(({ status: _, ...f }) => f) };
    const out = applyDismissals(bare, { ...review, dismissals: [] }, 'r');
    expect(out).not.toBe(bare);
    expect(out.findings.every((f) => f.status === 'open')).toBe(true);
  });

  it('keeps matching after an unrelated edit elsewhere in the document (fingerprint, not block index)', () => {
    const edited = runWithFindings(seedCopy((en, ru) => [en.replace('\n\n', '\n\nA new paragraph inserted by the editor.\n\n'), ru]), 'zheksebaev-2022', seedFixtureFindings);
    expect(edited.pair.source.blocks).toHaveLength(26);
    // the number finding moved one block down but kept its id
    const moved = byRule(edited.result.findings, 'number-mismatch');
    expect(moved.source!.paragraph).not.toBe(number.source!.paragraph);
    expect(moved.id).toBe(number.id);
    expect(byRule(applyDismissals(edited.result, review, 'r').findings, 'number-mismatch').status).toBe('dismissed');
  });

  it('lapses when the text it was about changes, and lists the dismissal as unused', () => {
    const changed = runWithFindings(seedCopy((en, ru) => [en.replace('every 15 days', 'every 15 days without fail'), ru]), 'zheksebaev-2022', seedFixtureFindings);
    const out = applyDismissals(changed.result, review, 'alignments/x.review.json');
    expect(byRule(out.findings, 'number-mismatch').status).toBe('open');
    const unused = byRule(out.findings, 'dismissal-unused');
    expect(unused).toMatchObject({ severity: 'info', status: 'open', source: null, target: null });
    expect(unused.message).toContain(number.id);
    expect(unused.message).toContain('“15 days”');
    expect(unused.message).toContain('alignments/x.review.json');
  });
});
