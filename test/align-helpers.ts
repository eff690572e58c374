import { segmentMarkdown } from '../src/segment/blocks.js';
import { alignPair } from '../src/pipeline.js';
import { DEFAULT_CONFIG } from '../src/config.js';
import type { Bead, Pair } from '../src/types.js';
import { join2, paragraphs, seedEn, seedRu } from './helpers.js';

/** Segment and align two Markdown texts in-process, as the pipeline does (no stored alignment). */
export function alignTexts(en: string, ru: string): { pair: Pair; beads: Bead[]; links: Array<[number[], number[]]> } {
  const pair: Pair = {
    id: 'test', dir: '.', meta: { published: '2022-11' },
    source: segmentMarkdown(en, 'en', 'en.md'), target: segmentMarkdown(ru, 'ru', 'ru.md'),
  };
  const { beads } = alignPair(pair, DEFAULT_CONFIG, undefined);
  return { pair, beads, links: beads.map((b) => [b.source, b.target]) };
}

/** The seed's gold links with EN i ↔ RU map(i) for i ≥ 3 (null: unlinked), EN 1 and 2 unlinked. */
export function seedLinks(map: (i: number) => number | null, last = 24): Array<[number[], number[]]> {
  const out: Array<[number[], number[]]> = [[[0], [0]], [[1], []], [[2], []]];
  for (let i = 3; i <= last; i++) {
    const j = map(i);
    out.push(j === null ? [[i], []] : [[i], [j]]);
  }
  return out;
}

export const enParas = (): string[] => paragraphs(seedEn());
export const ruParas = (): string[] => paragraphs(seedRu());
export { join2 };
