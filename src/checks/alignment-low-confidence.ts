import type { Rule } from './types.js';

const rule: Rule = {
  id: 'alignment-low-confidence',
  severity: 'info',
  description: 'The aligner is unsure of a link (score below `alignment.lowConfidence` in the config, default 0.4): lengths disagree and few anchors (numbers, names, links) match. Check the pairing, then confirm or re-link it in review.',
  run(ctx) {
    const threshold = Number(ctx.options.threshold ?? ctx.config.alignment.lowConfidence);
    return ctx.beads
      .filter((b) => b.source.length && b.target.length && !b.confirmed && b.score < threshold)
      .map((b) => ({
        rule: rule.id,
        message: `low alignment confidence (${b.score.toFixed(2)}) for source [${b.source.join(', ')}] ↔ target [${b.target.join(', ')}]`,
        source: { block: b.source[0] },
        target: { block: b.target[0] },
      }));
  },
};
export default rule;
