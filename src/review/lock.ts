import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import lockfile from 'proper-lockfile';
import { InputError } from '../errors.js';

/**
 * Run `fn` while holding an exclusive lock on `path` (a `<path>.lock` directory, created
 * atomically by proper-lockfile), so two `bitext review` processes or a review and a check
 * never interleave their read-modify-write of the same decision file. The file itself need
 * not exist yet. A lock left by a crashed process is taken over after `stale` ms.
 */
export function withFileLock<T>(path: string, fn: () => T, opts: { waitMs?: number; stale?: number } = {}): T {
  mkdirSync(dirname(path), { recursive: true });
  const deadline = Date.now() + (opts.waitMs ?? 15_000);
  let release: (() => void) | undefined;
  for (;;) {
    try {
      release = lockfile.lockSync(path, { realpath: false, stale: opts.stale ?? 10_000 });
      break;
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      if (err.code !== 'ELOCKED' || Date.now() > deadline) {
        throw new InputError(`cannot lock the file (${err.code ?? err.message})`, {
          file: path,
          hint: `another bitext process is writing it; wait and retry, or remove ${path}.lock if no bitext is running`,
        });
      }
      // lockSync does not retry: wait a little without spinning the CPU
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 25);
    }
  }
  try {
    return fn();
  } finally {
    release();
  }
}
