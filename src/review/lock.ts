import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { withLock } from '../util/lock.js';
import { InputError } from '../errors.js';

/**
 * Run `fn` while holding an exclusive lock on `path` (a `<path>.lock` directory, created
 * atomically by proper-lockfile), so two `bitext review` processes or a review and a check
 * never interleave their read-modify-write of the same decision file. The file itself need
 * not exist yet. A lock left by a crashed process is taken over after `stale` ms.
 */
export function withFileLock<T>(path: string, fn: () => T, opts: { waitMs?: number; stale?: number } = {}): T {
  mkdirSync(dirname(path), { recursive: true });
  const fail = (code: string) => new InputError(`cannot lock the file (${code})`, {
    file: path,
    hint: `another bitext process is writing it; wait and retry, or remove ${path}.lock if no bitext is running`,
  });
  return withLock(path, `${path}.lock`, fn, opts.waitMs ?? 15_000, opts.stale ?? 10_000, { error: fail, timeout: () => fail('ELOCKED') });
}
