import { describe, expect, it } from 'vitest';
import { byRule, check, edit, paragraphsOf, seedParas } from './misc-helpers.js';

const found = (en: string, ru: string) => byRule(check(en, ru), 'untranslated');

describe('untranslated', () => {
  const en = seedParas('en', [3, 4, 5, 6]);
  const ru = seedParas('ru', [1, 2, 3, 4]);

  it('stays quiet on the seed and on names, acronyms, URLs and labels kept in Latin script', () => {
    expect(found(en, ru)).toEqual([]);
    const r = edit(ru, 'где был задержан', 'где (см. TrialWatch, ICCPR, Telegram, https://cfj.org/the-report-of-the-trial) был задержан');
    expect(found(en, r)).toEqual([]);
    // A label of names in Latin script: many Latin words but no English function words.
    expect(found(`${en}\nTrialWatch Fairness Report Kazakhstan Askhat Zheksebaev\n`, `${ru}\nTrialWatch Fairness Report Kazakhstan Askhat Zheksebaev\n`)).toEqual([]);
    expect(found('# TrialWatch\n\nArticle 405 of the Code applies to the case.\n', '# TrialWatch\n\nК делу применяется статья 405 Кодекса.\n')).toEqual([]);
  });

  it('reports an English sentence left inside a Russian block, with its range', () => {
    const left = 'He was detained for crossing the border illegally and has now applied for political asylum.';
    const r = edit(ru, 'где был задержан за незаконное пересечение границы. Он обратился к властям Кыргызстана с просьбой предоставить ему политическое убежище.', `где находится сейчас. ${left}`);
    const f = found(en, r);
    expect(f).toHaveLength(1);
    expect(f[0].target!.text).toBe(left);
    expect(f[0].target!.paragraph).toBe(3);
    expect(f[0].source!.paragraph).toBe(3);
  });

  it('reports a whole block left in English, and a block identical to its source', () => {
    const all = paragraphsOf(en);
    const r = paragraphsOf(ru);
    r[1] = all[1];
    const f = found(en, `${r.join('\n\n')}\n`);
    expect(f.map((x) => [x.target!.paragraph, x.message])).toEqual([[1, 'the block is in en, not translated into ru']]);
    const g = found('# Background information\n\nThe court refused to let him question key witnesses.\n', '# Background information\n\nСуд не позволил ему допросить ключевых свидетелей.\n');
    expect(g.map((x) => x.message)).toEqual(['the block is identical to its source: not translated into ru']);
  });
});
