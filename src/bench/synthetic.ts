import { mulberry32 } from './rng.js';
import type { PerturbedUnit } from './perturb.js';

const SYLLABLES = ['ka', 'lo', 'mi', 'ser', 'tan', 'vo', 'ri', 'den', 'pa', 'gu', 'lin', 'os', 'te', 'bra', 'nu'];
const RU_SYLLABLES = ['ка', 'ло', 'ми', 'сер', 'тан', 'во', 'ри', 'ден', 'па', 'гу', 'лин', 'ос', 'те', 'бра', 'ну'];

/**
 * A generated paragraph-parallel pair of `n` units: random sentences whose Russian side is
 * ~1.15× longer with noise, some carrying numbers and capitalised names (shared anchors).
 * Deterministic for a seed; used to test and measure alignment of long documents.
 */
export function syntheticPair(n: number, seed: number, maxSentences = 4): { en: PerturbedUnit[]; ru: PerturbedUnit[] } {
  const rand = mulberry32(seed);
  const word = (syl: string[], k: number): string => Array.from({ length: k }, () => syl[Math.floor(rand() * syl.length)]).join('');
  const en: PerturbedUnit[] = [], ru: PerturbedUnit[] = [];
  for (let i = 0; i < n; i++) {
    const sentences = 1 + Math.floor(rand() * maxSentences);
    const enS: string[] = [], ruS: string[] = [];
    for (let s = 0; s < sentences; s++) {
      const words = 4 + Math.floor(rand() * 22);
      const ruWords = Math.max(2, Math.round(words * (1.05 + rand() * 0.2)));
      let e = Array.from({ length: words }, () => word(SYLLABLES, 1 + Math.floor(rand() * 3))).join(' ');
      let r = Array.from({ length: ruWords }, () => word(RU_SYLLABLES, 1 + Math.floor(rand() * 3))).join(' ');
      if (rand() < 0.3) {
        const num = String(1 + Math.floor(rand() * 3000));
        e += ` ${num}`; r += ` ${num}`;
      }
      if (rand() < 0.2) {
        const k = 2 + Math.floor(rand() * 2);
        const idx = Array.from({ length: k }, () => Math.floor(rand() * SYLLABLES.length));
        const name = idx.map((x) => SYLLABLES[x]).join('');
        const ruName = idx.map((x) => RU_SYLLABLES[x]).join('');
        e += ` ${name[0].toUpperCase()}${name.slice(1)}`;
        r += ` ${ruName[0].toUpperCase()}${ruName.slice(1)}`;
      }
      enS.push(`${e[0].toUpperCase()}${e.slice(1)}.`);
      ruS.push(`${r[0].toUpperCase()}${r.slice(1)}.`);
    }
    en.push({ text: enS.join(' '), heading: false, orig: [i] });
    ru.push({ text: ruS.join(' '), heading: false, orig: [i] });
  }
  return { en, ru };
}
