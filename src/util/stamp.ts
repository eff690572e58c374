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

/** The stamp of the file at `path` now, or undefined if there is none. */
export function stampOf(path: string): string | undefined {
  try { return statStamp(statSync(path)); } catch { return undefined; }
}

/** A file a run wrote, with its stamp right after the write (`check --watch` ignores its event). */
export interface Written { path: string; stamp?: string }
