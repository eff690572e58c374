import type { Severity } from '../types.js';
import type { Result } from './json.js';
import { formatJson, formatJsonBytes } from './json.js';
import { formatText } from './text.js';
import { formatSarif } from './sarif.js';
import { formatJunit } from './junit.js';
import { formatGithub } from './github.js';
import type { RuleMeta } from './rules-meta.js';

export const FORMATS = ['text', 'json', 'sarif', 'junit', 'github'] as const;
export type Format = (typeof FORMATS)[number];

export interface RenderOptions {
  rules: readonly RuleMeta[];
  version: string;
  failOn: Severity | 'none';
  color?: boolean;
}

/**
 * The bytes of an output, for writing it: JSON comes as UTF-8 assembled per pair
 * (formatJsonBytes, the same bytes as formatJson), the other formats as text.
 */
export function renderOutput(format: Format, result: Result, opts: RenderOptions): string | Uint8Array {
  return format === 'json' ? formatJsonBytes(result) : render(format, result, opts);
}

/** Result → text in one of the output formats (pure). */
export function render(format: Format, result: Result, opts: RenderOptions): string {
  switch (format) {
    case 'json': return formatJson(result);
    case 'sarif': return formatSarif(result, opts.rules, opts.version);
    case 'junit': return formatJunit(result, opts.failOn);
    case 'github': return formatGithub(result);
    case 'text': return formatText(result, { color: opts.color });
  }
}
