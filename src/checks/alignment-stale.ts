import type { Rule } from './types.js';

const rule: Rule = {
  id: 'alignment-stale',
  severity: 'warning',
  description: 'A bead a reviewer confirmed no longer matches the text (a block it links was edited or removed). The old record stays in `alignments/<pair-id>.json` marked `"stale": true`; confirm the new alignment or delete the record to clear it.',
  run(ctx) {
    return ctx.staleBeads.map((b) => {
      const s = b.source.find((i) => i < ctx.pair.source.blocks.length);
      const t = b.target.find((i) => i < ctx.pair.target.blocks.length);
      return {
        rule: rule.id,
        message: `confirmed bead source [${b.source.join(', ')}] ↔ target [${b.target.join(', ')}] no longer matches the text${b.note ? ` (${b.note})` : ''}; review and confirm it again`,
        source: s !== undefined ? { block: s } : null,
        target: t !== undefined ? { block: t } : null,
      };
    });
  },
};
export default rule;
