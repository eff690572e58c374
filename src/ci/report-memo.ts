import { statSync } from 'node:fs';
import { join } from 'node:path';
import { REGENERABLE, writeFileAtomic } from '../util/atomic.js';
import { hashText } from '../util/hash.js';
import { readMemoFile } from '../util/json-file.js';

/**
 * Remembers, in `.bitext-cache/reports.json`, what each report file was rendered from (a hash
 * of its inputs) and the file's size and mtime when written. A report whose inputs are
 * unchanged and whose file is untouched is not rendered again: on a warm re-check of a large
 * corpus, rendering every page was most of the time. Deleting the cache folder is safe.
 */
export interface ReportMemo {
  /** True when `path` was written from inputs with this key and not touched since. */
  isCurrent(path: string, key: string): boolean;
  /** Note that `path` was just written from inputs with this key. */
  record(path: string, key: string): void;
  /** Write the memo (only the files of this run are kept). */
  save(): void;
}

interface Entry { key: string; size: number; mtimeMs: number }

export function reportMemo(cacheDir: string): ReportMemo {
  const file = join(cacheDir, 'reports.json');
  const old = readMemoFile<Entry>(file); // absent or corrupt: render everything
  const next: Record<string, Entry> = {};
  const stat = (path: string): { size: number; mtimeMs: number } | undefined => {
    try {
      const st = statSync(path);
      return { size: st.size, mtimeMs: st.mtimeMs };
    } catch {
      return undefined;
    }
  };
  return {
    isCurrent(path, key) {
      const e = old[path];
      const st = e && e.key === key ? stat(path) : undefined;
      if (!e || !st || st.size !== e.size || st.mtimeMs !== e.mtimeMs) return false;
      next[path] = e;
      return true;
    },
    record(path, key) {
      const st = stat(path);
      if (st) next[path] = { key, ...st };
    },
    save() {
      const sorted = Object.fromEntries(Object.keys(next).sort().map((k) => [k, next[k]]));
      writeFileAtomic(file, `${JSON.stringify(sorted)}\n`, REGENERABLE);
    },
  };
}

/** The key of a report's inputs: everything the page or CSV is rendered from. */
export function reportKey(parts: unknown[]): string {
  return hashText(JSON.stringify(parts), 32);
}
