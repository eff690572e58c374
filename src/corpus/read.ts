import { readFileSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import { InputError } from '../errors.js';
import type { Doc, Pair } from '../types.js';
import { segmentMarkdown } from '../segment/blocks.js';
import { decodeFile } from './decode.js';
import { readMeta, type PairFiles } from './discover.js';

export function displayPath(p: string): string {
  const r = relative(process.cwd(), p);
  return r && !r.startsWith('..') ? r.split('\\').join('/') : p;
}

/** Read and decode one side of a pair; missing, unreadable, binary and empty files are input errors. */
export function readSide(path: string, lang: string, encoding?: string): Doc {
  const shown = displayPath(path);
  let bytes: Buffer;
  try {
    if (statSync(path).isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    bytes = readFileSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`the ${lang} file is missing`, { file: shown, hint: `add ${shown}, or remove the pair folder` });
    if (code === 'EACCES' || code === 'EPERM') throw new InputError('the file cannot be read (permission denied)', { file: shown, hint: 'make it readable (chmod +r)' });
    if (code === 'EISDIR') throw new InputError('expected a file but found a folder', { file: shown, hint: `put the ${lang} text in ${shown} as a Markdown file` });
    throw new InputError(`the file cannot be read (${code ?? (err as Error).message})`, { file: shown });
  }
  const content = decodeFile(bytes, shown, encoding);
  if (content.trim() === '') {
    throw new InputError('the file is empty', { file: shown, hint: `put the ${lang} text in it, or remove the pair` });
  }
  const doc = segmentMarkdown(content, lang, shown);
  if (doc.blocks.length === 0) {
    throw new InputError('the file has no translatable text (only code, HTML or front matter)', { file: shown, hint: 'add the text as Markdown paragraphs' });
  }
  return doc;
}

export function readPair(files: PairFiles, sourceLang: string, targetLang: string, encoding?: string): Pair {
  return {
    id: files.id,
    dir: files.dir,
    meta: readMeta(files.metaPath),
    source: readSide(files.sourcePath, sourceLang, encoding),
    target: readSide(files.targetPath, targetLang, encoding),
  };
}
