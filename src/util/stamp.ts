import type { Stats } from 'node:fs';

/**
 * A file's stat stamp: size, mtime, ctime and inode. Any write changes the ctime (which no tool
 * can set back) and an editor's save-by-rename changes the inode, so an unchanged stamp means
 * an unchanged file, except for a second write within one timestamp tick of a coarse file
 * system (see ci/digests.ts for the rule that covers that).
 */
export function statStamp(st: Stats): string {
  return `${st.size}:${st.mtimeMs}:${st.ctimeMs}:${st.ino}`;
}
