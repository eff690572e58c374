/**
 * An input or usage error: bitext prints it without a stack trace and exits with code 2.
 * Every message names the file (and line where there is one), what is wrong and what to do.
 */
export class InputError extends Error {
  readonly file?: string;
  readonly line?: number;
  readonly hint?: string;
  constructor(message: string, opts: { file?: string; line?: number; hint?: string } = {}) {
    super(message);
    this.name = 'InputError';
    this.file = opts.file;
    this.line = opts.line;
    this.hint = opts.hint;
  }

  format(): string {
    const where = this.file ? `${this.file}${this.line ? `:${this.line}` : ''}: ` : '';
    return `bitext: ${where}${this.message}${this.hint ? `\n  fix: ${this.hint}` : ''}`;
  }
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_INPUT = 2;
