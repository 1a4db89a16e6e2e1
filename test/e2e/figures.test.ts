// Issue: the sidebar lists each positive fixture's key figures, click-to-find scrolls to and
// highlights the right text, copy-all puts the right TSV on the clipboard, and nothing from a
// hostile page's text or markup executes in the sidebar or the clipboard output.
import * as OpenCC from 'opencc-js/t2cn';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import type { LensBrowser, LensPage } from './browsers';
import { availableBrowsers, launch, openFixture, readSidebar } from './harness';
import { fixtureNames, readExpected, type ExpectedFigure } from '../helpers/fixtures';
import { variantForLang } from '../../src/convert/engine';

const positives = fixtureNames().filter((n) => {
  const e = readExpected(n);
  return e.isCppcc && !e.scriptsRequired;
});

const exactValue = (f: ExpectedFigure) => (f.max !== undefined ? `${f.value}-${f.max}` : String(f.value));

async function readClipboard(page: LensPage): Promise<string> {
  return page.evaluate(async () => {
    try {
      return await navigator.clipboard.readText();
    } catch (e) {
      return `ERR ${String(e)}`;
    }
  });
}

describe.each(availableBrowsers())('%s: key figures', (name) => {
  let browser: LensBrowser;
  beforeAll(async () => {
    browser = await launch(name, inject('outputDir'));
  });
  afterAll(async () => browser?.close());

  it.each(positives)('%s: the sidebar lists the expected figures', async (fixture) => {
    const e = readExpected(fixture);
    const f = await openFixture(browser, fixture, { expectCppcc: true });
    try {
      if (e.lateFigures) await new Promise((r) => setTimeout(r, 1500));
      await f.page.waitFor((n: number) => (document.querySelector('cppcc-lens-sidebar')?.shadowRoot?.querySelectorAll('li.fig').length ?? 0) >= n, e.figures.length);
      const shown = (await readSidebar(f.page)).figures.map((x) => `${x.exact}|${x.unit}|${x.qualifier}`);
      const want = [...e.figures, ...(e.lateFigures ?? [])].map((x) => `${exactValue(x)}|${x.unit}|${x.qualifier ?? ''}`);
      const missing = want.filter((w) => {
        const i = shown.indexOf(w);
        if (i < 0) return true;
        shown.splice(i, 1);
        return false;
      });
      expect(missing, 'expected figures not in the sidebar').toEqual([]);
      expect(shown, 'figures the sidebar shows beyond expected.json').toEqual([]);
    } finally {
      await f.page.close();
    }
  });

  it.each([
    ['wuzhou-003-hacked', '649名', '政協委員'],
    ['table-002-data', '114', '提案·2022年'], // (a bare number in a table cell, named by its heads)
  ])('click-to-find scrolls to the figure and highlights exactly its text: %s %s', async (fixture, raw, label) => {
    const f = await openFixture(browser, fixture, { expectCppcc: true });
    try {
      const e = readExpected(fixture);
      const index = e.figures.findIndex((x) => x.raw === raw && x.label === label);
      expect(index).toBeGreaterThanOrEqual(0);
      await f.page.evaluate(() => window.scrollTo(0, 0));
      await f.page.click(`sidebar:li.fig[data-index="${index}"] [data-action=find]`);
      const r = await f.page.waitFor(() => {
        const reg = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
        const h = reg?.get('cppcc-lens-figure');
        if (h) {
          const range = [...h][0] as Range;
          const rect = range.getBoundingClientRect();
          return { mode: 'highlight', text: range.toString(), top: rect.top, h: innerHeight };
        }
        const box = document.querySelector('cppcc-lens-sidebar')?.shadowRoot?.querySelector('.find-box') as HTMLElement | null;
        return box ? { mode: 'overlay', text: '', top: box.getBoundingClientRect().top, h: innerHeight } : null;
      });
      if (!r) throw new Error('no highlight');
      if (r.mode === 'highlight') expect(r.text).toBe(raw);
      expect(r.top).toBeGreaterThan(0);
      expect(r.top).toBeLessThan(r.h);
      expect(await f.page.evaluate(() => window.scrollY)).toBeGreaterThan(200);
    } finally {
      await f.page.close();
    }
  });

  it('copy-all puts the TSV on the clipboard and confirms it', async () => {
    const f = await openFixture(browser, 'tibet-002-divsoup', { expectCppcc: true });
    try {
      const e = readExpected('tibet-002-divsoup');
      await f.page.click('sidebar:[data-action=copy-all]');
      await f.page.waitFor(() => (document.querySelector('cppcc-lens-sidebar')?.shadowRoot?.querySelector('.status')?.textContent ?? '').length > 0);
      const tsv = await readClipboard(f.page);
      const lines = tsv.trim().split('\n');
      expect(lines).toHaveLength(e.figures.length + 1);
      const rows = lines.slice(1).map((l) => l.split('\t'));
      // Columns: value, max, unit, qualifier, label, raw, category, sentence, title, url, time.
      expect(rows.map((r) => [Number(r[0]), r[2], r[3] || null, r[5]])).toEqual(e.figures.map((x) => [x.value, x.unit, x.qualifier, x.raw]));
      expect(rows.every((r) => r[8] === e.title.clean && /^http:\/\/127\.0\.0\.1:\d+\/tibet-002-divsoup\/source\.html$/.test(r[9] ?? '') && !Number.isNaN(Date.parse(r[10] ?? '')))).toBe(true);
      expect((await readSidebar(f.page)).status).toMatch(/37/);
    } finally {
      await f.page.close();
    }
  });

  it('copied figures follow the script the page is shown in', async () => {
    const f = await openFixture(browser, 'hk-001-semantic', { expectCppcc: true });
    try {
      await f.page.click('sidebar:input[data-action=convert]');
      await f.page.waitFor(() => {
        const i = document.querySelector('cppcc-lens-sidebar')?.shadowRoot?.querySelector('input[data-action=convert]') as HTMLInputElement | null;
        return !!i?.checked && !/…/.test(i.parentElement?.textContent ?? '');
      });
      await f.page.click('sidebar:[data-action=copy-all]');
      await f.page.waitFor(() => (document.querySelector('cppcc-lens-sidebar')?.shadowRoot?.querySelector('.status')?.textContent ?? '').length > 0);
      const tsv = await readClipboard(f.page);
      const conv = OpenCC.Converter({ from: variantForLang('zh-HK'), to: 'cn' });
      expect(conv(tsv)).toBe(tsv);
      expect(tsv).toContain('政协委员');
      const labels = (await readSidebar(f.page)).figures.map((x) => x.label);
      expect(labels.every((l) => conv(l) === l)).toBe(true);
    } finally {
      await f.page.close();
    }
  });

  it('nothing in a hostile page executes in the sidebar or the clipboard output', async () => {
    const f = await openFixture(browser, 'hostile-xss', { expectCppcc: true });
    try {
      const before = await f.page.evaluate(() => ({ onerror: (window as unknown as { __pageOnerror?: number }).__pageOnerror ?? 0 }));
      // Open every sentence (the marked sentence is page text), find, copy one and all.
      const n = (await readSidebar(f.page)).figures.length;
      expect(n).toBeGreaterThan(0);
      await f.page.evaluate(() => {
        document.querySelector('cppcc-lens-sidebar')?.shadowRoot?.querySelectorAll('li.fig > button[aria-expanded]').forEach((b) => (b as HTMLElement).click());
      });
      await f.page.click('sidebar:li.fig[data-index="1"] [data-action=find]');
      await f.page.click('sidebar:[data-action=copy-all]');
      await f.page.waitFor(() => (document.querySelector('cppcc-lens-sidebar')?.shadowRoot?.querySelector('.status')?.textContent ?? '').length > 0);
      await new Promise((r) => setTimeout(r, 500));
      const after = await f.page.evaluate(() => {
        const root = document.querySelector('cppcc-lens-sidebar')?.shadowRoot;
        return {
          xss: (window as unknown as { __xss?: unknown }).__xss ?? null,
          onerror: (window as unknown as { __pageOnerror?: number }).__pageOnerror ?? 0,
          elements: root ? Array.from(root.querySelectorAll('img, script, a, iframe, object, embed')).length : -1,
          sentence: root?.querySelector('.sentence')?.textContent ?? '',
        };
      });
      expect(after.xss).toBeNull();
      expect(after.onerror).toBe(before.onerror);
      expect(after.elements).toBe(0);
      const tsv = await readClipboard(f.page);
      // The markup-looking text is carried as text.
      expect(tsv).toContain('<img src=x onerror="window.__xss=1">');
      expect(await f.page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss ?? null)).toBeNull();
    } finally {
      await f.page.close();
    }
  });
});
