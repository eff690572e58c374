import { describe, expect, it } from 'vitest';
import sentenceMissing from '../src/checks/sentence-missing.js';
import paragraphExtra from '../src/checks/paragraph-extra.js';
import { DEFAULT_CONFIG } from '../src/config.js';
import type { RuleContext } from '../src/checks/types.js';
import { alignTexts, enParas, join2, ruParas, seedLinks } from './align-helpers.js';

const EN = join2(enParas());

function ctx(r: ReturnType<typeof alignTexts>): RuleContext {
  return { pair: r.pair, beads: r.beads, config: DEFAULT_CONFIG, options: {}, staleBeads: [] };
}

describe('alignment of edited copies of the seed', () => {
  it('the unedited seed: EN 0↔RU 0, EN 1 and 2 unlinked, EN i↔RU i−2', () => {
    expect(alignTexts(EN, join2(ruParas())).links).toEqual(seedLinks((i) => i - 2));
  });

  it('a deleted target paragraph leaves exactly its source paragraph unlinked', () => {
    const ru = ruParas();
    ru.splice(10, 1); // RU 10 translates EN 12
    const expected = seedLinks((i) => (i < 12 ? i - 2 : i === 12 ? null : i - 3));
    const r = alignTexts(EN, join2(ru));
    expect(r.links).toEqual(expected);
    // a clear omission is a confident null bead; every score is in [0, 1]
    expect(r.beads.find((b) => b.source[0] === 12)!.score).toBeGreaterThan(0.9);
    for (const b of r.beads) expect(b.score >= 0 && b.score <= 1).toBe(true);
  });

  it('two merged target paragraphs give one 2-1 bead', () => {
    const ru = ruParas();
    ru.splice(5, 2, `${ru[5]} ${ru[6]}`); // RU 5 + RU 6 translate EN 7 and EN 8
    const expected = seedLinks((i) => (i < 7 ? i - 2 : i - 3)).filter(([s]) => s[0] !== 8);
    expected[7] = [[7, 8], [5]];
    expect(alignTexts(EN, join2(ru)).links).toEqual(expected);
  });

  it('a target paragraph split at a sentence boundary gives one 1-2 bead', () => {
    const ru = ruParas();
    const at = ru[9].indexOf('Статья 405'); // third of four sentences of RU 9 (EN 11)
    ru.splice(9, 1, ru[9].slice(0, at).trim(), ru[9].slice(at));
    const expected = seedLinks((i) => (i < 11 ? i - 2 : i - 1));
    expected[11] = [[11], [9, 10]];
    expect(alignTexts(EN, join2(ru)).links).toEqual(expected);
  });

  it('an inserted target paragraph is linked to nothing and reported as paragraph-extra', () => {
    const ru = ruParas();
    ru.splice(17, 0, 'Фонд Клуни за справедливость продолжит следить за этим делом и сообщит о решении властей Кыргызстана, как только оно станет известно.');
    const r = alignTexts(EN, join2(ru));
    const expected = seedLinks((i) => (i < 19 ? i - 2 : i - 1));
    expected.splice(19, 0, [[], [17]]);
    expect(r.links).toEqual(expected);
    expect(paragraphExtra.run(ctx(r)).map((f) => f.target?.block)).toEqual([17]);
    expect(r.beads.find((b) => !b.source.length)!.score).toBeGreaterThan(0.7);
  });

  it('a dropped sentence keeps the alignment and is reported as sentence-missing on that sentence', () => {
    const ru = ruParas();
    const cut = ru[5].indexOf('Обвинение базировалось'); // RU 5, sentence 1 ↔ EN 7, sentence 1
    const next = ru[5].indexOf('В одном из видеороликов');
    ru[5] = ru[5].slice(0, cut) + ru[5].slice(next);
    const r = alignTexts(EN, join2(ru));
    expect(r.links).toEqual(seedLinks((i) => i - 2));
    const found = sentenceMissing.run(ctx(r)).filter((f) => f.source?.block === 7);
    const s1 = r.pair.source.blocks[7].sentences[1];
    expect(found).toHaveLength(1);
    expect(found[0].source).toEqual({ block: 7, start: s1.start, end: s1.end });
    expect(s1.text).toMatch(/^The prosecution’s case relied/);
    expect(found[0].target).toEqual({ block: 5 });
  });

  it('the unedited block 7 gets no sentence-missing finding', () => {
    const r = alignTexts(EN, join2(ruParas()));
    expect(sentenceMissing.run(ctx(r)).filter((f) => f.source?.block === 7)).toEqual([]);
  });
});
