import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { byRule, check, edit, PROJECT_WORDLIST, seedParas } from './misc-helpers.js';
import { addAcceptedWords } from '../../src/spell/accepted.js';
import { parseWordlist } from '../../src/spell/wordlist.js';
import { InputError } from '../../src/errors.js';

const only = { rules: { spelling: 'warning' as const } };
function emptyWordlist(): string {
  const f = join(mkdtempSync(join(tmpdir(), 'bitext-wl-')), 'wordlist.txt');
  writeFileSync(f, '# nothing\n');
  return f;
}
const texts = (f: ReturnType<typeof check>) => byRule(f, 'spelling').map((x) => (x.source ?? x.target)!.text);

describe('spelling', () => {
  // EN 3 ↔ RU 1 and EN 5 ↔ RU 3 of the seed.
  const en = seedParas('en', [3, 5]);
  const ru = seedParas('ru', [1, 3]);

  it('stays quiet on a correct seed pair (with the project word list), also with ё written for е', () => {
    expect(texts(check(en, ru, { ...only, wordlist: PROJECT_WORDLIST }))).toEqual([]);
    const yo = seedParas('ru', [1, 3], { 3: (p) => edit(p, 'жесткими', 'жёсткими') });
    expect(texts(check(en, yo, { ...only, wordlist: PROJECT_WORDLIST }))).toEqual([]);
  });

  it('reports a misspelt Russian word with its position and a suggestion', () => {
    const bad = seedParas('ru', [1, 3], { 1: (p) => edit(p, 'пренебрежении', 'пренебрижении') });
    const found = byRule(check(en, bad, { ...only, wordlist: PROJECT_WORDLIST }), 'spelling');
    expect(found).toHaveLength(1);
    expect(found[0].target!.text).toBe('пренебрижении');
    expect(found[0].source).toBeNull();
    expect(found[0].message).toContain('"пренебрежении"');
  });

  it('reports a misspelt English word and a word mixing Latin and Cyrillic letters', () => {
    const bad = seedParas('en', [3, 5], { 5: (p) => edit(p, 'harsh', 'harhs') });
    const mixed = seedParas('ru', [1, 3], { 3: (p) => edit(edit(p, 'Алматы', 'Aлматы'), 'в полиции', 'в полиции (по e-mail-адресу)') }); // Latin A
    expect(texts(check(bad, mixed, { ...only, wordlist: PROJECT_WORDLIST }))).toEqual(['harhs', 'Aлматы']);
  });

  it('accepts names found on both sides (across scripts) without a word list, not one-sided ones', () => {
    const wl = emptyWordlist();
    const found = texts(check(seedParas('en', [9]), seedParas('ru', [7]), { ...only, wordlist: wl }));
    // Zheksebaev ↔ Жексебаева, Tokayev ↔ Токаева, Kassym-Jomart ↔ Касым-Жомарта are accepted;
    // Kemeluly appears in English only.
    expect(found).toEqual(['Kemeluly']);
  });

  it('accepts words from a registered provider (the termbase hook)', () => {
    const wl = emptyWordlist();
    const off = addAcceptedWords(() => ['Kemeluly']);
    try {
      expect(texts(check(seedParas('en', [9]), seedParas('ru', [7]), { ...only, wordlist: wl }))).toEqual([]);
    } finally { off(); }
  });

  it('accepts the words of the configured termbase (registered in checks/index.ts), and only with it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bitext-tb-'));
    const tbx = join(dir, 'terms.tbx');
    writeFileSync(tbx, `<?xml version="1.0" encoding="UTF-8"?>
<tbx style="dca" type="TBX-Basic" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"><text><body>
<conceptEntry id="kemeluly"><langSec xml:lang="en"><termSec><term>Aidos Kemeluly</term></termSec></langSec>
<langSec xml:lang="ru"><termSec><term>Айдос Кемелулы</term></termSec></langSec></conceptEntry>
</body></text></tbx>
`);
    const wl = emptyWordlist();
    const pair = [seedParas('en', [9]), seedParas('ru', [7])] as const;
    expect(texts(check(...pair, { ...only, wordlist: wl }))).toEqual(['Kemeluly']);
    expect(texts(check(...pair, { ...only, wordlist: wl, termbase: tbx }))).toEqual([]);
    // a forbidden rendering (deprecated) is not accepted: a termbase may list a misspelling there
    const forbidden = join(dir, 'forbidden.tbx');
    writeFileSync(forbidden, readFileSync(tbx, 'utf8').replace('<term>Aidos Kemeluly</term>', '<term>Aidos Kemeluly</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>'));
    expect(texts(check(...pair, { ...only, wordlist: wl, termbase: forbidden }))).toEqual(['Kemeluly']);
  });

  it('reads a provider\'s list again when it has grown since the last pair', () => {
    const wl = emptyWordlist();
    const list: string[] = ['Tokayev'];
    const off = addAcceptedWords(() => list);
    try {
      const pair = [seedParas('en', [9]), seedParas('ru', [7])] as const;
      expect(texts(check(...pair, { ...only, wordlist: wl }))).toEqual(['Kemeluly']);
      list.push('Kemeluly');
      expect(texts(check(...pair, { ...only, wordlist: wl }))).toEqual([]);
    } finally { off(); }
  });

  it('skips URLs, e-mails, numbers, acronyms and editorial brackets', () => {
    const e = 'The ICCPR and the DCK’s ban, see https://trialwatch.org/zxqwv or write to zxqv@cfj.org about the 49-year-old; they establish[ing] nothing.\n';
    const r = 'МПГПП и ДВК, см. https://trialwatch.org/zxqwv или zxqv@cfj.org о 49-летнем; [Я] призываю.\n';
    expect(texts(check(e, r, { ...only, wordlist: emptyWordlist() }))).toEqual([]);
  });

  it('rejects a configured word list that is missing, and entries with spaces, with the line', () => {
    expect(() => check('Hello world.\n', 'Привет, мир.\n', { ...only, wordlist: '/nonexistent/wordlist.txt' })).toThrow(InputError);
    try {
      parseWordlist('TrialWatch\nKoshe Party\n', 'wordlist.txt');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      expect((e as InputError).line).toBe(2);
    }
  });
});

describe('spelling suggestions', () => {
  it('offers only corrections close to the word', async () => {
    const { isCloseSuggestion } = await import('../../src/checks/spelling.js');
    const yes: Array<[string, string]> = [['Jounalist', 'Journalist'], ['Jounalist', 'Journalism'], ['Carribean', 'Caribbean'], ['Phillipines', 'Philippines'], ['Аппеляция', 'Апелляция'], ['Тэх', 'Тех'], ['Моксвы', 'Москвы'], ['Кахахстана', 'Казахстана']];
    const no: Array<[string, string]> = [['Утебаевой', 'Путевой'], ['Жаксыбаев', 'Дебаевский'], ['Фаррьер', 'Карьер'], ['Tokayev', 'Tokay'], ['прговор', 'говор']];
    expect(yes.filter(([w, s]) => !isCloseSuggestion(w, s))).toEqual([]);
    expect(no.filter(([w, s]) => isCloseSuggestion(w, s))).toEqual([]);
  });

  it('reports a one-sided name the dictionary lacks without Hunspell\'s unrelated nearest word, a misspelt place with its correction', () => {
    const ru = seedParas('ru', [1, 3], { 1: (p) => edit(p, 'пренебрежении', 'пренебрежении Утебаевой и Жаксыбаевым в Моксве') });
    const found = byRule(check(seedParas('en', [3, 5]), ru, { ...only, wordlist: PROJECT_WORDLIST }), 'spelling');
    expect(found.map((f) => f.message)).toEqual([
      'unknown word "Утебаевой" (ru)',
      'unknown word "Жаксыбаевым" (ru)',
      'unknown word "Моксве" (ru) (did you mean "Москве"?)',
    ]);
  });

  it('keeps every suggestion for a lowercase word', () => {
    const ru = seedParas('ru', [1, 3], { 1: (p) => edit(p, 'пренебрежении', 'прговор') });
    const found = byRule(check(seedParas('en', [3, 5]), ru, { ...only, wordlist: PROJECT_WORDLIST }), 'spelling');
    // "говор" is two edits from a 7-letter word: too far for a name, kept for a common word
    expect(found.map((f) => f.message)).toEqual(['unknown word "прговор" (ru) (did you mean "приговор", "пр говор", "говор"?)']);
  });
});

