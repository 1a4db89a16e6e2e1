// Issue: the popup, the options page, settings applied live, bad imports, context-menu
// actions through the background, the badge — in Chromium and Firefox.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import type { LensBrowser, LensPage } from './browsers';
import { availableBrowsers, backgroundCommand, fixtureUrl, launch, openFixture, patchSettings, readSidebar, type ExtApi } from './harness';
import { squash } from '../helpers/fixtures';

async function tabIdOf(browser: LensBrowser, url: string): Promise<number> {
  const ext = await browser.extensionPage(fixtureUrl('tibet-000-semantic'));
  return ext.evaluate(async (u: string) => {
    const g = globalThis as unknown as { browser?: ExtApi; chrome?: ExtApi };
    const tabs = await (g.browser ?? g.chrome)!.tabs.query({});
    return tabs.find((t) => t.url === u)?.id ?? -1;
  }, url);
}

/** An extension page showing page (popup.html or options.html) with a query. */
async function extPage(browser: LensBrowser, page: 'popup.html' | 'options.html', query = ''): Promise<LensPage> {
  const p = await browser.extensionPage(fixtureUrl('tibet-000-semantic'));
  await p.evaluate(
    ({ page, query }: { page: string; query: string }) => {
      location.href = location.href.replace(/\/[^/]*$/, '/' + page) + query;
    },
    { page, query },
  );
  await new Promise((r) => setTimeout(r, 500));
  await p.waitFor(() => document.readyState === 'complete' && !!document.querySelector('#app')?.children.length);
  return p;
}

const storedSettings = (p: LensPage) =>
  p.evaluate(async () => {
    const g = globalThis as unknown as { browser?: ExtApi; chrome?: ExtApi };
    return ((await (g.browser ?? g.chrome)!.storage.local.get('settings')).settings ?? null) as Record<string, unknown> | null;
  });

describe.each(availableBrowsers())('%s: controls', (name) => {
  let browser: LensBrowser;
  beforeAll(async () => {
    browser = await launch(name, inject('outputDir'));
  });
  afterAll(async () => browser?.close());

  it('the popup shows the verdict, reasons, counts and shortcuts, and its toggles act on the tab', async () => {
    const f = await openFixture(browser, 'wuzhou-003-hacked', { expectCppcc: true });
    try {
      const id = await tabIdOf(browser, fixtureUrl('wuzhou-003-hacked'));
      const popup = await extPage(browser, 'popup.html', `?tab=${id}`);
      const info = await popup.evaluate(() => ({
        stage: document.querySelector('.verdict')?.getAttribute('data-stage'),
        reasons: document.querySelectorAll('ul li').length,
        counts: document.querySelector('.counts')?.textContent ?? '',
        shortcuts: Array.from(document.querySelectorAll('.shortcuts kbd')).map((k) => k.textContent),
        siteMode: (document.querySelector('select[data-action=site-mode]') as HTMLSelectElement | null)?.value,
      }));
      expect(info.stage).toBe('active');
      expect(info.reasons).toBeGreaterThan(2);
      expect(info.counts).toMatch(/17/);
      expect(info.shortcuts.length).toBe(4);
      expect(info.siteMode).toBe('auto');
      // Cleanup off from the popup: the page's furniture comes back.
      await popup.click('input[data-action=cleanup]');
      await f.page.waitFor(() => !document.querySelector('[data-cppcc-lens-hide]'));
      expect(squash(await f.text())).toContain('設為首頁');
      await popup.waitFor(() => !!document.querySelector('input[data-action=cleanup]'));
      await popup.click('input[data-action=cleanup]');
      await f.page.waitFor(() => !!document.querySelector('[data-cppcc-lens-hide]'));
      // Site rule from the popup is stored.
      const settled = () => popup.waitFor(() => document.getElementById('app')?.dataset.pending === '0');
      await settled();
      await popup.evaluate(() => {
        const s = document.querySelector('select[data-action=site-mode]') as HTMLSelectElement;
        s.value = 'always';
        s.dispatchEvent(new Event('change'));
      });
      await popup.waitFor(async () => {
        const g = globalThis as unknown as { browser?: ExtApi; chrome?: ExtApi };
        const s = (await (g.browser ?? g.chrome)!.storage.local.get('settings')).settings as { sites?: Record<string, { mode: string }> } | undefined;
        return s?.sites?.['127.0.0.1']?.mode === 'always';
      });
      await popup.evaluate(() => {
        const s = document.querySelector('select[data-action=site-mode]') as HTMLSelectElement;
        s.value = 'auto';
        s.dispatchEvent(new Event('change'));
      });
      await settled();
      // Copy all from the popup: the popup writes the clipboard from its own click, so it needs
      // no clipboard permission in either browser.
      await popup.waitFor(() => !!document.querySelector('button[data-action=copy-figures]'));
      await popup.focus(); // a real popup has focus when it is clicked
      await popup.evaluate(() => navigator.clipboard.writeText('stale').catch(() => undefined));
      await popup.click('button[data-action=copy-figures]');
      await popup.waitFor(() => /copied|已复制|已複製/i.test(document.querySelector('button[data-action=copy-figures]')?.textContent ?? ''));
      const copied = await popup.evaluate(() => navigator.clipboard.readText());
      expect(copied.trim().split('\n').length).toBe(18);
      expect(copied).toContain('\t政協委員\t'); // the page's own script: it was not converted
    } finally {
      await f.page.close();
    }
  });

  it('the popup says why nothing happens on a page extensions cannot run on', async () => {
    const blank = await browser.newPage();
    await blank.goto('about:blank');
    const id = await (await browser.extensionPage(fixtureUrl('tibet-000-semantic'))).evaluate(async () => {
      const g = globalThis as unknown as { browser?: ExtApi; chrome?: ExtApi };
      const tabs = await (g.browser ?? g.chrome)!.tabs.query({});
      return tabs.find((t) => !t.url || t.url === 'about:blank')?.id ?? -1;
    });
    const popup = await extPage(browser, 'popup.html', `?tab=${id}`);
    expect(await popup.evaluate(() => !!document.querySelector('.restricted'))).toBe(true);
    await blank.close();
  });

  it('a setting changed in the options page applies to an open tab without a reload', async () => {
    const f = await openFixture(browser, 'tibet-000-semantic', { expectCppcc: true });
    try {
      const opts = await extPage(browser, 'options.html');
      expect(squash(await f.text())).not.toContain('熱點推薦');
      await opts.click('input[name=cleanup]');
      await f.page.waitFor(() => document.body.innerText.includes('熱點推薦'));
      expect((await readSidebar(f.page)).toggles.cleanup).toBe(false);
      await opts.click('input[name=cleanup]');
      await f.page.waitFor(() => !document.body.innerText.includes('熱點推薦'));
      // A new spam term takes effect at once: the related headlines naming it become spam.
      await opts.evaluate(() => {
        (document.querySelector('textarea[name=spamTerms]') as HTMLTextAreaElement).value = '王毅';
      });
      await opts.click('[data-action=save-terms]');
      await f.page.waitFor(() => document.querySelectorAll('[data-cppcc-lens-hide="spam"]').length > 0);
      await opts.evaluate(() => {
        (document.querySelector('textarea[name=spamTerms]') as HTMLTextAreaElement).value = '';
      });
      await opts.click('[data-action=save-terms]');
    } finally {
      await f.page.close();
    }
  });

  it('switching the extension off and on, or this site to never and back, applies to open tabs without a reload', async () => {
    const sidebar = () => !!document.querySelector('cppcc-lens-sidebar')?.shadowRoot?.querySelector('.verdict');
    const gone = () => !document.querySelector('cppcc-lens-sidebar') && !document.querySelector('[data-cppcc-lens-hide]');
    const a = await openFixture(browser, 'tibet-000-semantic', { expectCppcc: true });
    let b: Awaited<ReturnType<typeof openFixture>> | null = null;
    try {
      await patchSettings(browser, { enabled: false });
      await a.page.waitFor(gone);
      // A page opened while off is left alone.
      b = await openFixture(browser, 'gxzx-004-semantic');
      await new Promise((r) => setTimeout(r, 1500));
      expect(await b.page.evaluate(gone)).toBe(true);
      // Back on: both pages get the lens, the one it had left and the one it never saw.
      await patchSettings(browser, { enabled: true });
      await a.page.waitFor(sidebar);
      await b.page.waitFor(sidebar);
      // This site set to never: both go back as they were; and back to auto.
      await patchSettings(browser, { sites: { '127.0.0.1': { mode: 'never' } } });
      await a.page.waitFor(gone);
      await b.page.waitFor(gone);
      await patchSettings(browser, { sites: {} });
      await a.page.waitFor(sidebar);
      await b.page.waitFor(sidebar);
    } finally {
      await patchSettings(browser, { enabled: true, sites: {} });
      await a.page.close();
      await b?.page.close();
    }
  });

  it('rejects a bad site pattern and a bad settings file with a clear message, leaving settings unchanged', async () => {
    const opts = await extPage(browser, 'options.html');
    // (Every select has a name a screen reader can read out, the add-site mode one included.)
    const unnamed = await opts.evaluate(() => Array.from(document.querySelectorAll('select')).filter((s) => !(s.getAttribute('aria-label') ?? '').trim() && !(s.previousElementSibling?.textContent ?? '').trim()).map((s) => s.name));
    expect(unnamed).toEqual([]);
    const before = JSON.stringify(await storedSettings(opts));
    await opts.evaluate(() => {
      (document.querySelector('input[name=new-host]') as HTMLInputElement).value = 'not a host/..';
    });
    await opts.click('form button[type=submit]');
    expect(await opts.evaluate(() => document.getElementById('host-error')?.textContent ?? '')).toContain('not a host/..');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lens-import-'));
    const cases: [string, string][] = [
      ['malformed.json', '{"app":"cppcc-lens", nope'],
      ['future.json', JSON.stringify({ app: 'cppcc-lens', version: 99, settings: { cleanup: false } })],
      ['enormous.json', JSON.stringify({ app: 'cppcc-lens', version: 3, settings: { spamTerms: Array.from({ length: 40_000 }, (_, i) => `词${i}`) } })],
    ];
    for (const [file, content] of cases) {
      fs.writeFileSync(path.join(dir, file), content);
      await opts.upload('input[name=import]', path.join(dir, file));
      await opts.waitFor(() => (document.getElementById('import-error')?.textContent ?? '').length > 0);
      const msg = await opts.evaluate(() => document.getElementById('import-error')?.textContent ?? '');
      expect(msg.length).toBeGreaterThan(5);
      expect(JSON.stringify(await storedSettings(opts))).toBe(before);
      await opts.evaluate(() => (document.getElementById('import-error')!.textContent = ''));
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('runs each context-menu action through the background and marks the badge', async () => {
    const url = fixtureUrl('tw-002-semantic');
    const f = await openFixture(browser, 'tw-002-semantic', { expectCppcc: true });
    try {
      // Firefox declares clipboardWrite optional; the options page grants it, as the first
      // shortcut or menu copy would. Chrome has no such permission and copies without it.
      const opts = await extPage(browser, 'options.html');
      const granted = () => opts.evaluate(() => document.querySelector('[data-section=permissions] [data-granted]')?.getAttribute('data-granted') ?? null);
      if (name === 'firefox') {
        expect(await granted()).toBe('false');
        await opts.click('button[data-action=clipboard-grant]');
        await opts.waitFor(() => document.querySelector('[data-section=permissions] [data-granted]')?.getAttribute('data-granted') === 'true');
      } else expect(await granted()).toBeNull();
      const copy = await backgroundCommand(browser, url, 'copy-figures');
      expect(copy?.ok).toBe(true);
      const tsv = await f.page.evaluate(() => navigator.clipboard.readText());
      expect(tsv.trim().split('\n').length).toBe(38);
      const sel = await backgroundCommand(browser, url, 'copy-selection-simplified', { text: '政協委員聯繫界別群眾' });
      expect(sel?.ok).toBe(true);
      expect(await f.page.evaluate(() => navigator.clipboard.readText())).toBe('政协委员联系界别群众');
      expect((await backgroundCommand(browser, url, 'convert-on'))?.ok).toBe(true);
      expect((await backgroundCommand(browser, url, 'convert-off'))?.ok).toBe(true);
      const badge = await (await browser.extensionPage(fixtureUrl('tibet-000-semantic'))).evaluate(async (u: string) => {
        const g = globalThis as unknown as { browser?: ExtApi & { action: { getBadgeText(o: object): Promise<string> } }; chrome?: ExtApi & { action: { getBadgeText(o: object): Promise<string> } } };
        const api = (g.browser ?? g.chrome)!;
        const tab = (await api.tabs.query({})).find((t) => t.url === u);
        return api.action.getBadgeText({ tabId: tab?.id });
      }, url);
      expect(badge).toBe('37');
    } finally {
      await f.page.close();
    }
  });
});
