import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { InputError } from '../errors.js';
import type { PairMeta } from '../types.js';
import { suggest } from '../config.js';

export const PAIR_ID = /^[a-z0-9][a-z0-9._-]*$/i;
export const META_FILE = 'pair.json';

export interface PairFiles {
  id: string;
  dir: string;
  sourcePath: string;
  targetPath: string;
  metaPath?: string;
}

/** Folders under the corpus that hold a pair (both language files, or at least one of them). */
export function listPairIds(corpusDir: string, sourceLang: string, targetLang: string): string[] {
  if (!existsSync(corpusDir) || !statSync(corpusDir).isDirectory()) {
    throw new InputError('the corpus folder does not exist', {
      file: corpusDir,
      hint: 'create it with one folder per pair (corpus/<pair-id>/en.md and ru.md), or pass --corpus DIR',
    });
  }
  return readdirSync(corpusDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && PAIR_ID.test(d.name))
    .filter((d) => [sourceLang, targetLang].some((l) => existsSync(join(corpusDir, d.name, `${l}.md`))))
    .map((d) => d.name)
    .sort();
}

/** Resolve a pair id to its files, refusing ids that escape the corpus folder. */
export function pairFiles(corpusDir: string, id: string, sourceLang: string, targetLang: string, known?: string[]): PairFiles {
  const root = resolve(corpusDir);
  const dir = resolve(root, id);
  if (!PAIR_ID.test(id) || (dir !== root && !dir.startsWith(root + sep)) || dir === root) {
    throw new InputError(`"${id}" is not a pair id inside the corpus folder`, {
      file: corpusDir,
      hint: 'a pair id is a folder name under the corpus (letters, digits, ".", "_", "-"), e.g. zheksebaev-2022',
    });
  }
  if (!existsSync(dir)) {
    const hint = known ? suggest(id, known) : undefined;
    throw new InputError(`no pair "${id}" in the corpus`, {
      file: relative(process.cwd(), dir) || dir,
      hint: hint ? `did you mean "${hint}"?` : `create ${join(corpusDir, id)}/${sourceLang}.md and ${targetLang}.md`,
    });
  }
  // a symbolic link may point out of the corpus: the real paths must stay inside too. Only a
  // link can lead out (the pair folder is a direct child of the root), so paths that are not
  // links need no realpath (one lstat each instead of one per path component)
  let realRoot: string | undefined;
  for (const p of [dir, join(dir, `${sourceLang}.md`), join(dir, `${targetLang}.md`), join(dir, META_FILE)]) {
    const st = lstatSync(p, { throwIfNoEntry: false });
    if (!st || !st.isSymbolicLink()) continue;
    realRoot ??= realpathSync(root);
    if (!existsSync(p)) continue; // a dangling link: reading the file reports it
    const real = realpathSync(p);
    if (real !== realRoot && !real.startsWith(realRoot + sep)) {
      throw new InputError(`${relative(root, p) || id} is a link that leads out of the corpus folder (to ${real})`, {
        file: join(corpusDir, relative(root, p)),
        hint: 'copy the file into the pair folder instead of linking to it',
      });
    }
  }
  const meta = join(dir, META_FILE);
  return {
    id,
    dir,
    sourcePath: join(dir, `${sourceLang}.md`),
    targetPath: join(dir, `${targetLang}.md`),
    metaPath: existsSync(meta) ? meta : undefined,
  };
}

/** Read pair.json (title, published, source); absent file → empty metadata. */
export function readMeta(path: string | undefined): PairMeta {
  if (!path) return {};
  const text = readFileSync(path, 'utf8');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new InputError(`invalid JSON: ${(e as Error).message}`, { file: path, hint: 'fix the syntax of the pair metadata' });
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new InputError('pair metadata must be a JSON object', { file: path, hint: '{"title": "...", "published": "2022-11-15", "source": "https://..."}' });
  }
  const meta = raw as Record<string, unknown>;
  const allowed = ['title', 'published', 'source'];
  for (const k of Object.keys(meta)) {
    if (!allowed.includes(k)) {
      const hint = suggest(k, allowed);
      throw new InputError(`unknown key "${k}" in pair metadata`, { file: path, hint: hint ? `did you mean "${hint}"?` : `known keys: ${allowed.join(', ')}` });
    }
    if (typeof meta[k] !== 'string') throw new InputError(`"${k}" must be a string`, { file: path });
  }
  if (meta.published !== undefined && !/^\d{4}-\d{2}(-\d{2})?$/.test(meta.published as string)) {
    throw new InputError(`"published" must be a date YYYY-MM-DD or YYYY-MM, not "${meta.published}"`, { file: path });
  }
  return meta as PairMeta;
}
