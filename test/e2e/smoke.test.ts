import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availableBrowsers, fixtureUrl, launch, openFixture, tabState } from './harness';
import type { LensBrowser } from './browsers';
import { inject } from 'vitest';

describe.each(availableBrowsers())('%s: the built extension runs', (name) => {
  let browser: LensBrowser;
  beforeAll(async () => {
    browser = await launch(name, inject('outputDir'));
  });
  afterAll(async () => browser?.close());

  it('activates on a CPPCC page and shows the sidebar', async () => {
    const f = await openFixture(browser, 'tibet-000-semantic', { expectCppcc: true });
    const sb = await f.sidebar();
    expect(sb.verdict).toBe('cppcc');
    expect(sb.figures.length).toBeGreaterThan(0);
    const text = await f.text();
    expect(text).toContain('卓嘎作為全國政協委員');
    await f.page.close();
  });

  it('reads beside the open sidebar: the article is not under it; collapsed or in a narrow window, the sidebar overlays', async () => {
    const f = await openFixture(browser, 'tw-002-semantic', { expectCppcc: true });
    try {
      // The widest paragraph's right edge and the sidebar's left edge, as laid out on screen.
      const edges = () =>
        f.page.evaluate(() => {
          const aside = document.querySelector('cppcc-lens-sidebar')?.shadowRoot?.querySelector('.lens') as HTMLElement | null;
          const right = Math.max(...Array.from(document.querySelectorAll('p')).map((p) => p.getBoundingClientRect().right));
          return { right, sidebarLeft: aside?.getBoundingClientRect().left ?? -1, width: window.innerWidth };
        });
      const open = await edges();
      expect(open.sidebarLeft).toBeGreaterThan(0);
      expect(open.right, 'no paragraph reaches under the sidebar').toBeLessThanOrEqual(open.sidebarLeft + 0.5);
      await f.page.click('sidebar:[data-action=collapse]');
      await f.page.waitFor(() => !document.querySelector('style[data-cppcc-lens-inset]'));
      const collapsed = await edges();
      expect(collapsed.right, 'the page has its whole width back').toBeGreaterThan(open.right);
      await f.page.click('sidebar:[data-action=expand]');
      await f.page.waitFor(() => !!document.querySelector('style[data-cppcc-lens-inset]'));
      await f.page.setViewport(900, 900);
      await f.page.waitFor(() => !document.querySelector('style[data-cppcc-lens-inset]'));
      await f.page.setViewport(1280, 900);
      await f.page.waitFor(() => !!document.querySelector('style[data-cppcc-lens-inset]'));
    } finally {
      await f.page.close();
    }
  });

  it('leaves a negative page alone, and says why', async () => {
    const f = await openFixture(browser, 'neg-news-simplified');
    await new Promise((r) => setTimeout(r, 1500));
    expect((await f.sidebar()).present).toBe(false);
    const state = await tabState(browser, fixtureUrl('neg-news-simplified'));
    expect(state?.stage).toBe('stage1-no');
    await f.page.close();
  });
});

describe.skipIf(availableBrowsers().length === 0)('built manifests', () => {
  const read = (dir: string) => JSON.parse(fs.readFileSync(path.join(inject('outputDir'), dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  it('ask for the same minimal required permissions in both browsers; clipboardWrite is optional and Firefox-only', () => {
    const chrome = read('chrome-mv3');
    const firefox = read('firefox-mv3');
    for (const m of [chrome, firefox]) {
      expect(m.permissions).toEqual(['storage', 'scripting', 'contextMenus']);
      expect(m.host_permissions).toEqual(['<all_urls>']);
      expect(m.name).toBe('__MSG_extName__');
    }
    expect(chrome.optional_permissions).toBeUndefined();
    expect(firefox.optional_permissions).toEqual(['clipboardWrite']);
    expect((firefox.browser_specific_settings as { gecko: { id: string } }).gecko.id).toBe('cppcc-lens@cppcc-lens.dev');
    // No script is declared: the background runs the first look (a function, in the page's own
    // world) and, where it passes, injects the lens; opencc.js only on the first conversion.
    for (const [m, dir] of [[chrome, 'chrome-mv3'], [firefox, 'firefox-mv3']] as const) {
      expect(m.content_scripts).toBeUndefined();
      expect(fs.readdirSync(path.join(inject('outputDir'), dir, 'content-scripts')).sort()).toEqual(['lens.js', 'opencc.js']);
    }
  });
});
