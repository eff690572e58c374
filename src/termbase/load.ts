/**
 * Read and validate a TBX termbase (TBX v3 / TBX-Basic: <tbx> → <text> → <body> →
 * <conceptEntry> → <langSec xml:lang> → <termSec> → <term>). Terms are pre-tokenised to stems
 * so matching inflected text is cheap. A term whose administrativeStatus is deprecated,
 * superseded or admitted-but-forbidden is a forbidden rendering; partOfSpeech "properNoun"
 * marks a translated name (checked by name-mismatch rather than term-mismatch).
 */
import { readFileSync } from 'node:fs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { InputError } from '../errors.js';
import { altKey, stemWord } from './stem.js';
import { answeredFromText } from '../util/answers.js';

export interface Term {
  concept: string;
  lang: string;
  text: string;
  /** Stems of the term's words; "…" (a gap of up to GAP words) is kept as "…". */
  stems: string[];
  /** Ending-stripped keys of Russian words, parallel to `stems` (see Token.alt). */
  alts: (string | undefined)[];
  forbidden: boolean;
  properNoun: boolean;
  note?: string;
}

export interface Concept {
  id: string;
  subject?: string;
  definition?: string;
  /** Concepts a translator may confuse with this one (<ref type="crossReference" target="id">). */
  related: string[];
  terms: Term[];
}

export interface Termbase {
  path: string;
  concepts: Concept[];
  byId: Map<string, Concept>;
}

const FORBIDDEN = /deprecated|superseded|forbidden/i;
const ARRAYS = new Set(['conceptEntry', 'langSec', 'termSec', 'termNote', 'descrip', 'note', 'ref']);

type Node = Record<string, unknown>;

function text(v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string' || typeof v === 'number') return String(v).trim();
  if (typeof v === 'object' && '#text' in (v as Node)) return String((v as Node)['#text']).trim();
  return undefined;
}

function typed(list: unknown, type: string): string | undefined {
  for (const n of (list as Node[] | undefined) ?? []) {
    if (typeof n === 'object' && n['@_type'] === type) return text(n);
  }
  return undefined;
}

function lineOfId(xml: string, id: string): number | undefined {
  const i = xml.indexOf(`id="${id}"`);
  return i < 0 ? undefined : xml.slice(0, i).split('\n').length;
}

export function termStems(term: string, lang: string): { stems: string[]; alts: (string | undefined)[] } {
  const stems: string[] = [];
  const alts: (string | undefined)[] = [];
  for (const m of term.matchAll(/…|\.\.\.|[\p{L}\p{N}]+(?:[-‐‑'’][\p{L}\p{N}]+)*/gu)) {
    const gap = m[0] === '...' || m[0] === '…';
    stems.push(gap ? '…' : stemWord(m[0].replace(/['’]/g, ''), lang));
    alts.push(gap ? undefined : altKey(m[0]));
  }
  return { stems, alts };
}

/** Parse TBX text; `file` names the file in errors. */
export function parseTermbase(xml: string, file: string): Termbase {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new InputError(`the termbase is not well-formed XML: ${valid.err.msg}`, {
      file, line: valid.err.line, hint: 'fix the XML (every <tag> needs its </tag>; escape & as &amp;)',
    });
  }
  const parser = new XMLParser({
    ignoreAttributes: false, attributeNamePrefix: '@_', parseTagValue: false, trimValues: true,
    isArray: (name) => ARRAYS.has(name),
  });
  const doc = parser.parse(xml) as Node;
  const tbx = doc.tbx as Node | undefined;
  const textNode = tbx?.text as Node | undefined;
  // an empty <body></body> parses as "": a termbase with no entries yet, not an error
  const rawBody = textNode && typeof textNode === 'object' ? textNode.body : undefined;
  const body = (rawBody && typeof rawBody === 'object' ? rawBody : {}) as Node;
  if (!tbx || rawBody === undefined) {
    throw new InputError('not a TBX termbase: expected <tbx><text><body>…</body></text></tbx>', {
      file, line: 1, hint: 'see the Termbase section of the README for the format',
    });
  }
  const concepts: Concept[] = [];
  const byId = new Map<string, Concept>();
  (body.conceptEntry as Node[] | undefined ?? []).forEach((entry, i) => {
    const id = String(entry['@_id'] ?? `#${i + 1}`);
    const line = lineOfId(xml, id);
    if (byId.has(id)) {
      throw new InputError(`concept id "${id}" is used twice`, { file, line, hint: 'give every <conceptEntry> a unique id' });
    }
    const concept: Concept = { id, subject: typed(entry.descrip, 'subjectField'), definition: typed(entry.descrip, 'definition'),
      related: ((entry.ref as Node[] | undefined) ?? []).filter((r) => r['@_type'] === 'crossReference').map((r) => String(r['@_target'] ?? '')).filter(Boolean),
      terms: [],
    };
    for (const sec of (entry.langSec as Node[] | undefined) ?? []) {
      const lang = String(sec['@_xml:lang'] ?? '').toLowerCase().split('-')[0];
      if (!lang) {
        throw new InputError(`concept "${id}" has a <langSec> without xml:lang`, { file, line, hint: 'write <langSec xml:lang="en"> or "ru"' });
      }
      for (const ts of (sec.termSec as Node[] | undefined) ?? []) {
        const t = text(ts.term);
        if (!t) continue;
        const status = typed(ts.termNote, 'administrativeStatus') ?? '';
        concept.terms.push({
          concept: id, lang, text: t, ...termStems(t, lang),
          forbidden: FORBIDDEN.test(status),
          properNoun: /proper/i.test(typed(ts.termNote, 'partOfSpeech') ?? ''),
          note: typed(ts.termNote, 'usageNote') ?? typed(ts.note, 'usageNote') ?? text(((ts.note as Node[] | undefined) ?? [])[0]),
        });
      }
    }
    if (concept.terms.length === 0) {
      throw new InputError(`concept "${id}" has no terms`, { file, line, hint: 'add <langSec xml:lang="…"><termSec><term>…</term></termSec></langSec> or remove the concept' });
    }
    concepts.push(concept);
    byId.set(id, concept);
  });
  for (const c of concepts) {
    for (const r of c.related) {
      if (!byId.has(r)) {
        throw new InputError(`concept "${c.id}" refers to unknown concept "${r}"`, { file, line: lineOfId(xml, c.id), hint: 'fix the target of <ref type="crossReference"> or add that concept' });
      }
    }
  }
  if (concepts.length === 0) {
    throw new InputError('the termbase has no <conceptEntry>', { file, line: 1, hint: 'add concepts or remove "termbase" from bitext.config.json' });
  }
  return { path: file, concepts, byId };
}

export function readTermbase(path: string, display = path): Termbase {
  let xml: string;
  try {
    xml = readFileSync(path, 'utf8');
  } catch {
    throw new InputError('cannot read the termbase', { file: display, hint: 'check the "termbase" path in bitext.config.json' });
  }
  // parsed once per content (the XML parse and stemming took 0.1 s of each new process)
  return answeredFromText('termbase', xml, (x) => parseTermbase(x, display), (stored) => revive(stored, display));
}

/** A termbase as JSON gave it back: the map rebuilt, `undefined` alts (JSON's null) restored. */
function revive(stored: Termbase, display: string): Termbase {
  const concepts = stored.concepts.map((c) => ({ ...c, terms: c.terms.map((t) => ({ ...t, alts: t.alts.map((a) => a ?? undefined) })) }));
  return { path: display, concepts, byId: new Map(concepts.map((c) => [c.id, c])) };
}
