import { createHash } from 'node:crypto';

/** Short stable hash (hex) of a string. */
export function hashText(s: string, length = 16): string {
  return createHash('sha256').update(s, 'utf8').digest('hex').slice(0, length);
}
