import type { Block, RawFinding } from '../types.js';
import type { Rule } from './types.js';
import { linkedBeads } from './types.js';
import { findAddresses, type Address } from '../util/addresses.js';

const KIND = { url: 'URL', email: 'e-mail address', artefact: '' } as const;

function addresses(blocks: Block[]): Array<Address & { block: number }> {
  return blocks.flatMap((b) => findAddresses(b.text).map((a) => ({ ...a, block: b.index })));
}

const rule: Rule = {
  id: 'url-mismatch',
  severity: 'warning',
  description: 'A URL or e-mail address on one side of a linked pair of blocks that the other side does not have (compared without scheme, "www.", host case or trailing slash), and, in any block, a scraping artefact where an address used to be: Cloudflare\'s "[email protected]" or a /cdn-cgi/l/email-protection link. Option `ignore`: a list of addresses (as written) to leave alone, e.g. a Russian-language page linked on purpose.',
  run(ctx) {
    const ignore = new Set(Array.isArray(ctx.options.ignore) ? ctx.options.ignore.map(String) : []);
    const out: RawFinding[] = [];
    for (const side of ['source', 'target'] as const) {
      for (const a of addresses(ctx.pair[side].blocks)) {
        if (a.kind !== 'artefact') continue;
        out.push({
          rule: rule.id,
          message: `"${a.text}" is a scraping artefact (Cloudflare e-mail obfuscation): the address it hid is lost; restore it from the original page`,
          [side]: { block: a.block, start: a.start, end: a.end },
        });
      }
    }
    for (const lb of linkedBeads(ctx)) {
      const src = addresses(lb.source).filter((a) => a.kind !== 'artefact' && !ignore.has(a.text));
      const tgt = addresses(lb.target).filter((a) => a.kind !== 'artefact' && !ignore.has(a.text));
      const unmatched = (mine: typeof src, theirs: typeof src) => {
        const left = theirs.map((a) => a.key);
        return mine.filter((a) => {
          const k = left.indexOf(a.key);
          if (k >= 0) left.splice(k, 1);
          return k < 0;
        });
      };
      const us = unmatched(src, tgt);
      const ut = unmatched(tgt, src);
      // Unmatched addresses on both sides, in order, are one address written differently.
      for (let i = 0; i < Math.max(us.length, ut.length); i++) {
        const a = us[i];
        const b = ut[i];
        const span = (x: typeof a | undefined, blocks: Block[]) => (x ? { block: x.block, start: x.start, end: x.end } : { block: blocks[0].index });
        const message = a && b ? `${KIND[a.kind]} "${a.text}" differs from "${b.text}" in the translation`
          : a ? `${KIND[a.kind]} "${a.text}" is missing from the ${ctx.config.targetLang} text`
            : `${KIND[b.kind]} "${b.text}" is not in the ${ctx.config.sourceLang} text`;
        out.push({ rule: rule.id, message, source: span(a, lb.source), target: span(b, lb.target) });
      }
    }
    return out;
  },
};
export default rule;
