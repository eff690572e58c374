import { describe, expect, it } from 'vitest';
import { findAddresses, urlKey } from '../../src/util/addresses.js';
import { scanPairs } from '../../src/util/quote-pairs.js';
import { words } from '../../src/util/word-tokens.js';

describe('findAddresses', () => {
  it('finds URLs without trailing punctuation, e-mails and the Cloudflare artefact', () => {
    const text = 'See (https://example.org/a_(b)), www.Example.org/x. Write to a.b@cfj.org. [email\u00a0protected] or [link](/cdn-cgi/l/email-protection#ab12).';
    expect(findAddresses(text).map((a) => [a.kind, a.text])).toEqual([
      ['url', 'https://example.org/a_(b)'],
      ['url', 'www.Example.org/x'],
      ['email', 'a.b@cfj.org'],
      ['artefact', '[email\u00a0protected]'],
      ['artefact', '/cdn-cgi/l/email-protection#ab12'],
    ]);
  });

  it('keys URLs without scheme, www, host case and trailing slash, keeping path case', () => {
    expect(urlKey('https://www.TrialWatch.org/Reports/')).toBe('trialwatch.org/Reports');
    expect(urlKey('http://trialwatch.org/Reports')).toBe('trialwatch.org/Reports');
    expect(urlKey('https://trialwatch.org/reports')).not.toBe(urlKey('https://trialwatch.org/Reports'));
  });
});

describe('scanPairs', () => {
  const top = (t: string) => scanPairs(t).quotes.filter((q) => q.depth === 0).map((q) => t.slice(q.open.index, q.close.index + 1));

  it('pairs English, Russian and straight quotes, nested ones included', () => {
    expect(top('He said: “I urge you to join ‘Koshe Party.’” Then "yes".')).toEqual(['“I urge you to join ‘Koshe Party.’”', '"yes"']);
    expect(top('«Он сказал „нет“ и „да“», и «Көше партиясы».')).toEqual(['«Он сказал „нет“ и „да“»', '«Көше партиясы»']);
    expect(scanPairs('«[Я] призываю … “Көше партиясы”».').unbalanced).toEqual([]);
  });

  it('treats ’ without an open ‘ as an apostrophe and ignores code spans', () => {
    expect(scanPairs('The authorities’ abuse of Kazakhstan’s law; `f(x]` is code.').unbalanced).toEqual([]);
    expect(scanPairs('An ‘open quote.').unbalanced.map((m) => m.char)).toEqual(['‘']);
  });

  it('reports what is crossed: a bracket closed inside a quotation that opened after it', () => {
    expect(scanPairs('(a «b) c»').unbalanced.map((m) => m.char)).toEqual(['«', '»']);
  });
});

describe('words', () => {
  it('keeps editorial brackets inside a word and skips addresses and link targets', () => {
    expect(words('They establish[ing] it; [Я] see [the report](https://x.org/abc) or a@b.org.').map((w) => w.text))
      .toEqual(['They', 'establish[ing]', 'it', 'Я', 'see', 'the', 'report', 'or']);
  });
});
