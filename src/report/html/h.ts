import { find, html, normalize, type Info } from 'property-information';
import { parse as commas } from 'comma-separated-tokens';
import { parse as spaces } from 'space-separated-tokens';
import type { Element, ElementContent, Properties } from 'hast';

/**
 * hastscript's `h` for HTML, reduced to what bitext's pages pass it (pair pages, and the page
 * around every report; the index's SVG chart uses hastscript's `s`): a plain tag name (no
 * `.class#id` selector), properties of strings, numbers, booleans and arrays, and children.
 * It builds the same tree `h` does (property names and values normalised the same way), but
 * looks each property's information up once per name rather than on every element: building
 * a pair page's 10,000 elements with `h` was a third of rendering it.
 * test/report/h.test.ts builds every element of a pair page (plain and review mode) with both
 * and compares the trees, and random calls too.
 */

type Value = string | number | boolean | null | undefined | ReadonlyArray<string | number>;
type Child = ElementContent | string | number | null | undefined | ReadonlyArray<Child>;
type Props = Record<string, Value>;

const infos = new Map<string, Info>();
function info(key: string): Info {
  let i = infos.get(key);
  if (!i) infos.set(key, i = find(html, key));
  return i;
}

function primitive(i: Info, value: string | number): string | number | boolean {
  if (typeof value !== 'string') return value;
  if (i.number && value && !Number.isNaN(Number(value))) return Number(value);
  if ((i.boolean || i.overloadedBoolean) && (value === '' || normalize(value) === normalize(i.property))) return true;
  return value;
}

function property(props: Properties, key: string, value: Value): void {
  if (value === null || value === undefined || (typeof value === 'number' && Number.isNaN(value))) return;
  const i = info(key);
  let result: Properties[string];
  if (typeof value === 'number' || typeof value === 'boolean') result = value;
  else if (typeof value === 'string') {
    if (i.spaceSeparated) result = spaces(value).map((x) => primitive(i, x) as string | number);
    else if (i.commaSeparated) result = commas(value).map((x) => primitive(i, x) as string | number);
    else if (i.commaOrSpaceSeparated) result = spaces(commas(value).join(' ')).map((x) => primitive(i, x) as string | number);
    else result = primitive(i, value);
  } else if (Array.isArray(value)) result = value.map((x) => primitive(i, x) as string | number);
  else throw new Error(`unsupported value for property ${key}`);
  props[i.property] = result;
}

function add(nodes: ElementContent[], child: Child): void {
  if (child === null || child === undefined) return;
  if (typeof child === 'string' || typeof child === 'number') nodes.push({ type: 'text', value: String(child) });
  else if (Array.isArray(child)) for (const c of child as ReadonlyArray<Child>) add(nodes, c);
  else nodes.push(child as ElementContent);
}

/** Whether h's second argument is a child rather than properties (as hastscript decides: `{type: 'button'}` is properties). */
function isChild(value: unknown): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return true;
  const record = value as Record<string, unknown>;
  if (typeof record.type !== 'string') return false;
  for (const key in record) {
    const v = record[key];
    if (v && typeof v === 'object' && (!Array.isArray(v) || v.some((x) => typeof x !== 'number' && typeof x !== 'string'))) return true;
  }
  return 'children' in record && Array.isArray(record.children);
}

/** An HTML element: h(tag, properties?, ...children). */
export function h(tag: string, props?: Props | Child, ...children: Child[]): Element {
  if (!/^[a-z][a-z0-9]*$/.test(tag)) throw new Error(`h: a plain lower-case tag name, not ${tag}`);
  const node: Element = { type: 'element', tagName: tag, properties: {}, children: [] };
  if (isChild(props)) add(node.children, props as Child);
  else for (const key in props as Props) property(node.properties, key, (props as Props)[key]);
  for (const c of children) add(node.children, c);
  return node;
}
