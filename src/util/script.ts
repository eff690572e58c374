import { scriptCounts } from './text.js';

export type Script = 'latin' | 'cyrillic';

/** The script each supported language is written in (ISO 639-1 codes). */
const SCRIPT_OF_LANG: Record<string, Script> = {
  en: 'latin', de: 'latin', fr: 'latin', es: 'latin', it: 'latin', pt: 'latin', nl: 'latin', pl: 'latin',
  cs: 'latin', sk: 'latin', sv: 'latin', da: 'latin', no: 'latin', fi: 'latin', et: 'latin', lv: 'latin',
  lt: 'latin', ro: 'latin', hu: 'latin', tr: 'latin', uz: 'latin', az: 'latin',
  ru: 'cyrillic', uk: 'cyrillic', be: 'cyrillic', bg: 'cyrillic', sr: 'cyrillic', mk: 'cyrillic', kk: 'cyrillic', ky: 'cyrillic',
};

export function scriptOfLang(lang: string): Script | undefined {
  return SCRIPT_OF_LANG[lang.toLowerCase()];
}

export interface ScriptShare {
  /** The script most letters are in (undefined when the text has neither Latin nor Cyrillic letters). */
  dominant?: Script;
  /** Share of the letters in each script, in [0, 1]. */
  latin: number;
  cyrillic: number;
  letters: number;
}

/** Which script a set of texts is mostly written in. */
export function scriptShare(texts: string[]): ScriptShare {
  let latin = 0, cyrillic = 0, letters = 0;
  for (const t of texts) {
    const c = scriptCounts(t);
    latin += c.latin; cyrillic += c.cyrillic; letters += c.letters;
  }
  const dominant = latin === 0 && cyrillic === 0 ? undefined : latin >= cyrillic ? 'latin' : 'cyrillic';
  return { dominant, latin: letters ? latin / letters : 0, cyrillic: letters ? cyrillic / letters : 0, letters };
}
