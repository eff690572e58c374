import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { DEFAULT_CONFIG } from '../../src/config.js';
import { listPairIds, pairFiles } from '../../src/corpus/discover.js';
import { runPair } from '../../src/pipeline.js';
import { cpSync, writeFileSync } from 'node:fs';
import { ROOT, copySeedProject, runCli } from '../helpers.js';
import { PROJECT_WORDLIST } from './misc-helpers.js';

const MINE = ['untranslated', 'spelling', 'quote-mismatch', 'url-mismatch', 'punctuation', 'length-ratio'];

describe('untranslated, spelling, quote, URL, punctuation and length-ratio rules on the seed', () => {
  const corpus = join(ROOT, 'corpus');
  const config = { ...structuredClone(DEFAULT_CONFIG), corpus, wordlist: PROJECT_WORDLIST };
  const files = pairFiles(corpus, 'zheksebaev-2022', 'en', 'ru', listPairIds(corpus, 'en', 'ru'));
  const { result } = runPair(files, config, { alignmentsDir: join(ROOT, 'no-such-alignments') });
  const mine = result.findings.filter((f) => MINE.includes(f.rule));

  it('reports "Jounalist" in EN 2 and the "[email protected]" artefact in EN 1, and nothing else', () => {
    expect(mine.map((f) => [f.rule, f.severity, f.source?.paragraph, f.target?.paragraph ?? null, f.source?.text])).toEqual([
      ['url-mismatch', 'warning', 1, null, '[email\u00a0protected]'],
      ['spelling', 'warning', 2, null, 'Jounalist'],
    ]);
    expect(mine[1].message).toContain('"Journalist"');
    expect(mine[1].source!.line).toBe(5);
    expect(mine[1].source!.column).toBe(1);
  });
});

describe('the CLI on a seed project with its word list', () => {
  it('finds corpus/terms/wordlist.txt by default, and honours "off" for a rule', () => {
    const dir = copySeedProject();
    cpSync(PROJECT_WORDLIST, join(dir, 'corpus', 'terms', 'wordlist.txt'));
    const run = runCli(['check', '--format', 'json'], dir);
    const rules = (out: string) => JSON.parse(out).pairs[0].findings
      .filter((f: { rule: string }) => MINE.includes(f.rule)).map((f: { rule: string }) => f.rule);
    expect(run.stderr).toBe('');
    expect(rules(run.stdout)).toEqual(['url-mismatch', 'spelling']);
    writeFileSync(join(dir, 'bitext.config.json'), JSON.stringify({ rules: { spelling: 'off', 'url-mismatch': 'off' } }));
    expect(rules(runCli(['check', '--format', 'json'], dir).stdout)).toEqual([]);
  });
});
