import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The CLI as shipped: the bundle (scripts/bundle.mjs) that bin and npm run qa use. */
export const CLI = join(ROOT, 'dist', 'bundle', 'cli.js');
export const SEED_DIR = join(ROOT, 'corpus', 'zheksebaev-2022');

export function seedEn(): string { return readFileSync(join(SEED_DIR, 'en.md'), 'utf8'); }
export function seedRu(): string { return readFileSync(join(SEED_DIR, 'ru.md'), 'utf8'); }

/** Paragraphs of a Markdown file split on blank lines (the corpus has one paragraph per block). */
export function paragraphs(md: string): string[] {
  return md.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
}
export function join2(paras: string[]): string { return `${paras.join('\n\n')}\n`; }

/** A temporary project with the given pairs: {id: {en, ru, meta?}}. Returns its folder. */
export function tempProject(pairs: Record<string, { en?: string; ru?: string; meta?: object }>, config?: object): string {
  const dir = mkdtempSync(join(tmpdir(), 'bitext-'));
  for (const [id, p] of Object.entries(pairs)) {
    const d = join(dir, 'corpus', id);
    mkdirSync(d, { recursive: true });
    if (p.en !== undefined) writeFileSync(join(d, 'en.md'), p.en);
    if (p.ru !== undefined) writeFileSync(join(d, 'ru.md'), p.ru);
    if (p.meta) writeFileSync(join(d, 'pair.json'), JSON.stringify(p.meta));
  }
  if (config) writeFileSync(join(dir, 'bitext.config.json'), JSON.stringify(config, null, 2));
  return dir;
}

export function copySeedProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bitext-'));
  cpSync(SEED_DIR, join(dir, 'corpus', 'zheksebaev-2022'), { recursive: true });
  return dir;
}

export interface CliResult { code: number; stdout: string; stderr: string }

export function runCli(args: string[], cwd: string, env: Record<string, string> = {}): CliResult {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, CI: 'true', ...env } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
