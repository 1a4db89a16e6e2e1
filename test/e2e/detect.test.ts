// Issue: detection on every fixture, positives and hard negatives, in Chromium and Firefox;
// hostile inputs must neither throw into the page nor block it.
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import type { LensBrowser, LensPage } from './browsers';
import { availableBrowsers, backgroundCommand, badUrl, fixtureUrl, launch, openFixture, readSidebar, tabState } from './harness';
import { fixtureNames, readExpected } from '../helpers/fixtures';
import { SLOW_MS } from './server';
import { STALLED_MS } from '../../src/detect/when';

const names = fixtureNames();

/** Polls the tab until the lens (or the first look) has a verdict. */
async function verdict(browser: LensBrowser, url: string): Promise<Record<string, unknown>> {
  const end = Date.now() + 20_000;
  for (;;) {
    const s = await tabState(browser, url);
    if (s && (s.stage === 'stage1-no' || s.stage === 'not-cppcc' || s.stage === 'active')) return s;
    if (Date.now() > end) throw new Error(`no verdict for ${url}: ${JSON.stringify(s)}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

describe.each(availableBrowsers())('%s: detection', (name) => {
  let browser: LensBrowser;
  beforeAll(async () => {
    browser = await launch(name, inject('outputDir'));
  });
  afterAll(async () => browser?.close());

  it.each(names)('%s', async (fixture) => {
    const expected = readExpected(fixture);
    const f = await openFixture(browser, fixture);
    try {
      const url = fixtureUrl(fixture);
      if (expected.isCppcc) {
        await f.page.waitFor(() => !!document.querySelector('cppcc-lens-sidebar')?.shadowRoot?.querySelector('.verdict'), undefined, 20_000);
        const sb = await readSidebar(f.page);
        expect(sb.verdict).toBe('cppcc');
        expect(sb.reasons.length).toBeGreaterThan(0);
        const s = await verdict(browser, url);
        expect(s.isCppcc).toBe(true);
      } else {
        const s = await verdict(browser, url);
        expect(s.stage === 'active').toBe(false);
        expect(s.isCppcc ?? false).toBe(false);
        expect((await readSidebar(f.page)).present).toBe(false);
      }
    } finally {
      await f.page.close();
    }
  });

  it('evaluates a single-page app again after it navigates', async () => {
    const f = await openFixture(browser, 'spa-article');
    try {
      await f.page.waitFor(() => document.querySelector('cppcc-lens-sidebar')?.shadowRoot?.querySelector('.verdict')?.getAttribute('data-verdict') === 'cppcc', undefined, 20_000);
      // The story link sits in the page furniture cleanup hides; the page's own script follows it.
      await f.page.evaluate(() => (document.getElementById('next') as HTMLElement).click());
      // The new story is not CPPCC news: the lens undoes itself and removes its UI.
      await f.page.waitFor(() => !document.querySelector('cppcc-lens-sidebar'), undefined, 20_000);
      expect(await f.text()).toContain('夏粮');
    } finally {
      await f.page.close();
    }
  });

  it.each(['no-body', 'frameset', 'xml', 'svg', 'huge-text', 'deep', 'nodes-100k'])('bad input %s: the page keeps working', async (kind) => {
    const page: LensPage = await browser.newPage();
    try {
      await page.goto(badUrl(kind));
      // Give both stages time to run, then prove the page's own scripting still runs.
      await new Promise((r) => setTimeout(r, 1500));
      const alive = await page.evaluate(() => new Promise<boolean>((resolve) => setTimeout(() => resolve(true), 10)));
      expect(alive).toBe(true);
      if (kind === 'huge-text' || kind === 'deep' || kind === 'nodes-100k') {
        const s = await verdict(browser, badUrl(kind));
        expect(['active', 'not-cppcc', 'stage1-no']).toContain(s.stage);
      }
    } finally {
      await page.close();
    }
  });

  // When the first look runs (src/detect/when.ts): no script is declared in the manifest, so an
  // ordinary page loads with nothing of ours in it; CPPCC-looking pages are looked at early.
  it('checks an ordinary page only after its load event', async () => {
    const f = await openFixture(browser, 'neg-news-simplified');
    try {
      const s = await verdict(browser, fixtureUrl('neg-news-simplified'));
      expect(s.stage).toBe('stage1-no');
      expect(s.loadEnd as number).toBeGreaterThan(0);
      expect(s.checkedAt as number).toBeGreaterThanOrEqual(s.loadEnd as number);
    } finally {
      await f.page.close();
    }
  });

  /** Opens a slow bad page; the page's readyState once the sidebar shows a verdict, and what else `then` reads. */
  async function readyStateAtVerdict<R>(kind: string, then: (page: LensPage) => Promise<R>): Promise<[unknown, R]> {
    const page = await browser.newPage();
    try {
      await page.goto(badUrl(kind), 'dom');
      const seen = await page.waitFor(
        () => (document.querySelector('cppcc-lens-sidebar')?.shadowRoot?.querySelector('.verdict') ? document.readyState : false),
        undefined,
        STALLED_MS - 1500,
      );
      return [seen, await then(page)];
    } finally {
      await page.close();
    }
  }

  it('cleans a CPPCC page whose load is still waiting on an image', async () => {
    // The title said 政协 and the page was still loading EARLY_MS later, so the check ran then,
    // well before the stall timer would have run it; the load event is still ahead.
    const [seen] = await readyStateAtVerdict('slow-cppcc', async () => null);
    expect(seen).toBe('interactive');
  });

  it('on a CPPCC page still parsing after EARLY_MS, the lens arrives once its HTML is parsed, before its load event', async () => {
    // Parsed (the load event still waits on the image), and the lens was not there while the
    // second part of the HTML was parsed, PARSE_PAUSE_MS after the title.
    const [seen, during] = await readyStateAtVerdict('slow-parse', (page) => page.evaluate(() => document.documentElement.dataset.lensWhileParsing));
    expect(seen).toBe('interactive');
    expect(during).toBe('no');
  });

  it(`checks an ordinary page that is still loading after ${STALLED_MS} ms anyway`, async () => {
    const page = await browser.newPage();
    try {
      await page.goto(badUrl('slow-other'), 'dom');
      const end = Date.now() + SLOW_MS - 1000;
      let s: Record<string, unknown> | null = null;
      while (Date.now() < end && typeof s?.checkedAt !== 'number') {
        await new Promise((r) => setTimeout(r, 200));
        s = await tabState(browser, badUrl('slow-other'));
      }
      expect(s?.stage).toBe('stage1-no');
      expect(s?.loadEnd).toBe(0);
      expect(s?.checkedAt as number).toBeGreaterThanOrEqual(STALLED_MS - 500);
    } finally {
      await page.close();
    }
  });

  // The first look runs in the page's own world, so the page can tamper with it; that must
  // only ever decide whether the lens loads, and the lens's own check must not be fooled.
  it('a page that makes the first look say yes gets the lens, whose own check still says no', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(badUrl('lying-look'));
      const s = await verdict(browser, badUrl('lying-look'));
      expect(s.stage).toBe('not-cppcc');
      expect(s.isCppcc).toBe(false);
      expect(await page.evaluate(() => !!document.querySelector('cppcc-lens-sidebar'))).toBe(false);
      expect(await page.evaluate(() => document.body.innerText)).toContain('气象台预计');
    } finally {
      await page.close();
    }
  });

  it('a page that breaks the first look gets a "no" and keeps working; the shortcut still starts the lens', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(badUrl('broken-look'));
      const s = await verdict(browser, badUrl('broken-look'));
      expect(s).toMatchObject({ stage: 'stage1-no', quick: 'error' });
      expect(await page.evaluate(() => new Promise<boolean>((r) => setTimeout(() => r(true), 10)))).toBe(true);
      // In the isolated world the lens sees the real document, whatever the page did to its own.
      expect((await backgroundCommand(browser, badUrl('broken-look'), 'activate'))?.ok).toBe(true);
      const after = await verdict(browser, badUrl('broken-look'));
      expect(after).toMatchObject({ stage: 'active', isCppcc: true });
    } finally {
      await page.close();
    }
  });

  it('about:blank is left alone', async () => {
    const page = await browser.newPage();
    await page.goto('about:blank');
    expect(await page.evaluate(() => document.querySelector('cppcc-lens-sidebar'))).toBeNull();
    await page.close();
  });
});
