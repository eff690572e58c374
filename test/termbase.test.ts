import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseTermbase, readTermbase, findTerms, termWords } from '../src/termbase/index.js';
import { InputError } from '../src/errors.js';
import { TBX } from './checks/seed-findings.js';
import { runCli, copySeedProject } from './helpers.js';

const tb = readTermbase(TBX);
const concepts = (text: string, lang: string) => findTerms(tb, text, lang).map((m) => [text.slice(m.start, m.end), [...m.concepts].sort().join('|')]);

const tbx = (body: string) => `<?xml version="1.0" encoding="UTF-8"?>
<tbx style="dca" type="TBX-Basic" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
  <text><body>
${body}
  </body></text>
</tbx>
`;

describe('the legal termbase', () => {
  it('has at least 40 concepts, each with English and Russian terms, and forbidden renderings with notes', () => {
    expect(tb.concepts.length).toBeGreaterThanOrEqual(40);
    for (const c of tb.concepts) {
      expect(c.terms.some((t) => t.lang === 'en'), c.id).toBe(true);
      expect(c.terms.some((t) => t.lang === 'ru'), c.id).toBe(true);
    }
    const forbidden = tb.concepts.flatMap((c) => c.terms.filter((t) => t.forbidden));
    expect(forbidden.length).toBeGreaterThanOrEqual(4);
    for (const t of forbidden) expect(t.note).toBeTruthy();
    for (const id of ['imprisonment', 'suspended-sentence', 'restriction-of-freedom', 'parole', 'fine', 'house-arrest', 'pretrial-detention', 'probation', 'activity-ban', 'confiscation', 'arrest', 'detention', 'charge', 'indictment', 'trial', 'verdict', 'conviction', 'acquittal', 'appeal', 'cassation', 'first-instance', 'supreme-court', 'prosecution', 'defence', 'witness', 'expert-opinion', 'criminal-liability', 'administrative-liability', 'fair-trial', 'freedom-of-expression', 'freedom-of-assembly', 'freedom-of-association', 'extremist-organisation', 'banned-party', 'european-parliament', 'iccpr', 'clooney-foundation', 'un-human-rights-committee', 'us-state-department', 'dck']) {
      expect(tb.byId.has(id), id).toBe(true);
    }
  });

  it('matches inflected forms on stems, in every case', () => {
    for (const form of ['лишение свободы', 'лишения свободы', 'лишению свободы', 'лишением свободы']) {
      expect(concepts(`приговорили к пяти годам ${form}`, 'ru').map(([, c]) => c)).toContain('imprisonment');
    }
    expect(concepts('He was convicted; the conviction stands; convicting judgment', 'en').filter(([, c]) => c === 'conviction').length).toBe(3);
    expect(concepts('защите, защита, защиты', 'ru').map(([, c]) => c)).toEqual(['defence', 'defence', 'defence']);
  });

  it('folds ё to е', () => {
    expect(concepts('он был осуждён', 'ru')).toEqual([['осуждён', 'conviction']]);
  });

  it('lets the longer term win: "условно-досрочного освобождения" is parole, not also release', () => {
    expect(concepts('условия условно-досрочного освобождения', 'ru')).toEqual([['условно-досрочного освобождения', 'parole']]);
    expect(concepts('был освобожден', 'ru')).toEqual([['освобожден', 'release']]);
  });

  it('keeps a word with several senses as one match with all of them', () => {
    expect(concepts('приговор', 'ru')).toEqual([['приговор', 'conviction|sentencing|verdict']]);
  });

  it('lets "…" stand for up to three words, within a sentence', () => {
    expect(concepts('a court suspended Zheksebaev’s prison sentence', 'en').map(([, c]) => c)).toContain('suspended-sentence');
    expect(concepts('a court suspended the hearing. His sentence was long', 'en').map(([, c]) => c)).not.toContain('suspended-sentence');
  });

  it('exports the words of its terms for the spelling check', () => {
    const ru = termWords(tb, 'ru');
    expect(ru.has('мпгпп')).toBe(true);
    expect(ru.has('условно-досрочное')).toBe(true);
    expect(termWords(tb, 'en').has('iccpr')).toBe(true);
  });
});

describe('termbase validation', () => {
  it('rejects XML that is not well-formed, naming the line', () => {
    const bad = tbx('<conceptEntry id="a"><langSec xml:lang="en"><termSec><term>fine</term></termSec></langSec>\n<langSec>');
    expect(() => parseTermbase(bad, 'terms.tbx')).toThrow(InputError);
    try { parseTermbase(bad, 'terms.tbx'); } catch (e) {
      const err = e as InputError;
      expect(err.file).toBe('terms.tbx');
      expect(err.line).toBeGreaterThan(1);
      expect(err.format()).toMatch(/not well-formed XML/);
    }
  });

  it('rejects a concept with no terms, naming the concept and its line', () => {
    const bad = tbx('<conceptEntry id="ok"><langSec xml:lang="en"><termSec><term>fine</term></termSec></langSec></conceptEntry>\n<conceptEntry id="empty"><langSec xml:lang="en"></langSec></conceptEntry>');
    try { parseTermbase(bad, 'terms.tbx'); expect.fail('no error'); } catch (e) {
      const err = e as InputError;
      expect(err.message).toBe('concept "empty" has no terms');
      expect(err.line).toBe(5);
      expect(err.hint).toMatch(/add <langSec/);
    }
  });

  it('rejects a file that is not TBX, a duplicate id and a cross-reference to nowhere', () => {
    expect(() => parseTermbase('<root/>', 'x.tbx')).toThrow(/not a TBX termbase/);
    expect(() => parseTermbase('<tbx><text></text></tbx>', 'x.tbx')).toThrow(/not a TBX termbase/);
    // an empty body is a TBX file, with nothing in it: said so
    expect(() => parseTermbase(tbx(''), 'x.tbx')).toThrow(/has no <conceptEntry>/);
    const one = '<conceptEntry id="a"><langSec xml:lang="en"><termSec><term>fine</term></termSec></langSec></conceptEntry>';
    expect(() => parseTermbase(tbx(one + one), 'x.tbx')).toThrow(/used twice/);
    expect(() => parseTermbase(tbx('<conceptEntry id="a"><ref type="crossReference" target="b">b</ref><langSec xml:lang="en"><termSec><term>fine</term></termSec></langSec></conceptEntry>'), 'x.tbx')).toThrow(/unknown concept "b"/);
  });

  it('names the configured path when the file cannot be read', () => {
    expect(() => readTermbase('/nonexistent/terms.tbx', 'terms.tbx')).toThrow(/cannot read the termbase/);
  });

  it('the CLI exits 2 with file, line and fix for a broken termbase', () => {
    const dir = copySeedProject();
    mkdirSync(join(dir, 'terms'));
    writeFileSync(join(dir, 'terms', 'bad.tbx'), readFileSync(TBX, 'utf8').replace('</conceptEntry>', '</conceptEntr>'));
    writeFileSync(join(dir, 'bitext.config.json'), JSON.stringify({ termbase: 'terms/bad.tbx' }));
    const r = runCli(['check', '--format', 'json'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/terms\/bad\.tbx:\d+: the termbase is not well-formed XML/);
    expect(r.stderr).toMatch(/fix:/);
  });
});
