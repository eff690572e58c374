import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ErrorObject } from 'ajv';
import { validate as validateGenerated } from './generated/config-validator.js';
import { closest, distance } from 'fastest-levenshtein';
import { InputError } from './errors.js';
import type { Severity } from './types.js';

export type RuleSetting = Severity | 'off' | { severity?: Severity | 'off'; options?: Record<string, unknown> };

export interface Config {
  sourceLang: string;
  targetLang: string;
  corpus: string;
  alignments: string;
  reports: string;
  termbase?: string;
  wordlist?: string;
  alignment: { lowConfidence: number; band: number };
  rules: Record<string, RuleSetting>;
}

export const CONFIG_FILE = 'bitext.config.json';

export const DEFAULT_CONFIG: Config = {
  sourceLang: 'en',
  targetLang: 'ru',
  corpus: 'corpus',
  alignments: 'alignments',
  reports: 'reports',
  alignment: { lowConfidence: 0.4, band: 60 },
  rules: {},
};

const severityOrOff = { enum: ['error', 'warning', 'info', 'off'] };

/** JSON Schema of bitext.config.json (draft-07). */
export const CONFIG_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  additionalProperties: false,
  properties: {
    $schema: { type: 'string' },
    sourceLang: { type: 'string', pattern: '^[a-z]{2,3}$' },
    targetLang: { type: 'string', pattern: '^[a-z]{2,3}$' },
    corpus: { type: 'string', minLength: 1 },
    alignments: { type: 'string', minLength: 1 },
    reports: { type: 'string', minLength: 1 },
    termbase: { type: 'string', minLength: 1 },
    wordlist: { type: 'string', minLength: 1 },
    alignment: {
      type: 'object',
      additionalProperties: false,
      properties: {
        lowConfidence: { type: 'number', minimum: 0, maximum: 1 },
        band: { type: 'integer', minimum: 2 },
      },
    },
    rules: {
      type: 'object',
      additionalProperties: {
        anyOf: [
          severityOrOff,
          {
            type: 'object',
            additionalProperties: false,
            properties: { severity: severityOrOff, options: { type: 'object' } },
          },
        ],
      },
    },
  },
} as const;

/**
 * CONFIG_SCHEMA's validator, generated as code (scripts/gen-config-validator.mjs) rather than
 * compiled by Ajv at each start; test/config.validator.test.ts keeps it in step with the schema.
 */
const validate = validateGenerated as ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

/** Suggest the closest known name, when one is close enough to be a typo. */
export function suggest(name: string, known: readonly string[]): string | undefined {
  if (known.length === 0) return undefined;
  const best = closest(name, known as string[]);
  return distance(name, best) <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined;
}

function lineOf(text: string, key: string): number | undefined {
  const idx = text.indexOf(`"${key}"`);
  return idx < 0 ? undefined : text.slice(0, idx).split('\n').length;
}

function explain(err: ErrorObject, text: string, file: string): InputError {
  const path = err.instancePath.replace(/^\//, '').replace(/\//g, '.');
  if (err.keyword === 'additionalProperties') {
    const key = String((err.params as { additionalProperty: string }).additionalProperty);
    const parent = err.instancePath === '' ? CONFIG_SCHEMA.properties
      : err.instancePath === '/alignment' ? CONFIG_SCHEMA.properties.alignment.properties : {};
    const hint = suggest(key, Object.keys(parent));
    return new InputError(`unknown key "${path ? `${path}.` : ''}${key}"`, {
      file, line: lineOf(text, key),
      hint: hint ? `did you mean "${hint}"?` : `remove it; known keys: ${Object.keys(parent).join(', ')}`,
    });
  }
  const key = path.split('.').pop() ?? '';
  return new InputError(`"${path || '(root)'}" ${err.message ?? 'is invalid'}`, {
    file, line: key ? lineOf(text, key) : undefined,
    hint: 'see the Configuration section of the README',
  });
}

/**
 * Load bitext.config.json from `dir` (defaults when absent), validate it against the schema
 * and the known rule ids. Unknown keys are an error with a suggestion.
 */
export function loadConfig(dir: string, knownRules: readonly string[], file = resolve(dir, CONFIG_FILE)): Config {
  if (!existsSync(file)) return structuredClone(DEFAULT_CONFIG);
  const text = readFileSync(file, 'utf8');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    const m = /position (\d+)/.exec((e as Error).message);
    const line = m ? text.slice(0, Number(m[1])).split('\n').length : undefined;
    throw new InputError(`invalid JSON: ${(e as Error).message}`, { file, line, hint: 'fix the syntax (a JSON linter shows where)' });
  }
  if (!validate(raw)) throw explain(validate.errors![0], text, file);
  const cfg = raw as Partial<Config>;
  for (const id of Object.keys(cfg.rules ?? {})) {
    if (!knownRules.includes(id)) {
      const hint = suggest(id, knownRules);
      throw new InputError(`unknown rule "${id}"`, {
        file, line: lineOf(text, id),
        hint: hint ? `did you mean "${hint}"?` : `known rules: ${knownRules.join(', ')}`,
      });
    }
  }
  return {
    ...DEFAULT_CONFIG,
    ...cfg,
    alignment: { ...DEFAULT_CONFIG.alignment, ...(cfg.alignment ?? {}) },
    rules: { ...(cfg.rules ?? {}) },
  } as Config;
}
