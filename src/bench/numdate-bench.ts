/**
 * False-alarm and speed figures for `number-mismatch` and `date-mismatch` on the gold
 * paragraph pairs of ../shared/bench/en-ru-paragraphs (literary translations, identity gold):
 * every finding there is either a free rendering or a real discrepancy, so the count is an upper
 * bound on false alarms. Usage: `node dist/bench/numdate-bench.js [DIR] [--list]`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CONFIG } from '../config.js';
import numberRule from '../checks/number-mismatch.js';
import dateRule from '../checks/date-mismatch.js';
import type { Bead, Block, Doc, Pair } from '../types.js';

const dir = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? join('..', 'shared', 'bench', 'en-ru-paragraphs');
const list = process.argv.includes('--list');
if (!existsSync(dir)) {
  console.error(`bitext bench: ${dir} not found; pass the folder of NAME_en.txt / NAME_ru.txt files`);
  process.exit(2);
}

/** One block per line; markup tags blanked out (same length, so offsets stay true). */
function doc(lang: string, lines: string[]): Doc {
  const blocks: Block[] = lines.map((raw, index) => {
    const text = raw.replace(/<[^>]+>/g, (t) => ' '.repeat(t.length));
    return { index, kind: 'paragraph', text, start: 0, end: text.length, line: index + 1, column: 1, sentences: [{ index: 0, start: 0, end: text.length, text }] };
  });
  return { lang, path: '', content: '', blocks, lineStarts: [0] };
}

const books = readdirSync(dir).filter((f) => f.endsWith('_en.txt')).map((f) => f.slice(0, -7)).sort();
const counts: Record<string, number> = {};
let pairs = 0, ms = 0;
for (const book of books) {
  const en = readFileSync(join(dir, `${book}_en.txt`), 'utf8').split('\n');
  const ru = readFileSync(join(dir, `${book}_ru.txt`), 'utf8').split('\n');
  const n = Math.min(en.length, ru.length);
  const pair: Pair = { id: book, dir, meta: {}, source: doc('en', en.slice(0, n)), target: doc('ru', ru.slice(0, n)) };
  const beads: Bead[] = Array.from({ length: n }, (_, i) => ({ source: [i], target: [i], score: 1, sentences: [{ source: [0], target: [0], score: 1 }] }));
  pairs += n;
  for (const rule of [numberRule, dateRule]) {
    const t0 = performance.now();
    const found = rule.run({ pair, beads, config: DEFAULT_CONFIG, options: {}, staleBeads: [] });
    ms += performance.now() - t0;
    for (const f of found) {
      const key = `${rule.id} ${f.severity ?? rule.severity}`;
      counts[key] = (counts[key] ?? 0) + 1;
      if (list) {
        const at = (d: Doc, s: typeof f.source) => (s && s.start !== undefined ? d.blocks[s.block].text.slice(s.start, s.end) : '');
        console.log(`${book}:${f.source?.block ?? f.target?.block} ${key}: ${f.message} [${at(pair.source, f.source)} | ${at(pair.target, f.target)}]`);
      }
    }
  }
}
console.log(JSON.stringify({ books: books.length, paragraphPairs: pairs, findings: counts, msPerPair: +(ms / pairs).toFixed(3) }));
