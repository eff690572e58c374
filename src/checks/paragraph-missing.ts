import type { Rule } from './types.js';

const rule: Rule = {
  id: 'paragraph-missing',
  severity: 'error',
  description: 'A source block (paragraph, heading, list item, table cell) has no counterpart in the translation: the aligner linked it to nothing. Usually an omitted paragraph; confirm the bead in review if the omission is intended.',
  run(ctx) {
    return ctx.beads
      .filter((b) => b.source.length > 0 && b.target.length === 0 && !b.confirmed)
      .flatMap((b) => b.source.map((i) => ({
        rule: rule.id,
        message: `source paragraph ${i} has no counterpart in the ${ctx.config.targetLang} text`,
        source: { block: i },
        target: null,
      })));
  },
};
export default rule;
