/**
 * The HTML report, built as hast trees (hastscript) and serialised as hast-util-to-html does
 * (./html/serialize.ts): corpus text is only ever a text node or an attribute value, never
 * markup. Pages live in ./html/.
 */
export { renderPair, type PairPageOptions } from './html/pair.js';
export { renderIndex } from './html/index-page.js';
