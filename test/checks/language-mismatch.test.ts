import { describe, expect, it } from 'vitest';
import rule from '../../src/checks/language-mismatch.js';
import { RULE_IDS } from '../../src/checks/index.js';
import { seedEn, seedRu, paragraphs, join2 } from '../helpers.js';
import { makePair, runRule } from '../robust.helpers.js';

// the rule reads whole sides, not beads
const NO_ALIGN = { align: false };

describe('language-mismatch', () => {
  it('is registered', () => expect(RULE_IDS).toContain('language-mismatch'));

  it('stays quiet on the seed pair (English source, Russian translation)', () => {
    expect(runRule(rule, makePair(seedEn(), seedRu()), NO_ALIGN)).toEqual([]);
  });

  it('stays quiet on a Russian translation that quotes English names and a paragraph in English', () => {
    const ru = paragraphs(seedRu());
    ru.splice(3, 0, 'Quoted from the original: "The court dismissed the appeal on 12 March 2021." (Reuters, https://example.com/a)');
    expect(runRule(rule, makePair(seedEn(), join2(ru)), NO_ALIGN)).toEqual([]);
  });

  it('fires on the target when both sides are in English (untranslated copy)', () => {
    const found = runRule(rule, makePair(seedEn(), seedEn()), NO_ALIGN);
    expect(found).toHaveLength(1);
    expect(found[0].target).toEqual({ block: 0 });
    expect(found[0].source).toBeUndefined();
    expect(found[0].message).toMatch(/ru\.md is written in latin script \(\d+% of its letters\): it is still in the source language/);
  });

  it('fires on the source when both sides are in Russian', () => {
    const found = runRule(rule, makePair(seedRu(), seedRu()), NO_ALIGN);
    expect(found).toHaveLength(1);
    expect(found[0].source).toEqual({ block: 0 });
    expect(found[0].message).toMatch(/en\.md is written in cyrillic script .*same language as the translation/);
  });

  it('reports one "swapped" finding, with both sides, when the two files are exchanged', () => {
    const found = runRule(rule, makePair(seedRu(), seedEn()), NO_ALIGN);
    expect(found).toHaveLength(1);
    expect(found[0].message).toMatch(/the two files look swapped/);
    expect(found[0].source).toEqual({ block: 0 });
    expect(found[0].target).toEqual({ block: 0 });
  });

  it('points at the first block in the wrong script, not at a leading heading in the right one', () => {
    const ru = `# Заголовок по-русски\n\n${seedEn().split('\n\n').slice(1).join('\n\n')}`;
    const found = runRule(rule, makePair(seedEn(), ru), NO_ALIGN);
    expect(found).toHaveLength(1);
    expect(found[0].target).toEqual({ block: 1 });
  });

  it('does not judge a side with too few letters', () => {
    expect(runRule(rule, makePair('# 2022\n\nOK 1, 2, 3.\n', '# 2022\n\nOK 1, 2, 3.\n'), NO_ALIGN)).toEqual([]);
  });
});
