import { existsSync, statSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { REGENERABLE, writeFileAtomic } from '../util/atomic.js';
import { settled, statStamp } from '../util/stamp.js';
import { readMemoFile } from '../util/json-file.js';

/**
 * Remembers, in `.bitext-cache/digests.json`, the digest of each file a cache key reads together
 * with the file's stat stamp (size, mtime, ctime, inode) and when the digest was taken. A later
 * run whose stat gives the same stamp reuses the digest instead of reading and hashing the
 * file again: on a warm re-check of 1,000 pairs, reading and hashing every text and alignment
 * file was the largest part of computing the keys.
 *
 * What makes that safe is the same rule git applies to its index ("racy git"): a stamp is only
 * trusted when the file's ctime was at least two seconds older than the moment its digest was
 * taken. A write changes the ctime (which no tool can set back) and, for the rewrites editors
 * do, the inode; a file changed twice within one timestamp tick of a coarse file system is
 * never trusted, because its ctime is too recent. A stale, missing or corrupt memo only means
 * files are hashed again. Deleting the cache folder is always safe.
 */
export interface DigestMemo {
  /**
   * `compute()`'s value for this file, reused when the file's stamp is unchanged and old enough.
   * `kind` tells apart two digests of the same file (kept apart, each with its own stamp).
   */
  digest(path: string, compute: () => string, kind?: string): string;
  /**
   * Write the memo if anything changed. Entries of files this run did not look at (a run of
   * some pairs, a review request) are kept while their file exists.
   */
  save(): void;
}

interface Entry { stamp: string; digest: string; at: number }

export function digestMemo(cacheDir: string): DigestMemo {
  const file = join(cacheDir, 'digests.json');
  const old = readMemoFile<Entry>(file); // absent or corrupt: hash everything
  const next = new Map<string, Entry>();
  let changed = false;
  return {
    digest(path, compute, kind) {
      const slot = kind ? `${kind}\0${path}` : path;
      const seen = next.get(slot);
      if (seen) return seen.digest;
      let st: Stats;
      try {
        st = statSync(path);
      } catch {
        return compute(); // absent or unreadable: compute() says so, nothing to remember
      }
      const s = statStamp(st);
      const e = old[slot];
      if (e && typeof e === 'object' && e.stamp === s && typeof e.digest === 'string' && typeof e.at === 'number' && settled(st, e.at)) {
        next.set(slot, e);
        return e.digest;
      }
      // the time is taken before reading: content written after it has a later ctime
      const at = Date.now();
      const entry = { stamp: s, digest: compute(), at };
      next.set(slot, entry);
      changed = true;
      return entry.digest;
    },
    save() {
      let dropped = false;
      for (const [slot, e] of Object.entries(old)) {
        if (next.has(slot)) continue;
        if (existsSync(slot.slice(slot.indexOf('\0') + 1))) next.set(slot, e);
        else dropped = true;
      }
      if (!changed && !dropped) return;
      const sorted = Object.fromEntries([...next.keys()].sort().map((k) => [k, next.get(k)!]));
      try {
        writeFileAtomic(file, `${JSON.stringify(sorted)}\n`, REGENERABLE);
      } catch {
        /* a read-only checkout: hash again next time */
      }
    },
  };
}
