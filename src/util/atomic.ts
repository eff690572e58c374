import { mkdirSync, renameSync, writeFileSync, openSync, fsyncSync, closeSync, unlinkSync, readFileSync, statSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';
import { InputError } from '../errors.js';

let counter = 0;

/**
 * Generated output that a run can always write again (reports, cache): atomic, not flushed to
 * disk first, and left alone when the file already holds exactly these bytes.
 */
export const REGENERABLE = { fsync: false, keepIdentical: true } as const;

/**
 * Whether `path` already holds exactly `bytes`. Replacing a file by rename makes ext4 allocate
 * the new blocks at once (auto_da_alloc), so rewriting 1,000 unchanged report pages cost more
 * than reading and comparing them; an unchanged page also keeps its modification time.
 */
function holds(path: string, bytes: Uint8Array): boolean {
  try {
    const st = statSync(path, { throwIfNoEntry: false });
    return !!st?.isFile() && st.size === bytes.byteLength && Buffer.compare(readFileSync(path), bytes) === 0;
  } catch {
    return false; /* not readable as a file: the write says why */
  }
}

/**
 * Write a file atomically: write a temp file beside it, fsync, rename over the target.
 * An interrupted run leaves the previous file intact. `fsync: false` (REGENERABLE) keeps the
 * rename (readers never see half a file) but skips the flush, for files bitext can write again:
 * reports and cache entries, not reviewers' alignments, dismissals or baselines. With
 * `keepIdentical` (also REGENERABLE) a file that already holds these bytes is not written.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array, opts: { fsync?: boolean; keepIdentical?: boolean } = {}): void {
  if (opts.keepIdentical) {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    if (holds(path, bytes)) return;
    data = bytes;
  }
  const dir = dirname(path);
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${Date.now()}.${counter++}.tmp`);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(tmp, data);
    if (opts.fsync !== false) {
      const fd = openSync(tmp, 'r');
      try { fsyncSync(fd); } finally { closeSync(fd); }
    }
    renameSync(tmp, path);
  } catch (err) {
    try { unlinkSync(tmp); } catch { /* temp file may not exist */ }
    const e = err as NodeJS.ErrnoException;
    throw new InputError(`cannot write the file (${e.code ?? e.message})`, {
      file: path,
      hint: e.code === 'EACCES' || e.code === 'EPERM' || e.code === 'EROFS'
        ? `make ${dir} writable, or choose another folder with the matching option`
        : e.code === 'ENOTDIR' || e.code === 'EEXIST'
          ? `${dir} (or a folder above it) is a file, not a folder: remove or rename it, or choose another folder with the matching option (--reports, --alignments, --output)`
          : e.code === 'EISDIR'
            ? `${path} is a folder: name a file instead`
            : 'check that the folder exists and the disk is not full',
    });
  }
}
