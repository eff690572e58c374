/**
 * Validation of a rule's `options` from bitext.config.json against the rule's JSON Schema, so a
 * typo ("severity" for "severities", "eror") is an input error naming the file and the key
 * instead of being silently ignored.
 */
import { Ajv, type ValidateFunction } from 'ajv';
import { CONFIG_FILE, suggest } from '../config.js';
import { InputError } from '../errors.js';

// made at the first rule with options in the config: creating it compiles Ajv's meta-schema
let ajv: Ajv | undefined;
const compiled = new Map<object, ValidateFunction>();

/** A numeric option of a rule, or `fallback` when it is not set (or not a finite number). */
export function numberOption(options: Record<string, unknown>, key: string, fallback: number): number {
  const v = options[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : fallback;
}

/** A `severities` option: one severity (or "off") per kind of finding. */
export function severitiesSchema(kinds: string[]): object {
  return {
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries(kinds.map((k) => [k, { enum: ['error', 'warning', 'info', 'off'] }])),
  };
}

export function checkOptions(ruleId: string, options: Record<string, unknown>, schema: { properties: Record<string, unknown> }): void {
  // no options set: nothing to check (option schemas require nothing), and no schema to compile
  // (compiling the first one, with Ajv's meta-schema, took 70 ms of each process)
  if (Object.keys(options).length === 0 && !('required' in schema)) return;
  let validate = compiled.get(schema);
  if (!validate) {
    validate = (ajv ??= new Ajv({ allErrors: true })).compile({ type: 'object', additionalProperties: false, ...schema });
    compiled.set(schema, validate);
  }
  if (validate(options)) return;
  const err = validate.errors![0];
  const path = `rules.${ruleId}.options${err.instancePath.replace(/\//g, '.')}`;
  if (err.keyword === 'additionalProperties') {
    const key = String((err.params as { additionalProperty: string }).additionalProperty);
    const known = Object.keys(err.instancePath ? {} : schema.properties);
    const near = suggest(key, known);
    throw new InputError(`unknown option "${path}.${key}"`, {
      file: CONFIG_FILE,
      hint: near ? `did you mean "${near}"?` : `known options: ${known.join(', ') || 'see the README rule table'}`,
    });
  }
  throw new InputError(`"${path}" ${err.message ?? 'is invalid'}`, { file: CONFIG_FILE, hint: 'see the README rule table for the options of each rule' });
}
