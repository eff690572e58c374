import { readFileSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import { REGENERABLE, writeFileAtomic } from './atomic.js';

/**
 * A file bitext keeps only for speed (in `.bitext-cache/`) as one line of JSON, the header,
 * then a body whose length and CRC-32 the header records: a body cut short or edited on disk
 * is told apart from what was written, and read as no file. Written atomically, not flushed.
 */
export interface CheckedFile<H> {
  head: H;
  body: Buffer;
}

export function writeChecked(path: string, head: object, body: Buffer): void {
  const line = JSON.stringify({ ...head, bytes: body.length, crc: crc32(body) });
  writeFileAtomic(path, Buffer.concat([Buffer.from(`${line}\n`, 'utf8'), body]), REGENERABLE);
}

/** The header and body, or undefined when the file is absent, unreadable or not as written. */
export function readChecked<H extends object>(path: string): CheckedFile<H> | undefined {
  try {
    const bytes = readFileSync(path);
    const nl = bytes.indexOf(10);
    if (nl < 0) return undefined;
    const head = JSON.parse(bytes.toString('utf8', 0, nl)) as H & { bytes?: unknown; crc?: unknown };
    if (!head || typeof head !== 'object') return undefined;
    const body = bytes.subarray(nl + 1);
    if (body.length !== head.bytes || crc32(body) !== head.crc) return undefined;
    return { head, body };
  } catch {
    return undefined;
  }
}
