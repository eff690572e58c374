/**
 * The project word list: words the dictionaries lack but the project uses on purpose
 * (names, Kazakh words, newer vocabulary). One word per line; `#` starts a comment.
 * Matching is case-insensitive and treats ё as е.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Config } from '../config.js';
import { InputError } from '../errors.js';
import { fileCache } from '../util/stamp.js';

export function wordKey(word: string): string {
  return word.normalize('NFC').replace(/[’‘]/g, "'").replace(/ё/g, 'е').replace(/Ё/g, 'Е').toLowerCase();
}

const cache = fileCache<ReadonlySet<string>>();

export function parseWordlist(text: string, file: string): Set<string> {
  const words = new Set<string>();
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line) return;
    if (/\s/.test(line)) {
      throw new InputError(`word list entry "${line}" has more than one word`, {
        file, line: i + 1, hint: 'put one word per line (add each word of a phrase separately)',
      });
    }
    words.add(wordKey(line));
  });
  return words;
}

/** The word list's path: `wordlist` from the config, else `<corpus>/terms/wordlist.txt`. */
export function wordlistPath(config: Config): string {
  return resolve(config.wordlist ?? join(config.corpus, 'terms', 'wordlist.txt'));
}

/**
 * The word list named by `wordlist` in bitext.config.json, or `<corpus>/terms/wordlist.txt`
 * when that exists. A configured file that is missing is an input error. Read again when the
 * file changes (util/stamp.ts).
 */
export function loadWordlist(config: Config): ReadonlySet<string> {
  const configured = config.wordlist !== undefined;
  const file = wordlistPath(config);
  if (!existsSync(file)) {
    if (!configured) return new Set();
    throw new InputError('the word list named in bitext.config.json does not exist', {
      file: config.wordlist, hint: 'create it (one word per line) or remove "wordlist" from the config',
    });
  }
  return cache(file, () => parseWordlist(readFileSync(file, 'utf8'), config.wordlist ?? file));
}
