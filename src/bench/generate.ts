import { cpSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { writeFileAtomic } from '../util/atomic.js';
import { mulberry32 } from './rng.js';
import { join } from 'node:path';

/** The benchmark's seeded PRNG (mulberry32): the same seed gives the same corpus. */
export const rng = mulberry32;

export function splitParagraphs(md: string): string[] {
  return md.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
}

/** What was done to a generated pair, so the benchmark knows the gold alignment. */
export interface Edit {
  kind: 'drop-target' | 'merge-target' | 'number' | 'year' | 'name' | 'drop-source';
  at: number;
}

export interface GeneratedPair {
  id: string;
  en: string[];
  ru: string[];
  edits: Edit[];
  /** Gold paragraph links: [source indices, target indices]. */
  gold: Array<[number[], number[]]>;
}

const NAME_VARIANTS: Array<[RegExp, string]> = [
  [/Жексебаев/g, 'Жаксыбаев'],
  [/Фарриор/g, 'Фаррьер'],
  [/Утеповой/g, 'Утебаевой'],
];

/**
 * Make one pair from the seed with realistic, seeded random edits on the Russian side: dropped
 * and merged paragraphs, changed numbers, years and names. The gold alignment follows the edits
 * (the seed itself is EN0↔RU0, EN1 and EN2 unlinked, EN i↔RU i−2).
 */
export function generatePair(seedEn: string[], seedRu: string[], index: number, random: () => number): GeneratedPair {
  const en = [...seedEn];
  // Track, for each current RU paragraph, the EN paragraphs it translates.
  let ru = seedRu.map((text, j) => ({ text, src: j === 0 ? [0] : [j + 2] }));
  const edits: Edit[] = [];
  if (random() < 0.5) {
    const at = 1 + Math.floor(random() * (ru.length - 1));
    ru.splice(at, 1);
    edits.push({ kind: 'drop-target', at });
  }
  if (random() < 0.4) {
    const at = 1 + Math.floor(random() * (ru.length - 2));
    const merged = { text: `${ru[at].text} ${ru[at + 1].text}`, src: [...ru[at].src, ...ru[at + 1].src] };
    ru.splice(at, 2, merged);
    edits.push({ kind: 'merge-target', at });
  }
  const mutate = (kind: Edit['kind'], fn: (s: string) => string): void => {
    for (let tries = 0; tries < 5; tries++) {
      const at = Math.floor(random() * ru.length);
      const next = fn(ru[at].text);
      if (next !== ru[at].text) {
        ru[at] = { ...ru[at], text: next };
        edits.push({ kind, at });
        return;
      }
    }
  };
  if (random() < 0.5) mutate('number', (s) => s.replace(/\b(1[0-9]|[2-9][0-9]|405)\b/, (m) => String(Number(m) + 1)));
  if (random() < 0.5) mutate('year', (s) => s.replace(/\b20(1[0-9]|2[0-2])\b/, (m) => String(Number(m) - 1)));
  if (random() < 0.4) {
    const [re, to] = NAME_VARIANTS[Math.floor(random() * NAME_VARIANTS.length)];
    mutate('name', (s) => s.replace(re, to));
  }
  ru = ru.filter((p) => p.text.length > 0);
  const covered = new Set(ru.flatMap((p) => p.src));
  const gold: Array<[number[], number[]]> = [];
  let j = 0;
  for (let i = 0; i < en.length; i++) {
    if (!covered.has(i)) { gold.push([[i], []]); continue; }
    if (ru[j] && ru[j].src[0] === i) { gold.push([ru[j].src, [j]]); j++; }
  }
  return { id: `gen-${String(index).padStart(5, '0')}`, en, ru: ru.map((p) => p.text), edits, gold };
}

/** Write N generated pairs under `dir/corpus/`. */
export function generateCorpus(dir: string, n: number, seedDir: string, seed = 42): GeneratedPair[] {
  const seedEn = splitParagraphs(readFileSync(join(seedDir, 'en.md'), 'utf8'));
  const seedRu = splitParagraphs(readFileSync(join(seedDir, 'ru.md'), 'utf8'));
  const meta = readFileSync(join(seedDir, 'pair.json'), 'utf8');
  const random = rng(seed);
  const pairs: GeneratedPair[] = [];
  for (let k = 0; k < n; k++) {
    const p = generatePair(seedEn, seedRu, k, random);
    const d = join(dir, 'corpus', p.id);
    mkdirSync(d, { recursive: true });
    writeFileAtomic(join(d, 'en.md'), `${p.en.join('\n\n')}\n`);
    writeFileAtomic(join(d, 'ru.md'), `${p.ru.join('\n\n')}\n`);
    writeFileAtomic(join(d, 'pair.json'), meta);
    pairs.push(p);
  }
  return pairs;
}

/**
 * Give a generated corpus the project set-up the seed is checked with: bitext.config.json
 * (termbase path and rule settings) and corpus/terms/ (termbase, word list), so the benchmark
 * runs every rule as `npm run qa` does, the term check included.
 */
export function copyProjectSetup(dir: string, projectRoot: string): void {
  const config = join(projectRoot, 'bitext.config.json');
  if (existsSync(config)) cpSync(config, join(dir, 'bitext.config.json'));
  const terms = join(projectRoot, 'corpus', 'terms');
  if (existsSync(terms)) cpSync(terms, join(dir, 'corpus', 'terms'), { recursive: true });
}

/** One long pair: the seed's paragraphs repeated (with varied numbers) to `blocks` per side. */
export function generateLongPair(seedEn: string[], seedRu: string[], blocks: number): { en: string[]; ru: string[] } {
  const en: string[] = [], ru: string[] = [];
  const pairs = seedRu.map((r, j) => [seedEn[j === 0 ? 0 : j + 2], r] as const);
  for (let k = 0; en.length < blocks; k++) {
    const [e, r] = pairs[k % pairs.length];
    const tag = ` (${k + 1})`;
    en.push(e + tag);
    ru.push(r + tag);
  }
  return { en, ru };
}
