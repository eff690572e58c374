import { describe, expect, it } from 'vitest';
import { alignCalibrated } from '../src/align/calibrate.js';
import { defaultModel } from '../src/align/cost.js';
import { textUnit } from '../src/align/units.js';
import { startWordIds, unitWordIds, wordOf } from '../src/align/wordids.js';

const en = ['The Matterhorn rises 4478 m above Zermatt.', 'Whymper climbed it in 1865.', 'Four of his party died on the descent.', 'Today thousands climb the Matterhorn every summer.'];
const fr = ['Le Matterhorn culmine à 4478 m au-dessus de Zermatt.', 'Whymper en fit l’ascension en 1865.', 'Quatre membres de sa cordée moururent à la descente.', 'Aujourd’hui des milliers gravissent le Matterhorn chaque été.'];

describe('interned word ids', () => {
  it('are the ids of the unit’s own keys', () => {
    const u = textUnit('Matterhorn Matterhorn glaciers');
    expect(unitWordIds(u).wordIds.map(wordOf)).toEqual(u.words);
  });

  it('are not read from a copy whose key arrays changed', () => {
    const u = textUnit('Matterhorn glaciers');
    const copy = { ...u, words: ['zerma'] };
    expect(unitWordIds(copy).wordIds.map(wordOf)).toEqual(['zerma']);
  });

  it('give the same alignment after the table is renewed between steps', () => {
    const run = (): unknown => alignCalibrated(en.map((t) => textUnit(t)), fr.map((t) => textUnit(t)), { model: defaultModel('fr', 'fr') });
    const before = run();
    const src = en.map((t) => textUnit(t)), tgt = fr.map((t) => textUnit(t));
    startWordIds(true); // the units' cached ids are now stale
    expect(alignCalibrated(src, tgt, { model: defaultModel('fr', 'fr') })).toEqual(before);
  });
});
