import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BeadPair } from './score.js';
import type { PerturbedUnit } from './perturb.js';

/** Lines of a one-sentence-per-line file (a trailing newline adds no line). */
export function readLines(path: string): string[] {
  const text = readFileSync(path, 'utf8');
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Parse a gold file of lines "[i, j]:[k]". */
export function parseGold(text: string): BeadPair[] {
  const out: BeadPair[] = [];
  for (const line of text.split('\n')) {
    const m = /^\s*\[([\d,\s]*)\]\s*:\s*\[([\d,\s]*)\]/.exec(line);
    if (!m) continue;
    const ids = (s: string): number[] => s.split(',').map((x) => x.trim()).filter(Boolean).map(Number);
    out.push([ids(m[1]), ids(m[2])]);
  }
  return out;
}

export interface TextBergDoc { name: string; de: string[]; fr: string[]; gold: BeadPair[] }

export function textBergDocs(dir: string, which: 'test' | 'dev'): TextBergDoc[] {
  const names = which === 'dev' ? ['dev'] : readdirSync(dir).filter((f) => /^test\d+\.defr$/.test(f)).map((f) => f.replace(/\.defr$/, '')).sort();
  return names.map((name) => ({
    name,
    de: readLines(join(dir, `${name}.de`)),
    fr: readLines(join(dir, `${name}.fr`)),
    gold: parseGold(readFileSync(join(dir, `${name}.defr`), 'utf8')),
  }));
}

/** One paragraph per line; `<delimiter>` joins lines of one unit, `<h1>` marks a heading. */
export function paragraphUnits(path: string): PerturbedUnit[] {
  return readLines(path).map((line, i) => ({
    text: line.replace(/<delimiter>/g, ' ').replace(/<\/?(?:h\d|i|b)>/g, '').replace(/\s+/g, ' ').trim(),
    heading: /<h\d>/.test(line),
    orig: [i],
  }));
}

export interface ParallelWork { name: string; en: PerturbedUnit[]; ru: PerturbedUnit[] }

export function enRuWorks(dir: string): ParallelWork[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('_en.txt')).sort().map((f) => {
    const name = f.replace(/_en\.txt$/, '');
    let en = paragraphUnits(join(dir, f));
    let ru = paragraphUnits(join(dir, `${name}_ru.txt`));
    // drop lines empty on either side, renumbering so gold stays the identity
    const keep = en.map((u, i) => u.text !== '' && (ru[i]?.text ?? '') !== '');
    en = en.filter((_, i) => keep[i]).map((u, i) => ({ ...u, orig: [i] }));
    ru = ru.filter((_, i) => keep[i]).map((u, i) => ({ ...u, orig: [i] }));
    return { name, en, ru };
  });
}
