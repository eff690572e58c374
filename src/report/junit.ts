import { XMLBuilder } from 'fast-xml-parser';
import type { Finding, PairResult, Severity } from '../types.js';
import type { Result } from './json.js';
import { isOpen } from './json.js';
import { severityAtLeast } from '../findings.js';

/**
 * JUnit XML for CI test tabs (GitLab, Jenkins, Azure): one test case per pair, one <failure>
 * per open finding at or above --fail-on; lower findings and baselined/dismissed ones go to
 * the case's <system-out>, so the tab shows them without failing. Serialised by
 * fast-xml-parser's builder (escaping); characters XML 1.0 forbids are dropped first.
 */

// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const clean = (s: string) => s.replace(INVALID_XML, '');

function where(pair: PairResult, f: Finding): string {
  const side = f.source ? { path: pair.source.path, loc: f.source } : f.target ? { path: pair.target.path, loc: f.target } : null;
  const main = side ? `${side.path}:${side.loc.line}:${side.loc.column}` : pair.source.path;
  const other = f.source && f.target ? ` ↔ ${pair.target.path}:${f.target.line}:${f.target.column}` : '';
  return `${main}${other}`;
}

function line(pair: PairResult, f: Finding): string {
  const status = f.status && f.status !== 'open' ? ` [${f.status}]` : '';
  return clean(`${where(pair, f)} ${f.severity} ${f.message} (${f.rule})${status}`);
}

function testcase(pair: PairResult, failOn: Severity | 'none') {
  const failing = pair.findings.filter((f) => isOpen(f) && severityAtLeast(f.severity, failOn));
  const other = pair.findings.filter((f) => !failing.includes(f));
  const tc: Record<string, unknown> = {
    '@_classname': 'bitext',
    '@_name': clean(pair.id),
    '@_file': clean(pair.source.path),
  };
  if (failing.length) {
    tc.failure = failing.map((f) => ({
      '@_message': clean(`${f.rule}: ${f.message}`),
      '@_type': f.rule,
      '#text': line(pair, f),
    }));
  }
  if (other.length) tc['system-out'] = other.map((f) => line(pair, f)).join('\n');
  return { tc, failed: failing.length > 0 };
}

export function formatJunit(res: Result, failOn: Severity | 'none'): string {
  const cases = res.pairs.map((p) => testcase(p, failOn));
  const failures = cases.filter((c) => c.failed).length;
  const counts = { '@_tests': String(cases.length), '@_failures': String(failures), '@_errors': '0', '@_skipped': '0' };
  const doc = {
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    testsuites: {
      '@_name': 'bitext',
      ...counts,
      testsuite: { '@_name': 'bitext', ...counts, testcase: cases.map((c) => c.tc) },
    },
  };
  const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: true, indentBy: '  ', suppressEmptyNode: true, processEntities: true });
  return `${builder.build(doc).trimEnd()}\n`;
}
