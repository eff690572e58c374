/**
 * Answers to slow, pure look-ups kept across runs in `.bitext-cache/`: Hunspell's verdicts and
 * suggestions, whether a capitalised word is a common word, the parsed termbase. A re-check
 * after editing one pair then loads a dictionary only for words no earlier run looked up:
 * loading the three Hunspell dictionaries, the common-word lists and the termbase took 0.8 s
 * of the 1.3 s one edited pair costs in a new process.
 *
 * Every answer is a function of the word and of data that ships with the tool (the dictionary
 * packages, the code) or of a file's content (the termbase, keyed by its hash). The file holds
 * a fingerprint of the tool and of those packages' versions; a file with another fingerprint,
 * or one that is not as written (util/checked-file.ts), is ignored and written again. Deleting the folder is always safe.
 *
 * Worker threads read the file themselves and hand what they computed to the main thread with
 * each pair (`takeNewAnswers`, `addAnswers`), which writes the file once at the end of a run.
 * Off with `--no-cache`: answers are then only remembered within the process.
 */
import { join } from 'node:path';
import { readChecked, writeChecked } from './checked-file.js';
import { hashText } from './hash.js';

export type Answer = boolean | string[];
/** Answers computed in one thread since it last handed them over, by table and key. */
export type NewAnswers = Record<string, Record<string, Answer>>;

export interface AnswerStore {
  /** The cache folder. */
  dir: string;
  /** What the answers depend on besides their keys: the tool and its data packages (see answerFingerprint). */
  fingerprint: string;
}

const FILE = 'answers.json';
const FILE_VERSION = 1;
/** Answers kept per table: beyond this, new answers are computed but not remembered. */
const LIMIT = 300_000;

let store: AnswerStore | undefined;
/** Loaded from the file (when `store` is set) and computed here: everything this thread knows. */
let known: Map<string, Map<string, Answer>> | undefined;
/** Computed in this thread and not handed over yet (`takeNewAnswers`). */
let unsent = new Map<string, Map<string, Answer>>();
/** Something the file does not hold yet was learnt (`saveAnswers` writes it). */
let dirty = false;

/**
 * Keep answers in `s.dir` (undefined: within this process only). Loading waits for the first
 * look-up, so a run whose pairs all come from the result cache never reads the file.
 */
export function useAnswers(s: AnswerStore | undefined): void {
  if (s?.dir === store?.dir && s?.fingerprint === store?.fingerprint) return;
  store = s;
  known = undefined;
  unsent = new Map();
  dirty = false;
}

function isAnswer(v: unknown): v is Answer {
  return typeof v === 'boolean' || (Array.isArray(v) && v.every((x) => typeof x === 'string'));
}

function load(): Map<string, Map<string, Answer>> {
  if (known) return known;
  known = new Map();
  if (!store) return known;
  const file = readChecked<{ version?: unknown; fingerprint?: unknown }>(join(store.dir, FILE));
  if (!file || file.head.version !== FILE_VERSION || file.head.fingerprint !== store.fingerprint) return known;
  try {
    const tables = JSON.parse(file.body.toString('utf8')) as Record<string, unknown>;
    for (const [name, entries] of Object.entries(tables)) {
      if (!entries || typeof entries !== 'object') continue;
      const table = new Map<string, Answer>();
      for (const [k, v] of Object.entries(entries as Record<string, unknown>)) if (isAnswer(v)) table.set(k, v);
      known.set(name, table);
    }
  } catch {
    known = new Map(); /* not JSON after all: everything is computed again */
  }
  return known;
}

function tableOf(tables: Map<string, Map<string, Answer>>, name: string): Map<string, Answer> {
  let t = tables.get(name);
  if (!t) tables.set(name, t = new Map());
  return t;
}

/** `compute()`, or its answer from an earlier call or run. Answers must not be changed by callers. */
export function answered<T extends Answer>(table: string, key: string, compute: () => T): T {
  const t = tableOf(load(), table);
  const hit = t.get(key);
  if (hit !== undefined) return hit as T;
  const value = compute();
  if (t.size < LIMIT) {
    t.set(key, value);
    if (store) {
      tableOf(unsent, table).set(key, value);
      dirty = true;
    }
  }
  return value;
}

/** The answers this thread computed since the last call (a worker sends them with each pair). */
export function takeNewAnswers(): NewAnswers | undefined {
  if (unsent.size === 0) return undefined;
  const out: NewAnswers = {};
  for (const [name, t] of unsent) out[name] = Object.fromEntries(t);
  unsent = new Map();
  return out;
}

/** Take in a worker's answers (main thread), to be written by `saveAnswers`. */
export function addAnswers(answers: NewAnswers | undefined): void {
  if (!answers || !store) return;
  const tables = load();
  for (const [name, entries] of Object.entries(answers)) {
    const t = tableOf(tables, name);
    for (const [k, v] of Object.entries(entries)) {
      if (t.has(k) || t.size >= LIMIT || !isAnswer(v)) continue;
      t.set(k, v);
      dirty = true;
    }
  }
}

/** Write the file when this run learnt anything (atomic; a read-only checkout just skips it). */
export function saveAnswers(): void {
  if (!store || !known || !dirty) return;
  const tables: Record<string, Record<string, Answer>> = {};
  for (const name of [...known.keys()].sort()) {
    const t = known.get(name)!;
    tables[name] = Object.fromEntries([...t.keys()].sort().map((k) => [k, t.get(k)!]));
  }
  try {
    writeChecked(join(store.dir, FILE), { version: FILE_VERSION, fingerprint: store.fingerprint }, Buffer.from(JSON.stringify(tables), 'utf8'));
    dirty = false;
    unsent = new Map();
  } catch {
    /* computed again next time */
  }
}

/**
 * A value derived from a file's content, kept in `<dir>/<name>.json` under the hash of that
 * content: `parse(text)` runs only when the content (or the tool) changed. `revive` rebuilds
 * what JSON does not carry (maps). Without a store it is plain `parse(text)`.
 */
export function answeredFromText<T>(name: string, text: string, parse: (text: string) => T, revive: (stored: T) => T = (x) => x): T {
  if (!store) return parse(text);
  const key = hashText(`${store.fingerprint}\0${text}`, 64);
  const path = join(store.dir, `${name}.json`);
  const file = readChecked<{ key?: unknown }>(path);
  if (file?.head.key === key) {
    try {
      return revive(JSON.parse(file.body.toString('utf8')) as T);
    } catch {
      /* not what was written after all: parse */
    }
  }
  const value = parse(text);
  try {
    writeChecked(path, { key }, Buffer.from(JSON.stringify(value), 'utf8'));
  } catch {
    /* parsed again next time */
  }
  return value;
}
