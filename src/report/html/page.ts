import { createHash } from 'node:crypto';
import { h } from './h.js';
import { toHtml } from './serialize.js';
import type { ElementContent, Root } from 'hast';
import { CSS } from './style.js';

/**
 * JSON for a `<script type="application/json">` element. The serializer writes script
 * content verbatim, so a `</script>` or `<!--` in corpus text would end the element early:
 * every `<` (and `>`, `&`, U+2028/9 for old parsers) is written as a \u escape, which
 * JSON.parse turns back into the same character.
 */
export function scriptJson(data: unknown): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function sha256(s: string): string {
  return `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;
}

export interface PageOptions {
  title: string;
  lang?: string;
  body: ElementContent[];
  bodyClass?: string[];
  /** Data the page script reads (JSON.parse of #bitext-data). */
  data: unknown;
  /** The page's script (inline; allowed by its hash in the CSP, nothing else may run). */
  script: string;
  /** Allow fetch() to the serving origin (review mode). */
  connectSelf?: boolean;
}

/**
 * One self-contained page: inline CSS and JS, no external request of any kind. The CSP admits
 * only this page's own style and script (by hash), so even markup that slipped into the page
 * could not run or load anything.
 */
export function page(opts: PageOptions): string {
  const csp = [
    "default-src 'none'",
    `style-src ${sha256(CSS)}`,
    `script-src ${sha256(opts.script)}`,
    'img-src data:',
    opts.connectSelf ? "connect-src 'self'" : '',
    "base-uri 'none'",
    "form-action 'none'",
  ].filter(Boolean).join('; ');
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: opts.lang ?? 'en' }, [
        h('head', [
          h('meta', { charset: 'utf-8' }),
          h('meta', { httpEquiv: 'Content-Security-Policy', content: csp }),
          h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
          h('meta', { name: 'referrer', content: 'no-referrer' }),
          h('title', opts.title),
          h('style', CSS),
        ]),
        h('body', { className: opts.bodyClass ?? [] }, [
          ...opts.body,
          h('script', { type: 'application/json', id: 'bitext-data' }, scriptJson(opts.data)),
          h('script', opts.script),
        ]),
      ]),
    ],
  };
  return `${toHtml(tree)}\n`;
}
