import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import lockfile from 'proper-lockfile';
import { InputError } from '../errors.js';

export const LOCK_NAME = '.bitext.lock';

export interface LockOptions {
  /** How long to wait for another process's lock before giving up (ms). */
  waitMs?: number;
  /** A lock older than this is taken to be left by a crashed process (ms). */
  staleMs?: number;
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Run `fn` holding an exclusive lock on a folder (proper-lockfile: an atomic mkdir of
 * `<dir>/.bitext.lock`), so two bitext processes never read-merge-write the same files at once.
 * Waits up to `waitMs` for another holder; a lock older than `staleMs` (a killed process) is taken over.
 */
export function withFolderLock<T>(dir: string, fn: () => T, opts: LockOptions = {}): T {
  const waitMs = opts.waitMs ?? 60_000;
  const stale = opts.staleMs ?? 10_000;
  mkdirSync(dir, { recursive: true });
  const lockfilePath = join(dir, LOCK_NAME);
  const deadline = Date.now() + waitMs;
  let release: (() => void) | undefined;
  for (let delay = 20; ; delay = Math.min(delay * 2, 500)) {
    try {
      release = lockfile.lockSync(dir, { lockfilePath, stale, realpath: false });
      break;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'ELOCKED') {
        throw new InputError(`cannot lock the folder (${code ?? (e as Error).message})`, {
          file: dir, hint: `make ${dir} a writable folder, or choose another one with the matching option`,
        });
      }
      if (Date.now() >= deadline) {
        throw new InputError('the folder is locked by another bitext process', {
          file: dir,
          hint: `wait for the other run to finish; if none is running, delete ${lockfilePath}`,
        });
      }
      sleep(delay);
    }
  }
  try {
    return fn();
  } finally {
    release();
  }
}
