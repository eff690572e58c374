import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { renderIndex, renderPair } from '../../src/report/html.js';
import { buildResult } from '../../src/report/json.js';
import { runWithFindings, seedFixtureFindings, SEED_CORPUS } from '../report/seed-run.js';
import { tempProject } from '../helpers.js';
import { HAVE_CHROMIUM, launch } from './browser.js';

describe.skipIf(!HAVE_CHROMIUM)('the HTML report in Chromium', () => {
  let browser: Browser;
  let page: Page;
  const out = mkdtempSync(join(tmpdir(), 'bitext-html-'));
  const errors: string[] = [];

  beforeAll(async () => {
    const run = runWithFindings(SEED_CORPUS, 'zheksebaev-2022', seedFixtureFindings);
    writeFileSync(join(out, 'zheksebaev-2022.html'), renderPair(run.pair, run.result));
    writeFileSync(join(out, 'index.html'), renderIndex(buildResult([run.result])));
    browser = await launch();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('request', (r) => { if (!r.url().startsWith('file:')) errors.push(`network request: ${r.url()}`); });
    await page.goto(pathToFileURL(join(out, 'zheksebaev-2022.html')).href);
  });
  afterAll(async () => { await browser?.close(); });

  const visibleFindings = () => page.$$eval('#panel-list li', (lis) => lis.filter((li) => !li.classList.contains('hidden')).map((li) => li.querySelector('.rule')!.textContent));

  it('loads with its script running, no errors and no network request', async () => {
    expect(await page.textContent('#shown-count')).toBe('5 of 5 shown');
    expect(errors).toEqual([]);
  });

  it('filters by rule, and by search text in the corpus', async () => {
    await page.selectOption('#f-rule', 'number-mismatch');
    expect(await visibleFindings()).toEqual(['number-mismatch']);
    expect(await page.isVisible('ul.findings li[data-finding] >> text=paragraph 1 has no counterpart')).toBe(false);
    await page.selectOption('#f-rule', '');
    await page.fill('#f-search', 'фарриор');
    expect(await visibleFindings()).toEqual(['name-missing']);
    await page.fill('#f-search', '');
    expect((await visibleFindings()).length).toBe(5);
  });

  it('jumps to a finding: both sides highlighted, row scrolled into view and flashed', async () => {
    await page.click('#panel-list li:has-text("the number 15 differs")');
    const current = await page.$$eval('tr[data-bead] mark.current', (ms) => ms.map((m) => [m.closest('td')!.getAttribute('lang'), m.textContent]));
    expect(current).toEqual([['en', '15 days'], ['ru', '15 дней']]);
    const row = await page.$('tr.flash');
    expect(await row!.getAttribute('id')).toBe('bead-5');
    const box = await row!.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(800);
    expect(page.url()).toMatch(/#finding-[0-9a-f]{16}$/);
  });

  it('moves to the next and previous finding with j and k', async () => {
    await page.keyboard.press('j');
    expect(await page.$$eval('tr[data-bead] mark.current', (ms) => ms.map((m) => m.textContent))).toEqual(['2006', '2006 году']);
    await page.keyboard.press('k');
    await page.keyboard.press('k');
    expect(await page.$$eval('tr[data-bead] mark.current', (ms) => ms.map((m) => m.textContent))).toEqual(['Vermont Law School', 'Стефани Фарриор']);
  });

  it('opens a deep link on its finding, even when a filter hid it', async () => {
    const id = await page.getAttribute('#panel-list li:has-text("year 2006")', 'data-finding');
    await page.selectOption('#f-severity', 'error');
    await page.goto(pathToFileURL(join(out, 'zheksebaev-2022.html')).href + `#finding-${id}`);
    expect(await page.$$eval('tr[data-bead] mark.current', (ms) => ms.map((m) => m.textContent))).toEqual(['2006', '2006 году']);
  });

  it('shows sentence by sentence on demand, with the highlights', async () => {
    await page.check('#sentences');
    expect(await page.isVisible('#sent-5')).toBe(true);
    expect(await page.isVisible('#bead-5')).toBe(false);
    expect(await page.$$eval('#sent-5 mark', (ms) => ms.map((m) => m.textContent))).toEqual(['15 days', '15 дней']);
    await page.uncheck('#sentences');
  });

  it('sorts the index by a column', async () => {
    await page.goto(pathToFileURL(join(out, 'index.html')).href);
    expect(await page.$$eval('svg.chart rect', (r) => r.length)).toBe(4);
    await page.click('th:has-text("errors") button');
    expect(await page.getAttribute('th:has-text("errors")', 'aria-sort')).toBe('ascending');
    expect(errors).toEqual([]);
  });
});

describe.skipIf(!HAVE_CHROMIUM)('corpus text that looks like markup stays inert', () => {
  it('runs nothing from <script>, onerror= or javascript: in the corpus', async () => {
    const evil = [
      '# Report <script>window.__pwned=1;alert(1)</script>',
      'The court <img src=x onerror="window.__pwned=2;alert(2)"> ruled on 5 May, see [the ruling](javascript:window.__pwned=3;alert(3)).',
      'Closing tag </script><script>window.__pwned=4;alert(4)</script> and <!-- comment --> and <svg onload=alert(5)>.',
    ];
    const dir = tempProject({ x: { en: `${evil.join('\n\n')}\n`, ru: '# Отчёт\n\nСуд вынес решение 5 мая.\n' } });
    const run = runWithFindings(join(dir, 'corpus'), 'x');
    expect(run.result.findings.some((f) => f.source?.text.includes('</script>'))).toBe(true);
    const html = renderPair(run.pair, run.result);
    writeFileSync(join(dir, 'x.html'), html);
    const browser = await launch();
    try {
      const page = await browser.newPage();
      const dialogs: string[] = [], requests: string[] = [];
      page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
      page.on('request', (r) => { if (!r.url().startsWith('file:')) requests.push(r.url()); });
      await page.goto(pathToFileURL(join(dir, 'x.html')).href);
      await page.click('text=the ruling', { timeout: 2000 }).catch(() => undefined);
      await page.waitForTimeout(200);
      expect(dialogs).toEqual([]);
      expect(requests).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      // only the report's two script elements exist; the corpus made no element at all
      expect(await page.$$eval('script', (s) => s.length)).toBe(2);
      expect(await page.$$eval('img, svg[onload], a[href^="javascript"]', (e) => e.length)).toBe(0);
      // and the text is shown as text
      expect(await page.textContent('body')).toContain('<img src=x onerror="window.__pwned=2;alert(2)">');
      // the page script still works: it parsed the JSON that holds the </script> text
      expect(await page.textContent('#shown-count')).toMatch(/^\d+ of \d+ shown$/);
    } finally {
      await browser.close();
    }
  });
});
