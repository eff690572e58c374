import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copySeedProject, paragraphs, join2, runCli } from './helpers.js';

interface StoredBead { source: number[]; target: number[]; confirmed?: boolean; stale?: boolean }

const ID = 'zheksebaev-2022';

describe('confirmed beads in alignments/<pair-id>.json', () => {
  const dir = copySeedProject();
  const file = join(dir, 'alignments', `${ID}.json`);
  const read = (): { beads: StoredBead[] } => JSON.parse(readFileSync(file, 'utf8'));
  const enPath = join(dir, 'corpus', ID, 'en.md'), ruPath = join(dir, 'corpus', ID, 'ru.md');
  const find = (beads: StoredBead[], s: number, t: number): StoredBead | undefined =>
    beads.find((b) => b.source.length === 1 && b.source[0] === s && b.target.length === 1 && b.target[0] === t);

  it('survive re-runs, byte-identically', () => {
    expect(runCli(['align'], dir).code).toBe(0);
    const stored = read();
    const bead = find(stored.beads, 10, 8);
    expect(bead).toBeDefined();
    bead!.confirmed = true;
    writeFileSync(file, JSON.stringify(stored, null, 2));
    expect(runCli(['check', '--format', 'json'], dir).code).toBe(1);
    const once = readFileSync(file, 'utf8');
    expect(find(read().beads, 10, 8)?.confirmed).toBe(true);
    runCli(['check', '--format', 'json'], dir);
    expect(readFileSync(file, 'utf8')).toBe(once);
  });

  it('follow their text when paragraphs are inserted before them', () => {
    const en = paragraphs(readFileSync(enPath, 'utf8'));
    const ru = paragraphs(readFileSync(ruPath, 'utf8'));
    en.splice(5, 0, 'The Clooney Foundation for Justice will publish further updates on the case of Askhat Zheksebaev as they become available.');
    ru.splice(3, 0, 'Фонд Клуни за справедливость будет публиковать новые сведения по делу Асхата Жексебаева по мере их поступления.');
    writeFileSync(enPath, join2(en));
    writeFileSync(ruPath, join2(ru));
    const out = runCli(['check', '--format', 'json'], dir);
    expect(out.stderr).toBe('');
    const beads = read().beads;
    expect(find(beads, 11, 9)?.confirmed).toBe(true);
    expect(beads.filter((b) => b.confirmed)).toHaveLength(1);
    const rules = JSON.parse(out.stdout).pairs[0].findings.map((f: { rule: string }) => f.rule);
    expect(rules).not.toContain('alignment-stale');
  });

  it('are reported as alignment-stale and kept when their text is edited', () => {
    const ru = paragraphs(readFileSync(ruPath, 'utf8'));
    ru[9] = ru[9].replace('Казахстан должен', 'Власти Казахстана должны');
    writeFileSync(ruPath, join2(ru));
    const out = runCli(['check', '--format', 'json'], dir);
    const stale = JSON.parse(out.stdout).pairs[0].findings.filter((f: { rule: string }) => f.rule === 'alignment-stale');
    expect(stale).toHaveLength(1);
    expect(stale[0].source.paragraph).toBe(11);
    const kept = read().beads.filter((b) => b.stale);
    expect(kept).toEqual([expect.objectContaining({ source: [11], target: [9], confirmed: true, stale: true })]);
    // the fresh alignment still links the edited paragraphs
    expect(find(read().beads.filter((b) => !b.stale), 11, 9)).toBeDefined();
    // and a further run keeps the stale record
    runCli(['check', '--format', 'json'], dir);
    expect(read().beads.filter((b) => b.stale)).toHaveLength(1);
  });
});
