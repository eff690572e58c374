import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parseShard, shardPairs } from '../src/ci/shard.js';
import { pairsTouched } from '../src/ci/git.js';
import { progressEnabled, makeProgress } from '../src/ci/progress.js';
import { planOutputs } from '../src/commands/outputs.js';
import { applyBaseline, buildBaseline, formatBaseline, readBaseline } from '../src/filter/baseline.js';
import { formatGithub, escapeData, escapeProperty } from '../src/report/github.js';
import { formatJunit } from '../src/report/junit.js';
import { buildResult } from '../src/report/json.js';
import { InputError } from '../src/errors.js';
import type { Finding, PairResult } from '../src/types.js';

const loc = (line: number, column: number, endLine: number, endColumn: number, text = 'x') => ({
  paragraph: 1, line, column, endLine, endColumn, start: 0, end: text.length, text,
});
const finding = (id: string, rule: string, severity: Finding['severity'], message: string, extra: Partial<Finding> = {}): Finding => ({
  id, rule, severity, message, source: loc(3, 1, 3, 40), target: null, ...extra,
});
const pair = (id: string, findings: Finding[]): PairResult => ({
  id,
  source: { lang: 'en', path: `corpus/${id}/en.md`, blocks: 4 },
  target: { lang: 'ru', path: `corpus/${id}/ru.md`, blocks: 4 },
  alignment: [],
  findings,
});

describe('--shard', () => {
  it('parses i/n and rejects the rest with a hint', () => {
    expect(parseShard('2/3')).toEqual({ index: 2, count: 3 });
    for (const bad of ['0/3', '4/3', '1/0', '1', 'a/b', '1/2/3']) expect(() => parseShard(bad)).toThrow(InputError);
  });

  it('partitions any list: every id in exactly one shard, sizes within one, independent of input order', () => {
    const ids = Array.from({ length: 11 }, (_, k) => `pair-${String(k).padStart(2, '0')}`);
    for (const n of [1, 2, 3, 5, 11, 13]) {
      const shards = Array.from({ length: n }, (_, k) => shardPairs([...ids].reverse(), { index: k + 1, count: n }));
      expect(shards.flat().sort()).toEqual(ids);
      const sizes = shards.map((s) => s.length);
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
      expect(shards[0]).toEqual(shardPairs(ids, { index: 1, count: n }));
    }
  });
});

describe('--changed-since: which pairs a change touches', () => {
  const ids = ['a', 'a-2', 'b', 'c'];
  it('maps corpus files, alignments and review files to their pairs; ignores other files and untracked alignments', () => {
    expect(pairsTouched({ changed: ['corpus/a/ru.md', 'README.md', 'alignments/c.review.json'], untracked: [] }, ids, 'corpus', 'alignments', '/p')).toEqual(['a', 'c']);
    expect(pairsTouched({ changed: ['alignments/a-2.json'], untracked: ['alignments/b.json', 'corpus/b/pair.json'] }, ids, 'corpus', 'alignments', '/p')).toEqual(['a-2', 'b']);
    expect(pairsTouched({ changed: ['corpus/a-2x/en.md', 'other/corpus/a/en.md', 'alignments/sub/a.json'], untracked: [] }, ids, 'corpus', 'alignments', '/p')).toEqual([]);
    expect(pairsTouched({ changed: ['texts/b/en.md'], untracked: [] }, ids, './texts/', 'alignments', '/p')).toEqual(['b']);
    // a project-wide input changed: every pair
    expect(pairsTouched({ changed: ['bitext.config.json'], untracked: [] }, ids, 'corpus', 'alignments', '/p', ['bitext.config.json', '/p/terms/t.tbx'])).toEqual(ids);
    expect(pairsTouched({ changed: ['terms/t.tbx'], untracked: [] }, ids, 'corpus', 'alignments', '/p', ['bitext.config.json', '/p/terms/t.tbx'])).toEqual(ids);
    expect(pairsTouched({ changed: ['README.md'], untracked: [] }, ids, 'corpus', 'alignments', '/p', ['bitext.config.json'])).toEqual([]);
  });
});

describe('progress', () => {
  it('is on only for a terminal without CI, and writes done/total', () => {
    expect(progressEnabled({ isTTY: true }, {})).toBe(true);
    expect(progressEnabled({ isTTY: true }, { CI: 'true' })).toBe(false);
    expect(progressEnabled({ isTTY: false }, {})).toBe(false);
    const written: string[] = [];
    const stream = { isTTY: true, write: (s: string) => { written.push(s); return true; } } as unknown as NodeJS.WriteStream;
    const p = makeProgress(2, stream, {});
    p.tick('a'); p.tick('b'); p.done();
    expect(written.join('')).toMatch(/1\/2 pairs \(a\).*2\/2 pairs \(b\)/s);
    const quiet: string[] = [];
    makeProgress(2, { isTTY: true, write: (s: string) => { quiet.push(s); return true; } } as unknown as NodeJS.WriteStream, { CI: '1' }).tick('a');
    expect(quiet).toEqual([]);
  });
});

describe('--format/--output pairing', () => {
  it('pairs each output with the format before it; one format may go to stdout', () => {
    expect(planOutputs([], undefined, undefined)).toEqual([{ format: 'text', output: undefined }]);
    expect(planOutputs(['--output', 'r.json', '--format', 'json'], 'json', 'r.json')).toEqual([{ format: 'json', output: 'r.json' }]);
    const argv = ['check', '--format', 'sarif', '--output', 'x.sarif', '--format', 'text', '--format=junit', '--output=j.xml'];
    expect(planOutputs(argv, ['sarif', 'text', 'junit'], ['x.sarif', 'j.xml'])).toEqual([
      { format: 'sarif', output: 'x.sarif' }, { format: 'text' }, { format: 'junit', output: 'j.xml' },
    ]);
  });

  it('rejects two stdout formats, an output before any format, a file twice, an unknown format', () => {
    expect(() => planOutputs(['--format', 'json', '--format', 'text'], ['json', 'text'], undefined)).toThrow(/would all go to stdout/);
    expect(() => planOutputs(['--output', 'a', '--output', 'b', '--format', 'json'], 'json', ['a', 'b'])).toThrow(/does not follow a --format/);
    expect(() => planOutputs(['--format', 'json', '--output', 'a', '--format', 'sarif', '--output', 'a'], ['json', 'sarif'], ['a', 'a'])).toThrow(/given twice/);
    expect(() => planOutputs(['--format', 'xml'], 'xml', undefined)).toThrow(/unknown --format "xml"/);
  });
});

describe('baseline filter', () => {
  const f1 = finding('1111111111111111', 'paragraph-missing', 'error', 'source paragraph 1 has no counterpart');
  const f2 = finding('2222222222222222', 'sentence-missing', 'info', 'a sentence is missing');
  const f3 = finding('3333333333333333', 'paragraph-extra', 'warning', 'extra');

  it('writes a sorted, stable file, keeps entries of pairs not checked, and reads it back', () => {
    const b = buildBaseline([pair('b', [f2, f1]), pair('a', [f3])], { schemaVersion: 1, findings: [{ pair: 'z', id: 'f', rule: 'r', message: 'kept' }, { pair: 'a', id: 'old', rule: 'r', message: 'dropped' }] });
    expect(b.findings.map((e) => `${e.pair}/${e.rule}`)).toEqual(['a/paragraph-extra', 'b/paragraph-missing', 'b/sentence-missing', 'z/r']);
    const text = formatBaseline(b);
    expect(formatBaseline(buildBaseline([pair('a', [f3]), pair('b', [f1, f2])], b))).toBe(text);
    const dir = mkdtempSync(join(tmpdir(), 'bitext-bl-'));
    writeFileSync(join(dir, 'b.json'), text);
    expect(readBaseline(join(dir, 'b.json'))).toEqual(b);
    expect(text.split('\n')[3]).toBe('    {"pair":"a","id":"3333333333333333","rule":"paragraph-extra","message":"extra"},');
  });

  it('marks only findings in the baseline (by pair and id), and reports entries that no longer occur', () => {
    const baseline = buildBaseline([pair('a', [f1, f2]), pair('b', [f1])]);
    const out = applyBaseline([pair('a', [f1, f3]), pair('c', [f2])], baseline);
    expect(out.pairs[0].findings.map((f) => f.status)).toEqual(['baseline', undefined]);
    expect(out.pairs[1].findings.map((f) => f.status)).toEqual([undefined]); // same id, other pair
    expect(out.matched).toBe(1);
    // a/f2 was fixed; b was not checked in this run, so its entry is not obsolete
    expect(out.obsolete.map((e) => `${e.pair}/${e.id}`)).toEqual(['a/2222222222222222']);
    expect(f1.status).toBeUndefined(); // inputs untouched
  });

  it('leaves a pair with no entry as it is, without reading its findings (a cached pair stays unparsed)', () => {
    const baseline = buildBaseline([pair('a', [f1])]);
    const unread = pair('c', [f2]);
    Object.defineProperty(unread, 'findings', { get: () => { throw new Error('findings read'); } });
    const out = applyBaseline([pair('a', [f1, f3]), unread], baseline);
    expect(out.pairs[1]).toBe(unread);
    expect(out.matched).toBe(1);
    expect(out.obsolete).toEqual([]);
  });

  it('a malformed baseline is an input error naming the file, never ignored', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bitext-bl-'));
    const p = join(dir, 'bitext.baseline.json');
    expect(readBaseline(p)).toBeUndefined();
    writeFileSync(p, '{"schemaVersion": 1, "findings": [');
    expect(() => readBaseline(p)).toThrow(/not valid JSON/);
    writeFileSync(p, '{"schemaVersion": 1, "findings": [{"pair": "a", "id": "x1"}]}');
    try { readBaseline(p); expect.unreachable(); } catch (e) {
      expect((e as InputError).file).toBe(p);
      expect((e as InputError).message).toMatch(/entry 0 needs string fields/);
    }
  });
});

describe('GitHub workflow commands', () => {
  it('escapes data and properties as the runner expects', () => {
    expect(escapeData('50% done\r\nnext')).toBe('50%25 done%0D%0Anext');
    expect(escapeProperty('a:b,c%')).toBe('a%3Ab%2Cc%25');
  });

  it('one command per open finding, severity mapped, columns only on one-line ranges, other side in the message', () => {
    const text = formatGithub(buildResult([pair('p,1', [
      finding('1', 'paragraph-missing', 'error', 'missing: 100%\nsecond line'),
      finding('2', 'sentence-missing', 'info', 'info here', { source: loc(4, 2, 6, 3), target: loc(7, 1, 7, 9) }),
      finding('3', 'paragraph-extra', 'warning', 'accepted', { status: 'baseline' }),
    ])]));
    expect(text.split('\n').filter(Boolean)).toEqual([
      '::error file=corpus/p%2C1/en.md,line=3,endLine=3,col=1,endColumn=40,title=bitext paragraph-missing::missing: 100%25%0Asecond line',
      '::notice file=corpus/p%2C1/en.md,line=4,endLine=6,title=bitext sentence-missing::info here (corpus/p,1/ru.md:7:1)',
    ]);
    expect(formatGithub(buildResult([pair('a', [])]))).toBe('');
  });
});

describe('JUnit', () => {
  it('one test case per pair; failures for open findings at --fail-on, the rest in system-out; well-formed XML', () => {
    const xml = formatJunit(buildResult([
      pair('clean', []),
      pair('bad', [
        finding('1', 'paragraph-missing', 'error', 'missing <b> & "q"'),
        finding('2', 'sentence-missing', 'info', 'minor'),
        finding('3', 'paragraph-missing', 'error', 'old\u0007one', { status: 'baseline' }),
      ]),
    ]), 'error');
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml);
    const suite = doc.testsuites.testsuite;
    expect([suite.tests, suite.failures]).toEqual(['2', '1']);
    const [bad, clean] = suite.testcase;
    expect([bad.name, clean.name]).toEqual(['bad', 'clean']);
    expect(clean.failure).toBeUndefined();
    expect(bad.failure.message).toBe('paragraph-missing: missing <b> & "q"');
    expect(bad.failure['#text']).toBe('corpus/bad/en.md:3:1 error missing <b> & "q" (paragraph-missing)');
    expect(bad['system-out']).toContain('minor (sentence-missing)');
    expect(bad['system-out']).toContain('oldone (paragraph-missing) [baseline]');
    expect(formatJunit(buildResult([pair('bad', [finding('2', 'sentence-missing', 'info', 'minor')])]), 'info')).toMatch(/failures="1"/);
  });
});

describe('cache key', () => {
  it('changes with the termbase and word list files, the encoding, the tool and each pair file', async () => {
    const { cacheKey } = await import('../src/ci/cache.js');
    const { DEFAULT_CONFIG } = await import('../src/config.js');
    const dir = mkdtempSync(join(tmpdir(), 'bitext-key-'));
    const pairDir = join(dir, 'corpus', 'p');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(pairDir, { recursive: true });
    writeFileSync(join(pairDir, 'en.md'), 'Hello.\n');
    writeFileSync(join(pairDir, 'ru.md'), 'Привет.\n');
    writeFileSync(join(dir, 'terms.tbx'), '<tbx/>');
    const config = { ...DEFAULT_CONFIG, termbase: join(dir, 'terms.tbx') };
    const files = { id: 'p', dir: pairDir, sourcePath: join(pairDir, 'en.md'), targetPath: join(pairDir, 'ru.md') };
    const base = { files, config, alignmentsDir: join(dir, 'alignments'), tool: '0.1.0:abc' };
    const k0 = cacheKey(base);
    expect(cacheKey(base)).toBe(k0);
    writeFileSync(join(dir, 'terms.tbx'), '<tbx></tbx>');
    const k1 = cacheKey(base);
    expect(k1).not.toBe(k0);
    expect(cacheKey({ ...base, tool: '0.1.0:abd' })).not.toBe(k1);
    expect(cacheKey({ ...base, encoding: 'koi8-r' })).not.toBe(k1);
    expect(cacheKey({ ...base, config: { ...config, wordlist: join(dir, 'words.txt') } })).not.toBe(k1);
    writeFileSync(join(pairDir, 'notes.review.json'), '{}');
    const k2 = cacheKey(base);
    expect(k2).not.toBe(k1);
    expect(existsSync(join(dir, 'alignments'))).toBe(false);
    // the default word list (<corpus>/terms/wordlist.txt) counts without a "wordlist" setting
    const withCorpus = { ...base, config: { ...config, corpus: join(dir, 'corpus') } };
    const k3 = cacheKey(withCorpus);
    mkdirSync(join(dir, 'corpus', 'terms'));
    writeFileSync(join(dir, 'corpus', 'terms', 'wordlist.txt'), 'Zheksebaev\n');
    const k4 = cacheKey(withCorpus);
    expect(k4).not.toBe(k3);
    writeFileSync(join(dir, 'corpus', 'terms', 'wordlist.txt'), 'Zheksebaev\nUtepova\n');
    expect(cacheKey(withCorpus)).not.toBe(k4);
    // a review file appearing in alignments/ after the folder was listed is seen
    mkdirSync(join(dir, 'alignments'));
    const k5 = cacheKey(base);
    writeFileSync(join(dir, 'alignments', 'p.review.json'), '{}');
    expect(cacheKey(base)).not.toBe(k5);
    // a pair id with dots finds its own files (filed under the part before the first dot)
    const dotted = { ...base, files: { ...files, id: 'p.2022' } };
    const k6 = cacheKey(dotted);
    writeFileSync(join(dir, 'alignments', 'p.2022.review.json'), '{}');
    expect(cacheKey(dotted)).not.toBe(k6);
  });
});

describe('cache entry', () => {
  it('reads the pair of a cached run only when it is used, also through the filter stage', async () => {
    const { readCached, writeCached } = await import('../src/ci/cache.js');
    const { withResult, pairDigest, toLight } = await import('../src/pipeline.js');
    const dir = mkdtempSync(join(tmpdir(), 'bitext-entry-'));
    const doc = (lang: string, content: string) => ({ lang, path: `${lang}.md`, content, blocks: [], lineStarts: [0] });
    const pair = { id: 'p', dir: 'corpus/p', meta: {}, source: doc('en', 'Hello.'), target: doc('ru', 'Привет.') };
    const result = { id: 'p', source: { lang: 'en', path: 'en.md', blocks: 0 }, target: { lang: 'ru', path: 'ru.md', blocks: 0 }, alignment: [], findings: [] };
    const alignment = { schemaVersion: 1, pair: 'p', source: 'en.md', target: 'ru.md', beads: [] };
    const run = { pair, result, alignment } as unknown as Parameters<typeof toLight>[0];
    writeCached(dir, 'p', 'k', toLight(run));
    let loads = 0;
    const hit = readCached(dir, 'p', 'k', () => { loads++; return pair as never; })!;
    expect(readCached(dir, 'p', 'other', () => pair as never)).toBeUndefined();
    const filtered = withResult(hit, { ...result, findings: [] });
    expect(pairDigest(filtered)).toEqual(pairDigest(run));
    expect(loads).toBe(0);
    expect(filtered.pair.source.content).toBe('Hello.');
    expect(filtered.pair.target.content).toBe('Привет.');
    expect(loads).toBe(1);
  });
});
