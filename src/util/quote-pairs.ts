/**
 * Bracket and quotation-mark pairing inside one block, for English and Russian conventions:
 * “…” and ‘…’ (English), «…» with „…“ nested (Russian), straight "…", (…), […], {…}.
 * A ’ with no open ‘ is an apostrophe (Kazakhstan’s, authorities’); a “ closes an open „.
 * Inline code spans are skipped. Offsets are block-relative.
 */
export interface Mark { char: string; index: number }

export interface Quoted {
  open: Mark;
  close: Mark;
  /** Number of quotations it sits inside (0 = top level). */
  depth: number;
}

export interface PairScan {
  quotes: Quoted[];
  /** Openers never closed and closers never opened. */
  unbalanced: Mark[];
}

const OPENERS: Record<string, string> = { '(': ')', '[': ']', '{': '}', '«': '»', '‹': '›', '„': '“”', '“': '”', '‘': '’', '"': '"' };
const QUOTE_CHARS = new Set(['«', '‹', '„', '“', '‘', '"']);
/** Every opening and closing mark (the keys and values of OPENERS). */
const MARKS = /[()[\]{}«»‹›„“”‘’"]/g;

/** "a) …", "2) …", "iv) …": an enumeration label, not a closing parenthesis. */
function isEnumeration(text: string, i: number): boolean {
  return /(?:^|[\s(;:,.])(?:[a-zа-я]|\d{1,2}|[ivx]{1,4})$/iu.test(text.slice(Math.max(0, i - 6), i));
}

function codeSpans(text: string): Array<[number, number]> {
  return [...text.matchAll(/`[^`\n]*`/g)].map((m) => [m.index!, m.index! + m[0].length]);
}

export function scanPairs(text: string): PairScan {
  const stack: Mark[] = [];
  const quotes: Quoted[] = [];
  const unbalanced: Mark[] = [];
  const code = codeSpans(text);
  const quoteDepth = () => stack.filter((m) => QUOTE_CHARS.has(m.char)).length;
  const closeAt = (pos: number, close: Mark) => {
    // Openers above the matching one were never closed.
    for (const m of stack.splice(pos + 1)) unbalanced.push(m);
    const open = stack.pop()!;
    if (QUOTE_CHARS.has(open.char)) quotes.push({ open, close, depth: quoteDepth() });
  };
  const find = (ch: string) => {
    for (let k = stack.length - 1; k >= 0; k--) if (OPENERS[stack[k].char].includes(ch)) return k;
    return -1;
  };
  // visit only the bracket and quote characters (a regex finds them far faster than a loop over every character)
  MARKS.lastIndex = 0;
  for (let m = MARKS.exec(text); m; m = MARKS.exec(text)) {
    const i = m.index;
    const ch = m[0];
    if (code.length && code.some(([a, b]) => i >= a && i < b)) continue;
    const mark = { char: ch, index: i };
    const top = stack[stack.length - 1];
    if (ch === '"') {
      const k = find('"');
      if (k >= 0) closeAt(k, mark);
      else stack.push(mark);
      continue;
    }
    if (ch === '“' && top?.char === '„') { closeAt(stack.length - 1, mark); continue; }
    if (ch === '’') {
      const k = find('’');
      if (k >= 0 && !/\p{L}/u.test(text[i + 1] ?? '')) closeAt(k, mark);
      continue; // otherwise an apostrophe
    }
    if (ch in OPENERS) { stack.push(mark); continue; }
    const k = find(ch);
    if (k >= 0) closeAt(k, mark);
    else if (!(ch === ')' && isEnumeration(text, i))) unbalanced.push(mark);
  }
  unbalanced.push(...stack);
  unbalanced.sort((a, b) => a.index - b.index);
  quotes.sort((a, b) => a.open.index - b.open.index);
  return { quotes, unbalanced };
}
