/**
 * Word keys as integers. wordKeys interns each key in a process-wide table as it finds it, and
 * the per-document steps that compare keys (prepare, learnLexicon, withLexicon) read the ids
 * instead of hashing the strings again, and count in arrays instead of maps. The units made
 * here (blockUnit, textUnit, withLexicon) carry their ids (AlignUnit.wordIds); other units' keys
 * are interned when first needed.
 *
 * The table is emptied when it grows past LIMIT, but only when a document step begins
 * (startWordIds), never during one: ids from before are then recomputed (their generation
 * differs), so the ids one step compares always come from one table.
 */
const LIMIT = 1 << 19;
let table = new Map<string, number>();
let keys: string[] = [];
let generation = 0;
/** Ids by a small integer packed from the key's letters (see wordKeyId in units.ts). */
let packed = new Map<number, number>();

/** Call before a step reads ids: renews a full table (between steps only), or any table when forced (tests). */
export function startWordIds(force = false): void {
  if (force || keys.length > LIMIT) {
    table = new Map();
    keys = [];
    packed = new Map();
    generation++;
  }
}

/** The id of a key (interned on first sight). */
export function wordId(key: string): number {
  let id = table.get(key);
  if (id === undefined) {
    id = keys.length;
    table.set(key, id);
    keys.push(key);
  }
  return id;
}

/** The id of a key by its packed number, or -1 when not seen that way yet. */
export function packedWordId(code: number): number {
  return packed.get(code) ?? -1;
}

export function rememberPacked(code: number, id: number): void {
  packed.set(code, id);
}

/** The key of an id. */
export function wordOf(id: number): string {
  return keys[id];
}

/** Number of ids given so far (ids are below it). */
export function wordIdCount(): number {
  return keys.length;
}

/**
 * The ids of a unit's words and lexical keys, valid while the table's generation and the very
 * arrays they were made from are unchanged (so a copy of a unit with other arrays never reads
 * stale ids).
 */
export interface WordIds {
  generation: number;
  words: readonly string[] | undefined;
  lexical: readonly string[] | undefined;
  wordIds: readonly number[];
  lexicalIds: readonly number[];
}

const NONE: readonly number[] = [];

export function wordIdsFor(words: readonly string[] | undefined, wordIds: readonly number[], lexical?: readonly string[], lexicalIds: readonly number[] = NONE): WordIds {
  return { generation, words, lexical, wordIds, lexicalIds };
}

function intern(keys: readonly string[] | undefined): readonly number[] {
  if (!keys || keys.length === 0) return NONE;
  return keys.map(wordId);
}

/** The ids of a unit's keys: those it carries when still valid, else interned now. */
export function unitWordIds(u: { words?: readonly string[]; lexical?: readonly string[]; wordIds?: WordIds }): WordIds {
  const c = u.wordIds;
  if (c !== undefined && c.generation === generation && c.words === u.words && c.lexical === u.lexical) return c;
  return wordIdsFor(u.words, intern(u.words), u.lexical, intern(u.lexical));
}

/**
 * Dense per-step numbering of ids (0, 1, 2, … in order of first use), through a scratch array
 * over all ids that is reset on release. One step at a time uses the shared scratch; another
 * (nested) gets its own.
 */
let scratch = new Int32Array(0);
let scratchBusy = false;

export class LocalIds {
  /** Global id of each local id. */
  readonly global: number[] = [];
  private map: Int32Array;
  private readonly shared: boolean;
  constructor() {
    this.shared = !scratchBusy;
    if (this.shared) {
      scratchBusy = true;
      this.map = scratch;
    } else {
      this.map = new Int32Array(0);
    }
    this.grow(wordIdCount());
  }
  private grow(n: number): void {
    if (this.map.length >= n) return;
    const map = new Int32Array(Math.max(n, this.map.length * 2, 1024)).fill(-1);
    map.set(this.map);
    this.map = map;
    if (this.shared) scratch = map;
  }
  /** Local id of global id g (numbered on first use). */
  local(g: number): number {
    if (g >= this.map.length) this.grow(g + 1);
    let l = this.map[g];
    if (l < 0) {
      l = this.map[g] = this.global.length;
      this.global.push(g);
    }
    return l;
  }
  /** Local id of g, or -1 if it has none. */
  find(g: number): number {
    return g < this.map.length ? this.map[g] : -1;
  }
  get size(): number {
    return this.global.length;
  }
  /** Reset the scratch entries this numbering used. */
  release(): void {
    for (const g of this.global) this.map[g] = -1;
    this.global.length = 0;
    if (this.shared) scratchBusy = false;
  }
}

/**
 * Ids of keys, each once, in order of first occurrence (a Set of strings, without hashing
 * them twice). Marks seen ids in a shared stamp array: one collection at a time.
 */
let stamps = new Int32Array(1024);
let stamp = 0;
export class DistinctIds {
  readonly ids: number[] = [];
  private readonly mark: number;
  constructor() {
    if (stamp === 0x7fffffff) { stamps.fill(0); stamp = 0; }
    this.mark = ++stamp;
  }
  add(id: number): void {
    if (id >= stamps.length) {
      const grown = new Int32Array(Math.max(id + 1, stamps.length * 2));
      grown.set(stamps);
      stamps = grown;
    }
    if (stamps[id] !== this.mark) {
      stamps[id] = this.mark;
      this.ids.push(id);
    }
  }
  /** The keys. */
  words(): string[] {
    return this.ids.map(wordOf);
  }
}
