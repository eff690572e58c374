/**
 * Hunspell (compiled to WebAssembly by hunspell-asm) loaded synchronously, lazily and once
 * per process. Rules are synchronous, and hunspell-asm's public loader is async only; its
 * Emscripten runtime, however, accepts an `instantiateWasm` hook, and the wasm binary is
 * embedded in the runtime file as a data URI, so we compile it with the synchronous
 * WebAssembly API and hand the instance over. Verdicts and suggestions are answered once per
 * word and kept across runs (util/answers.ts). The dictionaries are the `dictionary-en`
 * (en-US), `dictionary-en-gb` and `dictionary-ru` packages.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { answered } from '../util/answers.js';

const require = createRequire(import.meta.url);

/** The synchronous part of the WebAssembly API (not in this project's TypeScript libs). */
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: object };
}
const wasm = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

export interface Speller {
  correct(word: string): boolean;
  suggest(word: string): string[];
}

interface HunspellInstance { spell(w: string): boolean; suggest(w: string): string[] }
interface HunspellFactory {
  mountBuffer(contents: Uint8Array, fileName?: string): string;
  create(affPath: string, dictPath: string): HunspellInstance;
}

let factory: HunspellFactory | undefined;
const spellers = new Map<string, Speller | null>();

/** Milliseconds spent loading the engine and each dictionary (for the benchmark and README). */
export const loadTimes: Record<string, number> = {};

function loadFactory(): HunspellFactory {
  if (factory) return factory;
  const t0 = performance.now();
  const runtimePath = require.resolve('hunspell-asm/dist/cjs/lib/node/hunspell.js');
  const runtime = require(runtimePath) as (m: object) => object;
  const source = readFileSync(runtimePath, 'latin1');
  const m = /data:application\/octet-stream;base64,([A-Za-z0-9+/=]+)/.exec(source);
  if (!m) throw new Error(`hunspell-asm: no embedded wasm binary in ${runtimePath}`);
  const binary = Buffer.from(m[1], 'base64');
  let ready = false;
  // The runtime installs an uncaughtException listener that rethrows and prints its whole
  // minified source; bitext has its own error handling, so the listener is removed again.
  const listeners = new Set(process.listeners('uncaughtException'));
  const asm = runtime({
    print: () => undefined,
    printErr: () => undefined,
    onRuntimeInitialized: () => { ready = true; },
    instantiateWasm(imports: object, receive: (i: { exports: object }) => void) {
      const instance = new wasm.Instance(new wasm.Module(binary), imports);
      receive(instance);
      return instance.exports;
    },
  });
  for (const l of process.listeners('uncaughtException')) if (!listeners.has(l)) process.removeListener('uncaughtException', l);
  if (!ready) throw new Error('hunspell-asm: the runtime did not initialise synchronously');
  const { hunspellLoader } = require('hunspell-asm/dist/cjs/hunspellLoader.js') as { hunspellLoader: (a: object) => HunspellFactory };
  factory = hunspellLoader(asm);
  loadTimes.engine = performance.now() - t0;
  return factory;
}

/**
 * Dictionary packages by language code. English accepts both US and British spellings
 * ("organisers", "defence", "tyres" are right in a British press release); suggestions come
 * from the first dictionary.
 */
const DICTIONARIES: Record<string, string[]> = { en: ['dictionary-en', 'dictionary-en-gb'], ru: ['dictionary-ru'] };

function packageDir(pkg: string): string {
  return dirname(fileURLToPath(import.meta.resolve(pkg)));
}

/**
 * The data the spellers' answers depend on: the engine's and the dictionaries' package versions
 * (util/answers.ts keeps answers across runs under this).
 */
export function spellingDataVersions(): string {
  const version = (dir: string) => (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version?: string }).version ?? '?';
  const engine = dirname(require.resolve('hunspell-asm/package.json'));
  const pkgs = Object.values(DICTIONARIES).flat();
  return [`hunspell-asm@${version(engine)}`, ...pkgs.map((p) => `${p}@${version(packageDir(p))}`)].join(' ');
}

/**
 * The speller for a language, or null when bitext has no dictionary for it. Its answers are
 * kept (util/answers.ts): the dictionaries are loaded at the first word no earlier look-up,
 * in this run or a kept one, has answered.
 */
export function speller(lang: string): Speller | null {
  const cached = spellers.get(lang);
  if (cached !== undefined) return cached;
  const pkgs = DICTIONARIES[lang];
  if (!pkgs) {
    spellers.set(lang, null);
    return null;
  }
  let engines: HunspellInstance[] | undefined;
  const load = (): HunspellInstance[] => {
    if (engines) return engines;
    const f = loadFactory();
    const t0 = performance.now();
    engines = pkgs.map((pkg, k) => {
      const dir = packageDir(pkg);
      const aff = f.mountBuffer(readFileSync(join(dir, 'index.aff')), `${lang}-${k}.aff`);
      const dic = f.mountBuffer(readFileSync(join(dir, 'index.dic')), `${lang}-${k}.dic`);
      return f.create(aff, dic);
    });
    loadTimes[lang] = performance.now() - t0;
    return engines;
  };
  const s: Speller = {
    correct: (word) => answered(`spell:${lang}`, word, () => load().some((h) => h.spell(word))),
    suggest: (word) => answered(`suggest:${lang}`, word, () => load()[0].suggest(word)),
  };
  spellers.set(lang, s);
  return s;
}
