import { spawnSync } from 'node:child_process';
import { relative, resolve, sep } from 'node:path';
import { InputError } from '../errors.js';

function git(args: string[], cwd: string): { ok: boolean; stdout: string; stderr: string } {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.error) {
    throw new InputError(`cannot run git (${(r.error as NodeJS.ErrnoException).code ?? r.error.message})`, {
      hint: '--changed-since needs git on the PATH',
    });
  }
  return { ok: r.status === 0, stdout: r.stdout, stderr: r.stderr };
}

export interface Changes {
  /** Tracked files changed since the ref, committed or not (`git diff --name-only ref`; renames as delete + add). */
  changed: string[];
  /** Untracked, not ignored files (a new pair folder not yet added). */
  untracked: string[];
}

/** Files changed since `ref`, relative to `cwd`. */
export function changedFiles(ref: string, cwd = process.cwd()): Changes {
  const inside = git(['rev-parse', '--is-inside-work-tree'], cwd);
  if (!inside.ok || inside.stdout.trim() !== 'true') {
    throw new InputError('--changed-since needs a git repository, and this folder is not inside one', {
      file: cwd,
      hint: 'run bitext from a git checkout of the corpus, or drop --changed-since to check every pair',
    });
  }
  const verify = git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], cwd);
  if (!verify.ok) {
    throw new InputError(`--changed-since: unknown git revision "${ref}"`, {
      hint: 'name a commit, branch or tag that exists here (in CI, fetch enough history: actions/checkout with fetch-depth: 0)',
    });
  }
  const diff = git(['diff', '--name-only', '--no-renames', '-z', '--relative', verify.stdout.trim(), '--'], cwd);
  if (!diff.ok) throw new InputError(`git diff failed: ${diff.stderr.trim()}`, { file: cwd });
  const untracked = git(['ls-files', '--others', '--exclude-standard', '-z'], cwd);
  const list = (out: string) => [...new Set(out.split('\0').filter(Boolean))].sort();
  return { changed: list(diff.stdout), untracked: untracked.ok ? list(untracked.stdout) : [] };
}

/** Project-relative folder with forward slashes and a trailing slash ('' for the project root). */
function folder(dir: string, cwd: string): string {
  const r = relative(cwd, resolve(cwd, dir)).split(sep).join('/');
  return r === '' ? '' : `${r}/`;
}

/**
 * The pairs touched by a change: a file under <corpus>/<id>/, or <alignments>/<id>.json or
 * <alignments>/<id>.<anything>.json (review files kept beside the alignment). Untracked files
 * count under the corpus only: an untracked alignment is one bitext itself just wrote. A change
 * to a project-wide input (config, termbase, word list) touches every pair.
 */
export function pairsTouched(changes: Changes, ids: readonly string[], corpusDir: string, alignmentsDir: string, cwd = process.cwd(), projectFiles: readonly string[] = []): string[] {
  const corpus = folder(corpusDir, cwd);
  const alignments = folder(alignmentsDir, cwd);
  const files = [...changes.changed, ...changes.untracked.filter((f) => f.startsWith(corpus))];
  // the config, termbase or word list changed: every pair may check differently
  const shared = projectFiles.map((f) => relative(cwd, resolve(cwd, f)).split(sep).join('/'));
  if (files.some((f) => shared.includes(f))) return [...ids];
  return ids.filter((id) => files.some((f) =>
    f.startsWith(`${corpus}${id}/`)
    || (f.startsWith(alignments) && !f.slice(alignments.length).includes('/')
      && (f === `${alignments}${id}.json` || (f.startsWith(`${alignments}${id}.`) && f.endsWith('.json'))))));
}
