import { statSync, type Stats } from 'node:fs';

/**
 * A file's stat stamp: size, mtime, ctime and inode. Any write changes the ctime (which no tool
 * can set back) and an editor's save-by-rename changes the inode, so an unchanged stamp means
 * an unchanged file, except for a second write within one timestamp tick of a coarse file
 * system (see ci/digests.ts for the rule that covers that).
 */
export function statStamp(st: Stats): string {
  return `${st.size}:${st.mtimeMs}:${st.ctimeMs}:${st.ino}`;
}

/**
 * Whether a file's stamp can stand for its content as of `at` (ms): git's rule for "racy"
 * files. Its ctime must be at least 2 s older than `at`, so a second write within one timestamp
 * tick of a coarse file system (same size, same times) cannot go unnoticed.
 */
export function settled(st: Stats, at: number): boolean {
  return st.ctimeMs + 2000 < at;
}

/** The stamp of the file at `path` now, or undefined if there is none. */
export function stampOf(path: string): string | undefined {
  try { return statStamp(statSync(path)); } catch { return undefined; }
}

/**
 * A per-process cache of what was loaded from files, each kept while its file's stamp is the
 * one it had before loading: a long-running process (`check --watch`, `review`) sees an edit,
 * a batch run loads each file once. A file with no stamp (missing) is loaded every time.
 */
export function fileCache<T>(): (path: string, load: () => T) => T {
  const kept = new Map<string, { stamp: string; value: T }>();
  return (path, load) => {
    const stamp = stampOf(path); // taken before loading: a write after it changes it
    const hit = kept.get(path);
    if (hit && stamp !== undefined && hit.stamp === stamp) return hit.value;
    const value = load();
    if (stamp !== undefined) kept.set(path, { stamp, value });
    return value;
  };
}

/** A file a run wrote, with its stamp right after the write (`check --watch` ignores its event). */
export interface Written { path: string; stamp?: string }
