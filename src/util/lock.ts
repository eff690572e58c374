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

/** What to say when a lock cannot be had: `error` for a file-system error, `timeout` when another holder kept it. */
interface LockMessages {
  error(code: string): InputError;
  timeout(): InputError;
}

/**
 * Run `fn` holding an exclusive proper-lockfile lock on `target` (an atomic mkdir of
 * `lockfilePath`). Waits up to `waitMs` for another holder, backing off from 20 to 500 ms; a
 * lock older than `staleMs` (left by a killed process) is taken over.
 */
export function withLock<T>(target: string, lockfilePath: string, fn: () => T, waitMs: number, staleMs: number, say: LockMessages): T {
  const deadline = Date.now() + waitMs;
  let release: (() => void) | undefined;
  for (let delay = 20; ; delay = Math.min(delay * 2, 500)) {
    try {
      release = lockfile.lockSync(target, { lockfilePath, stale: staleMs, realpath: false });
      break;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'ELOCKED') throw say.error(code ?? (e as Error).message);
      if (Date.now() >= deadline) throw say.timeout();
      sleep(delay);
    }
  }
  try {
    return fn();
  } finally {
    release();
  }
}

/**
 * Run `fn` holding an exclusive lock on a folder (`<dir>/.bitext.lock`), so two bitext
 * processes never read-merge-write the same files at once.
 */
export function withFolderLock<T>(dir: string, fn: () => T, opts: LockOptions = {}): T {
  mkdirSync(dir, { recursive: true });
  const lockfilePath = join(dir, LOCK_NAME);
  return withLock(dir, lockfilePath, fn, opts.waitMs ?? 60_000, opts.staleMs ?? 10_000, {
    error: (code) => new InputError(`cannot lock the folder (${code})`, {
      file: dir, hint: `make ${dir} a writable folder, or choose another one with the matching option`,
    }),
    timeout: () => new InputError('the folder is locked by another bitext process', {
      file: dir,
      hint: `wait for the other run to finish; if none is running, delete ${lockfilePath}`,
    }),
  });
}
