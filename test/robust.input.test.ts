import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copySeedProject, seedRu, seedEn } from './helpers.js';
import { decodeFile } from '../src/corpus/decode.js';
import { bitext, encodeSingleByte, expectCleanError } from './robust.cli-helpers.js';

const PAIR = 'zheksebaev-2022';
const ruPath = (dir: string) => join(dir, 'corpus', PAIR, 'ru.md');
const enPath = (dir: string) => join(dir, 'corpus', PAIR, 'en.md');

describe('bad corpus files: exit 2, file named, a fix, no stack trace', () => {
  it('missing target file', async () => {
    const dir = copySeedProject();
    rmSync(ruPath(dir));
    const r = await bitext(dir, ['check']);
    expect(r.code).toBe(2);
    expectCleanError(r.stderr);
    expect(r.stderr).toMatch(/ru\.md: the ru file is missing\n {2}fix: add .*ru\.md/);
    expect(r.stdout).toBe('');
    expect(existsSync(join(dir, 'reports'))).toBe(false);
  });

  it('missing source file', async () => {
    const dir = copySeedProject();
    rmSync(enPath(dir));
    const r = await bitext(dir, ['check']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/en\.md: the en file is missing/);
  });

  it.each([['empty', ''], ['whitespace-only', ' \n\t\r\n  \n']])('%s file', async (_name, content) => {
    const dir = copySeedProject();
    writeFileSync(ruPath(dir), content);
    const r = await bitext(dir, ['check']);
    expect(r.code).toBe(2);
    expectCleanError(r.stderr);
    expect(r.stderr).toMatch(/ru\.md: the file is empty/);
  });

  it('a file with only code and front matter has no translatable text', async () => {
    const dir = copySeedProject();
    writeFileSync(ruPath(dir), '---\ntitle: x\n---\n\n```\ncode\n```\n');
    const r = await bitext(dir, ['check']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/ru\.md: the file has no translatable text/);
  });

  it('binary file', async () => {
    const dir = copySeedProject();
    writeFileSync(ruPath(dir), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    const r = await bitext(dir, ['check']);
    expect(r.code).toBe(2);
    expectCleanError(r.stderr);
    expect(r.stderr).toMatch(/ru\.md: this is a binary file/);
  });

  it('one bad pair does not stop the others, and still exits 2', async () => {
    const dir = copySeedProject();
    mkdirSync(join(dir, 'corpus', 'broken'));
    writeFileSync(join(dir, 'corpus', 'broken', 'en.md'), 'Hello.\n');
    const r = await bitext(dir, ['check', '--format', 'json']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).pairs.map((p: { id: string }) => p.id)).toEqual([PAIR]);
    expect(r.stderr).toMatch(/broken\/ru\.md: the ru file is missing/);
  });
});

describe('legacy Russian encodings', () => {
  /** The same text as UTF-8: what the single-byte file decodes to (characters it cannot hold, such as the Kazakh ө, are "?"). */
  const reference = async (ru: string) => {
    const dir = copySeedProject();
    writeFileSync(ruPath(dir), ru);
    return JSON.parse((await bitext(dir, ['check', '--format', 'json'])).stdout);
  };

  it.each(['windows-1251', 'koi8-r'])('%s: detected and refused with the fix, then read with --encoding', async (enc) => {
    const dir = copySeedProject();
    const bytes = encodeSingleByte(seedRu(), enc);
    writeFileSync(ruPath(dir), bytes);
    const refused = await bitext(dir, ['check']);
    expect(refused.code).toBe(2);
    expectCleanError(refused.stderr);
    expect(refused.stderr).toContain(`ru.md: the file is not valid UTF-8 (it looks like ${enc})`);
    expect(refused.stderr).toContain(`--encoding ${enc}`);
    expect(refused.stderr).toContain(`iconv -f ${enc} -t utf-8`);

    const ok = await bitext(dir, ['check', '--format', 'json', '--encoding', enc]);
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(1); // the seed's own findings
    const pair = JSON.parse(ok.stdout).pairs[0];
    const ref = (await reference(new TextDecoder(enc).decode(bytes))).pairs[0];
    // decoded with --encoding, the file gives exactly the findings of the same text in UTF-8
    expect(pair.findings).toEqual(ref.findings);
    // same blocks and alignment as the UTF-8 original
    expect(pair.target.blocks).toBe(ref.target.blocks);
    expect(pair.alignment.map((b: { source: number[]; target: number[] }) => [b.source, b.target]))
      .toEqual(ref.alignment.map((b: { source: number[]; target: number[] }) => [b.source, b.target]));
    const decoded = new TextDecoder(enc).decode(bytes);
    const loc = pair.findings.find((f: { target?: { text: string } }) => f.target)?.target;
    if (loc) expect(decoded.slice(loc.start, loc.end)).toBe(loc.text);
  });

  it('--encoding applies only to files that are not UTF-8: the UTF-8 English side keeps its curly quotes', () => {
    const bytes = new TextEncoder().encode(seedEn());
    expect(decodeFile(bytes, 'en.md', 'windows-1251')).toBe(seedEn());
    expect(seedEn()).toMatch(/[’“”]/);
  });

  it('an unknown --encoding is refused before anything is read', async () => {
    const dir = copySeedProject();
    const r = await bitext(dir, ['check', '--encoding', 'cp-nonsense']);
    expect(r.code).toBe(2);
    expectCleanError(r.stderr);
    expect(r.stderr).toMatch(/^bitext: --encoding: unknown encoding "cp-nonsense"\n {2}fix: use one of: utf-8, windows-1251, koi8-r/);
  });
});

describe('alignment files that are corrupt, invalid or from another schema version are refused, never overwritten', () => {
  const cases: Array<[string, (s: string) => string, RegExp]> = [
    ['corrupt JSON', (s) => s.slice(0, s.length / 2), /the alignment file is not valid JSON/],
    ['a block in two beads', (s) => s.replace('"source":[4],', '"source":[3],'), /:\d+: the alignment file is invalid: bead \d+: source block 3 is in two beads/],
    ['"confirmed": "yes"', (s) => s.replace(/("source":\[5\],"target":\[3\],"score":[\d.]+)/, '$1,"confirmed":"yes"'), /bead \d+: "confirmed" must be true or false/],
    ['an older schemaVersion', (s) => s.replace('"schemaVersion": 1', '"schemaVersion": 0'), /schemaVersion 0 is not supported[^]*fix: set "schemaVersion": 1 if the beads have the documented shape, or restore the file from git/],
    ['a newer schemaVersion', (s) => s.replace('"schemaVersion": 1', '"schemaVersion": 7'), /schemaVersion 7 is not supported[^]*fix: upgrade bitext/],
  ];
  it.each(cases)('%s', async (_name, edit, message) => {
    const dir = copySeedProject();
    expect((await bitext(dir, ['align'])).code).toBe(0);
    const file = join(dir, 'alignments', `${PAIR}.json`);
    const bad = edit(readFileSync(file, 'utf8'));
    expect(bad).not.toBe(readFileSync(file, 'utf8'));
    writeFileSync(file, bad);
    for (const cmd of ['check', 'align']) {
      const r = await bitext(dir, [cmd]);
      expect(r.code).toBe(2);
      expectCleanError(r.stderr);
      expect(r.stderr).toMatch(message);
      expect(readFileSync(file, 'utf8')).toBe(bad);
    }
  });

  it('names the line of the bad bead in a file re-indented by an editor', async () => {
    const dir = copySeedProject();
    await bitext(dir, ['align']);
    const file = join(dir, 'alignments', `${PAIR}.json`);
    const data = JSON.parse(readFileSync(file, 'utf8'));
    data.beads[6].confirmed = 'yes';
    const text = JSON.stringify(data, null, 4);
    writeFileSync(file, text);
    const r = await bitext(dir, ['check']);
    expect(r.stderr).toMatch(/bead 6: "confirmed" must be true or false/);
    const line = Number(/\.json:(\d+):/.exec(r.stderr)![1]);
    expect(text.split('\n')[line - 1].trim()).toBe('{');
    expect(text.split('\n').slice(line, line + 3).join(' ')).toContain(`${data.beads[6].source[0]}`);
    expect(text.split('\n').slice(line - 1).join('\n').indexOf('"yes"')).toBeLessThan(text.split('\n').slice(line - 1).join('\n').indexOf('}'));
  });

  it('names the line of the bad bead', async () => {
    const dir = copySeedProject();
    await bitext(dir, ['align']);
    const file = join(dir, 'alignments', `${PAIR}.json`);
    const text = readFileSync(file, 'utf8').replace('"source":[4],', '"source":[3],');
    writeFileSync(file, text);
    const r = await bitext(dir, ['check']);
    const line = Number(/\.json:(\d+):/.exec(r.stderr)![1]);
    expect(text.split('\n')[line - 1]).toContain('"source":[3],');
    expect(text.split('\n')[line - 1]).toContain('"target":[2]');
  });
});

describe('config', () => {
  it('corrupt JSON: file, line, fix', async () => {
    const dir = copySeedProject();
    writeFileSync(join(dir, 'bitext.config.json'), '{\n  "corpus": "corpus",\n  "rules": {\n}\n');
    const r = await bitext(dir, ['check']);
    expect(r.code).toBe(2);
    expectCleanError(r.stderr);
    expect(r.stderr).toMatch(/bitext\.config\.json(:\d+)?: invalid JSON/);
  });

  it('unknown key: line and a suggestion', async () => {
    const dir = copySeedProject();
    writeFileSync(join(dir, 'bitext.config.json'), '{\n  "corpus": "corpus",\n  "reprots": "out"\n}\n');
    const r = await bitext(dir, ['check']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bitext\.config\.json:3: unknown key "reprots"\n {2}fix: did you mean "reports"\?/);
  });

  it('a --config file that does not exist is an error, not silently the defaults', async () => {
    const dir = copySeedProject();
    const r = await bitext(dir, ['check', '--config', join(dir, 'bitext.confg.json')]);
    expect(r.code).toBe(2);
    expectCleanError(r.stderr);
    expect(r.stderr).toMatch(/bitext\.confg\.json: the config file does not exist/);
  });

  it('unknown rule id: line and a suggestion', async () => {
    const dir = copySeedProject();
    writeFileSync(join(dir, 'bitext.config.json'), '{\n  "rules": {\n    "language-mismach": "off"\n  }\n}\n');
    const r = await bitext(dir, ['check']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bitext\.config\.json:3: unknown rule "language-mismach"\n {2}fix: did you mean "language-mismatch"\?/);
  });
});

describe('paths that escape the corpus folder', () => {
  it.each(['..', '../..', '../etc', '/etc', 'a/../../b', '.hidden'])('pair id %s', async (id) => {
    const dir = copySeedProject();
    const r = await bitext(dir, ['check', id]);
    expect(r.code).toBe(2);
    expectCleanError(r.stderr);
    expect(r.stderr).toContain(`"${id}" is not a pair id inside the corpus folder`);
  });

  it('a pair folder that is a symbolic link to outside the corpus', async () => {
    const dir = copySeedProject();
    const outside = mkdtempSync(join(tmpdir(), 'bitext-outside-'));
    writeFileSync(join(outside, 'en.md'), seedEn());
    writeFileSync(join(outside, 'ru.md'), seedRu());
    symlinkSync(outside, join(dir, 'corpus', 'linked'));
    const r = await bitext(dir, ['check', 'linked']);
    expect(r.code).toBe(2);
    expectCleanError(r.stderr);
    expect(r.stderr).toMatch(/leads out of the corpus folder/);
  });

  it('a language file that is a symbolic link to outside the corpus', async () => {
    const dir = copySeedProject();
    const outside = mkdtempSync(join(tmpdir(), 'bitext-outside-'));
    writeFileSync(join(outside, 'secret.md'), seedRu());
    rmSync(ruPath(dir));
    symlinkSync(join(outside, 'secret.md'), ruPath(dir));
    const r = await bitext(dir, ['check']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/ru\.md is a link that leads out of the corpus folder/);
  });

  it('a missing pair id gets a suggestion', async () => {
    const dir = copySeedProject();
    const r = await bitext(dir, ['check', 'zheksebaev-2021']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no pair "zheksebaev-2021"[^]*did you mean "zheksebaev-2022"/);
  });

  it('a corpus folder that does not exist', async () => {
    const dir = copySeedProject();
    const r = await bitext(dir, ['check', '--corpus', join(dir, 'nope')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/nope: the corpus folder does not exist/);
  });
});

describe('an unwritable reports folder (a regular file in the way: chmod does not stop root)', () => {
  it('reports path is a regular file', async () => {
    const dir = copySeedProject();
    writeFileSync(join(dir, 'reports'), 'not a folder');
    const r = await bitext(dir, ['check']);
    expect(r.code).toBe(2);
    expectCleanError(r.stderr);
    expect(r.stderr).toMatch(/reports\/[\w.-]+\.html: cannot write the file \((EEXIST|ENOTDIR)\)\n {2}fix: .*is a file, not a folder/);
    expect(readFileSync(join(dir, 'reports'), 'utf8')).toBe('not a folder');
  });

  it('reports path lies under a regular file, and --output too', async () => {
    const dir = copySeedProject();
    writeFileSync(join(dir, 'blocker'), 'x');
    const r = await bitext(dir, ['check', '--reports', join(dir, 'blocker', 'reports')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/blocker\/reports\/[\w.-]+\.html: cannot write the file \((EEXIST|ENOTDIR)\)/);
    const o = await bitext(dir, ['check', '--output', join(dir, 'blocker', 'out.json'), '--format', 'json']);
    expect(o.code).toBe(2);
    expect(o.stderr).toMatch(/blocker\/out\.json: cannot write the file \((EEXIST|ENOTDIR)\)/);
  });
});

describe('valid but odd content becomes a finding, not an error', () => {
  it.each([
    ['both sides in English', () => seedEn(), () => seedEn(), /ru\.md is written in latin script/],
    ['the two languages swapped', () => seedRu(), () => seedEn(), /the two files look swapped/],
  ])('%s', async (_name, en, ru, message) => {
    const dir = copySeedProject();
    writeFileSync(enPath(dir), en());
    writeFileSync(ruPath(dir), ru());
    const r = await bitext(dir, ['check', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const found = JSON.parse(r.stdout).pairs[0].findings.filter((f: { rule: string }) => f.rule === 'language-mismatch');
    expect(found).toHaveLength(1);
    expect(found[0].message).toMatch(message);
    expect(found[0].severity).toBe('error');
  });
});

describe('a misspelt option', () => {
  it('exits 2 and suggests the option meant', async () => {
    const { runCli, copySeedProject: copy } = await import('./helpers.js');
    const r = runCli(['check', '--frmat', 'json', '--fail-onn', 'error'], copy());
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('did you mean --format for frmat, --fail-on for fail-onn?');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
