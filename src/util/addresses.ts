/**
 * URLs and e-mail addresses inside a block, with block-relative offsets, and the scraping
 * artefacts that stand where an address used to be (Cloudflare's e-mail obfuscation turns
 * "name@example.org" into "[email protected]" or a link to /cdn-cgi/l/email-protection).
 */
export type AddressKind = 'url' | 'email' | 'artefact';

export interface Address {
  kind: AddressKind;
  start: number;
  end: number;
  /** As written. */
  text: string;
  /** Comparison key: scheme, "www.", case of the host and a trailing slash do not matter. */
  key: string;
}

const URL_RE = /\b(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>"«»“”‘’]+/giu;
const EMAIL_RE = /\b(?:mailto:)?[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
const ARTEFACT_RE = /\[email(?:\u00a0|\s)+protected\]|\/cdn-cgi\/l\/email-protection(?:#[0-9a-f]+)?/giu;
/** What any of the three patterns needs: "://" or "www." for a URL, "@" for an e-mail, "protected" or "cdn-cgi" for an artefact. */
const MAY_HOLD = /:\/\/|www\.|@|protected|cdn-cgi/i;
/** Punctuation that ends a sentence or closes a bracket rather than belonging to the address. */
const TRAILING = /[.,;:!?)\]}'’"»]+$/u;

function trimTrailing(text: string): string {
  let t = text.replace(TRAILING, '');
  // Keep a closing parenthesis that balances one inside the URL (Wikipedia-style links).
  const opens = (text.match(/\(/g) ?? []).length;
  if (opens > 0 && t.length < text.length && text[t.length] === ')') t += ')';
  return t;
}

export function urlKey(url: string): string {
  let u = url.replace(/^(?:https?|ftp):\/\//i, '').replace(/^www\./i, '');
  const slash = u.indexOf('/');
  u = slash < 0 ? u.toLowerCase() : u.slice(0, slash).toLowerCase() + u.slice(slash);
  return u.replace(/\/+$/, '').replace(/\/(?=[?#])/, '');
}

/** Every address in `text`, in order; overlapping matches keep the first, longest one. */
export function findAddresses(text: string): Address[] {
  const found: Address[] = [];
  // Each pattern needs a string most texts lack: without it the pattern is not tried (the
  // e-mail pattern would be tried at every letter).
  if (!MAY_HOLD.test(text)) return found;
  for (const m of text.matchAll(ARTEFACT_RE)) {
    found.push({ kind: 'artefact', start: m.index!, end: m.index! + m[0].length, text: m[0], key: 'artefact' });
  }
  for (const m of text.matchAll(URL_RE)) {
    const t = trimTrailing(m[0]);
    found.push({ kind: 'url', start: m.index!, end: m.index! + t.length, text: t, key: urlKey(t) });
  }
  for (const m of text.matchAll(EMAIL_RE)) {
    const t = m[0].replace(/\.+$/, '');
    found.push({ kind: 'email', start: m.index!, end: m.index! + t.length, text: t, key: t.replace(/^mailto:/i, '').toLowerCase() });
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Address[] = [];
  for (const a of found) {
    const last = out[out.length - 1];
    if (last && a.start < last.end) continue;
    out.push(a);
  }
  return out;
}
