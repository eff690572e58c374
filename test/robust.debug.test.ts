import { describe, expect, it, vi } from 'vitest';

// an internal bug (not an input error) deep in the pipeline
vi.mock('../src/pipeline.js', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../src/pipeline.js')>()),
  runPair: () => { throw new TypeError("Cannot read properties of undefined (reading 'text')"); },
}));

const { copySeedProject } = await import('./helpers.js');
const { bitext } = await import('./robust.cli-helpers.js');

describe('internal errors', () => {
  it('print one line and the --debug hint, no stack trace, exit 2', async () => {
    const r = await bitext(copySeedProject(), ['check']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("bitext: internal error: Cannot read properties of undefined (reading 'text')\n  (run with --debug for the stack trace, and report it)\n");
  });

  it('print the stack trace with --debug', async () => {
    const r = await bitext(copySeedProject(), ['check', '--debug']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/internal error: Cannot read properties[^]*TypeError[^]*\n\s+at .+robust\.debug\.test\.ts/);
  });
});
