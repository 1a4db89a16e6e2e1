// Issue: hide spam and boilerplate in place, repair artifacts, restore exactly — on every
// positive fixture, in Chromium and Firefox, as a person sees the page.
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import type { LensBrowser } from './browsers';
import { availableBrowsers, badUrl, launch, openFixture, patchSettings, readSidebar, serializeDom } from './harness';
import { fixtureNames, readExpected, squash } from '../helpers/fixtures';

const positives = fixtureNames().filter((n) => {
  const e = readExpected(n);
  return e.isCppcc && !e.scriptsRequired;
});
const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Runs of two or more empty lines in what the reader sees between the article's first and last
 * paragraphs; null when those paragraphs are not in the text as written (artifacts not repaired).
 */
function articleGaps(shown: string, paragraphs: string[]): number | null {
  const at: number[] = [];
  let flat = '';
  for (let i = 0; i < shown.length; i++) {
    if (/\s/.test(shown[i] as string)) continue;
    flat += shown[i];
    at.push(i);
  }
  const a = flat.indexOf(squash(paragraphs[0] ?? '').slice(0, 12));
  const b = flat.lastIndexOf(squash(paragraphs.at(-1) ?? '').slice(0, 12));
  if (!paragraphs.length || a < 0 || b <= a) return null;
  return (shown.slice(at[a], at[b]).match(/\n[^\S\n]*\n[^\S\n]*\n/g) ?? []).length;
}

describe.each(availableBrowsers())('%s: cleanup', (name) => {
  let browser: LensBrowser;
  beforeAll(async () => {
    browser = await launch(name, inject('outputDir'));
    // Start with cleanup off, so each test can serialise the DOM before applying it.
    await patchSettings(browser, { cleanup: false });
  });
  afterAll(async () => browser?.close());

  it.each(positives)('%s: main kept, spam and boilerplate hidden, restore exact', async (fixture) => {
    const e = readExpected(fixture);
    const f = await openFixture(browser, fixture, { expectCppcc: true });
    try {
      if (e.lateMain) await settle(1500); // let the page's own late inserts land first
      const before = await serializeDom(f.page);
      const main = [...e.main, ...(e.lateMain ?? [])];
      const runsBefore = articleGaps(await f.text(), main);
      await f.page.click('sidebar:input[data-action=cleanup]');
      await f.page.waitFor(() => (document.querySelector('cppcc-lens-sidebar')?.shadowRoot?.querySelector('input[data-action=cleanup]') as HTMLInputElement | null)?.checked === true);
      const shown = await f.text();
      const text = squash(shown);
      const runsAfter = articleGaps(shown, main);
      const mainMissing = main.filter((p) => !text.includes(squash(p)));
      const spam = [...e.spam, ...(e.lateSpam ?? [])].filter((b) => b.kind !== 'title');
      const spamVisible = spam.filter((b) => text.includes(squash(b.text).slice(0, 40)));
      let bpTotal = 0;
      let bpHidden = 0;
      for (const b of e.boilerplate) {
        const n = squash(b.text).length;
        bpTotal += n;
        if (!text.includes(squash(b.text))) bpHidden += n;
      }
      const title = await f.page.evaluate(() => document.title);
      const sb = await readSidebar(f.page);
      console.log(
        `[clean] ${name} ${fixture}: main kept ${main.length - mainMissing.length}/${main.length}, empty-line runs ${runsBefore} → ${runsAfter}, spam hidden ${spam.length - spamVisible.length}/${spam.length}` +
          `, boilerplate hidden ${((bpHidden / bpTotal) * 100).toFixed(1)}% of ${bpTotal} chars; sidebar counts ${JSON.stringify(sb.counts)}`,
      );
      expect(mainMissing, 'main paragraphs missing').toEqual([]);
      // A hidden line takes its <br> with it: hiding leaves no new gap of empty lines in the
      // article (compared where the served page's text has the article's paragraphs as they are).
      expect(runsAfter, 'the article is in the text').not.toBeNull();
      if (runsBefore !== null) expect(runsAfter, 'runs of empty lines in the article').toBeLessThanOrEqual(runsBefore);
      expect(spamVisible.map((b) => b.text.slice(0, 30)), 'spam visible').toEqual([]);
      expect(bpHidden / bpTotal).toBeGreaterThanOrEqual(0.95);
      if (e.metadata) expect(text).toContain(squash(e.metadata));
      expect(title).toBe(e.title.clean);
      if (e.artifacts.pinyin + e.artifacts.punctuation + e.artifacts.debris > 0) expect(sb.counts?.artifacts).toBeGreaterThan(0);
      // Off again: the page is exactly as the site served it.
      await f.page.click('sidebar:input[data-action=cleanup]');
      await f.page.waitFor(() => (document.querySelector('cppcc-lens-sidebar')?.shadowRoot?.querySelector('input[data-action=cleanup]') as HTMLInputElement | null)?.checked === false);
      const after = await serializeDom(f.page);
      expect(after === before, 'restore is byte-for-byte').toBe(true);
    } finally {
      await f.page.close();
    }
  });

  describe('with cleanup on from the start', () => {
    beforeAll(async () => patchSettings(browser, { cleanup: true }));
    afterAll(async () => patchSettings(browser, { cleanup: false }));

    it('classifies paragraphs and spam the page inserts after load, in one observer pass', async () => {
      const e = readExpected('late-insert');
      const f = await openFixture(browser, 'late-insert', { expectCppcc: true });
      try {
        await settle(1600);
        const text = squash(await f.text());
        for (const p of e.lateMain ?? []) expect(text).toContain(squash(p));
        for (const s of e.lateSpam ?? []) expect(text).not.toContain(squash(s.text).slice(0, 30));
        const marked = await f.page.evaluate(() => document.querySelectorAll('[data-cppcc-lens-hide="spam"]').length);
        expect(marked).toBeGreaterThanOrEqual(2);
      } finally {
        await f.page.close();
      }
    });

    it('stays bounded on a page that re-inserts spam each time it is hidden', async () => {
      const page = await browser.newPage();
      try {
        await page.goto(badUrl('respawn'));
        await page.waitFor(() => !!document.querySelector('cppcc-lens-sidebar'));
        await settle(2000);
        const r = await page.evaluate(async () => {
          const t0 = performance.now();
          let frames = 0;
          await new Promise<void>((res) => {
            const tick = () => (++frames < 30 ? requestAnimationFrame(tick) : res());
            requestAnimationFrame(tick);
          });
          const spam = Array.from(document.querySelectorAll('.spam'));
          return { ms: performance.now() - t0, inDom: spam.length, visible: spam.filter((s) => getComputedStyle(s).display !== 'none').length };
        });
        // The page keeps running (30 frames in well under 3 s) and holds a handful of nodes.
        expect(r.ms).toBeLessThan(3000);
        expect(r.inDom).toBeLessThanOrEqual(4);
      } finally {
        await page.close();
      }
    });

    it('keeps a 16 ms ticker page responsive', async () => {
      const page = await browser.newPage();
      try {
        await page.goto(badUrl('ticker'));
        await page.waitFor(() => !!document.querySelector('cppcc-lens-sidebar'));
        const ms = await page.evaluate(async () => {
          const t0 = performance.now();
          let frames = 0;
          await new Promise<void>((res) => {
            const tick = () => (++frames < 60 ? requestAnimationFrame(tick) : res());
            requestAnimationFrame(tick);
          });
          return performance.now() - t0;
        });
        expect(ms).toBeLessThan(5000);
      } finally {
        await page.close();
      }
    });
  });
});
