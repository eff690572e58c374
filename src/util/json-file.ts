import { existsSync, readFileSync } from 'node:fs';
import { InputError } from '../errors.js';

/**
 * Read a JSON file bitext keeps under version control (alignment, baseline, review file):
 * absent → undefined; not JSON → an InputError naming the file and how to repair it, so a
 * broken file is never silently replaced.
 */
export function readJsonFile(path: string, what: string, hint: string, shown = path): { raw: unknown; text: string } | undefined {
  if (!existsSync(path)) return undefined;
  const text = readFileSync(path, 'utf8');
  try {
    return { raw: JSON.parse(text), text };
  } catch (e) {
    throw new InputError(`the ${what} is not valid JSON (${(e as Error).message})`, { file: shown, hint });
  }
}

/**
 * Read a JSON object bitext keeps only for speed (a memo in `.bitext-cache/`): absent, not
 * JSON or not an object → `{}`, since losing it only costs recomputation. Entries are not
 * checked here: each user validates what it takes.
 */
export function readMemoFile<T>(path: string): Record<string, T> {
  try {
    const raw = JSON.parse(readFileSync(path, 'utf8')) as unknown;
    if (raw && typeof raw === 'object' && !Array.isArray(raw)) return raw as Record<string, T>;
  } catch { /* absent or corrupt */ }
  return {};
}
