import { vi } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../src/main.js';

export interface InProcessResult { code: number; stdout: string; stderr: string }

/**
 * Run the CLI's main() in this process (fast: no node start-up) with every folder given as an
 * absolute path under `dir`, capturing stdout and stderr.
 */
export async function bitext(dir: string, args: string[]): Promise<InProcessResult> {
  let stdout = '', stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => { stdout += String(s); return true; });
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => { stderr += String(s); return true; });
  try {
    const [cmd, ...rest] = args;
    const paths = ['--corpus', join(dir, 'corpus'), '--alignments', join(dir, 'alignments'), '--reports', join(dir, 'reports')];
    if (existsSync(join(dir, 'bitext.config.json'))) paths.push('--config', join(dir, 'bitext.config.json'));
    // options given by the test win over the defaults above
    const given = new Set(rest.filter((a) => a.startsWith('--')));
    const defaults: string[] = [];
    for (let i = 0; i < paths.length; i += 2) if (!given.has(paths[i])) defaults.push(paths[i], paths[i + 1]);
    const code = await main([cmd, ...rest, ...defaults]);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

/** Encode a string in a single-byte encoding Node can decode (TextEncoder only does UTF-8). */
export function encodeSingleByte(text: string, encoding: string): Buffer {
  const decoder = new TextDecoder(encoding);
  const map = new Map<string, number>();
  for (let b = 0; b < 256; b++) map.set(decoder.decode(Uint8Array.of(b)), b);
  return Buffer.from([...text].map((ch) => map.get(ch) ?? 0x3f));
}

/** A message for a human: says where, has a fix line, and no stack trace. */
export function expectCleanError(stderr: string): void {
  if (!/^bitext: .+\n {2}fix: .+/m.test(stderr)) throw new Error(`not a clean error message:\n${stderr}`);
  if (/\n\s+at .+:\d+:\d+/.test(stderr)) throw new Error(`stack trace printed:\n${stderr}`);
}
