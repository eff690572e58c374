import { afterEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeChecked } from '../src/util/checked-file.js';

// Each test imports the modules afresh: their state (what is loaded, answered) is per process.
type Answers = typeof import('../src/util/answers.js');
async function fresh(): Promise<Answers> {
  vi.resetModules();
  return import('../src/util/answers.js');
}

function store(fingerprint = 'tool-1') {
  return { dir: join(mkdtempSync(join(tmpdir(), 'bitext-answers-')), 'answers'), fingerprint };
}

afterEach(() => vi.resetModules());

describe('answers kept across runs (util/answers.ts)', () => {
  it('computes an answer once, keeps it in the file, and a later run answers from the file', async () => {
    const s = store();
    let a = await fresh();
    a.useAnswers(s);
    const compute = vi.fn((w: string) => w.length > 3);
    expect(a.answered('spell:ru', 'слово', () => compute('слово'))).toBe(true);
    expect(a.answered('spell:ru', 'слово', () => compute('слово'))).toBe(true);
    expect(a.answered('suggest:ru', 'слво', () => ['слово', 'сливо'])).toEqual(['слово', 'сливо']);
    expect(compute).toHaveBeenCalledTimes(1);
    a.saveAnswers();

    a = await fresh(); // a new process
    a.useAnswers(s);
    const never = vi.fn(() => false);
    expect(a.answered('spell:ru', 'слово', never)).toBe(true);
    expect(a.answered('suggest:ru', 'слво', () => [])).toEqual(['слово', 'сливо']);
    expect(never).not.toHaveBeenCalled();
  });

  it('ignores a file of another tool or data version, or one changed on disk', async () => {
    const s = store();
    let a = await fresh();
    a.useAnswers(s);
    a.answered('common:en', 'Law', () => true);
    a.saveAnswers();
    const path = join(s.dir, 'answers.json');
    const written = readFileSync(path, 'utf8');

    a = await fresh();
    a.useAnswers({ ...s, fingerprint: 'tool-2' });
    expect(a.answered('common:en', 'Law', () => false)).toBe(false);

    // still JSON, but not the bytes written (a true turned false)
    writeFileSync(path, written.replace('true', 'fals'));
    a = await fresh();
    a.useAnswers(s);
    expect(a.answered('common:en', 'Law', () => false)).toBe(false);

    writeFileSync(path, '{not json');
    a = await fresh();
    a.useAnswers(s);
    expect(a.answered('common:en', 'Law', () => false)).toBe(false);
  });

  it('hands a worker\'s new answers to the main thread, which writes them', async () => {
    const s = store();
    let a = await fresh();
    a.useAnswers(s); // the worker
    a.answered('spell:en', 'colour', () => true);
    const sent = a.takeNewAnswers();
    expect(sent).toEqual({ 'spell:en': { colour: true } });
    expect(a.takeNewAnswers()).toBeUndefined(); // handed over once

    a = await fresh(); // the main thread
    a.useAnswers(s);
    a.addAnswers(sent);
    a.saveAnswers();
    a = await fresh();
    a.useAnswers(s);
    expect(a.answered('spell:en', 'colour', () => false)).toBe(true);
  });

  it('keeps nothing on disk without a store (--no-cache), and still answers each key once', async () => {
    const a = await fresh();
    a.useAnswers(undefined);
    const compute = vi.fn(() => true);
    a.answered('spell:en', 'word', compute);
    a.answered('spell:en', 'word', compute);
    expect(compute).toHaveBeenCalledTimes(1);
    expect(a.takeNewAnswers()).toBeUndefined();
  });

  it('keeps a value parsed from a text under the hash of the text, and parses again when it changes', async () => {
    const s = store();
    let a = await fresh();
    a.useAnswers(s);
    const parse = vi.fn((t: string) => ({ words: t.split(' '), map: new Map([[t, 1]]) }));
    const revive = (v: { words: string[]; map: Map<string, number> }) => ({ words: v.words, map: new Map(v.words.map((w) => [w, 1])) });
    expect(a.answeredFromText('things', 'a b', parse, revive).words).toEqual(['a', 'b']);
    a = await fresh();
    a.useAnswers(s);
    const again = a.answeredFromText('things', 'a b', parse, revive);
    expect(parse).toHaveBeenCalledTimes(1);
    expect(again.map.get('a')).toBe(1); // revived
    expect(a.answeredFromText('things', 'a b c', parse, revive).words).toEqual(['a', 'b', 'c']);
    expect(parse).toHaveBeenCalledTimes(2);
  });
});

describe('the spellers and the termbase answer from a kept store', () => {
  it('a later run checks and suggests known words without loading a dictionary', async () => {
    const s = store();
    let a = await fresh();
    let spell = await import('../src/spell/hunspell.js');
    a.useAnswers(s);
    const ru = spell.speller('ru')!;
    const verdicts = ['суд', 'приговор', 'пригавор'].map((w) => ru.correct(w));
    const suggestions = ru.suggest('пригавор');
    expect(verdicts).toEqual([true, true, false]);
    expect(suggestions).toContain('приговор');
    expect(spell.loadTimes.ru).toBeGreaterThan(0);
    a.saveAnswers();

    a = await fresh();
    spell = await import('../src/spell/hunspell.js');
    a.useAnswers(s);
    const again = spell.speller('ru')!;
    expect(['суд', 'приговор', 'пригавор'].map((w) => again.correct(w))).toEqual(verdicts);
    expect(again.suggest('пригавор')).toEqual(suggestions);
    expect(spell.loadTimes.ru).toBeUndefined(); // not loaded
    expect(again.correct('присяжные')).toBe(true); // a new word loads it
    expect(spell.loadTimes.ru).toBeGreaterThan(0);
  });

  it('the termbase read back equals the parsed one', async () => {
    const s = store();
    const a = await fresh();
    a.useAnswers(s);
    const { readTermbase, parseTermbase } = await import('../src/termbase/load.js');
    const path = join(__dirname, '..', 'corpus', 'terms', 'legal.en-ru.tbx');
    readTermbase(path, 'legal.tbx');
    const kept = readTermbase(path, 'legal.tbx'); // from the file
    const parsed = parseTermbase(readFileSync(path, 'utf8'), 'legal.tbx');
    expect(kept).toEqual(parsed);
    expect([...kept.byId.keys()]).toEqual([...parsed.byId.keys()]);
    expect(kept.concepts.flatMap((c) => c.terms.flatMap((t) => t.alts)).some((x) => x === undefined)).toBe(true);
    // it is the file that answers: a value written there (consistently) is what comes back
    const file = join(s.dir, 'termbase.json');
    const text = readFileSync(file, 'utf8');
    const nl = text.indexOf('\n');
    const body = Buffer.from(text.slice(nl + 1).replace(`"text":${JSON.stringify(parsed.concepts[0].terms[0].text)}`, `"text":"KEPT TERM"`));
    writeChecked(file, { key: JSON.parse(text.slice(0, nl)).key }, body);
    expect(readTermbase(path, 'legal.tbx').concepts[0].terms[0].text).toBe('KEPT TERM');
  });
});
