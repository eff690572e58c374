import { InputError } from '../errors.js';
import { FORMATS, type Format } from '../report/render.js';

/** One requested output: a format and the file it goes to (stdout when absent). */
export interface OutputTarget {
  format: Format;
  output?: string;
}

const asList = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** The option tokens (`--format X`, `--format=X`, `--output F`, `-o`…) in command-line order. */
function optionOrder(argv: readonly string[]): Array<['format' | 'output', string]> {
  const out: Array<['format' | 'output', string]> = [];
  for (let k = 0; k < argv.length; k++) {
    const a = argv[k];
    if (a === '--') break;
    const m = /^--(format|output)(?:=(.*))?$/.exec(a);
    if (!m) continue;
    const value = m[2] ?? argv[++k];
    if (value !== undefined) out.push([m[1] as 'format' | 'output', value]);
  }
  return out;
}

/**
 * Pair `--format` and `--output` options: each `--output` belongs to the `--format` before it;
 * a format without an output goes to stdout (one at most). A single format and a single
 * output pair up in any order (`--output x.json --format json`).
 */
export function planOutputs(argv: readonly string[], format: string | string[] | undefined, output: string | string[] | undefined): OutputTarget[] {
  const formats = asList(format);
  const outputs = asList(output);
  for (const f of formats) {
    if (!(FORMATS as readonly string[]).includes(f)) {
      throw new InputError(`unknown --format "${f}"`, { hint: `choose one of ${FORMATS.join(', ')}` });
    }
  }
  let targets: OutputTarget[];
  if (formats.length <= 1 && outputs.length <= 1) {
    targets = [{ format: (formats[0] ?? 'text') as Format, output: outputs[0] }];
  } else {
    targets = [];
    for (const [kind, value] of optionOrder(argv)) {
      if (kind === 'format') { targets.push({ format: value as Format }); continue; }
      const last = targets[targets.length - 1];
      if (!last || last.output !== undefined) {
        throw new InputError(`--output ${value} does not follow a --format`, {
          hint: 'give each output after its format: --format sarif --output bitext.sarif --format text',
        });
      }
      last.output = value;
    }
  }
  const toStdout = targets.filter((t) => t.output === undefined);
  if (toStdout.length > 1) {
    throw new InputError(`${toStdout.length} formats would all go to stdout (${toStdout.map((t) => t.format).join(', ')})`, {
      hint: 'give every format but one an --output FILE right after it',
    });
  }
  const files = targets.flatMap((t) => (t.output ? [t.output] : []));
  const dup = files.find((f, k) => files.indexOf(f) !== k);
  if (dup) throw new InputError(`--output ${dup} is given twice`, { hint: 'write each format to its own file' });
  return targets;
}
