import { describe, expect, it } from 'vitest';
import { csvCell, renderCsv } from '../../src/report/csv.js';
import { runWithFindings, seedFixtureFindings, SEED_CORPUS } from './seed-run.js';

describe('CSV export', () => {
  it('quotes per RFC 4180 only where needed', () => {
    expect(csvCell('plain text')).toBe('plain text');
    expect(csvCell('Дело Асхата')).toBe('Дело Асхата');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(undefined)).toBe('');
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1')).toBe("'\t=1");
    // but not text that merely contains those characters
    expect(csvCell('a = b - c')).toBe('a = b - c');
    expect(csvCell('e-mail')).toBe('e-mail');
  });

  it('writes one row per finding with both sides located, CRLF line ends', () => {
    const run = runWithFindings(SEED_CORPUS, 'zheksebaev-2022', seedFixtureFindings);
    const csv = renderCsv(run.result);
    const lines = csv.split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines).toHaveLength(run.result.findings.length + 2);
    expect(lines[0]).toBe('id,rule,severity,status,reason,message,source_file,source_line,source_column,source_text,target_file,target_line,target_column,target_text');
    const number = lines.find((l) => l.includes(',number-mismatch,'))!;
    expect(number).toMatch(/,corpus\/zheksebaev-2022\/en\.md,11,\d+,15 days,corpus\/zheksebaev-2022\/ru\.md,\d+,\d+,15 дней$/);
    const missing = lines.find((l) => l.includes(',paragraph-missing,'))!;
    expect(missing.endsWith(',,,,')).toBe(true); // no target side
  });
});
