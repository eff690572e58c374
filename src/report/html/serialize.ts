import { find, html, svg, type Schema } from 'property-information';
import { htmlVoidElements } from 'html-void-elements';
import { stringify as commas } from 'comma-separated-tokens';
import { stringify as spaces } from 'space-separated-tokens';
import type { Element, Nodes, Parents, Properties } from 'hast';

/**
 * hast to HTML, byte for byte what hast-util-to-html writes with its default options (double
 * quotes, every attribute quoted, `<` and `&` of text and `\0 " & ' \`` of attribute values as
 * hexadecimal references, script and style text verbatim, no omitted tags, SVG elements closed,
 * raw nodes escaped like text). It is that serializer reduced to those defaults: the generic one
 * builds an options object and a regular expression per text node and looks each property up
 * anew, which was two thirds of rendering a pair page (1.7 of 2.5 s per 125 pages).
 * Property names and kinds still come from property-information, as there.
 * test/report/serialize.test.ts compares the two on every page kind and on random trees.
 */

type Space = 'html' | 'svg';

const VOID = new Set(htmlVoidElements);
/** SVG elements whose content is HTML again. */
const INTEGRATION = new Set(['desc', 'foreignObject', 'title']);

const hex = (c: string): string => `&#x${c.charCodeAt(0).toString(16).toUpperCase()};`;
const TEXT = /[<&]/g;
const HAS_TEXT = /[<&]/;
const VALUE = /[\0"&'`]/g;
const HAS_VALUE = /[\0"&'`]/;
const NAME = /[\0\t\n\f\r "&'/<=>`]/g;
const COMMENT = /^>|^->|<!--|-->|--!>|<!-$/g;
const COMMENT_CHARS = /[<>]/g;

// Most texts and values need no escaping: a test is cheaper than a replace that finds nothing.
/** Text as toHtml writes it (for HTML assembled from strings, as index rows are). */
export const escapeText = (s: string): string => (HAS_TEXT.test(s) ? s.replace(TEXT, hex) : s);
/** A double-quoted attribute value as toHtml writes it. */
export const escapeValue = (s: string): string => (HAS_VALUE.test(s) ? s.replace(VALUE, hex) : s);

interface Attr { name: string; boolean: boolean; overloaded: boolean; commaSeparated: boolean; attribute: string }
const infos = new Map<Schema, Map<string, Attr>>();
function info(schema: Schema, key: string): Attr {
  let bySchema = infos.get(schema);
  if (!bySchema) infos.set(schema, bySchema = new Map());
  let a = bySchema.get(key);
  if (!a) {
    const i = find(schema, key);
    a = { name: i.attribute.replace(NAME, hex), boolean: i.boolean, overloaded: i.overloadedBoolean, commaSeparated: i.commaSeparated, attribute: i.attribute };
    bySchema.set(key, a);
  }
  return a;
}

function attribute(schema: Schema, key: string, raw: Properties[string]): string {
  const a = info(schema, key);
  let value: unknown = raw;
  if (a.overloaded && (value === a.attribute || value === '')) value = true;
  else if ((a.boolean || a.overloaded) && (typeof value !== 'string' || value === a.attribute || value === '')) value = Boolean(value);
  if (value === null || value === undefined || value === false || (typeof value === 'number' && Number.isNaN(value))) return '';
  if (value === true) return a.name;
  const text = Array.isArray(value) ? (a.commaSeparated ? commas(value, { padLeft: true }) : spaces(value)) : String(value);
  return `${a.name}="${escapeValue(text)}"`;
}

function attributes(schema: Schema, props: Properties | undefined): string {
  let out = '';
  if (props) {
    for (const key in props) {
      const v = props[key];
      if (v === null || v === undefined) continue;
      const a = attribute(schema, key, v);
      if (a) out += out ? ` ${a}` : a;
    }
  }
  return out;
}

function element(node: Element, space: Space): string {
  const inSvg = space === 'svg' || node.tagName === 'svg';
  const attrs = attributes(inSvg ? svg : html, node.properties);
  // an HTML template's content is its `content` root (none: empty), not its children
  const inner = space === 'html' && node.tagName === 'template' ? node.content : node;
  const content = inner ? children(inner, inSvg && !INTEGRATION.has(node.tagName) ? 'svg' : 'html') : '';
  const selfClosing = !content && space === 'html' && VOID.has(node.tagName.toLowerCase());
  return `<${node.tagName}${attrs ? ` ${attrs}` : ''}>${content}${selfClosing ? '' : `</${node.tagName}>`}`;
}

function children(parent: Parents, space: Space): string {
  const verbatim = parent.type === 'element' && (parent.tagName === 'script' || parent.tagName === 'style');
  let out = '';
  for (const child of parent.children) out += one(child, space, verbatim);
  return out;
}

function one(node: Nodes, space: Space, verbatim: boolean): string {
  switch (node.type) {
    case 'root': return children(node, space);
    case 'element': return element(node, space);
    case 'text': return verbatim ? node.value : escapeText(node.value);
    case 'comment': return `<!--${node.value.replace(COMMENT, (m) => m.replace(COMMENT_CHARS, hex))}-->`;
    case 'doctype': return '<!doctype html>';
    default: {
      // raw HTML is not allowed in bitext's pages: escaped like text, as hast-util-to-html does by default
      const raw = node as { type: string; value?: unknown };
      if (raw.type === 'raw' && typeof raw.value === 'string') return verbatim ? raw.value : escapeText(raw.value);
      throw new Error(`cannot serialise a hast node of type ${raw.type}`);
    }
  }
}

/** Serialise a hast tree (or node) as HTML. */
export function toHtml(tree: Nodes): string {
  return one(tree, 'html', false);
}
