import type { Doc, RawFinding } from '../types.js';
import type { Rule, RuleContext } from './types.js';
import { numberOption } from './options.js';
import { speller, type Speller } from '../spell/hunspell.js';
import { loadWordlist, wordKey } from '../spell/wordlist.js';
import { extraWordLists } from '../spell/accepted.js';
import { hasDigit, isAcronym, isCapitalized, words, type Word } from '../util/word-tokens.js';
import { namesMatch } from '../util/translit.js';
import { CYRILLIC, LATIN } from '../util/text.js';
import { SCRIPT } from '../lang/stopwords.js';
import { RU_ABBREVIATIONS } from '../lang/abbreviations.js';
import { memoize } from '../util/memo.js';
import { distance } from 'fastest-levenshtein';

type Script = 'latin' | 'cyrillic';

function scriptOf(word: string): Script | 'mixed' | null {
  const lat = LATIN.test(word);
  const cyr = CYRILLIC.test(word);
  if (lat && cyr) return 'mixed';
  return lat ? 'latin' : cyr ? 'cyrillic' : null;
}

/** Strip stress marks and possessive endings the dictionaries do not list. */
function spellingForm(word: string): string {
  return word.normalize('NFD').replace(/\u0301/g, '').normalize('NFC')
    .replace(/[[\]]/g, '').replace(/’/g, "'").replace(/'s$/i, '').replace(/'$/, '');
}

function isKnown(sp: Speller, word: string): boolean {
  const w = spellingForm(word);
  if (sp.correct(w)) return true;
  // A hyphenated compound (co-authored, условно-досрочного) is right when each part is.
  const parts = w.split(/[-\u2010\u2011]/);
  return parts.length > 1 && parts.every((p) => p.length > 0 && (hasDigit(p) || sp.correct(p)));
}

/** What spelling needs to know of a word form on its own; computed once per form (words repeat). */
interface WordClass {
  /** Numbers, acronyms and single letters are not spell-checked. */
  skip: boolean;
  key: string;
  script: Script | 'mixed' | null;
  capitalized: boolean;
}
const classify = memoize((word): WordClass => ({
  skip: hasDigit(word) || isAcronym(spellingForm(word)) || word.length < 2,
  key: wordKey(word),
  script: scriptOf(word),
  capitalized: isCapitalized(word),
}));

const knownMemo = new WeakMap<Speller, (word: string) => boolean>();
function known(sp: Speller, word: string): boolean {
  let memo = knownMemo.get(sp);
  if (!memo) knownMemo.set(sp, (memo = memoize((w) => isKnown(sp, w))));
  return memo(word);
}

/** `b` is `a` with two neighbouring letters swapped (recieve → receive). */
function isSwap(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/**
 * A suggestion close enough to the word to be its correction: at most one edit per four letters
 * (at least one), or one swap of neighbours (Carribean → Caribbean, Аппеляция → Апелляция).
 */
export function isCloseSuggestion(word: string, suggestion: string): boolean {
  const a = word.toLowerCase(), b = suggestion.toLowerCase();
  return distance(a, b) <= Math.max(1, Math.floor([...a].length / 4)) || isSwap(a, b);
}

/**
 * Hunspell's corrections of a word. For a capitalised word only those close to it: such a word
 * is mostly a name the dictionary lacks, and Hunspell then offers its nearest dictionary word,
 * which is another word altogether (Утебаевой → "Путевой", Tokayev’s → "Tokay's"). A
 * lowercase word keeps all of them (lisence → "silence", "license").
 */
function corrections(sp: Speller, form: string, capitalized: boolean): string[] {
  const all = sp.suggest(form);
  return capitalized ? all.filter((x) => isCloseSuggestion(form, x)) : all;
}

const keysOf = new WeakMap<object, { size: number; keys: Set<string> }>();
/**
 * The word keys of an accepted-words list (each word of a multi-word entry). A Set or array a
 * provider returns again with the same size (the termbase's words, for every pair) is keyed
 * once; anything else every time.
 */
function acceptedKeys(list: Iterable<string>): Set<string> {
  const size = list instanceof Set ? list.size : Array.isArray(list) ? list.length : -1;
  const kept = size >= 0 ? keysOf.get(list as object) : undefined;
  if (kept && kept.size === size) return kept.keys;
  const keys = new Set<string>();
  for (const w of list) for (const part of w.split(/\s+/)) if (part) keys.add(wordKey(part));
  if (size >= 0) keysOf.set(list as object, { size, keys });
  return keys;
}

/** Words of every block of a document. */
function docWords(doc: Doc): Word[][] {
  return doc.blocks.map((b) => words(b.text));
}

/** Names and words written on the other side of the pair too count as accepted. */
function onOtherSide(word: string, otherKeys: Set<string>, otherCaps: string[]): boolean {
  if (otherKeys.has(wordKey(word))) return true;
  if (!isCapitalized(word)) return false;
  const s = scriptOf(word);
  return otherCaps.some((t) => scriptOf(t) !== s && namesMatch(word, t));
}

const rule: Rule = {
  id: 'spelling',
  severity: 'warning',
  description: 'A word that neither the Hunspell dictionary of its script (dictionary-en, dictionary-ru) nor the project word list knows, or a word mixing Latin and Cyrillic letters. Checks every block on both sides. Names and words that also occur on the other side of the pair (across scripts by transliteration: Zheksebaev ↔ Жексебаева) are accepted, so are words supplied by the termbase; URLs, e-mails, numbers and all-caps acronyms are skipped. Add project words to corpus/terms/wordlist.txt (config key "wordlist"). Options: `suggestions` (default 3), how many corrections to offer (Hunspell’s; for a capitalised word, mostly a name, only those close to it: at most one edit per four letters, or two neighbours swapped); `suggestLimit` (default 10), how many distinct unknown words per pair get suggestions (Hunspell takes 50–150 ms per Russian word).',
  run(ctx: RuleContext): RawFinding[] {
    const { pair, config } = ctx;
    const maxSuggestions = numberOption(ctx.options, 'suggestions', 3);
    // Hunspell needs 50–150 ms per Russian word to suggest: only the first unknown words (in
    // document order, so output stays deterministic) get suggestions.
    const suggestLimit = numberOption(ctx.options, 'suggestLimit', 10);
    const suggested = new Set<string>();
    const wordlist = loadWordlist(config);
    const extra = extraWordLists(ctx).map(acceptedKeys);
    const isAccepted = (key: string) => wordlist.has(key) || extra.some((keys) => keys.has(key));
    const sides = { source: docWords(pair.source), target: docWords(pair.target) };
    const keys = { source: new Set<string>(), target: new Set<string>() };
    const caps: { source: string[]; target: string[] } = { source: [], target: [] };
    // each word's class, in word order per side (looked up once)
    const classes: { source: WordClass[]; target: WordClass[] } = { source: [], target: [] };
    for (const side of ['source', 'target'] as const) {
      for (const blockWords of sides[side]) {
        for (const w of blockWords) {
          const c = classify(w.text);
          classes[side].push(c);
          keys[side].add(c.key);
          if (c.capitalized) caps[side].push(w.text);
        }
      }
      caps[side] = [...new Set(caps[side])].sort();
    }
    const langFor: Record<Script, string | undefined> = { latin: undefined, cyrillic: undefined };
    for (const lang of [config.targetLang, config.sourceLang]) {
      const s = SCRIPT[lang];
      if (s) langFor[s] = lang;
    }
    const out: RawFinding[] = [];
    for (const side of ['source', 'target'] as const) {
      const other = side === 'source' ? 'target' : 'source';
      let n = 0;
      sides[side].forEach((blockWords, block) => {
        for (const w of blockWords) {
          const c = classes[side][n++];
          if (c.skip) continue;
          if (isAccepted(c.key) || RU_ABBREVIATIONS.has(c.key)) continue;
          const script = c.script;
          if (script === null) continue;
          if (script === 'mixed') {
            // "e-mail-адрес", "iPhone-ом": scripts joined by a hyphen are a Russian convention.
            if (w.text.split(/[-\u2010\u2011]/).every((p) => scriptOf(p) !== 'mixed')) continue;
            out.push({ rule: rule.id, message: `"${w.text}" mixes Latin and Cyrillic letters`, [side]: { block, start: w.start, end: w.end } });
            continue;
          }
          const lang = langFor[script];
          const sp = lang ? speller(lang) : null;
          if (!sp || known(sp, w.text)) continue;
          if (onOtherSide(w.text, keys[other], caps[other])) continue;
          const form = spellingForm(w.text);
          if (suggested.size < suggestLimit) suggested.add(form);
          const suggestions = maxSuggestions > 0 && suggested.has(form) ? corrections(sp, form, c.capitalized).slice(0, maxSuggestions) : [];
          const hint = suggestions.length ? ` (did you mean ${suggestions.map((s) => `"${s}"`).join(', ')}?)` : '';
          out.push({ rule: rule.id, message: `unknown word "${w.text}" (${lang})${hint}`, [side]: { block, start: w.start, end: w.end } });
        }
      });
    }
    return out;
  },
};
export default rule;
