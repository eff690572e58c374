import { describe, expect, it } from 'vitest';
import { byRule, check, seedParas } from './misc-helpers.js';

const found = (en: string, ru: string, options?: object) =>
  byRule(check(en, ru, options ? { rules: { 'url-mismatch': { options } } } : {}), 'url-mismatch');

describe('url-mismatch', () => {
  const en = (tail: string) => seedParas('en', [3, 4, 5]).replace(/\n$/, ` ${tail}\n`);
  const ru = (tail: string) => seedParas('ru', [1, 2, 3]).replace(/\n$/, ` ${tail}\n`);

  it('stays quiet when the same addresses are written with different scheme, case and slash', () => {
    expect(found(
      en('See [the report](https://www.TrialWatch.org/reports/kz/) or write to Press@cfj.org.'),
      ru('См. [отчет](http://trialwatch.org/reports/kz) или пишите на press@cfj.org.'),
    )).toEqual([]);
  });

  it('reports an address that differs, and one missing from the translation', () => {
    const f = found(
      en('See https://trialwatch.org/reports/kz and write to press@cfj.org.'),
      ru('См. https://trialwatch.org/reports/kg.'),
    );
    expect(f.map((x) => [x.source?.text, x.target?.text])).toEqual([
      ['https://trialwatch.org/reports/kz', 'https://trialwatch.org/reports/kg'],
      ['press@cfj.org', expect.stringMatching(/^При том что/)],
    ]);
    expect(f[1].message).toContain('missing from the ru text');
  });

  it('reports the Cloudflare "[email protected]" artefact on whichever side holds it; option ignore', () => {
    const f = found(en('Contact [email protected]'), ru('Пишите на press@cfj.org.'));
    expect(f.map((x) => x.message)).toEqual([
      expect.stringContaining('"press@cfj.org" is not in the en text'),
      expect.stringContaining('scraping artefact'),
    ]);
    expect(f[1].source!.text).toBe('[email protected]');
    expect(f[1].target).toBeNull();
    expect(found(en(''), ru('Пишите на press@cfj.org.'), { ignore: ['press@cfj.org'] })).toEqual([]);
  });
});
