import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copySeedProject, runCli } from '../helpers.js';

describe('number-mismatch / date-mismatch options through the CLI', () => {
  it('exits 2 naming the config file and the misspelt option', () => {
    const dir = copySeedProject();
    writeFileSync(join(dir, 'bitext.config.json'), JSON.stringify({ rules: { 'date-mismatch': { options: { severites: { missing: 'off' } } } } }));
    const r = runCli(['check', '--format', 'json'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('bitext.config.json: unknown option "rules.date-mismatch.options.severites"');
    expect(r.stderr).toContain('did you mean "severities"?');
  });
});
